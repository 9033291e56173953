// The delivery command, once for both front-ends: files → connection → delivery → verdict, and
// any failure classified. The front-end reads its options before and writes the outcome after.
import type { DeliveryResult } from '../contract.js'
import { openConnection, type Connection } from '../connection.js'
import { deliver, FinalizeSentError } from '../lifecycle/index.js'
import type { LocalFile, OwnFile } from '../files.js'
import type { Host } from '../host.js'
import { deliveryOptions, type DeliverySettings } from '../options.js'
import { selectFiles } from '../selection.js'
import { assertNoChecksumFileClash } from '../checksum-files.js'
import { requireAttestation } from '../attestation/gate.js'
import { tuning } from '../tuning.js'
import { verdict } from '../verdict.js'
import { classifyFailure } from './outcome.js'
import { deliverySignature, readRunState, recorded, recordedResult, writeRunState } from '../run-state.js'
import { apiVersionOf } from '../receipt/api-version.js'
import { deliveryReceipt, type DeliveryReceipt } from '../receipt/delivery-receipt.js'
import type { Statement } from '../receipt/statement.js'
import { systemClock } from '../wait.js'

export interface DeliveryRequest {
  settings: DeliverySettings
  /** The files the front-end writes (they hold secrets): never delivered. */
  ownFiles: OwnFile[]
  /** A re-run of a CI job whose earlier attempt may have delivered: publish that transfer instead. */
  rerun: boolean
  /** Named in the receipt. */
  frontEnd: 'github-action' | 'cli'
  /** A file kept between attempts: a delivery it records as made is not sent again (see run-state.ts). */
  stateFile?: string
}

/** The key of a single delivery in a state file. */
const SINGLE = 'delivery'

export type DeliveryStatus = 'delivered' | 'dry-run' | 'nothing-sent' | 'failed' | 'uncertain' | 'cancelled'

export interface DeliveryOutcome {
  status: DeliveryStatus
  /** The run did not deliver as asked: the step fails, the CLI exits non-zero. */
  failed: boolean
  /** A failure found before the server was contacted: a mistake in the options. */
  usage: boolean
  /** The host's signal cancelled the run. */
  cancelled: boolean
  /** A cancelled run that failed because of the cancel (not of a failure met meanwhile). */
  byCancel?: boolean
  /** What is known of the transfer (also after a failure once it exists or may exist). */
  result?: DeliveryResult
  /** One line: the failure, or what to see about a delivered transfer (see `level`). */
  message?: string
  level: 'error' | 'warning' | 'info'
  /** The delivery receipt (an in-toto statement), when a transfer was created or may have been. */
  receipt?: Statement<DeliveryReceipt>
}

export async function runDelivery(request: DeliveryRequest, host: Host): Promise<DeliveryOutcome> {
  let connection: Connection | undefined
  let versionAsked: Promise<string | undefined> | undefined
  const opened = (settings: DeliverySettings): Connection => {
    connection = openConnection(settings, host)
    // Asked beside the delivery's first requests rather than after its last: one round trip fewer at the end.
    if (!settings.dryRun) versionAsked = apiVersion(connection, host)
    return connection
  }
  try {
    const outcome = await delivery(request, host, opened)
    const receipt = deliveryReceipt(outcome, {
      settings: request.settings,
      env: host.env,
      now: (host.clock ?? systemClock).now(),
      frontEnd: request.frontEnd,
      apiVersion: outcome.result?.trackingId ? await versionAsked : undefined
    })
    return receipt ? { ...outcome, receipt } : outcome
  } finally {
    connection?.close()
  }
}

/** The server's API version for the receipt: asked once, briefly; unknown on a server older than 1.13 (never fails). */
async function apiVersion(connection: Connection, host: Host): Promise<string | undefined> {
  if (host.signal.aborted) return undefined
  try {
    // Retried quietly: it goes beside the verification, whose retries tell the story of a bad connection.
    const quiet = connection.client.withHeldRetryNotices().client
    return apiVersionOf(await quiet.serverStatus({ timeoutMs: 5000 }))
  } catch (error) {
    host.debug(`The server's API version is not known (GET /api/status: ${(error as Error).message}).`)
    return undefined
  }
}

async function delivery(
  request: DeliveryRequest,
  host: Host,
  open: (settings: DeliverySettings) => Connection
): Promise<DeliveryOutcome> {
  const { settings } = request
  let remember: (result: DeliveryResult | undefined) => Promise<void> = () => Promise.resolve()
  try {
    const files = await checkedFiles(settings, host, request.ownFiles)
    if (!files) return outcome('nothing-sent', { cancelled: host.signal.aborted })
    if (request.stateFile) {
      const file = request.stateFile
      const state = await readRunState(file)
      const signature = await deliverySignature(settings.recipients, files)
      const earlier = state.deliveries[SINGLE]
      if (earlier?.signature === signature && !settings.deliverAgain)
        return outcome('delivered', {
          cancelled: host.signal.aborted,
          result: recordedResult(earlier),
          level: 'warning',
          message: `Delivered by an earlier attempt as transfer ${earlier.trackingId} (recorded in the state file ${file}): not sent again; its password and download URLs cannot be published again.`
        })
      // A transfer that exists is recorded, also when something failed after finalize: a re-run must not send it again.
      remember = async (result) => {
        const made = result && recorded(result, signature, Date.now())
        if (!made) return
        state.deliveries[SINGLE] = made
        await writeRunState(file, state).catch((error: Error) =>
          host.warning(`Could not write the state file ${file}: ${error.message}. A re-run may send the files again.`)
        )
      }
    }
    const result = await deliver(
      open(settings).client,
      deliveryOptions(settings, files, {
        finalizeConfirmMs: tuning(host.env).finalizeConfirmMs,
        lookForEarlierDelivery: request.rerun && !settings.deliverAgain
      }),
      host,
      host.signal,
      host.clock
    )
    await remember(result)
    return judged(result, settings, host)
  } catch (error) {
    const failure = failedDelivery(error, host.signal.aborted)
    await remember(failure.result)
    return failure
  }
}

/**
 * The files a delivery sends, with every check that needs no server: the selection, the names of
 * added checksum files, the attestation gate. Undefined when nothing matched and that is allowed.
 */
export async function checkedFiles(
  settings: DeliverySettings,
  host: Host,
  ownFiles: OwnFile[]
): Promise<LocalFile[] | undefined> {
  const { files } = await selectFiles(settings, host, host.naming, ownFiles)
  if (!files) return undefined
  if (settings.checksumFiles.include) assertNoChecksumFileClash(files, settings.checksumFiles.algorithms, host.naming)
  if (settings.attestationPatterns.length)
    await requireAttestation(files, settings.attestationPatterns, settings.workspace, host, host.naming)
  return files
}

/**
 * A transfer that was sent is judged by its state and removed files. A cancel that came once it
 * was sent does not undo it (a CI retry on a failure would send the files again).
 */
export function judged(result: DeliveryResult, settings: DeliverySettings, host: Host): DeliveryOutcome {
  const cancelled = host.signal.aborted
  if (result.dryRun) return outcome('dry-run', { result, cancelled })
  const { level, message } = verdict(result, settings, host.naming)
  if (level === 'error') return outcome('failed', { result, cancelled, failed: true, message, level })
  return outcome('delivered', { result, cancelled, message, level })
}

/** The outcome of a delivery that threw: also for a failure before it started (options that cannot be read). */
export function failedDelivery(error: unknown, cancelled: boolean): DeliveryOutcome {
  if (error instanceof FinalizeSentError) {
    const known = error.result
    // Finalized (a state was read) is delivered, even when what became of it is not known yet.
    if (cancelled && known.state)
      return outcome('delivered', {
        result: known,
        cancelled,
        level: 'warning',
        message: `Cancelled after transfer ${known.trackingId} was finalized: the files are sent and the recipients notified as configured; it was last seen ${known.state}, and the run did not wait for it to become ACTIVE.`
      })
    if (!known.state)
      return outcome('uncertain', {
        result: known,
        cancelled,
        failed: true,
        message: cancelled
          ? `Cancelled after finalize was sent for transfer ${known.trackingId}: it may exist; check it on the server before running the delivery again. (${error.message})`
          : error.message
      })
    return outcome('delivered', { result: known, cancelled, failed: true, message: error.message })
  }
  const failure = classifyFailure(error, cancelled)
  return outcome(failure.kind === 'cancelled' ? 'cancelled' : 'failed', {
    cancelled,
    failed: true,
    usage: failure.kind === 'usage',
    message: failure.message,
    byCancel: failure.byCancel
  })
}

function outcome(status: DeliveryStatus, fields: Partial<DeliveryOutcome> & { cancelled: boolean }): DeliveryOutcome {
  const failed = fields.failed ?? false
  return {
    status,
    failed,
    usage: false,
    level: failed ? 'error' : 'info',
    ...fields
  }
}
