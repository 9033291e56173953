// The sender lifecycle as stages over one open session: preflight, re-run check, session,
// settings and uploads, finalize, processing. `deliver()` is the one entry of the front-ends.
import type { HostEvents } from '../host.js'
import type { CryptshareClient } from '../../cryptshare/client.js'
import { DeliveryError, labelled, labelledError } from '../errors.js'
import type { PolicySettings, SessionPatch } from '../../cryptshare/types.js'
import type { Clock, DeliveredFile, DeliveryOptions, DeliveryResult, FinalizeBounds } from '../contract.js'
import { systemClock } from '../wait.js'
import { hashAll } from './file-digests.js'
import { DEFAULT_FINALIZE_BOUNDS, FinalizeOutcomeUnknownError, FinalizeSentError } from './finalize.js'
import { preflight } from './preflight.js'
import { Prehash } from './prehash.js'
import { readFinalized } from './processing.js'
import { earlierDelivery } from './rerun.js'
import { OpenSession } from './session.js'
import { publishedPassword, settingsPatch, shownPassword } from './settings-patch.js'
import { attachConfidentialMessage, attachGeneratedFile, checkUploads, uploadAll } from './upload.js'
import { CHECKSUM_FILE_NAMES, checksumFileText, messageWithChecksums } from '../checksum-files.js'

export { FinalizeOutcomeUnknownError, FinalizeSentError } from './finalize.js'

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
  events: HostEvents,
  signal?: AbortSignal,
  clock: Clock = systemClock
): Promise<DeliveryResult> {
  // The token the run ended with: a renewal during the run replaces the first one.
  try {
    return { ...(await lifecycle(client, options, events, signal, clock)), verificationToken: client.verificationToken }
  } catch (error) {
    if (error instanceof FinalizeSentError) error.result.verificationToken = client.verificationToken
    throw error
  }
}

async function lifecycle(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: HostEvents,
  signal: AbortSignal | undefined,
  clock: Clock
): Promise<DeliveryResult> {
  // Hashing starts now, beside verification, policy and session set-up: registration needs it first.
  const prehash = options.dryRun
    ? undefined
    : new Prehash(options.files, ['sha256', ...options.checksumFiles.algorithms], options.uploadConcurrency)
  try {
    return await delivered(client, options, events, signal, clock, prehash)
  } finally {
    prehash?.stop()
  }
}

async function delivered(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: HostEvents,
  signal: AbortSignal | undefined,
  clock: Clock,
  prehash: Prehash | undefined
): Promise<DeliveryResult> {
  const clearance = await preflight(client, options, events)
  if (options.dryRun) {
    const files = await hashAll(options.files, options.checksumFiles.algorithms)
    events.info('Dry run: nothing was created on the server.')
    return { dryRun: true, downloadUrls: [], files, removedFiles: [] }
  }

  const earlier = await earlierDelivery(client, options, events)
  if (earlier) return earlier

  const bounds = { ...DEFAULT_FINALIZE_BOUNDS, ...options.finalizeBounds }
  // The generated password and the session do not depend on each other: one round trip, not two.
  const generated = clearance.password.fetchGenerated
    ? labelled('password generation', () => client.generatePassword()).then((value) => {
        events.secret(value)
        return value
      })
    : undefined
  generated?.catch(() => undefined) // awaited below; a session that fails first is the error reported
  const session = await OpenSession.create(client, options, clearance.token, bounds, events, signal)
  const at = (): string => new Date(clock.now()).toISOString()
  const timeline: NonNullable<DeliveryResult['timeline']> = { sessionCreated: at() }
  let password = options.password
  try {
    if (generated) password = await generated
  } catch (error) {
    throw await session.abandon(error, error)
  }
  let assembled: AssembledTransfer
  try {
    const patch = settingsPatch(options, clearance.password.mode, password, clearance.settings, clock)
    assembled = await assemble(
      prehash,
      session,
      patch,
      options,
      events,
      clearance.settings.confidentialMessageAllowed !== false
    )
  } catch (error) {
    throw await session.abandon(error, error)
  }

  const resultSoFar: DeliveryResult = {
    dryRun: false,
    trackingId: session.trackingId,
    downloadUrls: [],
    files: assembled.files,
    password: publishedPassword(options, clearance.password.mode, password, assembled.serverPassword, events),
    expirationDate: assembled.expirationDate,
    removedFiles: [],
    ...(assembled.addedFiles.length ? { addedFiles: assembled.addedFiles } : {}),
    timeline,
    policyLimits: policyLimits(clearance.settings)
  }
  const outcome = await session.finalize(bounds, signal, clock)
  if (outcome.kind === 'refused') throw await session.abandon(outcome.error, labelledError('finalize', outcome.error))
  if (outcome.kind === 'unknown') throw await unknownOutcome(session, outcome.error, bounds, resultSoFar)
  session.closed('finalized')
  timeline.finalized = at()
  events.info(`Transfer ${session.trackingId} finalized.`)

  // From here on the transfer exists: whatever goes wrong, what is known of it is published.
  const result = await readFinalized(session, outcome.statusUrl, resultSoFar, options, events, signal, clock)
  if (result.state === 'ACTIVE') timeline.active = at()
  return result
}

/** The policy's limits, as far as the server named them. */
function policyLimits({ maxTotalSize, maxRetentionPeriod }: PolicySettings): DeliveryResult['policyLimits'] {
  return {
    ...(typeof maxTotalSize === 'number' ? { maxTotalSize } : {}),
    ...(typeof maxRetentionPeriod === 'number' ? { maxRetentionPeriod } : {})
  }
}

interface AssembledTransfer {
  files: DeliveredFile[]
  /** The checksum files added to the transfer. */
  addedFiles: string[]
  expirationDate?: string
  /** The password as the server shows it (mode GENERATED), in the PATCH answer or else the session. */
  serverPassword?: string
}

/**
 * Applies the settings, uploads every file (then the checksum files and the confidential
 * message, which need every file's digests), checks the uploads.
 */
async function assemble(
  prehash: Prehash | undefined,
  session: OpenSession,
  patch: SessionPatch,
  options: DeliveryOptions,
  events: HostEvents,
  confidentialMessageAllowed: boolean
): Promise<AssembledTransfer> {
  // The settings and the first registrations go at once: only the checksum algorithm, which the
  // settings' answer names, must be known before a registration is final (see registration.ts).
  const patching = session.patchSettings(patch)
  const algorithm = patching.then((patched) => session.checksumAlgorithm(patched))
  algorithm.catch(() => undefined) // thrown by the uploads, or awaited below
  let files: DeliveredFile[]
  try {
    files = await uploadAll(session, options, events, algorithm, prehash)
  } catch (error) {
    await algorithm.catch(() => undefined) // the session is deleted after: not while its settings are sent
    throw error
  }
  const patched = await patching
  const checksum = await algorithm
  const generated = patch.securityMode?.config.passwordMode === 'GENERATED'
  let serverPassword = generated ? shownPassword(patched, events) : undefined
  const plan = options.checksumFiles
  const addedFiles: string[] = []
  if (plan.include)
    for (const algorithm of plan.algorithms) {
      const name = CHECKSUM_FILE_NAMES[algorithm]
      await attachGeneratedFile(session, name, checksumFileText(files, algorithm), checksum)
      addedFiles.push(name)
    }
  let confidentialMessage = options.confidentialMessage
  if (plan.inMessage && confidentialMessageAllowed)
    confidentialMessage = messageWithChecksums(confidentialMessage, files, plan.algorithms)
  else if (plan.inMessage)
    events.warning(
      "The server's policy does not allow a confidential message for this sender and these recipients: the digest list is not added to one (the checksum files are written as asked)."
    )
  if (confidentialMessage) await attachConfidentialMessage(session, confidentialMessage, files, checksum)

  const current = await session.read('upload check')
  const expirationDate = checkUploads(current, events)
  if (generated && !serverPassword) serverPassword = shownPassword(current, events)
  return { files, addedFiles, expirationDate, serverPassword }
}

/**
 * Finalize was sent and its outcome is unknown: where the session can still be deleted, nothing
 * was sent; else the transfer may exist.
 */
async function unknownOutcome(
  session: OpenSession,
  error: unknown,
  bounds: FinalizeBounds,
  resultSoFar: DeliveryResult
): Promise<DeliveryError> {
  const { trackingId } = session
  const deleted = await session.deletedAsNeverFinalized()
  const why = labelledError('finalize', error).message.replace(/^finalize failed: /, '')
  if (deleted) {
    return new DeliveryError(
      'finalize',
      `Finalizing transfer ${trackingId} failed (${why}), and the session could still be deleted afterwards, so it was never finalized: nothing was sent.`,
      error
    )
  }
  return new FinalizeOutcomeUnknownError(
    `Finalizing transfer ${trackingId} failed (${why}), and its status did not show within ${Math.round(bounds.confirmMs / 1000)} s whether it went through. The transfer may exist and its recipients may have been notified: check tracking id ${trackingId} on the server before re-running this job.`,
    error,
    resultSoFar
  )
}
