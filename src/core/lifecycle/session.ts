// The transfer session while it is open: the client, the sender and the tracking id together,
// with what is done to the session (settings, files, checksum algorithm, finalize, delete).
import type { HostEvents } from '../host.js'
import type { CryptshareClient } from '../../cryptshare/client.js'
import { CryptshareError, LocationError, TokenRefusedError } from '../../cryptshare/errors.js'
import { causeOfType, DeliveryError, labelled, labelledError } from '../errors.js'
import { quoted } from '../../cryptshare/location.js'
import type { FileRegistration, SessionPatch, TransferSession, TransferStatus } from '../../cryptshare/types.js'
import type { StreamBody } from '../../http/transport.js'
import { graceAfter } from '../../http/signals.js'
import { deleteUnfinishedSession } from '../unfinished-session.js'
import type { Clock, DeliveryOptions, FinalizeBounds } from '../contract.js'
import { checksumAlgorithm } from './checksum.js'
import { finalizeOutcome, type FinalizeOutcome } from './finalize.js'
import { implausibleSession, lostCreationWarning, sessionTaken } from './session-trouble.js'

const CREATION = 'transfer session creation'

export class OpenSession {
  private constructor(
    private readonly client: CryptshareClient,
    private readonly sender: string,
    readonly trackingId: string,
    private readonly events: HostEvents
  ) {}

  /**
   * Creates the session. A cancel while the request is under way lets it finish (within the
   * cancel grace) and deletes what it created; a lost first answer is reported, since the API
   * cannot find a session whose tracking id never arrived.
   */
  static async create(
    client: CryptshareClient,
    options: DeliveryOptions,
    token: string,
    bounds: FinalizeBounds,
    events: HostEvents,
    signal: AbortSignal | undefined
  ): Promise<OpenSession> {
    const sender = options.senderEmail
    const grace = graceAfter(signal, bounds.cancelGraceMs)
    let created: { trackingId: string; lostAttempts: number }
    try {
      created = await client.withoutSignal().createSession(
        sender,
        {
          sender: { name: options.senderName, phone: options.senderPhone },
          recipients: {
            to: options.recipients.to.map((mail) => ({ mail })),
            cc: options.recipients.cc.map((mail) => ({ mail })),
            bcc: options.recipients.bcc.map((mail) => ({ mail }))
          }
        },
        { signal: grace.signal, mayRetry: () => !signal?.aborted }
      )
    } catch (error) {
      if (error instanceof LocationError) throw await implausibleSession(client, sender, error, events)
      const failure = labelledError(CREATION, error)
      throw error instanceof CryptshareError && error.answerLost
        ? new DeliveryError(
            CREATION,
            `${failure.message} The server may have created a session before the answer was lost; the API offers no way to find it, but it was never finalized, so recipients receive nothing, and the server discards it when it expires.`,
            error
          )
        : failure
    } finally {
      grace.dispose()
    }
    const session = new OpenSession(client, sender, created.trackingId, events)
    events.sessionCreated?.(session.trackingId, token)
    events.info(`Transfer session ${session.trackingId} created.`)
    if (created.lostAttempts) events.warning(lostCreationWarning(created.lostAttempts, session.trackingId))
    if (signal?.aborted) {
      await session.delete()
      throw new DeliveryError(
        CREATION,
        `the transfer session ${session.trackingId} was created as the job was cancelled and is deleted again; nothing was sent.`
      )
    }
    return session
  }

  /** Applies the settings: the session as the server answers. */
  patchSettings(patch: SessionPatch): Promise<TransferSession> {
    return labelled('transfer settings', () => this.client.patchSession(this.sender, this.trackingId, patch))
  }

  /** The session as the server shows it now; a failure is labelled `what`. */
  read(what: string): Promise<TransferSession> {
    return labelled(what, () => this.client.getSession(this.sender, this.trackingId))
  }

  /**
   * The node:crypto name of the session's `fileChecksumAlgorithm` (read from the PATCH answer, or
   * the session when that does not say); undefined, with a warning, for an algorithm we do not know.
   */
  async checksumAlgorithm(patched: TransferSession): Promise<string | undefined> {
    const named =
      'fileChecksumAlgorithm' in patched
        ? patched.fileChecksumAlgorithm
        : (await this.read('transfer settings')).fileChecksumAlgorithm
    const algorithm = checksumAlgorithm(named)
    if (!algorithm) {
      const what = typeof named === 'string' ? quoted(named) : `a ${typeof named}`
      this.events.warning(
        `The server names the checksum algorithm ${what}, which this tool does not know: files are registered without a checksum, so the server cannot check their integrity. The "files" output still lists their SHA-256.`
      )
    } else this.events.debug(`Checksums in ${algorithm} (the session's fileChecksumAlgorithm).`)
    return algorithm
  }

  registerFile(file: FileRegistration): Promise<{ fileId: string; fileUrl: string }> {
    return this.client.registerFile(this.sender, this.trackingId, file)
  }

  deleteFile(fileUrl: string): Promise<void> {
    return this.client.deleteFile(fileUrl)
  }

  uploadFile(fileUrl: string, body: StreamBody, progress?: (bytes: number) => void, stop?: AbortSignal): Promise<void> {
    return this.client.uploadFile(fileUrl, body, progress, stop)
  }

  /** Marks a registered file as the confidential message. */
  async markConfidentialMessage(fileId: string): Promise<void> {
    await this.client.patchSession(this.sender, this.trackingId, { confidentialMessageFileId: fileId })
  }

  /** Sends finalize; what came of it (see `finalizeOutcome`). */
  finalize(bounds: FinalizeBounds, signal: AbortSignal | undefined, clock: Clock): Promise<FinalizeOutcome> {
    this.events.finalizeSent?.(this.trackingId)
    return finalizeOutcome(this.client, this.sender, this.trackingId, bounds, signal, clock, (m) => this.events.info(m))
  }

  /** The transfer's status once finalized; `timeoutMs` bounds the whole call. */
  transferStatus(statusUrl: string, options?: { timeoutMs?: number }): Promise<TransferStatus> {
    return this.client.transferStatus(statusUrl, options)
  }

  /** Deletes the unfinished session and reports it; whether it is gone. */
  async delete(renewToken = true): Promise<boolean> {
    const cleanUp = await deleteUnfinishedSession(this.client, this.sender, this.trackingId, '', { renewToken })
    if (cleanUp.outcome === 'failed') {
      this.events.warning(cleanUp.message)
      return false
    }
    this.closed('deleted')
    this.events.info(cleanUp.message)
    return true
  }

  /**
   * After a finalize of unknown outcome: the server cannot delete a finalized session, so where
   * the deletion goes through, it was never finalized. Whether it did; only a deletion is reported.
   */
  async deletedAsNeverFinalized(): Promise<boolean> {
    const cleanUp = await deleteUnfinishedSession(this.client, this.sender, this.trackingId)
    if (cleanUp.outcome !== 'deleted') return false
    this.closed('deleted')
    this.events.info(cleanUp.message)
    return true
  }

  /** Tells the host the session needs no clean-up any more. */
  closed(how: 'finalized' | 'deleted'): void {
    this.events.sessionClosed?.(this.trackingId, how)
  }

  /** Deletes the session after `error`; the error to report (`failure`, or why the session was lost). */
  async abandon(error: unknown, failure: unknown): Promise<unknown> {
    const taken = causeOfType(error, TokenRefusedError)?.renewable === true
    const deleted = await this.delete(!taken)
    return taken ? sessionTaken(error, this.trackingId, this.sender, deleted) : failure
  }
}
