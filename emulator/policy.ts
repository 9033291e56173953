/** The transfer policy the emulated administrator configured. */
import type { PolicyOptions } from './options.js'
import type { PasswordMode } from './types.js'

export interface Policy {
  blockedRecipients: Set<string>
  blockedSenders: Set<string>
  maxTotalSize: number
  maxRetentionPeriod: number
  allowedPasswordModes: PasswordMode[]
  confidentialMessageAllowed: boolean
  confidentialMessageRequired: boolean
  recipientNotificationEditable: boolean
  sendDownloadNotificationsChangeable: boolean
  showFileNamesChangeable: boolean
}

const MODES: PasswordMode[] = ['GENERATED', 'MANUAL', 'NONE']

export function resolvePolicy(options: PolicyOptions = {}): Policy {
  const allowedPasswordModes = options.allowedPasswordModes ?? [...MODES]
  if (!allowedPasswordModes.length || allowedPasswordModes.some((mode) => !MODES.includes(mode))) {
    throw new Error(`policy.allowedPasswordModes must be a non-empty subset of ${MODES.join(', ')}`)
  }
  return {
    blockedRecipients: new Set((options.blockedRecipients ?? []).map((e) => e.toLowerCase())),
    blockedSenders: new Set((options.blockedSenders ?? []).map((e) => e.toLowerCase())),
    maxTotalSize: options.maxTotalSize ?? 2147483648,
    maxRetentionPeriod: options.maxRetentionPeriod ?? 30,
    allowedPasswordModes,
    confidentialMessageAllowed: options.confidentialMessageAllowed ?? true,
    confidentialMessageRequired: options.confidentialMessageRequired ?? false,
    recipientNotificationEditable: options.recipientNotificationEditable ?? true,
    sendDownloadNotificationsChangeable: options.sendDownloadNotificationsChangeable ?? true,
    showFileNamesChangeable: options.showFileNamesChangeable ?? true
  }
}

export function isBlockedSender(policy: Policy, email: string): boolean {
  return policy.blockedSenders.has(email.toLowerCase())
}

export function blockedRecipients(policy: Policy, emails: string[]): string[] {
  return emails.filter((email) => policy.blockedRecipients.has(email.toLowerCase()))
}

/** `settings` of an allowed TransferPolicyResult. */
export function policySettings(policy: Policy): Record<string, unknown> {
  return {
    maxRetentionPeriod: policy.maxRetentionPeriod,
    maxTotalSize: policy.maxTotalSize,
    showFileNamesDefault: true,
    showFileNamesChangeable: policy.showFileNamesChangeable,
    showZipFileContentDefault: false,
    sendDownloadNotificationsDefault: false,
    sendDownloadNotificationsChangeable: policy.sendDownloadNotificationsChangeable,
    recipientNotificationEditable: policy.recipientNotificationEditable,
    confidentialMessageAllowed: policy.confidentialMessageAllowed,
    confidentialMessageRequired: policy.confidentialMessageRequired,
    securityModes: [{ name: 'ONE_TIME_PASSWORD', config: { allowedPasswordModes: [...policy.allowedPasswordModes] } }]
  }
}
