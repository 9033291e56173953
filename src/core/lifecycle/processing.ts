// After finalize: waiting while the transfer is PROCESSING, and the delivery's result read from
// its final status (state, download URLs, expiration, files the server removed).
import type { HostEvents } from '../host.js'
import { CallTimeLimitError } from '../../cryptshare/client.js'
import { causeOfType, DeliveryError, labelled, labelledError } from '../errors.js'
import { AnswerShapeError, sessionFiles, type Answer } from '../../cryptshare/shape.js'
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
  read: Answer,
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
      firstDelayMs: 200,
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
export function reportedState(status: TransferStatus, read: Answer): string | undefined {
  const body = read.must('record', status.status, 'status', UNKNOWN_STATE, true)
  return read.must('text', body?.state, 'status.state', UNKNOWN_STATE, true)?.toUpperCase()
}

/** The delivery's result from the final transfer status. */
export function finalizedResult(
  status: TransferStatus,
  finalized: DeliveryResult,
  recipients: Recipients,
  read: Answer,
  events: HostEvents
): DeliveryResult {
  const state = reportedState(status, read) ?? 'PROCESSING'
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

function downloadUrls(status: TransferStatus, read: Answer, events: HostEvents): DownloadUrl[] {
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
  events: HostEvents
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
