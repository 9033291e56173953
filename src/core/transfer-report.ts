// Reading a sent transfer after its delivery (a later job, its own verification token): its
// state, expiration and who downloaded which file. The download report never depends on the
// download URLs (the server may withhold them from another token).
import type { HostEvents } from './host.js'
import { CallTimeLimitError, type CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { DeliveryError, labelledError } from './errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import { answer, type AnswerReader } from '../cryptshare/shape.js'
import { readTransferStatus, requiredTransferState } from '../cryptshare/readers.js'
import type { TransferStatus } from '../cryptshare/types.js'
import { NEUTRAL_NAMING, type OptionNaming } from './contract.js'
import { CHECKSUM_FILE_NAMES } from './checksum-files.js'
import { checksumAlgorithm } from './lifecycle/checksum.js'

export interface FileDownloads {
  name: string
  /** Dates of every download or view, oldest first, as the server wrote them. */
  downloads: string[]
}

export interface RecipientDownloads {
  recipient: string
  /** By file name. */
  files: FileDownloads[]
}

export interface TransferReport {
  trackingId: string
  state: string
  expirationDate?: string
  downloads: RecipientDownloads[]
  /** Every recipient fetched every delivered file (a VIEWED retrieval counts). */
  allDownloaded: boolean
  /** The delivered files with the checksum the server holds (lowercase hex, by node:crypto algorithm name). */
  files: { name: string; digest: Record<string, string> }[]
}

/** The checksum files include-checksums adds: this tool's own, so not counted as downloads to wait for. */
const OWN_FILE_NAMES = new Set(Object.values(CHECKSUM_FILE_NAMES))

/**
 * Reads the transfer's status; a 404 or a refused token is one clear error. With `timeoutMs`, a
 * read that outlasts it throws the client's `CallTimeLimitError` as is, for the caller to explain.
 */
export async function readTransfer(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  step: string,
  options: { timeoutMs?: number; naming?: OptionNaming } = {}
): Promise<TransferStatus> {
  const { timeoutMs, naming = NEUTRAL_NAMING } = options
  try {
    return await client.transferStatus(client.transferUrl(sender, trackingId), { timeoutMs })
  } catch (error) {
    if (error instanceof CallTimeLimitError) throw error
    throw transferReadError(error, { sender, trackingId, step, naming })
  }
}

function transferReadError(
  error: unknown,
  { sender, trackingId, step, naming }: { sender: string; trackingId: string; step: string; naming: OptionNaming }
): DeliveryError {
  if (!(error instanceof CryptshareError) || error.kind !== 'http') return labelledError(step, error)
  const server = explainRequestFailure(error)
  if (error.status === 404) {
    return new DeliveryError(
      step,
      `Transfer ${trackingId} was not found for the sender ${sender} (${server}). Check ${naming.name('tracking-id')}, and that ${naming.name('sender-email')} is the address that sent it: only its sender can read or revoke a transfer.`,
      error
    )
  }
  if (error.errorCode === 3002 || error.status === 401) {
    return new DeliveryError(
      step,
      `The server does not let this verification token read transfer ${trackingId} (${server}): it lets only the token the transfer was created with read it, or that token expired. ` +
        `In the job that delivered it, pass the delivery's token as ${naming.name('verification-token')}: the action's "verification-token" output, or "verificationToken" in the CLI's --output-json file. A later job cannot read this transfer on such a server.`,
      error
    )
  }
  return labelledError(step, error)
}

export function statusReader(events: Pick<HostEvents, 'warning'>): AnswerReader {
  return answer('transfer status', (message) => events.warning(message))
}

const NO_STATE =
  'this tool cannot tell whether the transfer is still available. Check the transfer on the server, or run again later.'

/** The report of one status answer; an answer without the transfer's state is an error. */
export function transferReport(trackingId: string, status: TransferStatus, read: AnswerReader): TransferReport {
  const state = requiredTransferState(status, read, NO_STATE)
  const view = readTransferStatus(status, read)
  const algorithm = checksumAlgorithm(view.fileChecksumAlgorithm)
  const removed = new Set(view.statusFiles.filter((f) => f.removed === true).map((f) => f.id))
  const delivered = view.files
    .filter((f) => f.id !== undefined && !removed.has(f.id) && f.id !== view.confidentialMessageFileId)
    .filter((f) => !OWN_FILE_NAMES.has(f.fileName ?? ''))
    .sort((a, b) => (a.fileName ?? '').localeCompare(b.fileName ?? ''))
  const downloads = view.recipients.map((recipient) => {
    const byFile = new Map<string, string[]>()
    for (const entry of recipient.fileDownloads) {
      const dates = entry.downloads.flatMap((d) => d.downloadDate ?? [])
      if (entry.id !== undefined) byFile.set(entry.id, [...(byFile.get(entry.id) ?? []), ...dates].sort(byDate))
    }
    return {
      recipient: recipient.mail ?? '(unknown recipient)',
      files: delivered.map((file) => ({
        name: file.fileName ?? file.id ?? '',
        downloads: byFile.get(file.id ?? '') ?? []
      }))
    }
  })
  return {
    trackingId,
    state,
    expirationDate: view.expirationDate,
    downloads,
    allDownloaded:
      delivered.length > 0 &&
      downloads.length > 0 &&
      downloads.every((r) => r.files.every((f) => f.downloads.length > 0)),
    files: delivered.map((file) => ({
      name: file.fileName ?? file.id ?? '',
      digest: digestOf(file.checksum, algorithm)
    }))
  }
}

/** A checksum the server holds as a digest record: `{ sha256: hex }`; empty when it cannot be read. */
function digestOf(checksum: string | undefined, algorithm: string | undefined): Record<string, string> {
  return checksum && algorithm && /^[0-9a-f]+$/i.test(checksum) ? { [algorithm]: checksum.toLowerCase() } : {}
}

function byDate(a: string, b: string): number {
  const [x, y] = [Date.parse(a), Date.parse(b)]
  return Number.isNaN(x) || Number.isNaN(y) ? a.localeCompare(b) : x - y
}
