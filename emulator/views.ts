/** JSON shapes the server reports: TransferSession and TransferStatus. */
import type { FileRecord, RetrievalMethod, SessionRecord } from './types.js'
import { formatIso } from './validate.js'

export type StatusState = 'PROCESSING' | 'ACTIVE' | 'FAILED' | 'DELETED_BY_REVOCATION'

export interface Download {
  fileId: string
  at: number
  retrievalMethod: RetrievalMethod
}

/** One recipient's copy of a finalized transfer. */
export interface RecipientCopy {
  /** Transfer id (10 alphanumerics). */
  id: string
  mail: string
  code: string
  downloads: Download[]
}

export function liveFiles(session: SessionRecord): FileRecord[] {
  return session.files.filter((file) => !file.deleted)
}

/** The full TransferSession (a password only where a GENERATED PATCH was set to show it: `generatedPassword`). */
export function sessionView(
  session: SessionRecord,
  fileHref: (file: FileRecord) => string,
  fileState: (file: FileRecord) => string = (file) => file.state
): Record<string, unknown> {
  const mails = (list: string[]) => list.map((mail) => ({ mail }))
  return {
    sender: { name: session.senderName ?? null, phone: session.senderPhone ?? null },
    recipients: {
      to: mails(session.recipients.to),
      cc: mails(session.recipients.cc),
      bcc: mails(session.recipients.bcc)
    },
    ...structuredClone(session.settings),
    files: liveFiles(session).map((file) => ({
      id: file.id,
      fileName: file.fileName,
      size: file.size,
      checksum: file.checksum ?? null,
      state: fileState(file),
      href: fileHref(file)
    }))
  }
}

export interface StatusInput {
  session: SessionRecord
  state: StatusState
  /** Files removed during processing (REMOVED_FILES, checksum mismatches): id -> removal cause. */
  removed: Map<string, string>
  recipients: RecipientCopy[]
  downloadBase: string
  fileHref: (file: FileRecord) => string
  /** List every file in `fileDownloads`, also those not downloaded. */
  fileDownloadsListsAll?: boolean
  /** Read with a token other than the creating one: no `downloadUrl` in password mode NONE (the spec). */
  otherToken?: boolean
}

/** RecipientStatusDto.fileDownloads: per file, its downloads by this recipient. */
function fileDownloads(copy: RecipientCopy, files: FileRecord[], listsAll: boolean): Record<string, unknown>[] {
  return files
    .map((file) => ({
      id: file.id,
      downloads: copy.downloads
        .filter((download) => download.fileId === file.id)
        .map((download) => ({ downloadDate: formatIso(download.at), retrievalMethod: download.retrievalMethod }))
    }))
    .filter((entry) => listsAll || entry.downloads.length)
}

function passwordModeOf(session: SessionRecord): unknown {
  const mode = session.settings.securityMode as { config?: { passwordMode?: unknown } } | undefined
  return mode?.config?.passwordMode
}

/** TransferStatus: `{transfer, status}`. */
export function statusView(input: StatusInput): Record<string, unknown> {
  const { session, state, removed, recipients } = input
  // a revoked transfer keeps the file status it had while ACTIVE
  const isRemoved = (file: FileRecord) => state === 'FAILED' || (state !== 'PROCESSING' && removed.has(file.id))
  const causeOf = (file: FileRecord) => removed.get(file.id) ?? 'PROCESSING_FAILED'
  const files = liveFiles(session)
  const fileState = (file: FileRecord) => (state === 'PROCESSING' ? file.state : isRemoved(file) ? 'REMOVED' : 'ACTIVE')
  return {
    transfer: sessionView(session, input.fileHref, fileState),
    status: {
      state,
      warnings: state !== 'PROCESSING' && files.some(isRemoved),
      emlCreationFailed: false,
      sender: { email: session.sender, notificationFailed: false },
      files: files.map((file) => ({
        id: file.id,
        removed: isRemoved(file),
        removalCause: isRemoved(file) ? causeOf(file) : null
      })),
      recipients: recipients.map((recipient) => ({
        id: recipient.id,
        mail: recipient.mail,
        downloadUrl:
          state === 'ACTIVE' && !(input.otherToken && passwordModeOf(session) === 'NONE')
            ? `${input.downloadBase}/download?id=${recipient.id}&code=${recipient.code}`
            : null,
        notificationFailed: false,
        fileDownloads: fileDownloads(recipient, files, input.fileDownloadsListsAll === true)
      }))
    }
  }
}
