// The status of a sent transfer and its downloads, optionally waiting until every recipient has
// fetched every file.
import type { HostEvents } from './host.js'
import { CallTimeLimitError, type CryptshareClient } from '../cryptshare/client.js'
import { DeliveryError } from './errors.js'
import { NEUTRAL_NAMING, type Clock } from './contract.js'
import { pollUntil, systemClock } from './wait.js'
import { readTransfer, statusReader, transferReport, type TransferReport } from './transfer-report.js'
import type { StatusSettings } from './transfer-options.js'
import { verifySender } from './verification.js'

/** The least time a status read is given, even when download-timeout is (nearly) used up. */
const MIN_READ_MS = 1000

/** The longest pause between two status reads while waiting for downloads. */
export const DOWNLOAD_POLL_MAX_MS = 60_000

/** Waiting for downloads ended before every file was fetched; `report` is the last one read. */
export class DownloadTimeoutError extends DeliveryError {
  constructor(
    message: string,
    readonly report: TransferReport
  ) {
    super('downloads', message)
    this.name = 'DownloadTimeoutError'
  }
}

export async function transferStatus(
  client: CryptshareClient,
  settings: StatusSettings,
  events: HostEvents,
  options: {
    firstPollMs: number
    signal?: AbortSignal
    clock?: Clock
    /** Each report as it is read: what a front-end still knows when the wait is cancelled. */
    onReport?: (report: TransferReport) => void
  }
): Promise<TransferReport> {
  const { senderEmail: sender, trackingId } = settings
  const naming = events.naming ?? NEUTRAL_NAMING
  const clock = options.clock ?? systemClock
  // download-timeout bounds the whole wait: each status read gets the time left (at least 1 s).
  const deadline = clock.now() + settings.downloadTimeoutSeconds * 1000
  const timeLeft = (): number | undefined =>
    settings.waitForDownload ? Math.max(deadline - clock.now(), MIN_READ_MS) : undefined
  await verifySender(client, settings, events)
  const read = statusReader(events)
  let lastRead: TransferReport | undefined
  // A token that expires during a long wait is renewed by the client (client-id verification).
  const report = async (): Promise<TransferReport> => {
    const status = await readTransfer(client, sender, trackingId, 'transfer status', {
      timeoutMs: timeLeft(),
      naming: events.naming
    })
    lastRead = transferReport(trackingId, status, read)
    options.onReport?.(lastRead)
    return lastRead
  }
  if (!settings.waitForDownload) return report()

  const waited = await pollUntil(report, (r) => r.allDownloaded || r.state !== 'ACTIVE', {
    timeoutMs: Math.max(deadline - clock.now(), 0),
    firstDelayMs: options.firstPollMs,
    maxDelayMs: DOWNLOAD_POLL_MAX_MS,
    clock,
    signal: options.signal,
    onWait: (ms) => events.debug(`Not every file is downloaded yet; next check in ${Math.round(ms / 100) / 10} s.`)
  }).catch((error: unknown) => {
    if (!(error instanceof CallTimeLimitError)) throw error
    if (lastRead) return { value: lastRead, done: false }
    throw new DeliveryError(
      'transfer status',
      `The server did not answer the status read of transfer ${trackingId} within ${settings.downloadTimeoutSeconds} s (${naming.name('download-timeout')}); its state is unknown. Check the transfer on the server, or raise ${naming.name('download-timeout')}.`,
      error
    )
  })
  const last = waited.value
  if (last.allDownloaded) return last
  if (last.state !== 'ACTIVE') {
    throw new DownloadTimeoutError(
      `Transfer ${trackingId} is ${last.state}: its files can no longer be downloaded, and not every recipient downloaded every file.`,
      last
    )
  }
  throw new DownloadTimeoutError(
    `Not every recipient downloaded every file of transfer ${trackingId} within ${settings.downloadTimeoutSeconds} s (${naming.name('download-timeout')}): ${pending(last)}.`,
    last
  )
}

/** `a@example.org: app.zip, notes.txt; b@…: …` of what is not downloaded yet. */
function pending(report: TransferReport): string {
  return report.downloads
    .map((r) => ({ who: r.recipient, files: r.files.filter((f) => f.downloads.length === 0).map((f) => f.name) }))
    .filter((r) => r.files.length > 0)
    .map((r) => `${r.who} has not downloaded ${r.files.join(', ')}`)
    .join('; ')
}
