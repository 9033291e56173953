// Typed views of the server's answers, read once at the edge: every field is checked (see
// shape.ts); a field of the wrong shape is left out with a warning naming it, an absent field is
// simply absent, unknown fields are ignored. Nothing here decides what a missing field means:
// the caller does (e.g. a status without a state).
import { answer, AnswerReader, record, sessionFiles, type Json, type SessionFileView, type Warn } from './shape.js'
import type { PolicySettings, SecurityModePolicy } from './types.js'

const IGNORE: Warn = () => undefined

/** One download of a file by a recipient (`status.recipients[].fileDownloads[].downloads[]`). */
export interface DownloadView {
  downloadDate?: string
  /** `DOWNLOADED` or `VIEWED` (content viewer). */
  retrievalMethod?: string
}

/** A recipient of a sent transfer (RecipientStatus). */
export interface RecipientStatusView {
  /** The recipient's own transfer id. */
  id?: string
  mail?: string
  /** The link for a human recipient; may be null for another token (read as absent). */
  downloadUrl?: string
  notificationFailed?: boolean
  /** Per file id, its downloads by this recipient. */
  fileDownloads: { id?: string; downloads: DownloadView[] }[]
}

/** A file as the transfer's status lists it (`status.files[]`): removed during processing or not. */
export interface StatusFileView {
  id?: string
  removed?: boolean
  removalCause?: string
}

/** A TransferStatus (`GET …/transfers/{id}`, or a finalize's `Location`), as far as it is readable. */
export interface TransferStatusView {
  /** `status.state`, upper-cased; undefined when the answer does not say (the caller decides what that means). */
  state?: string
  /** The answer has a `status.state` (or `status`) of the wrong shape: it names a state that cannot be read. */
  stateUnreadable: boolean
  /** `status.warnings`: e.g. files were removed during processing. */
  warnings?: boolean
  recipients: RecipientStatusView[]
  /** `status.files[]`. */
  statusFiles: StatusFileView[]
  /** `transfer.files[]`: the files as registered. */
  files: SessionFileView[]
  /** `transfer.fileChecksumAlgorithm`: the algorithm of `files[].checksum`. */
  fileChecksumAlgorithm?: string
  expirationDate?: string
  confidentialMessageFileId?: string
  /** `transfer.securityMode.config.password`, if the server shows it. */
  password?: string
}

/**
 * Reads a TransferStatus; `warn` hears about each field of the wrong shape (once), or `read`, a
 * reader shared by a command's reads of the same answer (once per command, not once per poll).
 */
export function readTransferStatus(raw: unknown, warn: Warn | AnswerReader = IGNORE): TransferStatusView {
  const read = warn instanceof AnswerReader ? warn : answer('transfer status', warn)
  const outer = read.record(raw, '(answer)') ?? {}
  const transfer = read.record(outer.transfer, 'transfer')
  const status = read.record(outer.status, 'status')
  const state = read.text(status?.state, 'status.state')
  const stateUnreadable =
    (status === undefined && present(outer.status)) || (state === undefined && present(status?.state))
  return {
    state: state?.toUpperCase(),
    stateUnreadable,
    warnings: read.bool(status?.warnings, 'status.warnings'),
    recipients: read.records(status?.recipients, 'status.recipients').map((r) => recipientStatus(r, read)),
    statusFiles: read.records(status?.files, 'status.files').map((f) => ({
      id: read.text(f.id, 'status.files[].id'),
      removed: read.bool(f.removed, 'status.files[].removed'),
      removalCause: read.text(f.removalCause, 'status.files[].removalCause')
    })),
    files: sessionFiles(transfer?.files, read, 'transfer.files'),
    fileChecksumAlgorithm: read.text(transfer?.fileChecksumAlgorithm, 'transfer.fileChecksumAlgorithm'),
    expirationDate: read.text(transfer?.expirationDate, 'transfer.expirationDate'),
    confidentialMessageFileId: read.text(transfer?.confidentialMessageFileId, 'transfer.confidentialMessageFileId'),
    password: securityMode(transfer?.securityMode, read, 'transfer.securityMode').password
  }
}

/**
 * The state of a TransferStatus for a caller that cannot go on without it: upper-cased, or an
 * `AnswerShapeError` naming the missing or odd field and `consequence`.
 */
export function requiredTransferState(raw: unknown, read: AnswerReader, consequence: string): string {
  const outer = read.record(raw, '(answer)') ?? {}
  const status = read.must('record', outer.status, 'status', consequence)
  return read.must('text', status.state, 'status.state', consequence).toUpperCase()
}

/**
 * The state of a TransferStatus, upper-cased, or undefined while the answer does not name one; a
 * state of the wrong shape is an `AnswerShapeError` with `consequence` (it names a state that
 * cannot be read).
 */
export function reportedTransferState(raw: unknown, read: AnswerReader, consequence: string): string | undefined {
  const outer = read.record(raw, '(answer)') ?? {}
  const status = read.must('record', outer.status, 'status', consequence, true)
  return read.must('text', status?.state, 'status.state', consequence, true)?.toUpperCase()
}

/** One entry of the sender's transfer list (TransferBasicInfo of `GET …/users/{email}/transfers`). */
export interface TransferListEntry {
  trackingId?: string
  /** Upper-cased; besides the status states also `PENDING` and `UNKNOWN` (sent with server 5.7.0 or older). */
  state?: string
  /** The transfer's status URL. */
  href?: string
  /**
   * The recipients' addresses as listed (RecipientStatus objects, or plain strings); undefined
   * when the entry has no list whose every entry names an address.
   */
  recipients?: string[]
}

/** Reads one entry of the transfer list; an entry that is no object reads as an empty entry. */
export function readTransferListEntry(raw: unknown, warn: Warn = IGNORE): TransferListEntry {
  const read = answer('transfer list', warn)
  const entry = read.record(raw, '[]') ?? {}
  const trackingId = read.text(entry.trackingId, '[].trackingId')
  return {
    trackingId: trackingId || undefined,
    state: read.text(entry.state, '[].state')?.toUpperCase(),
    href: read.text(entry.href, '[].href'),
    recipients: addresses(entry.recipients)
  }
}

/** A TransferSession (`GET`/`PATCH …/transfer-sessions/{id}`), as far as it is readable. */
export interface TransferSessionView {
  files: SessionFileView[]
  expirationDate?: string
  confidentialMessageFileId?: string
  /** As the server names it (`SHA256`, `SHA-256`, …); undefined when absent or not a string. */
  fileChecksumAlgorithm?: string
  securityMode: { name?: string; passwordMode?: string; password?: string }
}

export function readTransferSession(raw: unknown, warn: Warn = IGNORE): TransferSessionView {
  const read = answer('transfer session', warn)
  const session = read.record(raw, '(answer)') ?? {}
  return {
    files: sessionFiles(session.files, read),
    expirationDate: read.text(session.expirationDate, 'expirationDate'),
    confidentialMessageFileId: read.text(session.confidentialMessageFileId, 'confidentialMessageFileId'),
    fileChecksumAlgorithm: read.text(session.fileChecksumAlgorithm, 'fileChecksumAlgorithm'),
    securityMode: securityMode(session.securityMode, read, 'securityMode')
  }
}

/** The sender's verification status (`GET …/users/{email}/verification`). */
export interface VerificationStatusView {
  verified?: boolean
  validUntil?: string
  /**
   * The methods offered, each as `CLIENT_ID` or `EMAIL` (the spec's enum; the prose's `clientId`
   * and `email` are read as the same), other names upper-cased; undefined when there is no list.
   */
  verificationMethods?: string[]
}

export function readVerificationStatus(raw: unknown, warn: Warn = IGNORE): VerificationStatusView {
  const read = answer('verification status', warn)
  const status = read.record(raw, '(answer)') ?? {}
  const methods = status.verificationMethods
  if (!Array.isArray(methods) && present(methods)) read.ignore('verificationMethods', methods, 'a list')
  return {
    verified: read.bool(status.verified, 'verified'),
    validUntil: read.text(status.validUntil, 'validUntil'),
    verificationMethods: Array.isArray(methods) ? read.texts(methods, 'verificationMethods').map(methodName) : undefined
  }
}

/** The transfer policy (`POST …/users/{email}/transfer-policy`). */
export interface TransferPolicyView {
  /** Whether the sender may send to these recipients; undefined when the answer does not say. */
  allowed?: boolean
  failedRecipients: { emailAddress?: string; reason?: string }[]
  settings: PolicySettings
}

export function readTransferPolicy(raw: unknown, warn: Warn = IGNORE): TransferPolicyView {
  const read = answer('transfer policy', warn)
  const policy = read.record(raw, '(answer)') ?? {}
  const settings = read.record(policy.settings, 'settings') ?? {}
  const num = (name: string): number | undefined => read.num(settings[name], `settings.${name}`)
  const bool = (name: string): boolean | undefined => read.bool(settings[name], `settings.${name}`)
  return {
    allowed: read.bool(policy.allowed, 'allowed'),
    failedRecipients: read.records(policy.failedRecipients, 'failedRecipients').map((f) => ({
      emailAddress: read.text(f.emailAddress, 'failedRecipients[].emailAddress'),
      reason: read.text(f.reason, 'failedRecipients[].reason')
    })),
    settings: {
      maxRetentionPeriod: num('maxRetentionPeriod'),
      maxTotalSize: num('maxTotalSize'),
      showFileNamesDefault: bool('showFileNamesDefault'),
      showFileNamesChangeable: bool('showFileNamesChangeable'),
      sendDownloadNotificationsDefault: bool('sendDownloadNotificationsDefault'),
      sendDownloadNotificationsChangeable: bool('sendDownloadNotificationsChangeable'),
      recipientNotificationEditable: bool('recipientNotificationEditable'),
      confidentialMessageAllowed: bool('confidentialMessageAllowed'),
      confidentialMessageRequired: bool('confidentialMessageRequired'),
      securityModes: securityModes(settings.securityModes, read)
    }
  }
}

function securityModes(value: unknown, read: AnswerReader): SecurityModePolicy[] {
  const field = 'settings.securityModes[].config.allowedPasswordModes'
  return read.records(value, 'settings.securityModes').map((mode) => {
    const raw = read.record(mode.config, 'settings.securityModes[].config')?.allowedPasswordModes
    const allowed = read.texts(raw, field)
    // A list none of whose entries can be read says nothing: the modes are then unknown.
    const known = Array.isArray(raw) && (allowed.length > 0 || raw.length === 0)
    return {
      name: read.text(mode.name, 'settings.securityModes[].name'),
      config: { allowedPasswordModes: known ? allowed : undefined }
    }
  })
}

function recipientStatus(recipient: Json, read: AnswerReader): RecipientStatusView {
  const field = 'status.recipients[]'
  return {
    id: read.text(recipient.id, `${field}.id`),
    mail: read.text(recipient.mail, `${field}.mail`),
    downloadUrl: read.text(recipient.downloadUrl, `${field}.downloadUrl`) || undefined,
    notificationFailed: read.bool(recipient.notificationFailed, `${field}.notificationFailed`),
    fileDownloads: read.records(recipient.fileDownloads, `${field}.fileDownloads`).map((entry) => ({
      id: read.text(entry.id, `${field}.fileDownloads[].id`),
      downloads: read.records(entry.downloads, `${field}.fileDownloads[].downloads`).map((d) => ({
        downloadDate: read.text(d.downloadDate, 'downloads[].downloadDate'),
        retrievalMethod: read.text(d.retrievalMethod, 'downloads[].retrievalMethod')
      }))
    }))
  }
}

function securityMode(value: unknown, read: AnswerReader, field: string): TransferSessionView['securityMode'] {
  const mode = read.record(value, field)
  const config = read.record(mode?.config, `${field}.config`)
  return {
    name: read.text(mode?.name, `${field}.name`),
    passwordMode: read.text(config?.passwordMode, `${field}.config.passwordMode`),
    password: read.text(config?.password, `${field}.config.password`) || undefined
  }
}

/** Addresses of a list of `{mail}` objects or plain strings; undefined unless every entry names one. */
function addresses(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  const mails: string[] = []
  for (const item of value) {
    const mail = typeof item === 'string' ? item : record(item)?.mail
    if (typeof mail !== 'string' || !mail) return undefined
    mails.push(mail)
  }
  return mails
}

/** `clientId`/`client_id`/`CLIENT_ID` → `CLIENT_ID`, `email` → `EMAIL`; other names upper-cased. */
function methodName(name: string): string {
  const plain = name.replace(/[_\s-]/g, '').toUpperCase()
  if (plain === 'CLIENTID') return 'CLIENT_ID'
  return plain === 'EMAIL' ? 'EMAIL' : name.toUpperCase()
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null
}
