// The client facade: one method per endpoint, each handing the call to its endpoint family.
import type { RetryNotice, RetryRules } from '../http/retry.js'
import type { StreamBody } from '../http/transport.js'
import * as files from './endpoints/files.js'
import * as sessions from './endpoints/sessions.js'
import * as transfers from './endpoints/transfers.js'
import * as verification from './endpoints/verification.js'
import { RequestPipeline, type ClientOptions } from './request.js'
import type { TokenRenewal } from './token-renewal.js'
import type { FileRegistration, PasswordRule, PasswordValidation, SessionCreation, SessionPatch } from './types.js'
import type { TransferPolicy, TransferSession, TransferStatus, VerificationStatus, VerificationToken } from './types.js'

export { CallTimeLimitError, MINIMUM_MINOR_API_VERSION, type ClientOptions, type HttpSender } from './request.js'
export { isTokenRefusal, RENEWAL_BUDGET, RENEWALS_PER_REQUEST, type TokenRenewal } from './token-renewal.js'
export { REVOCATION_MINOR_API_VERSION, type RevocationOptions } from './endpoints/transfers.js'

/** The Cryptshare REST API, sender side: one method per endpoint; every failure is a `CryptshareError`. */
export class CryptshareClient {
  private api: RequestPipeline

  constructor(options: ClientOptions) {
    this.api = new RequestPipeline(options)
  }

  /** A client with the same settings and token that ignores the cancellation signal (for clean-up). */
  withoutSignal(): CryptshareClient {
    return this.copyWith({ signal: undefined })
  }
  /**
   * A client with the same settings and token whose retry notices are held back until `release()`
   * (then reported, and later ones at once), else never reported: for a request sent beside
   * another whose failure, if it fails alike, is the one to report (or one never worth reporting).
   */
  withHeldRetryNotices(): { client: CryptshareClient; release: () => void } {
    const report = this.api.options.retry.onRetry
    const held: RetryNotice[] = []
    let released = false
    const onRetry = (notice: RetryNotice): void => {
      if (released) report?.(notice)
      else held.push(notice)
    }
    const copy = this.copyWith({ retry: { ...this.api.options.retry, onRetry } })
    const release = (): void => {
      released = true
      for (const notice of held.splice(0)) report?.(notice)
    }
    return { client: copy, release }
  }
  /** A client with these settings changed that shares this one's token (and its renewal). */
  private copyWith(changes: Partial<ClientOptions>): CryptshareClient {
    const copy = new CryptshareClient({ ...this.api.options, ...changes })
    copy.api = new RequestPipeline(copy.api.options, this.api.verification)
    return copy
  }
  /** Uses this verification token on every sender endpoint from now on. */
  useToken(token: string): void {
    this.api.verification.token = token
  }
  /** The verification token in use (renewed ones included). */
  get verificationToken(): string | undefined {
    return this.api.token
  }
  /** From now on a refused token is renewed by `renewal` and the request repeated (see token-renewal.ts). */
  renewTokensWith(renewal: TokenRenewal): void {
    this.api.verification.renewWith(renewal)
  }
  serverStatus(options?: { timeoutMs?: number }): Promise<unknown> {
    return verification.serverStatus(this.api, options)
  }
  /** `minimumMinor`: ask for that API version, to learn whether the server has it (404/2004 when not). */
  verificationStatus(
    email: string,
    options?: { signal?: AbortSignal; minimumMinor?: number }
  ): Promise<VerificationStatus> {
    return verification.verificationStatus(this.api, email, options)
  }
  requestToken(email: string, options?: { signal?: AbortSignal }): Promise<VerificationToken> {
    return verification.requestToken(this.api, email, options)
  }
  requestVerificationCode(email: string): Promise<void> {
    return verification.requestVerificationCode(this.api, email)
  }
  exchangeVerificationCode(email: string, verificationCode: string): Promise<VerificationToken> {
    return verification.exchangeVerificationCode(this.api, email, verificationCode)
  }
  generatePassword(): Promise<string> {
    return verification.generatePassword(this.api)
  }
  validatePassword(password: string): Promise<PasswordValidation> {
    return verification.validatePassword(this.api, password)
  }
  passwordRequirements(): Promise<PasswordRule[]> {
    return verification.passwordRequirements(this.api)
  }
  transferPolicy(email: string, recipients: string[]): Promise<TransferPolicy> {
    return sessions.transferPolicy(this.api, email, recipients)
  }
  createSession(email: string, body: SessionCreation, options?: { signal?: AbortSignal; mayRetry?: () => boolean }) {
    return sessions.createSession(this.api, email, body, options)
  }
  getSession(email: string, trackingId: string): Promise<TransferSession> {
    return sessions.getSession(this.api, email, trackingId)
  }
  patchSession(email: string, trackingId: string, patch: SessionPatch): Promise<TransferSession> {
    return sessions.patchSession(this.api, email, trackingId, patch)
  }
  deleteSession(email: string, trackingId: string, options?: { renewToken?: boolean }): Promise<void> {
    return sessions.deleteSession(this.api, email, trackingId, options)
  }
  deleteSessionAt(email: string, location: string): Promise<boolean> {
    return sessions.deleteSessionAt(this.api, email, location)
  }
  finalize(email: string, trackingId: string, options?: { signal?: AbortSignal; retry?: RetryRules }) {
    return sessions.finalize(this.api, email, trackingId, options)
  }
  registerFile(email: string, trackingId: string, file: FileRegistration): Promise<files.RegisteredFile> {
    return files.registerFile(this.api, email, trackingId, file)
  }
  uploadFile(fileUrl: string, body: StreamBody, onProgress?: (bytes: number) => void, signal?: AbortSignal) {
    return files.uploadFile(this.api, fileUrl, body, onProgress, signal)
  }
  deleteFile(fileUrl: string): Promise<void> {
    return files.deleteFile(this.api, fileUrl)
  }
  listTransfers(email: string, page: number, pageSize: number): Promise<unknown[]> {
    return transfers.listTransfers(this.api, email, page, pageSize)
  }
  /** Whether a transfer exists (see `transferExistence`). */
  transferState(statusUrl: string, signal?: AbortSignal): Promise<'exists' | 'absent' | 'unclear'> {
    return transfers.transferExistence(this.api, statusUrl, signal)
  }
  transferStatus(statusUrl: string, options?: { timeoutMs?: number }): Promise<TransferStatus> {
    return transfers.transferStatus(this.api, statusUrl, options)
  }
  revokeTransfer(email: string, trackingId: string, options: transfers.RevocationOptions): Promise<void> {
    return transfers.revokeTransfer(this.api, email, trackingId, options)
  }
  sessionUrl(email: string, trackingId: string): string {
    return this.api.urls.session(email, trackingId)
  }
  transferUrl(email: string, trackingId: string): string {
    return this.api.urls.transfer(email, trackingId)
  }
  /** A `Location` resolved and rebased onto our server (see `ApiUrls.resolve`). */
  resolve(location: string): string {
    return this.api.urls.resolve(location)
  }
}
