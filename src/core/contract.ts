/**
 * The contract between the core and its front-ends (the action, the CLI): what a delivery is
 * asked to do and what it reports (the host port is host.ts). Types only, so every core module can import it without cycles.
 */
import type { LocalFile } from './files.js'

export type PasswordMode = 'generated' | 'manual' | 'none'

export interface Recipients {
  to: string[]
  cc: string[]
  bcc: string[]
}

export interface DeliveryOptions {
  senderEmail: string
  senderName: string
  senderPhone: string
  verificationToken?: string
  recipients: Recipients
  files: LocalFile[]
  subject?: string
  message?: string
  confidentialMessage?: string
  passwordMode: PasswordMode
  password?: string
  expirationDays?: number
  language?: string
  notifyRecipients: boolean
  notifyDownloads: boolean
  showFileNames: boolean
  uploadConcurrency: number
  waitForProcessing: boolean
  processingTimeoutMs: number
  dryRun: boolean
  checksumFiles: ChecksumFilesPlan
  /** Bounds on settling finalize's outcome (defaults: `DEFAULT_FINALIZE_BOUNDS`). */
  finalizeBounds?: Partial<FinalizeBounds>
  /** A re-run of the job: publish a matching transfer an earlier attempt delivered (see rerun.ts). */
  lookForEarlierDelivery?: boolean
}

export interface UploadProgress {
  name: string
  size: number
  bytes: number
  done: boolean
  /** `hashing`: a big file is read for its checksums before its upload starts (`bytes` is 0). */
  phase?: 'hashing'
  /** What the whole delivery sends, for an overall line. */
  total?: { files: number; bytes: number }
}

/** How a front-end names its options in messages: the action's inputs, the CLI's flags. */
export interface OptionNaming {
  /** The option as the subject of a sentence: `Input "retries"`, `--retries`. */
  option(name: string): string
  /** The option inside a sentence ("remove …", "set …"): `"retries"`, `--retries`. */
  name(name: string): string
  /** A setting as the user writes it: `"deliver-again: true"`, `--deliver-again true`. */
  setting(name: string, value: string): string
  /** That a required option is missing, and how to give it (whole sentences). */
  missing(name: string): string
}

export const NEUTRAL_NAMING: OptionNaming = {
  option: (name) => `"${name}"`,
  name: (name) => `"${name}"`,
  setting: (name, value) => `"${name}: ${value}"`,
  missing: (name) => `"${name}" is required and not set.`
}

export interface DeliveredFile {
  name: string
  path: string
  size: number
  sha256: string
  /** When SHA-512 checksum files were asked for. */
  sha512?: string
}

/** The digests of the checksum files (`SHA256SUMS`, `SHA512SUMS`). */
export type ChecksumAlgorithm = 'sha256' | 'sha512'

/** The checksum files a delivery makes: which, and where they go besides the run's own folder. */
export interface ChecksumFilesPlan {
  /** Empty: none. */
  algorithms: ChecksumAlgorithm[]
  /** Add them to the transfer, for the recipients to run `sha256sum -c`. */
  include: boolean
  /** Add the digest list to the confidential message, where the policy allows one. */
  inMessage: boolean
}

export interface DownloadUrl {
  recipient: string
  url: string
}

export interface DeliveryResult {
  dryRun: boolean
  trackingId?: string
  state?: string
  downloadUrls: DownloadUrl[]
  files: DeliveredFile[]
  password?: string
  expirationDate?: string
  removedFiles: { name: string; cause: string }[]
  /** The checksum files this tool added to the transfer (include-checksums), by name. */
  addedFiles?: string[]
  /** When the session was created, finalize was confirmed, and the transfer was seen ACTIVE (ISO 8601). */
  timeline?: { sessionCreated?: string; finalized?: string; active?: string }
  /** The limits of the server's policy the delivery was checked against. */
  policyLimits?: { maxTotalSize?: number; maxRetentionPeriod?: number }
  /** The verification token the delivery ended with (a secret), for status/revoke in the same job. */
  verificationToken?: string
}

export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export interface FinalizeBounds {
  /** How long the transfer status is asked again when a finalize ended unclear. */
  confirmMs: number
  /**
   * How long finalize and the checks of its outcome may go on after the job was cancelled: the
   * runner kills the step about 10 s after its first signal, and the result must be out by then.
   */
  cancelGraceMs: number
}
