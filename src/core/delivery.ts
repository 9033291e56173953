import { CallTimeLimitError, type CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError, DeliveryError, LocationError, TokenRefusedError } from '../cryptshare/errors.js'
import { checksumAlgorithm } from './checksum.js'
import { deleteUnfinishedSession } from './cleanup.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import { quoted } from '../cryptshare/location.js'
import { answer, AnswerShapeError, sessionFiles, type Answer } from '../cryptshare/shape.js'
import type {
  PasswordModeName,
  PolicySettings,
  SessionPatch,
  TransferSession,
  TransferStatus
} from '../cryptshare/types.js'
import type {
  Clock,
  DeliveredFile,
  DeliveryEvents,
  DeliveryOptions,
  DeliveryResult,
  DownloadUrl,
  FinalizeBounds,
  Recipients
} from './contract.js'
import { NEUTRAL_NAMING } from './contract.js'
import { humanSize, totalSize } from './files.js'
import { systemClock } from './poll.js'
import { statusReader } from './transfer-report.js'
import {
  allowedPasswordModes,
  describeRules,
  mustChange,
  planPassword,
  policyProblems,
  readPolicy,
  type PasswordPlan
} from './policy.js'
import { DEFAULT_FINALIZE_BOUNDS, finalizeOutcome, graceAfter } from './finalize.js'
import { earlierDelivery } from './rerun.js'
import { step, stepError } from './steps.js'
import { attachConfidentialMessage, hashAll, uploadAll } from './upload.js'
import { verifySender } from './verification.js'

/**
 * The whole sender lifecycle (API reference §4): verify, check the policy, create the session,
 * apply settings, register and upload every file, finalize, poll. Anything that fails after the
 * session was created and before finalize was sent deletes the session; once finalize was sent,
 * only the transfer status settles what happened (`finalizeOutcome`), and nothing is deleted
 * unless the server refused the finalize outright.
 */
export async function deliver(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: DeliveryEvents,
  signal?: AbortSignal,
  clock: Clock = systemClock
): Promise<DeliveryResult> {
  // The token the run ended with: a renewal during the run replaces the first one.
  try {
    return { ...(await lifecycle(client, options, events, signal, clock)), verificationToken: client.verificationToken }
  } catch (error) {
    if (error instanceof FinalizedDeliveryError) error.result.verificationToken = client.verificationToken
    throw error
  }
}

async function lifecycle(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: DeliveryEvents,
  signal: AbortSignal | undefined,
  clock: Clock
): Promise<DeliveryResult> {
  const plan = await preflight(client, options, events)
  if (options.dryRun) {
    const files = await hashAll(options.files)
    events.info('Dry run: nothing was created on the server.')
    return { dryRun: true, downloadUrls: [], files, removedFiles: [] }
  }

  const earlier = await earlierDelivery(client, options, events)
  if (earlier) return earlier

  const sender = options.senderEmail
  const bounds = { ...DEFAULT_FINALIZE_BOUNDS, ...options.finalizeBounds }
  let password = options.password
  if (plan.password.fetchGenerated) {
    password = await step('password generation', () => client.generatePassword())
    events.secret(password)
  }

  const trackingId = await createSession(client, options, plan.token, bounds, events, signal)
  let filled: FilledSession
  try {
    const patch = settingsPatch(options, plan.password.mode, password, plan.settings, clock)
    filled = await fill(client, trackingId, patch, options, events)
  } catch (error) {
    throw await abandon(client, sender, trackingId, events, error, error)
  }

  const known: DeliveryResult = {
    dryRun: false,
    trackingId,
    downloadUrls: [],
    files: filled.files,
    password: publishedPassword(options, plan, password, filled, events),
    expirationDate: filled.expirationDate,
    removedFiles: []
  }
  events.finalizeSent?.(trackingId)
  const outcome = await finalizeOutcome(client, sender, trackingId, bounds, signal, clock, (m) => events.info(m))
  if (outcome.kind === 'refused')
    throw await abandon(client, sender, trackingId, events, outcome.error, stepError('finalize', outcome.error))
  if (outcome.kind === 'unknown') {
    // The server cannot delete a finalized session: where the deletion goes through, nothing was sent.
    const cleanUp = await deleteUnfinishedSession(client, sender, trackingId)
    if (cleanUp.outcome === 'deleted') {
      events.sessionClosed(trackingId, 'deleted')
      events.info(cleanUp.message)
      throw new DeliveryError(
        'finalize',
        `Finalizing transfer ${trackingId} failed (${stepError('finalize', outcome.error).message.replace(/^finalize failed: /, '')}), and the session could still be deleted afterwards, so it was never finalized: nothing was sent.`,
        outcome.error
      )
    }
    throw new FinalizedDeliveryError(
      'finalize',
      `Finalizing transfer ${trackingId} failed (${stepError('finalize', outcome.error).message.replace(/^finalize failed: /, '')}), and its status did not show within ${Math.round(bounds.confirmMs / 1000)} s whether it went through. The transfer may exist and its recipients may have been notified: check tracking id ${trackingId} on the server before re-running this job.`,
      outcome.error,
      known
    )
  }
  events.sessionClosed(trackingId, 'finalized')
  events.info(`Transfer ${trackingId} finalized.`)

  // From here on the transfer exists: whatever goes wrong, what is known of it is published.
  const finalized: DeliveryResult = { ...known, state: 'PROCESSING' }
  const statusUrl = outcome.statusUrl
  try {
    const read = statusReader(events)
    const status = await step('transfer status', () =>
      options.waitForProcessing
        ? pollUntilProcessed(client, statusUrl, options.processingTimeoutMs, read, events, signal, clock)
        : client.transferStatus(statusUrl)
    )
    return readOutcome(status, finalized, options.recipients, read, events)
  } catch (error) {
    const failure = stepError('transfer status', error)
    throw new FinalizedDeliveryError(
      failure.step,
      `Transfer ${trackingId} is finalized (its recipients are notified as configured), but ${failure.message}`,
      failure,
      error instanceof AnswerShapeError ? { ...finalized, state: undefined } : finalized
    )
  }
}

/**
 * A failure once the transfer exists or may exist (finalize unclear, status polling failed): what
 * is known of it (tracking id, files, password) is still published; `state` only when known.
 */
export class FinalizedDeliveryError extends DeliveryError {
  constructor(
    step: string,
    message: string,
    cause: unknown,
    readonly result: DeliveryResult
  ) {
    super(step, message, cause)
    this.name = 'FinalizedDeliveryError'
  }
}

interface Plan {
  token: string
  settings: PolicySettings
  password: PasswordPlan
}

/** Verifies the sender and checks everything the policy decides, before anything is created. */
async function preflight(client: CryptshareClient, options: DeliveryOptions, events: DeliveryEvents): Promise<Plan> {
  const sender = options.senderEmail
  const allRecipients = [...options.recipients.to, ...options.recipients.cc, ...options.recipients.bcc]
  const token = await verifySender(client, options, events)
  const warn = (message: string): void => events.warning(message)
  const policy = readPolicy(
    await step('transfer policy check', () => client.transferPolicy(sender, allRecipients)),
    warn
  )
  const naming = events.naming ?? NEUTRAL_NAMING
  const problems = policyProblems(policy, options, naming)
  const settings = policy.settings
  const password = planPassword(options.passwordMode, allowedPasswordModes(settings))
  if (problems.length || !password) {
    const why =
      problems.join(' ') ||
      `${naming.setting('password-mode', options.passwordMode)} is not allowed by the server's policy.`
    throw new DeliveryError('transfer policy check', why)
  }
  if (options.passwordMode === 'manual' && options.password) {
    const candidate = options.password
    const validation = await step('password check', () => client.validatePassword(candidate))
    // Unreadable: the server still refuses a weak password when the session settings are applied.
    if (answer('password check', warn).bool(validation.valid, 'valid') === false) {
      throw new DeliveryError(
        'password check',
        `The password of ${naming.name('password')} does not meet the server's password rules: ${describeRules(validation.rulesNotFulfilled, warn)}. Choose a password that does, or use ${naming.setting('password-mode', 'generated')}.`
      )
    }
  }
  events.info(
    `Sender ${sender} verified; the transfer policy allows ${allRecipients.length} recipient(s) and ${humanSize(totalSize(options.files))} in ${options.files.length} file(s).`
  )
  return { token, settings, password }
}

/**
 * Creates the session. A cancel while the request is under way lets it finish (within the cancel
 * grace) and deletes what it created; a lost first answer is reported, since the API cannot find
 * a session whose tracking id never arrived.
 */
async function createSession(
  client: CryptshareClient,
  options: DeliveryOptions,
  token: string,
  bounds: FinalizeBounds,
  events: DeliveryEvents,
  signal: AbortSignal | undefined
): Promise<string> {
  const sender = options.senderEmail
  const what = 'transfer session creation'
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
    const failure = stepError(what, error)
    throw error instanceof CryptshareError && error.answerLost
      ? new DeliveryError(
          what,
          `${failure.message} The server may have created a session before the answer was lost; the API offers no way to find it, but it was never finalized, so recipients receive nothing, and the server discards it when it expires.`,
          error
        )
      : failure
  } finally {
    grace.dispose()
  }
  const { trackingId, lostAttempts } = created
  events.sessionCreated(trackingId, token)
  events.info(`Transfer session ${trackingId} created.`)
  if (lostAttempts) {
    events.warning(
      `The answer to ${lostAttempts === 1 ? 'an earlier attempt' : `${lostAttempts} earlier attempts`} to create the transfer session was lost, so the server may hold ${lostAttempts === 1 ? 'another session' : 'other sessions'} besides ${trackingId}. The API cannot find ${lostAttempts === 1 ? 'it' : 'them'}; ${lostAttempts === 1 ? 'it is' : 'they are'} never finalized (nothing is sent from ${lostAttempts === 1 ? 'it' : 'them'}) and expire on the server.`
    )
  }
  if (signal?.aborted) {
    await deleteSession(client, sender, trackingId, events)
    throw new DeliveryError(
      what,
      `the transfer session ${trackingId} was created as the job was cancelled and is deleted again; nothing was sent.`
    )
  }
  return trackingId
}

/** Deletes the session an implausible `Location` names (if it names one) and explains. */
async function implausibleSession(
  client: CryptshareClient,
  sender: string,
  error: LocationError,
  events: DeliveryEvents
): Promise<DeliveryError> {
  let cleanUp: string
  try {
    cleanUp = (await client.withoutSignal().deleteSessionAt(sender, error.location))
      ? 'The session it names was deleted.'
      : 'It names no session URL of this sender that could be deleted; an unfinalized session, if any, expires on the server.'
  } catch (deleteError) {
    const why = deleteError instanceof CryptshareError ? explainRequestFailure(deleteError) : String(deleteError)
    cleanUp = `Deleting the session it names failed (${why}); an unfinalized session expires on the server.`
    events.debug(cleanUp)
  }
  return new DeliveryError(
    'transfer session creation',
    `transfer session creation failed: ${error.message} (${error.method} ${error.url}). This is not an answer a Cryptshare server gives: check "server-url" and any proxy in between. ${cleanUp} Nothing was sent.`,
    error
  )
}

interface FilledSession {
  files: DeliveredFile[]
  expirationDate?: string
  /** The password as the server shows it (mode GENERATED), in the PATCH answer or else the session. */
  serverPassword?: string
}

/**
 * The published password (password-mode generated only): the fetched one sent as MANUAL; with
 * GENERATED the one the server shows, else the fetched one sent with it, with a warning.
 */
function publishedPassword(
  options: DeliveryOptions,
  plan: Plan,
  password: string | undefined,
  filled: FilledSession,
  events: DeliveryEvents
): string | undefined {
  if (options.passwordMode !== 'generated') return undefined
  if (plan.password.mode !== 'GENERATED') return password
  if (filled.serverPassword) {
    if (filled.serverPassword !== password)
      events.info('The server replaced the password sent with GENERATED by its own: that one is published.')
    return filled.serverPassword
  }
  events.warning(
    "The server's policy allows only server-generated passwords (GENERATED), and the server does not show the transfer's password: the published password is the one fetched from the server and sent with the transfer, which the server may have replaced, so it could not be confirmed. If the recipients cannot open the transfer, revoke it and ask the Cryptshare administrator to allow password mode MANUAL."
  )
  return password
}

/** Applies the settings, uploads every file (and the confidential message), checks the uploads. */
async function fill(
  client: CryptshareClient,
  trackingId: string,
  patch: SessionPatch,
  options: DeliveryOptions,
  events: DeliveryEvents
): Promise<FilledSession> {
  const sender = options.senderEmail
  const patched = await step('transfer settings', () => client.patchSession(sender, trackingId, patch))
  const generated = patch.securityMode?.config.passwordMode === 'GENERATED'
  let serverPassword = generated ? shownPassword(patched, events) : undefined
  const checksum = await sessionChecksum(client, sender, trackingId, patched, events)
  const files = await uploadAll(client, sender, trackingId, options, events, checksum)
  if (options.confidentialMessage) {
    await attachConfidentialMessage(client, sender, trackingId, options.confidentialMessage, files, checksum)
  }

  const session = await step('upload check', () => client.getSession(sender, trackingId))
  const expirationDate = checkUploads(session, events)
  if (generated && !serverPassword) serverPassword = shownPassword(session, events)
  return { files, expirationDate, serverPassword }
}

/**
 * The node:crypto name of the session's `fileChecksumAlgorithm` (read from the PATCH answer, or
 * the session when that does not say); undefined, with a warning, for an algorithm we do not know.
 */
async function sessionChecksum(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  patched: TransferSession,
  events: DeliveryEvents
): Promise<string | undefined> {
  const named =
    'fileChecksumAlgorithm' in patched
      ? patched.fileChecksumAlgorithm
      : (await step('transfer settings', () => client.getSession(sender, trackingId))).fileChecksumAlgorithm
  const algorithm = checksumAlgorithm(named)
  if (!algorithm) {
    const what = typeof named === 'string' ? quoted(named) : `a ${typeof named}`
    events.warning(
      `The server names the checksum algorithm ${what}, which this tool does not know: files are registered without a checksum, so the server cannot check their integrity. The "files" output still lists their SHA-256.`
    )
  } else events.debug(`Checksums in ${algorithm} (the session's fileChecksumAlgorithm).`)
  return algorithm
}

/** `securityMode.config.password` of a session (mode GENERATED), if the server shows it; masked at once. */
function shownPassword(session: TransferSession, events: DeliveryEvents): string | undefined {
  const read = answer('transfer session', (message) => events.warning(message), 'transfer settings')
  const config = read.record(read.record(session.securityMode, 'securityMode')?.config, 'securityMode.config')
  const password = read.text(config?.password, 'securityMode.config.password') || undefined
  if (password) events.secret(password)
  return password
}

/**
 * The upload check: fails when the session lists a file the server has not fully received.
 * A `files` the action cannot read is skipped with a warning (finalize then has the last word).
 * Returns the session's expiration date.
 */
export function checkUploads(session: TransferSession, events: DeliveryEvents): string | undefined {
  const read = answer('transfer session', (message) => events.warning(message), 'upload check')
  const pending = sessionFiles(session.files, read).filter(
    (f) => f.state !== undefined && !['UPLOADED', 'ACTIVE'].includes(f.state.toUpperCase())
  )
  if (pending.length) {
    throw new DeliveryError(
      'upload check',
      `The server has not received every file: ${pending.map((f) => `${f.fileName ?? f.id ?? '(unnamed file)'} (${f.state})`).join(', ')}.`
    )
  }
  return read.text(session.expirationDate, 'expirationDate')
}

function settingsPatch(
  options: DeliveryOptions,
  mode: PasswordModeName,
  password: string | undefined,
  settings: PolicySettings,
  clock: Clock
): SessionPatch {
  const patch: SessionPatch = {
    securityMode: {
      name: 'ONE_TIME_PASSWORD',
      // GENERATED carries the fetched password too, so that it is known (the server may replace it).
      config: mode !== 'NONE' && password ? { passwordMode: mode, password } : { passwordMode: mode }
    },
    sendRecipientNotification: options.notifyRecipients
  }
  if (options.expirationDays !== undefined) patch.expirationDate = isoDateInDays(clock.now(), options.expirationDays)
  if (options.subject || options.message) {
    patch.notificationMessage = {}
    if (options.subject) patch.notificationMessage.subject = options.subject
    if (options.message) patch.notificationMessage.body = options.message
  }
  if (options.language) patch.recipientLanguage = options.language
  if (mustChange(options.notifyDownloads, settings.sendDownloadNotificationsDefault))
    patch.sendDownloadNotifications = options.notifyDownloads
  if (mustChange(options.showFileNames, settings.showFileNamesDefault)) patch.showFileNames = options.showFileNames
  return patch
}

/** `now + days` as `YYYY-MM-DDTHH:MM:SS+00:00` (numeric offset, as the API documents). */
export function isoDateInDays(now: number, days: number): string {
  return new Date(now + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}

/** Deletes the unfinished session; whether it is gone. */
async function deleteSession(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  events: DeliveryEvents,
  renewToken = true
): Promise<boolean> {
  const cleanUp = await deleteUnfinishedSession(client, sender, trackingId, '', { renewToken })
  if (cleanUp.outcome === 'failed') {
    events.warning(cleanUp.message)
    return false
  }
  events.sessionClosed(trackingId, 'deleted')
  events.info(cleanUp.message)
  return true
}

/** Deletes the session after `error`; the error to report (`failure`, or why the session was lost). */
async function abandon(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  events: DeliveryEvents,
  error: unknown,
  failure: unknown
): Promise<unknown> {
  const taken = tokenRefusalIn(error)?.renewable === true
  const deleted = await deleteSession(client, sender, trackingId, events, !taken)
  return taken ? sessionTaken(error, trackingId, sender, deleted) : failure
}

/**
 * The session refused this run's token even after the sender was verified again: on a server
 * that binds a session to the token that created it, another verification of the same sender
 * took that token away.
 */
function sessionTaken(error: unknown, trackingId: string, sender: string, deleted: boolean): DeliveryError {
  const refusal = tokenRefusalIn(error)
  return new DeliveryError(
    error instanceof DeliveryError ? error.step : 'transfer session',
    `Transfer session ${trackingId} no longer accepts this run's verification token, not even a new one (server: HTTP ${refusal?.status}, errorCode 3002${refusal?.errorMessage ? `: ${refusal.errorMessage}` : ''}): another run verified the same sender ${sender} meanwhile (a parallel job, a dry run, a status poller), and this server lets only the token that created a session use it. ` +
      `Let only one run at a time deliver for this sender (GitHub "concurrency:", GitLab "resource_group:", Jenkins "lock()") and run the delivery again. ` +
      (deleted
        ? 'The session was deleted; nothing was sent.'
        : 'The session could not be deleted with a new token; it is never finalized, so nothing was sent, and it expires on the server.'),
    error
  )
}

/** The `TokenRefusedError` in an error's cause chain, if any. */
function tokenRefusalIn(error: unknown): TokenRefusedError | undefined {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof TokenRefusedError) return e
  return undefined
}

async function pollUntilProcessed(
  client: CryptshareClient,
  statusUrl: string,
  timeoutMs: number,
  read: Answer,
  events: DeliveryEvents,
  signal: AbortSignal | undefined,
  clock: Clock
): Promise<TransferStatus> {
  const deadline = clock.now() + timeoutMs
  const stillProcessing = (): DeliveryError =>
    new DeliveryError(
      'transfer status',
      `The transfer is finalized but still PROCESSING after ${Math.round(timeoutMs / 1000)} s (processing-timeout). It may still become available; raise "processing-timeout" or check the transfer on the server.`
    )
  let delay = 200
  for (;;) {
    // A slow status answer must not outlast processing-timeout: each poll gets the time left (at least 1 s).
    const status = await client
      .transferStatus(statusUrl, { timeoutMs: Math.max(deadline - clock.now(), MIN_POLL_MS) })
      .catch((error: unknown) => {
        throw error instanceof CallTimeLimitError ? stillProcessing() : error
      })
    const state = transferState(status, read) ?? 'PROCESSING'
    if (state !== 'PROCESSING') return status
    const remaining = deadline - clock.now()
    if (remaining <= 0) throw stillProcessing()
    events.debug(`Transfer still PROCESSING; next check in ${delay} ms.`)
    await clock.sleep(Math.min(delay, remaining), signal)
    delay = Math.min(delay * 2, 5000)
  }
}

/** The least time a status poll is given, even when processing-timeout is (nearly) used up. */
const MIN_POLL_MS = 1000

const UNKNOWN_STATE =
  'this tool cannot tell what became of the finalized transfer. Check it on the server before re-running, or recipients may receive it twice.'

/** `status.state`, upper-cased; undefined while the server does not say (read as PROCESSING). */
export function transferState(status: TransferStatus, read: Answer): string | undefined {
  const body = read.must('record', status.status, 'status', UNKNOWN_STATE, true)
  return read.must('text', body?.state, 'status.state', UNKNOWN_STATE, true)?.toUpperCase()
}

/** The delivery's result from the final transfer status. */
export function readOutcome(
  status: TransferStatus,
  finalized: DeliveryResult,
  recipients: Recipients,
  read: Answer,
  events: DeliveryEvents
): DeliveryResult {
  const state = transferState(status, read) ?? 'PROCESSING'
  const urls = downloadUrls(status, read, events)
  if (state === 'ACTIVE') warnMissingDownloadUrls(status, urls, recipients, read, events)
  const transfer = read.record(status.transfer, 'transfer')
  return {
    ...finalized,
    state,
    downloadUrls: urls,
    expirationDate: read.text(transfer?.expirationDate, 'transfer.expirationDate') ?? finalized.expirationDate,
    removedFiles: removedFiles(status, read)
  }
}

function statusRecipients(status: TransferStatus, read: Answer): { mail?: string; url?: string }[] {
  const body = read.record(status.status, 'status')
  return read.records(body?.recipients, 'status.recipients').map((recipient) => ({
    mail: read.text(recipient.mail, 'status.recipients[].mail'),
    url: read.text(recipient.downloadUrl, 'status.recipients[].downloadUrl') || undefined
  }))
}

function downloadUrls(status: TransferStatus, read: Answer, events: DeliveryEvents): DownloadUrl[] {
  const urls: DownloadUrl[] = []
  for (const { mail, url } of statusRecipients(status, read)) {
    if (url) {
      events.secret(url)
      urls.push({ recipient: mail ?? '', url })
    }
  }
  return urls
}

/** An ACTIVE transfer should have a download URL for every recipient: name those without one. */
function warnMissingDownloadUrls(
  status: TransferStatus,
  urls: DownloadUrl[],
  recipients: Recipients,
  read: Answer,
  events: DeliveryEvents
): void {
  const listed = statusRecipients(status, read).flatMap((r) => (r.mail ? [r.mail] : []))
  const served = new Set(urls.map((u) => u.recipient.toLowerCase()))
  const missing = new Map<string, string>()
  for (const mail of [...recipients.to, ...recipients.cc, ...recipients.bcc, ...listed]) {
    if (!served.has(mail.toLowerCase())) missing.set(mail.toLowerCase(), mail)
  }
  if (missing.size === 0) return
  events.warning(
    `The server reports no download URL for ${[...missing.values()].join(', ')} (password mode NONE polled with another verification token?); "download-urls" does not include ${missing.size === 1 ? 'it' : 'them'}.`
  )
}

function removedFiles(status: TransferStatus, read: Answer): { name: string; cause: string }[] {
  const transfer = read.record(status.transfer, 'transfer')
  const names = new Map(sessionFiles(transfer?.files, read, 'transfer.files').map((f) => [f.id, f.fileName]))
  const body = read.record(status.status, 'status')
  return read
    .records(body?.files, 'status.files')
    .filter((f) => read.bool(f.removed, 'status.files[].removed') === true)
    .map((f) => {
      const id = read.text(f.id, 'status.files[].id')
      return {
        name: (id !== undefined ? names.get(id) : undefined) ?? id ?? '(unknown file)',
        cause: read.text(f.removalCause, 'status.files[].removalCause') || 'no cause given'
      }
    })
}
