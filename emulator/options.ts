/**
 * What the emulator can be told, in three groups: how the server behaves (ServerOptions), the
 * transfer policy it answers (PolicyOptions, under `policy`), and what goes wrong on the wire
 * (FaultOptions). EmulatorOptions is the three side by side, as the constructor and the JSON
 * config of the standalone emulator take them.
 */
import type { TokenRules } from './token-rules.js'
import type { PasswordMode, RecordedRequest } from './types.js'

/**
 * How the server behaves (versions, verification, passwords, checksums, processing outcomes,
 * revocation, the token rules explained in token-rules.ts) and where it listens and stores.
 */
export interface ServerOptions extends TokenRules {
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0 = random. */
  port?: number
  /** Client ids an admin registered for client-id verification; default [DEMO_CLIENT_ID]. */
  clientIds?: string[]
  /** If set, only these sender emails may use client-id verification. */
  clientIdSenders?: string[]
  /** Whether EMAIL is offered in verificationMethods (default false). */
  emailVerification?: boolean
  /** Default 15; X-CS-MinimumMinorApiVersion above it -> 404/2004. */
  maxMinorVersion?: number
  /** Status GETs answering PROCESSING before the outcome (default 1). */
  processingPolls?: number
  /** Default ACTIVE; REMOVED_FILES = ACTIVE with `removeFiles` removed (warnings:true). */
  outcome?: 'ACTIVE' | 'FAILED' | 'REMOVED_FILES'
  /** File names removed in REMOVED_FILES (default: the first file). */
  removeFiles?: string[]
  /** Default 'relative' ('/api/users/...'); absolute = 'http://127.0.0.1:port/api/...'. */
  locationStyle?: 'absolute' | 'relative'
  /** Where uploads are streamed (default a fresh mkdtemp under os.tmpdir(), removed on stop()). */
  storageDir?: string
  /** Default 10. */
  passwordMinLength?: number
  /**
   * A PATCH with `passwordMode: GENERATED` that carries a `password` (as the reference Python client
   * sends one fetched from `GET /api/password`): 'client' (default) keeps that password (it must meet
   * the password rules) and shows it in `securityMode.config.password` of the PATCH answer and the
   * session; 'server-shown' replaces it with one of its own and shows that; 'server-hidden' replaces
   * it and shows none. A GENERATED PATCH without a password always gets a hidden server password.
   */
  generatedPassword?: 'client' | 'server-shown' | 'server-hidden'
  /**
   * Every request (that a fault lets through) is checked against the real server's OpenAPI 1.8
   * export plus the supplement (emulator/openapi/): 'refuse' (default) answers a mismatch with
   * `request does not match the Cryptshare REST API 1.8 specification: <what>` (400/1002 missing
   * parameter, 400/1004 bad value or body, 415/1004 content type, 403/3002 no token, 404/1006 or
   * 405/1006 undescribed endpoint) and records it; 'record' only records it; 'off' skips the check.
   * See specViolations() and responseViolations(). The emulator has no test-only control endpoints.
   */
  specValidation?: 'refuse' | 'record' | 'off'
  /**
   * The session's `fileChecksumAlgorithm` (default 'SHA256'); any string. SHA256/SHA-256, SHA512/SHA-512,
   * SHA1/SHA-1 and MD5 (any case) are computed and compared with the registered checksum (hex, any
   * case); for another name (e.g. 'CRC32') the emulator cannot check and takes any checksum string.
   */
  fileChecksumAlgorithm?: string
  /**
   * When a registered checksum is compared: 'upload' (default) refuses a mismatching PUT with
   * 400/1004; 'finalization' (what the docs say) accepts the PUT and removes the file during
   * processing after finalize (`removed: true, removalCause: 'CHECKSUM_MISMATCH'`, warnings);
   * when every file mismatches the transfer ends FAILED.
   */
  checksumCheck?: 'upload' | 'finalization'
  /** Lifetime of an issued verification token (default one day). */
  tokenValidityMs?: number
  /**
   * How the revocation PATCH (API 1.10) is answered when `maxMinorVersion` is below 10, whatever
   * X-CS-MinimumMinorApiVersion says (after the spec check, before the X-CS-* header checks):
   * 'notFound2004' (default; 404/2004, as for a version above the server's), 'notFound1006'
   * (404/1006, no such endpoint) or 'methodNotAllowed' (405/1006, `Allow: GET`).
   */
  revocationBelow10?: 'notFound2004' | 'notFound1006' | 'methodNotAllowed'
  /** Revoking a transfer that is not ACTIVE (PROCESSING, FAILED, revoked): 400/1004 (default) or 409/2001. */
  revocationNotActiveStatus?: 400 | 409
  /** A successful revocation: 204 without a body (default) or 200 with the TransferStatus. */
  revocationStatus?: 200 | 204
  /**
   * `fileDownloads` of a recipient in the transfer status: every file, with an empty `downloads`
   * array when not downloaded (default; the docs: "a FileDownload for each transfer file"), or with
   * false only files with downloads.
   */
  fileDownloadsListsAll?: boolean
  /** Called once per request when it was answered (or dropped); used by the CLI's request log. */
  onRequest?: (request: RecordedRequest) => void
}

/** The transfer policy the server answers and enforces. */
export interface PolicyOptions {
  /** Case-insensitive. The policy answers `allowed:false`; creating a session with one of them -> 403/3011. */
  blockedRecipients?: string[]
  /** Case-insensitive. Policy and session creation -> 403/3010. */
  blockedSenders?: string[]
  /** Bytes of all files of a session together; default 2 GiB (2147483648). */
  maxTotalSize?: number
  /** Days; default 30. */
  maxRetentionPeriod?: number
  /** Default all three; reported in `settings.securityModes[0].config.allowedPasswordModes`. */
  allowedPasswordModes?: PasswordMode[]
  confidentialMessageAllowed?: boolean
  confidentialMessageRequired?: boolean
  recipientNotificationEditable?: boolean
  sendDownloadNotificationsChangeable?: boolean
  showFileNamesChangeable?: boolean
}

/** Scripted faults, and seeded random failures. Emulator.clearFaults() lifts them all. */
export interface FaultOptions {
  faults?: Fault[]
  /** 0..1: that fraction of requests (except /api/status) answers 429/502/503/504 without processing. */
  randomFailureRate?: number
  randomSeed?: number
}

export interface Fault {
  /** e.g. 'PUT'; absent = any method. */
  method?: string
  /** Matched against the URL pathname (a string is a regex source). */
  path?: RegExp | string
  /** Let this many matching requests pass first (default 0). */
  skip?: number
  /** How many matching requests to affect (default 1; Infinity allowed). */
  times?: number
  // exactly one action:
  /** Answer this status with `{errorCode, errorMessage}` without processing the request. */
  status?: number
  /** errorCode of a `status` fault (default 5000 for 5xx, 2007 for 429, 1004 otherwise). */
  errorCode?: number
  /** Retry-After header value of a `status` fault. */
  retryAfter?: string
  /** Answer 200 text/html garbage instead of JSON. */
  html?: boolean
  /** Destroy the socket after reading this many body bytes (0 = immediately, before answering). */
  resetAfterBytes?: number
  /** Read nothing and answer nothing for this long, then destroy the socket. */
  stallMs?: number
  /**
   * Delay (counted from the arrival of the request head), then process normally. If the client
   * closes the connection during the delay, the request is NOT processed (recorded with
   * `clientClosed: true, processed: false`) unless `processEvenIfClosed` is set.
   */
  delayMs?: number
  /**
   * With `delayMs`: read the whole body during the delay and carry the request out afterwards even
   * when the client went away (models e.g. a finalize the server accepted while the job was being
   * cancelled). A body cut off by the close is processed as far as it arrived. Recorded with
   * `processed: true, clientClosed: true, status: 0` and the `handledStatus` it would have answered.
   */
  processEvenIfClosed?: boolean
  /** Process the request normally (state changes apply) but answer this status instead. */
  afterProcessing?: number
  /** Process the request normally (state changes apply), then destroy the socket without answering. */
  dropAfterProcessing?: boolean
  /**
   * Process normally, then answer with exactly this `Location` header (set also where the answer has
   * none). The answer is written by hand on the socket, followed by `Connection: close`, so any value
   * can be sent, including ones node:http's setHeader refuses: broken percent-encoding, `http://[bad`,
   * control characters (a `\r\n` inside the value even injects header lines). In-process, a
   * function receives the Location the emulator would have sent (if any) and returns the value. A value whose
   * characters are all <= U+00FF goes out one byte per character (latin1); otherwise as UTF-8.
   */
  location?: string | ((original: string | undefined) => string)
  /**
   * Process normally, then send the answer one byte every `trickleMs` ms: the body only (headers at
   * once, connection kept alive) or, with `trickleHeaders`, the whole answer from the status line on
   * (then `Connection: close`). Stops when the client closes the socket and on stop().
   */
  trickleMs?: number
  trickleHeaders?: boolean
  /**
   * In-process only: process normally, then replace a 2xx JSON answer body (the whole
   * `{data, meta}` envelope, a deep copy) with what the function returns. Other answers are untouched.
   */
  rewrite?: (json: unknown) => unknown
}

/** Everything the emulator can be told: the server's behaviour, its policy and its faults. */
export interface EmulatorOptions extends ServerOptions, FaultOptions {
  policy?: PolicyOptions
}

/** The groups of `options` apart. */
export function groupOptions(options: EmulatorOptions): {
  server: ServerOptions
  policy: PolicyOptions
  faults: FaultOptions
} {
  const { policy, faults, randomFailureRate, randomSeed, ...server } = options
  return { server, policy: { ...policy }, faults: { faults, randomFailureRate, randomSeed } }
}
