// Shapes of the Cryptshare REST API (sender side), as far as this action reads them.
// Every field is optional where a server version might omit it; unknown fields are ignored.
// Answers are typed `unknown` field by field: the server is not trusted, so each field is read
// through the readers of `shape.ts`, or an answer at once into a typed view (`readers.ts`; an
// entry of the transfer list is a `TransferListEntry` there).

export interface VerificationStatus {
  verified?: unknown
  validUntil?: unknown
  verificationMethods?: unknown
}

export interface VerificationToken {
  token: string
  validUntil?: string
}

export interface FailedRecipient {
  emailAddress?: string
  reason?: string
}

/** A security mode of the policy, as read (see `readPolicy`). */
export interface SecurityModePolicy {
  name?: string
  config?: { allowedPasswordModes?: string[] }
}

/** The policy's settings, as read (see `readPolicy`): fields of the wrong shape are left out. */
export interface PolicySettings {
  maxRetentionPeriod?: number
  maxTotalSize?: number
  showFileNamesDefault?: boolean
  showFileNamesChangeable?: boolean
  sendDownloadNotificationsDefault?: boolean
  sendDownloadNotificationsChangeable?: boolean
  recipientNotificationEditable?: boolean
  confidentialMessageAllowed?: boolean
  confidentialMessageRequired?: boolean
  securityModes?: SecurityModePolicy[]
}

/** The transfer policy answer as it arrives. */
export interface TransferPolicy {
  allowed?: unknown
  failedRecipients?: unknown
  settings?: unknown
}

export interface PasswordRule {
  name?: string
  details?: Record<string, unknown>
}

export interface PasswordValidation {
  valid?: unknown
  rulesNotFulfilled?: unknown
}

export interface SessionCreation {
  sender: { name: string; phone: string }
  recipients: { to: { mail: string }[]; cc: { mail: string }[]; bcc: { mail: string }[] }
}

export type PasswordModeName = 'GENERATED' | 'MANUAL' | 'NONE'

export interface SessionPatch {
  expirationDate?: string
  securityMode?: { name: 'ONE_TIME_PASSWORD'; config: { passwordMode: PasswordModeName; password?: string } }
  notificationMessage?: { subject?: string; body?: string }
  recipientLanguage?: string
  sendRecipientNotification?: boolean
  sendDownloadNotifications?: boolean
  showFileNames?: boolean
  confidentialMessageFileId?: string
}

/** A TransferSession as it arrives; read `files` with `sessionFiles` (shape.ts). */
export interface TransferSession {
  expirationDate?: unknown
  securityMode?: unknown
  files?: unknown
  confidentialMessageFileId?: unknown
  [key: string]: unknown
}

export interface FileRegistration {
  fileName: string
  size: number
  checksum?: string
}

/** A TransferStatus as it arrives (`status.state`, `status.recipients[]`, `status.files[]`, `transfer`). */
export interface TransferStatus {
  transfer?: unknown
  status?: unknown
}
