// The status of a sent transfer and its downloads, optionally waiting until every recipient has
// fetched every file.
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError, DeliveryError } from '../cryptshare/errors.js'
import type { Clock, HostEvents } from './contract.js'
import { pollUntil } from './poll.js'
import { readTransfer, statusReader, transferReport, type TransferReport } from './transfer-report.js'
import type { StatusSettings } from './transfer-options.js'
import { verifySender } from './verification.js'

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
  await verifySender(client, settings, events)
  const read = statusReader(events)
  let reverified = false
  let readBefore = false
  const readOnce = async (): Promise<TransferReport> => {
    const report = transferReport(trackingId, await readTransfer(client, sender, trackingId, 'transfer status'), read)
    readBefore = true
    options.onReport?.(report)
    return report
  }
  const report = async (): Promise<TransferReport> => {
    try {
      return await readOnce()
    } catch (error) {
      // A token may expire during a long wait: verify once more (client-id verification only).
      if (!readBefore || reverified || settings.verificationToken || !isInvalidVerification(error)) throw error
      reverified = true
      events.info('The verification token is no longer accepted; verifying the sender again.')
      await verifySender(client, settings, events)
      return readOnce()
    }
  }
  if (!settings.waitForDownload) return report()

  const timeoutMs = settings.downloadTimeoutSeconds * 1000
  const waited = await pollUntil(report, (r) => r.allDownloaded || r.state !== 'ACTIVE', {
    timeoutMs,
    firstDelayMs: options.firstPollMs,
    maxDelayMs: DOWNLOAD_POLL_MAX_MS,
    clock: options.clock,
    signal: options.signal,
    onWait: (ms) => events.debug(`Not every file is downloaded yet; next check in ${Math.round(ms / 100) / 10} s.`)
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
    `Not every recipient downloaded every file of transfer ${trackingId} within ${settings.downloadTimeoutSeconds} s (download-timeout): ${pending(last)}.`,
    last
  )
}

function isInvalidVerification(error: unknown): boolean {
  const cause = error instanceof DeliveryError ? error.cause : error
  return cause instanceof CryptshareError && (cause.errorCode === 3002 || cause.status === 401)
}

/** `a@example.org: app.zip, notes.txt; b@…: …` of what is not downloaded yet. */
function pending(report: TransferReport): string {
  return report.downloads
    .map((r) => ({ who: r.recipient, files: r.files.filter((f) => f.downloads.length === 0).map((f) => f.name) }))
    .filter((r) => r.files.length > 0)
    .map((r) => `${r.who} has not downloaded ${r.files.join(', ')}`)
    .join('; ')
}
