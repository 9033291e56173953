// After finalize: waiting while the transfer is PROCESSING, and the delivery's result read from
// its final status (state, download URLs, expiration, files the server removed).
import type { HostEvents } from '../host.js'
import { CallTimeLimitError } from '../../cryptshare/client.js'
import { causeOfType, DeliveryError, labelled, labelledError } from '../errors.js'
import { AnswerShapeError, type AnswerReader } from '../../cryptshare/shape.js'
import { readTransferStatus, reportedTransferState, type TransferStatusView } from '../../cryptshare/readers.js'
import type { TransferStatus } from '../../cryptshare/types.js'
import type { Clock, DeliveryOptions, DeliveryResult, DownloadUrl, Recipients } from '../contract.js'
import { statusReader } from '../transfer-report.js'
import { pollUntil } from '../wait.js'
import { FinalizeSentError } from './finalize.js'
import type { OpenSession } from './session.js'

/**
 * The finalized transfer's result from its status (read once, or until it is no longer
 * PROCESSING). The transfer exists: a failure here still publishes what is known of it.
 */
export async function readFinalized(
  session: OpenSession,
  statusUrl: string,
  resultSoFar: DeliveryResult,
  options: DeliveryOptions,
  events: HostEvents,
  signal: AbortSignal | undefined,
  clock: Clock
): Promise<DeliveryResult> {
  const finalized: DeliveryResult = { ...resultSoFar, state: 'PROCESSING' }
  try {
    const read = statusReader(events)
    const status = await labelled('transfer status', () =>
      options.waitForProcessing
        ? waitWhileProcessing(session, statusUrl, options.processingTimeoutMs, read, events, signal, clock)
        : session.transferStatus(statusUrl)
    )
    return finalizedResult(status, finalized, options.recipients, read, events)
  } catch (error) {
    const failure = labelledError('transfer status', error)
    throw new FinalizeSentError(
      failure.step,
      `Transfer ${session.trackingId} is finalized (its recipients are notified as configured), but ${failure.message}`,
      failure,
      causeOfType(error, AnswerShapeError) ? { ...finalized, state: undefined } : finalized
    )
  }
}

/** The least time a status poll is given, even when processing-timeout is (nearly) used up. */
const MIN_POLL_MS = 1000

/** Reads the status until the transfer is no longer PROCESSING; past `timeoutMs` that is an error. */
export async function waitWhileProcessing(
  session: OpenSession,
  statusUrl: string,
  timeoutMs: number,
  read: AnswerReader,
  events: HostEvents,
  signal: AbortSignal | undefined,
  clock: Clock
): Promise<TransferStatus> {
  const stillProcessing = (): DeliveryError =>
    new DeliveryError(
      'transfer status',
      `The transfer is finalized but still PROCESSING after ${Math.round(timeoutMs / 1000)} s (processing-timeout). It may still become available; raise "processing-timeout" or check the transfer on the server.`
    )
  const waited = await pollUntil(
    // A slow status answer must not outlast processing-timeout: each poll gets the time left (at least 1 s).
    (remainingMs) =>
      session.transferStatus(statusUrl, { timeoutMs: Math.max(remainingMs, MIN_POLL_MS) }).catch((error: unknown) => {
        throw error instanceof CallTimeLimitError ? stillProcessing() : error
      }),
    (status) => (reportedState(status, read) ?? 'PROCESSING') !== 'PROCESSING',
    {
      timeoutMs,
      // The first poll goes right after finalize's answer; a transfer still processing is asked
      // again soon (most finish within a second), then less and less often.
      firstDelayMs: 100,
      maxDelayMs: 5000,
      clock,
      signal,
      onWait: (_pauseMs, backoffMs) => events.debug(`Transfer still PROCESSING; next check in ${backoffMs} ms.`)
    }
  )
  if (!waited.done) throw stillProcessing()
  return waited.value
}

const UNKNOWN_STATE =
  'this tool cannot tell what became of the finalized transfer. Check it on the server before re-running, or recipients may receive it twice.'

/** `status.state`, upper-cased; undefined while the server does not say (read as PROCESSING). */
export function reportedState(status: TransferStatus, read: AnswerReader): string | undefined {
  return reportedTransferState(status, read, UNKNOWN_STATE)
}

/** The delivery's result from the final transfer status. */
export function finalizedResult(
  status: TransferStatus,
  finalized: DeliveryResult,
  recipients: Recipients,
  read: AnswerReader,
  events: HostEvents
): DeliveryResult {
  const state = reportedState(status, read) ?? 'PROCESSING'
  const view = readTransferStatus(status, read)
  const urls = downloadUrls(view, events)
  if (state === 'ACTIVE') warnMissingDownloadUrls(view, urls, recipients, events)
  return {
    ...finalized,
    state,
    downloadUrls: urls,
    expirationDate: view.expirationDate ?? finalized.expirationDate,
    removedFiles: removedFiles(view)
  }
}

function downloadUrls(view: TransferStatusView, events: HostEvents): DownloadUrl[] {
  return view.recipients.flatMap(({ mail, downloadUrl }) => {
    if (!downloadUrl) return []
    events.secret(downloadUrl)
    return [{ recipient: mail ?? '', url: downloadUrl }]
  })
}

/** An ACTIVE transfer should have a download URL for every recipient: name those without one. */
function warnMissingDownloadUrls(
  view: TransferStatusView,
  urls: DownloadUrl[],
  recipients: Recipients,
  events: HostEvents
): void {
  const listed = view.recipients.flatMap((r) => (r.mail ? [r.mail] : []))
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

function removedFiles(view: TransferStatusView): { name: string; cause: string }[] {
  const names = new Map(view.files.map((f) => [f.id, f.fileName]))
  return view.statusFiles
    .filter((f) => f.removed === true)
    .map((f) => ({
      name: (f.id !== undefined ? names.get(f.id) : undefined) ?? f.id ?? '(unknown file)',
      cause: f.removalCause || 'no cause given'
    }))
}
