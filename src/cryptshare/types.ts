// Shapes of the Cryptshare REST API (sender side), as far as this action reads them.
// Every field is optional where a server version might omit it; unknown fields are ignored.

export interface VerificationStatus {
  verified?: boolean
  validUntil?: string
  verificationMethods?: string[]
}

export interface VerificationToken {
  token: string
  validUntil?: string
}

export interface FailedRecipient {
  emailAddress?: string
  reason?: string
}

export interface SecurityModePolicy {
  name?: string
  config?: { allowedPasswordModes?: string[] }
}

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

export interface TransferPolicy {
  allowed?: boolean
  failedRecipients?: FailedRecipient[]
  settings?: PolicySettings
}

export interface PasswordRule {
  name?: string
  details?: Record<string, unknown>
}

export interface PasswordValidation {
  valid?: boolean
  rulesNotFulfilled?: PasswordRule[]
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

export interface SessionFile {
  id?: string
  fileName?: string
  size?: number
  checksum?: string
  state?: string
  href?: string
}

export interface TransferSession {
  expirationDate?: string
  securityMode?: { name?: string; config?: { passwordMode?: string; password?: string } }
  files?: SessionFile[]
  confidentialMessageFileId?: string | null
  [key: string]: unknown
}

export interface FileRegistration {
  fileName: string
  size: number
  checksum?: string
}

export interface RecipientStatus {
  id?: string
  mail?: string
  downloadUrl?: string | null
  notificationFailed?: boolean
}

export interface FileStatus {
  id?: string
  removed?: boolean
  removalCause?: string | null
}

export interface TransferStatus {
  transfer?: TransferSession
  status?: {
    state?: string
    warnings?: boolean
    sender?: { email?: string; notificationFailed?: boolean }
    files?: FileStatus[]
    recipients?: RecipientStatus[]
  }
}

/** One entry of `GET …/users/{email}/transfers` (TransferBasicInfoDto). */
export interface TransferBasicInfo {
  trackingId?: string
  state?: string
  href?: string
  recipients?: RecipientStatus[]
}
