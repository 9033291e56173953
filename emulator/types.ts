/** Public record types of the Cryptshare REST API emulator (re-exported by server.ts); its options are in options.ts. */
export type PasswordMode = 'GENERATED' | 'MANUAL' | 'NONE'

export interface RecordedRequest {
  method: string
  /** The URL pathname (no query string). */
  path: string
  query: Record<string, string>
  /** Lower-case names, raw values. */
  headers: Record<string, string | string[] | undefined>
  /** 0 while unanswered, and for requests whose connection was dropped without an answer. */
  status: number
  /** Body bytes the emulator read. */
  bodyBytes: number
  /** Arrival time (ms since epoch). */
  at: number
  /** Actions of the faults that affected this request, e.g. `['delayMs', 'dropAfterProcessing']`. */
  faults: string[]
  /** The endpoint's handler ran (its state changes, if any, applied), whatever became of the answer. */
  processed: boolean
  /** The status the emulator's own processing produced (before a fault replaced or lost the answer). */
  handledStatus?: number
  /** The client closed the connection before the answer was complete. */
  clientClosed: boolean
  /** The emulator is finished with the request (answered, dropped or given up). */
  done: boolean
  /** Why the request does not match the OpenAPI spec, when it does not. */
  specProblem?: string
}

/** How a recipient retrieved a file (the spec's DownloadDto.retrievalMethod). */
export type RetrievalMethod = 'DOWNLOADED' | 'VIEWED'

/** A successful revocation (PATCH …/transfers/{tracking-id}). */
export interface RevocationRecord {
  trackingId: string
  sender: string
  notifySender: boolean
  notifyRecipients: boolean
  /** The message given; undefined = the server's default text. */
  message?: string
}

export interface FileRecord {
  id: string
  fileName: string
  size: number
  checksum?: string
  state: 'INITIALIZED' | 'UPLOADED'
  /** Where the received bytes are (after a complete upload). */
  storedPath?: string
  receivedBytes: number
  receivedSha256?: string
  /** Hex digest of the received bytes in the session's checksum algorithm (when it is one the emulator knows). */
  receivedDigest?: string
  /** With checksumCheck 'finalization': the received bytes do not match the registered checksum. */
  checksumMismatch?: boolean
  /** Number of complete successful PUTs. */
  uploads: number
  deleted: boolean
}

export interface SessionRecord {
  trackingId: string
  /** The sender email as given in the path at creation (decoded). */
  sender: string
  clientId: string
  /** The verification token the session was created with. */
  token: string
  state: 'OPEN' | 'DELETED' | 'FINALIZED'
  recipients: { to: string[]; cc: string[]; bcc: string[] }
  senderName?: string
  senderPhone?: string
  /** Current TransferSession settings as the server reports them (everything but sender, recipients, files). */
  settings: Record<string, unknown>
  acceptLanguage?: string
  /** Every PATCH body received, in order. */
  patches: Record<string, unknown>[]
  files: FileRecord[]
  /** Successful finalizations (0 or 1). */
  finalizeCount: number
  statusPolls: number
  /** Effective transfer password (MANUAL given or GENERATED computed). */
  password?: string
  createdAt: number
  finalizedAt?: number
}
