import type { HttpRequest, HttpResponse, StreamBody } from '../http/transport.js'
import { redact } from '../http/transport.js'
import { abortableSleep, parseRetryAfter, withRetry, type RetryPolicy, type RetryRules } from '../http/retry.js'
import { HttpError } from '../http/errors.js'
import { seconds } from '../http/format.js'
import { shorten } from './explain.js'
import { CryptshareError, LocationError, TokenRefusedError } from './errors.js'
import { idFromLocation, quoted } from './location.js'
import { answer, sessionFiles } from './shape.js'
import type {
  FileRegistration,
  PasswordRule,
  PasswordValidation,
  SessionCreation,
  SessionPatch,
  TransferPolicy,
  TransferSession,
  TransferStatus,
  VerificationStatus,
  VerificationToken
} from './types.js'

/** The lowest API minor version that has every endpoint this client uses (all are in 1.8). */
export const MINIMUM_MINOR_API_VERSION = 8

/** Revocation came with REST API 1.10. */
export const REVOCATION_MINOR_API_VERSION = 10

/** What a revocation tells whom (`revocationOptions`); the server's defaults where absent. */
export interface RevocationOptions {
  notifySender: boolean
  notifyRecipients: boolean
  /** Text of the revocation email (Markdown); the server's language-pack text when absent. */
  message?: string
}

export interface HttpSender {
  send(request: HttpRequest): Promise<HttpResponse>
}

export interface ClientOptions {
  /** e.g. `https://cs.example.com/api` */
  apiBase: string
  clientId: string
  transport: HttpSender
  retry: RetryPolicy
  acceptLanguage?: string
  signal?: AbortSignal
}

/** An answer together with the request it answers (for error messages). */
interface Answer extends HttpResponse {
  method: string
  url: string
}

interface Call {
  method: string
  url: string
  /** Send the verification token. */
  token?: boolean
  json?: unknown
  stream?: StreamBody
  onUploadProgress?: (bytes: number) => void
  /** Leave out the X-CS-* headers (only `/api/status`). */
  bare?: boolean
  /** X-CS-MinimumMinorApiVersion for an endpoint newer than `MINIMUM_MINOR_API_VERSION`. */
  minimumMinor?: number
  retry?: RetryRules
  /** Cancels this call only (in addition to the client's own signal). */
  signal?: AbortSignal
  /**
   * Longest time for the whole call, retries and their waits included; past it the call fails
   * with a `CallTimeLimitError`. Each request also keeps the transport's own deadline.
   */
  timeoutMs?: number
  /** `false`: a refused token is not renewed (still reported as a `TokenRefusedError`). */
  renew?: boolean
  /** A verification endpoint: its 3002 means invalid verification data, not a refused token. */
  verification?: boolean
}

/** A call that ran out of the time its caller gave it (`timeoutMs`). */
export class CallTimeLimitError extends CryptshareError {}

/**
 * Where a new verification token comes from when the server refuses the current one
 * (client-id verification can verify again at any time; a token given by the user cannot).
 */
export interface TokenRenewal {
  /**
   * Verifies the sender again and returns the new token (already masked by the caller); `signal`
   * is the cancellation of the client whose request was refused (none during a clean-up).
   */
  renew(signal?: AbortSignal): Promise<string>
  /**
   * Whether the server still takes the current token as a verification of the sender. A request
   * refused with a token that is still valid is refused for what it asks (a session or transfer
   * bound to another token): another renewal would not help, and where a new token replaces the
   * old one it would only take the token away from a parallel run.
   */
  isValid?(signal?: AbortSignal): Promise<boolean>
  /** Told before each renewal, with the refusal that caused it. */
  onRenew?(notice: { renewal: number; refusal: CryptshareError }): void
  /**
   * Renewals in a row that no successful request follows (default `RENEWAL_BUDGET`): a long wait
   * may renew as often as tokens expire, a run whose every token is refused stops.
   */
  budget?: number
  /**
   * Longest random pause before a renewal, so that parallel runs do not verify in lockstep
   * (default: the retry base delay, at most 1 s).
   */
  jitterMs?: number
}

/** How often one request is repeated after its token was refused. */
export const RENEWALS_PER_REQUEST = 2

/** How many renewals a client makes before a request with a renewed token succeeds again. */
export const RENEWAL_BUDGET = 10

/** The token and how to renew it, shared by a client and its `withoutSignal()` copies. */
interface Verification {
  token?: string
  renewal?: TokenRenewal
  renewalsLeft: number
  renewals: number
  /** The renewal under way: requests refused meanwhile wait for it instead of starting another. */
  renewing?: Promise<void>
}

/**
 * A refusal of the verification token: 401/403 with errorCode 3002. The server did not carry the
 * request out, so it may be repeated with another token.
 */
export function isTokenRefusal(error: unknown): error is CryptshareError {
  return (
    error instanceof CryptshareError &&
    error.kind === 'http' &&
    error.errorCode === 3002 &&
    (error.status === 401 || error.status === 403)
  )
}

/**
 * A typed client of the Cryptshare REST API, sender side: one method per endpoint.
 * Knows nothing about GitHub; every failure is a `CryptshareError`.
 */
export class CryptshareClient {
  private verification: Verification = { renewalsLeft: 0, renewals: 0 }
  private readonly apiBase: string

  constructor(private readonly options: ClientOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '')
  }

  /** A client with the same settings and token that ignores the cancellation signal (for clean-up). */
  withoutSignal(): CryptshareClient {
    const copy = new CryptshareClient({ ...this.options, signal: undefined })
    copy.verification = this.verification
    return copy
  }

  /** Uses this verification token on every sender endpoint from now on. */
  useToken(token: string): void {
    this.verification.token = token
  }

  /** The verification token in use (renewed ones included). */
  get verificationToken(): string | undefined {
    return this.verification.token
  }

  /**
   * From now on a request whose token the server refuses (`isTokenRefusal`) gets a new token from
   * `renewal` and is repeated, at most `RENEWALS_PER_REQUEST` times, within the renewal budget
   * (renewals in a row with no request succeeding in between).
   */
  renewTokensWith(renewal: TokenRenewal): void {
    this.verification.renewal = renewal
    this.verification.renewalsLeft = renewal.budget ?? RENEWAL_BUDGET
  }

  /** `GET /api/status` (API ≥ 1.13); the body may or may not be wrapped in `data`. */
  async serverStatus(): Promise<unknown> {
    return this.json(await this.call({ method: 'GET', url: this.url('status'), bare: true }))
  }

  async verificationStatus(email: string, options: { signal?: AbortSignal } = {}): Promise<VerificationStatus> {
    const response = await this.call({
      method: 'GET',
      url: this.userUrl(email, 'verification'),
      token: this.verificationToken !== undefined,
      verification: true,
      signal: options.signal
    })
    return this.json<VerificationStatus>(response)
  }

  /** Client-id verification: `POST …/verification/token` with `{}`. */
  async requestToken(email: string, options: { signal?: AbortSignal } = {}): Promise<VerificationToken> {
    const response = await this.call({
      method: 'POST',
      url: this.userUrl(email, 'verification/token'),
      json: {},
      signal: options.signal
    })
    const data = this.json<Partial<VerificationToken>>(response)
    if (typeof data.token !== 'string' || !data.token) throw this.protocolError(response, 'the answer carries no token')
    return { token: data.token, validUntil: data.validUntil }
  }

  /**
   * Email verification, step 1: the server mails a verification code to `email` (no body). A lost
   * answer is not retried: a second request may invalidate the code the first one mailed.
   */
  async requestVerificationCode(email: string): Promise<void> {
    await this.call({
      method: 'POST',
      url: this.userUrl(email, 'verification/code/email'),
      retry: { retryable: (error) => error.transient && !error.answerLost }
    })
  }

  /**
   * Email verification, step 2: exchanges the mailed code for a verification token. A lost answer
   * is not retried: the server may have used the code up.
   */
  async exchangeVerificationCode(email: string, verificationCode: string): Promise<VerificationToken> {
    const response = await this.call({
      method: 'POST',
      url: this.userUrl(email, 'verification/token'),
      json: { verificationCode },
      retry: { retryable: (error) => error.transient && !error.answerLost }
    })
    const data = this.json<Partial<VerificationToken>>(response)
    if (typeof data.token !== 'string' || !data.token) throw this.protocolError(response, 'the answer carries no token')
    return { token: data.token, validUntil: data.validUntil }
  }

  async transferPolicy(email: string, recipients: string[]): Promise<TransferPolicy> {
    const url = this.userUrl(email, 'transfer-policy')
    return this.json<TransferPolicy>(await this.call({ method: 'POST', url, token: true, json: { recipients } }))
  }

  async generatePassword(): Promise<string> {
    const response = await this.call({
      method: 'GET',
      url: this.url('password'),
      token: this.verificationToken !== undefined
    })
    const data = this.json<{ password?: unknown }>(response)
    if (typeof data.password !== 'string' || !data.password)
      throw this.protocolError(response, 'the answer carries no password')
    return data.password
  }

  async validatePassword(password: string): Promise<PasswordValidation> {
    const response = await this.call({
      method: 'POST',
      url: this.url('password'),
      token: this.verificationToken !== undefined,
      json: { password }
    })
    return this.json<PasswordValidation>(response)
  }

  async passwordRequirements(): Promise<PasswordRule[]> {
    const response = await this.call({
      method: 'GET',
      url: this.url('password/requirements'),
      token: this.verificationToken !== undefined
    })
    const data = this.json<unknown>(response)
    return Array.isArray(data) ? (data as PasswordRule[]) : []
  }

  /**
   * Creates a transfer session; the tracking id is the last segment of `Location`. `lostAttempts`
   * counts earlier attempts whose answer was lost: each may have created a session of its own.
   * A `Location` naming an implausible id is a `LocationError` (the session it names may exist).
   */
  async createSession(
    email: string,
    body: SessionCreation,
    options: { signal?: AbortSignal; mayRetry?: () => boolean } = {}
  ): Promise<{ trackingId: string; lostAttempts: number }> {
    let lostAttempts = 0
    const response = await this.call({
      method: 'POST',
      url: this.userUrl(email, 'transfer-sessions'),
      token: true,
      json: body,
      signal: options.signal,
      retry: {
        beforeRetry: (error) => {
          if (error.answerLost) lostAttempts++
          return Promise.resolve(options.mayRetry?.() ?? true)
        }
      }
    })
    const location = header(response, 'location')
    if (location !== undefined) {
      const named = idFromLocation(location)
      if ('id' in named) return { trackingId: named.id, lostAttempts }
      throw new LocationError(
        { kind: 'protocol', status: response.status, method: response.method, url: response.url },
        `the Location header of the new session (${quoted(location)}) names no plausible tracking id: ${named.problem}`,
        location
      )
    }
    // Documented: 201 with the session URL in Location. Some versions may also name it in the body.
    const data = parseJson(response.body) as { data?: { trackingId?: unknown } } | undefined
    const fromBody = typeof data?.data?.trackingId === 'string' ? idFromLocation(data.data.trackingId) : undefined
    if (fromBody && 'id' in fromBody) return { trackingId: fromBody.id, lostAttempts }
    throw this.protocolError(response, 'the answer has no Location header with the tracking id')
  }

  async getSession(email: string, trackingId: string): Promise<TransferSession> {
    return this.json<TransferSession>(
      await this.call({ method: 'GET', url: this.sessionUrl(email, trackingId), token: true })
    )
  }

  async patchSession(email: string, trackingId: string, patch: SessionPatch): Promise<TransferSession> {
    const response = await this.call({
      method: 'PATCH',
      url: this.sessionUrl(email, trackingId),
      token: true,
      json: patch
    })
    return response.body.length ? this.json<TransferSession>(response) : {}
  }

  /** `renewToken: false`: a refused token is not renewed (a session known to refuse new tokens). */
  async deleteSession(email: string, trackingId: string, options: { renewToken?: boolean } = {}): Promise<void> {
    await this.call({
      method: 'DELETE',
      url: this.sessionUrl(email, trackingId),
      token: true,
      renew: options.renewToken
    })
  }

  /**
   * Deletes the session a creation's `Location` named, when that URL lies directly below this
   * sender's sessions on our server; returns false when it names no such URL.
   */
  async deleteSessionAt(email: string, location: string): Promise<boolean> {
    let url: URL
    try {
      url = new URL(this.resolve(location))
    } catch {
      return false
    }
    const sessions = new URL(this.userUrl(email, 'transfer-sessions'))
    const path = url.pathname.replace(/\/+$/, '')
    const segment = path.slice(sessions.pathname.length + 1)
    if (
      url.origin !== sessions.origin ||
      !path.startsWith(`${sessions.pathname}/`) ||
      !segment ||
      segment.includes('/')
    )
      return false
    await this.call({ method: 'DELETE', url: `${sessions.href}/${segment}`, token: true })
    return true
  }

  /**
   * Registers a file; returns its id and the URL of the file resource. When an attempt's answer
   * was lost and the retry is refused (by whatever code: the name is now taken by that attempt),
   * the registration with the same name, size and checksum is adopted from the session.
   */
  async registerFile(
    email: string,
    trackingId: string,
    file: FileRegistration
  ): Promise<{ fileId: string; fileUrl: string }> {
    const filesUrl = `${this.sessionUrl(email, trackingId)}/files`
    let lost = false
    let response: Answer
    try {
      response = await this.call({
        method: 'POST',
        url: filesUrl,
        token: true,
        json: file,
        retry: {
          // Safe to repeat after a 5xx too: a registration the server made anyway is adopted.
          retryable: (error) => error.transient || error.answerLost,
          beforeRetry: (error) => {
            lost ||= error.answerLost
            return Promise.resolve(true)
          }
        }
      })
    } catch (error) {
      if (!lost || !(error instanceof CryptshareError) || error.kind === 'aborted') throw error
      return this.adoptRegistration(email, trackingId, file, error)
    }
    const data = response.body.length ? this.json<{ fileId?: unknown }>(response) : {}
    const location = header(response, 'location')
    const fileId = typeof data.fileId === 'string' && data.fileId ? data.fileId : lastSegment(location)
    if (!fileId) throw this.protocolError(response, 'the answer names no file id')
    const fileUrl = location ? this.resolve(location) : `${filesUrl}/${encodeURIComponent(fileId)}`
    return { fileId, fileUrl }
  }

  /** The session's registration of `file` made by an attempt whose answer was lost, or `refusal`. */
  private async adoptRegistration(
    email: string,
    trackingId: string,
    file: FileRegistration,
    refusal: CryptshareError
  ): Promise<{ fileId: string; fileUrl: string }> {
    const session = await this.getSession(email, trackingId)
    const files = sessionFiles(
      session.files,
      answer('transfer session', () => undefined)
    )
    const sameName = files.filter((f) => sameFileName(f.fileName, file.fileName))
    const same = sameName.find(
      (f) =>
        f.size === file.size &&
        !!f.id &&
        (!file.checksum || !f.checksum || f.checksum.toLowerCase() === file.checksum.toLowerCase())
    )
    if (same?.id) {
      const filesUrl = `${this.sessionUrl(email, trackingId)}/files`
      const href = same.href ? this.resolve(same.href) : undefined
      return { fileId: same.id, fileUrl: href ?? `${filesUrl}/${encodeURIComponent(same.id)}` }
    }
    if (sameName.length) {
      throw new CryptshareError({
        kind: 'protocol',
        status: refusal.status,
        method: refusal.method,
        url: refusal.url,
        errorCode: refusal.errorCode,
        errorMessage: refusal.errorMessage,
        message: `the name ${quoted(file.fileName)} is held by a different file in the session (size ${String(sameName[0].size)}), and the retried registration was refused (${refusal.message})`
      })
    }
    throw refusal
  }
  /** Streams a file's content; every attempt opens the source again from byte 0. */
  async uploadFile(
    fileUrl: string,
    body: StreamBody,
    onUploadProgress?: (bytes: number) => void,
    signal?: AbortSignal
  ): Promise<void> {
    await this.call({
      method: 'PUT',
      url: appendPath(fileUrl, 'content'),
      token: true,
      stream: body,
      onUploadProgress,
      signal
    })
  }

  async deleteFile(fileUrl: string): Promise<void> {
    await this.call({ method: 'DELETE', url: fileUrl, token: true })
  }

  /**
   * Finalizes the session: one request (`retry` rules decide about repeating it). Returns the
   * raw `Location` (the status URL), if any; `finalizeOutcome` in the delivery decides what a
   * failure means.
   */
  async finalize(
    email: string,
    trackingId: string,
    options: { signal?: AbortSignal; retry?: RetryRules } = {}
  ): Promise<{ location?: string }> {
    const response = await this.call({
      method: 'POST',
      url: this.sessionUrl(email, trackingId),
      token: true,
      signal: options.signal,
      retry: options.retry
    })
    return { location: header(response, 'location') }
  }

  /**
   * Whether a transfer exists, from one status request: `exists` (2xx), `absent` (404, which
   * right after a finalize may also be lag) or `unclear` (any other failure).
   */
  async transferState(statusUrl: string, signal?: AbortSignal): Promise<'exists' | 'absent' | 'unclear'> {
    try {
      await this.call({ method: 'GET', url: statusUrl, token: true, signal, retry: { retryable: () => false } })
      return 'exists'
    } catch (error) {
      return error instanceof CryptshareError && error.kind === 'http' && error.status === 404 ? 'absent' : 'unclear'
    }
  }

  /** `timeoutMs` bounds the whole call (see `Call.timeoutMs`), e.g. by the time left to wait for processing. */
  async transferStatus(statusUrl: string, options: { timeoutMs?: number } = {}): Promise<TransferStatus> {
    return this.json<TransferStatus>(
      await this.call({ method: 'GET', url: statusUrl, token: true, timeoutMs: options.timeoutMs })
    )
  }

  /**
   * Revokes a sent transfer (API ≥ 1.10): `PATCH …/transfers/{id}` to `DELETED_BY_REVOCATION`.
   * The success status is not documented: any 2xx. A lost answer is not retried (a second PATCH
   * of a revoked transfer is refused): the caller reads the status instead.
   */
  async revokeTransfer(email: string, trackingId: string, options: RevocationOptions): Promise<void> {
    const revocationOptions: Record<string, unknown> = {
      notifySender: options.notifySender,
      notifyRecipients: options.notifyRecipients
    }
    if (options.message) revocationOptions.message = options.message
    await this.call({
      method: 'PATCH',
      url: this.transferUrl(email, trackingId),
      token: true,
      minimumMinor: REVOCATION_MINOR_API_VERSION,
      json: { status: { state: 'DELETED_BY_REVOCATION' }, revocationOptions },
      retry: { retryable: (error) => error.transient && !error.answerLost }
    })
  }

  sessionUrl(email: string, trackingId: string): string {
    return this.userUrl(email, `transfer-sessions/${encodeURIComponent(trackingId)}`)
  }

  transferUrl(email: string, trackingId: string): string {
    return this.userUrl(email, `transfers/${encodeURIComponent(trackingId)}`)
  }

  private url(path: string): string {
    return `${this.apiBase}/${path}`
  }

  private userUrl(email: string, path: string): string {
    return this.url(`users/${encodePathSegment(email)}/${path}`)
  }

  /**
   * Resolves a `Location` header (absolute or relative). An absolute URL on another origin
   * (e.g. an internal host name behind a reverse proxy) is rebased onto our server. A query
   * string is kept (after the path: see `appendPath`); a fragment is dropped.
   */
  resolve(location: string): string {
    const base = new URL(`${this.apiBase}/`)
    const url = new URL(location, base)
    url.hash = ''
    if (url.origin === base.origin) return url.href
    const apiIndex = url.pathname.indexOf('/api/')
    const tail = apiIndex >= 0 ? url.pathname.slice(apiIndex + '/api/'.length) : url.pathname.replace(/^\/+/, '')
    return `${this.apiBase}/${tail}${url.search}`
  }

  private headers(call: Call): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (!call.bare) {
      headers['X-CS-ClientId'] = this.options.clientId
      headers['X-CS-MajorApiVersion'] = '1'
      headers['X-CS-MinimumMinorApiVersion'] = String(call.minimumMinor ?? MINIMUM_MINOR_API_VERSION)
      headers['X-CS-ProductKey'] = 'api.rest'
      if (this.options.acceptLanguage) headers['Accept-Language'] = this.options.acceptLanguage
    }
    if (call.token) {
      const token = this.verificationToken
      if (!token) throw new Error('internal error: a sender endpoint was called before verification')
      headers['X-CS-VerificationToken'] = token
    }
    if (call.json !== undefined) headers['Content-Type'] = 'application/json'
    if (call.stream) headers['Content-Type'] = 'application/octet-stream'
    return headers
  }

  /** One call; a refused token is renewed and the call repeated (see `renewTokensWith`). */
  private async call(call: Call): Promise<Answer> {
    for (let repeat = 0; ; repeat++) {
      const sentWith = this.verificationToken
      try {
        const answer = await this.callOnce(call)
        if (repeat > 0) this.verification.renewalsLeft = this.verification.renewal?.budget ?? RENEWAL_BUDGET
        return answer
      } catch (error) {
        if (!call.token || call.verification || !isTokenRefusal(error)) throw error
        const renewable = this.verification.renewal !== undefined
        if (!renewable || call.renew === false || repeat >= RENEWALS_PER_REQUEST)
          throw new TokenRefusedError(error, renewable, repeat)
        if (repeat > 0 && sentWith === this.verificationToken && (await this.stillValid()))
          throw new TokenRefusedError(error, renewable, repeat)
        try {
          await this.renewAfter(error, sentWith)
        } catch (renewalError) {
          throw renewalError === error ? new TokenRefusedError(error, renewable, repeat) : renewalError
        }
      }
    }
  }

  /** Whether the renewal source says the current token is still valid (false when it cannot tell). */
  private async stillValid(): Promise<boolean> {
    const renewal = this.verification.renewal
    if (!renewal?.isValid) return false
    return renewal.isValid(this.options.signal).catch(() => false)
  }

  /**
   * A new token after `refusal` of `sentWith`. When another request renewed it meanwhile, that
   * token is used; a renewal under way is waited for; the budget spent, the refusal stands.
   */
  private async renewAfter(refusal: CryptshareError, sentWith: string | undefined): Promise<void> {
    const verification = this.verification
    const renewal = verification.renewal
    if (!renewal) throw refusal
    if (!verification.renewing) {
      if (verification.token !== sentWith) return
      if (verification.renewalsLeft <= 0) throw refusal
      verification.renewalsLeft--
      const number = ++verification.renewals
      verification.renewing = (async () => {
        const jitterMs = renewal.jitterMs ?? Math.min(this.options.retry.baseDelayMs, 1000)
        await abortableSleep(Math.random() * jitterMs, this.options.signal)
        renewal.onRenew?.({ renewal: number, refusal })
        verification.token = await renewal.renew(this.options.signal)
      })().finally(() => {
        verification.renewing = undefined
      })
    }
    await verification.renewing
  }

  private async callOnce(call: Call): Promise<Answer> {
    const headers = this.headers(call)
    const body = call.json !== undefined ? JSON.stringify(call.json) : call.stream
    const cancel = combine(this.options.signal, call.signal)
    const limit = call.timeoutMs !== undefined ? timeLimit(call.timeoutMs) : undefined
    const signal = combine(cancel, limit?.signal)
    try {
      return await withRetry(
        async () => {
          const response = await this.options.transport
            .send({
              method: call.method,
              url: call.url,
              headers,
              body,
              signal,
              onUploadProgress: call.onUploadProgress
            })
            .catch((error: unknown) => {
              throw error instanceof HttpError ? CryptshareError.from(error) : error
            })
          if (response.status < 200 || response.status >= 300) throw this.httpError(call.method, response, call.url)
          const answer = { ...response, method: call.method, url: redact(new URL(call.url)) }
          // A WAF block page, a maintenance page or an SSO interstitial may answer 200: no proof of anything.
          if (!isApiAnswer(response))
            throw this.protocolError(
              answer,
              `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer (a proxy, firewall or login page in between?)`
            )
          return answer
        },
        this.options.retry,
        signal,
        call.retry
      )
    } catch (error) {
      if (limit?.signal.aborted && !cancel?.aborted) {
        throw new CallTimeLimitError({
          kind: 'timeout',
          method: call.method,
          url: redact(new URL(call.url)),
          code: 'ETIMEDOUT',
          message: `no answer within the ${seconds(call.timeoutMs ?? 0)} this request was given`,
          cause: error
        })
      }
      throw error
    } finally {
      limit?.clear()
    }
  }

  private httpError(method: string, response: HttpResponse, url: string): CryptshareError {
    const parsed = parseJson(response.body)
    const body = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined
    const errorCode = toNumber(body?.errorCode ?? body?.code)
    const errorMessage = toText(body?.errorMessage ?? body?.message ?? body?.error)
    const notApi = body === undefined && response.body.length > 0
    const location = header(response, 'location')
    let message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}${errorMessage ? `: ${errorMessage}` : ''}`
    // The target of a redirect says most about it (an SSO login page, http→https, a moved server).
    if (response.status >= 300 && response.status < 400)
      message = `HTTP ${response.status} redirect${location ? ` to ${shorten(redactLocation(location, url))}` : ' without a Location'}`
    else if (notApi && looksTruncated(response.body))
      message = `HTTP ${response.status} with a JSON body that was truncated after ${response.body.length} bytes`
    else if (notApi)
      message = `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer`
    const retryAfterMs = parseRetryAfter(header(response, 'retry-after'))
    if (retryAfterMs !== undefined && retryAfterMs > this.options.retry.maxRetryAfterMs)
      message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}: the server asks to wait ${seconds(retryAfterMs)} (Retry-After); try again later`
    return new CryptshareError({
      kind: 'http',
      status: response.status,
      errorCode,
      errorMessage,
      method,
      url: redact(new URL(url)),
      retryAfterMs,
      code: notApi && looksTruncated(response.body) ? 'ETRUNCATED' : undefined,
      message
    })
  }

  private protocolError(answer: Answer, what: string): CryptshareError {
    return new CryptshareError({
      kind: 'protocol',
      status: answer.status,
      method: answer.method,
      url: answer.url,
      message: what
    })
  }

  /** Parses a success body and unwraps `{data, meta}`; an unwrapped body is accepted too. */
  private json<T>(response: Answer): T {
    const parsed = parseJson(response.body)
    if (parsed === undefined && looksTruncated(response.body)) {
      throw new CryptshareError({
        kind: 'protocol',
        status: response.status,
        method: response.method,
        url: response.url,
        code: 'ETRUNCATED',
        message: `the answer was truncated: its JSON ends early after ${response.body.length} bytes`
      })
    }
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null) {
      throw this.protocolError(
        response,
        `expected a JSON answer but got ${response.body.length ? `a ${contentType(response)} body` : 'an empty body'}`
      )
    }
    const record = parsed as Record<string, unknown>
    return ('data' in record ? (record.data ?? {}) : record) as T
  }

  /**
   * One page (1-based) of the sender's transfers, newest first:
   * `GET …/transfers?page=&page-size=` (at most 100 per page). The entries are not checked here.
   */
  async listTransfers(email: string, page: number, pageSize: number): Promise<unknown[]> {
    const url = `${this.userUrl(email, 'transfers')}?page=${page}&page-size=${pageSize}`
    const response = await this.call({ method: 'GET', url, token: true })
    const list = this.json<unknown>(response)
    if (!Array.isArray(list)) throw this.protocolError(response, 'the list of transfers is not an array')
    return list as unknown[]
  }
}

function combine(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b)
}

/** A signal that aborts after `ms`; `clear` stops its timer. */
function timeLimit(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), Math.max(0, ms))
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}

/** `…/resource?q` + `content` → `…/resource/content?q`: a path is appended before the query. */
export function appendPath(resource: string, segment: string): string {
  const url = new URL(resource)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment}`
  return url.href
}

/** A redirect target as it may be shown: resolved against the request, without its query string. */
function redactLocation(location: string, requestUrl: string): string {
  try {
    return redact(new URL(location, requestUrl))
  } catch {
    return location.split(/[?#]/)[0]
  }
}

/**
 * Whether a body that failed to parse is JSON cut short: it opens an object or array, and at its
 * end a string or a bracket is still open, with no bracket closed wrongly before.
 */
export function looksTruncated(body: Buffer): boolean {
  const text = body.toString('utf8').trim()
  if (!/^[[{]/.test(text)) return false
  const open: string[] = []
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') open.push(c === '{' ? '}' : ']')
    else if (c === '}' || c === ']') {
      if (open.pop() !== c) return false
      if (open.length === 0) return false
    }
  }
  return inString || open.length > 0
}

function parseJson(body: Buffer): unknown {
  if (!body.length) return undefined
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

/** A success body the API could have sent: none, JSON by its type, or a JSON object or array. */
function isApiAnswer(response: HttpResponse): boolean {
  if (!response.body.length) return true
  if (/json/i.test(contentType(response))) return true
  const parsed = parseJson(response.body)
  return typeof parsed === 'object' && parsed !== null
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function contentType(response: HttpResponse): string {
  return (header(response, 'content-type') ?? 'untyped').split(';')[0].trim() || 'untyped'
}

function lastSegment(location: string | undefined): string | undefined {
  if (!location) return undefined
  const path = location.split(/[?#]/)[0].replace(/\/+$/, '')
  const segment = path.slice(path.lastIndexOf('/') + 1)
  return segment ? decodeURIComponent(segment) : undefined
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return undefined
}

function toText(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}

/** Percent-encodes everything outside RFC 3986 `pchar`, so `@` and `+` stay as they are. */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value).replace(/%(40|2B|3A|21|24|26|27|28|29|2A|2C|3B|3D)/gi, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  )
}

/** File names as the server may compare them: Unicode NFC, without regard to case. */
function sameFileName(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase()
}
