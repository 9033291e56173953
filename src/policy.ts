import type { PasswordMode, Recipients } from './delivery.js'
import { humanSize, totalSize, type LocalFile } from './files.js'
import type { PasswordModeName, PasswordRule, PolicySettings, TransferPolicy } from './cryptshare/types.js'

/** What the delivery asks for, as far as the transfer policy decides it. */
export interface PolicyRequest {
  senderEmail: string
  recipients: Recipients
  files: LocalFile[]
  passwordMode: PasswordMode
  expirationDays?: number
  confidentialMessage?: string
  subject?: string
  message?: string
  notifyDownloads: boolean
  showFileNames: boolean
}

/** The password mode to send to the server for the mode the user asked for. */
export interface PasswordPlan {
  mode: PasswordModeName
  /** Ask the server for a password (`GET /api/password`). */
  fetchGenerated: boolean
}

/**
 * Checks the request against the server's transfer policy before anything is created.
 * Returns the problems found, each a sentence a user can act on (empty when all is well).
 */
export function policyProblems(policy: TransferPolicy, request: PolicyRequest): string[] {
  if (policy.allowed === false) return [blockedRecipients(policy, request)]
  const settings = policy.settings ?? {}
  const problems: string[] = []

  const total = totalSize(request.files) + Buffer.byteLength(request.confidentialMessage ?? '')
  if (typeof settings.maxTotalSize === 'number' && total > settings.maxTotalSize) {
    const limit = `${humanSize(settings.maxTotalSize)} (${settings.maxTotalSize} bytes)`
    const tooBig = request.files.filter((f) => f.size > (settings.maxTotalSize as number))
    problems.push(
      tooBig.length
        ? `${tooBig.map((f) => `"${f.relativePath}" alone is ${humanSize(f.size)}`).join('; ')}, above the server's limit of ${limit} per transfer (maxTotalSize).`
        : `The files total ${humanSize(total)} (${total} bytes), above the server's limit of ${limit} per transfer (maxTotalSize). Send fewer files or split the delivery.`
    )
  }

  if (
    request.expirationDays !== undefined &&
    typeof settings.maxRetentionPeriod === 'number' &&
    request.expirationDays > settings.maxRetentionPeriod
  ) {
    problems.push(
      `"expiration-days" is ${request.expirationDays}, but the server keeps transfers at most ${settings.maxRetentionPeriod} days (maxRetentionPeriod). Use a value from 1 to ${settings.maxRetentionPeriod}.`
    )
  }

  const allowedModes = allowedPasswordModes(settings)
  if (allowedModes && !planPassword(request.passwordMode, allowedModes)) {
    problems.push(
      `"password-mode: ${request.passwordMode}" is not allowed by the server's policy (allowed password modes: ${allowedModes.join(', ') || 'none'}). ` +
        `Use ${suggestModes(allowedModes)}.`
    )
  }

  if (request.confidentialMessage && settings.confidentialMessageAllowed === false) {
    problems.push(
      'The server\'s policy does not allow a confidential message for this sender and these recipients: remove "confidential-message".'
    )
  }
  if (!request.confidentialMessage && settings.confidentialMessageRequired === true) {
    problems.push(
      'The server\'s policy requires a confidential message for this sender and these recipients: set "confidential-message".'
    )
  }
  if ((request.subject || request.message) && settings.recipientNotificationEditable === false) {
    problems.push(
      'The server\'s policy does not allow changing the recipients\' notification text: remove "subject" and "message".'
    )
  }
  if (
    mustChange(request.notifyDownloads, settings.sendDownloadNotificationsDefault) &&
    settings.sendDownloadNotificationsChangeable === false
  ) {
    problems.push(
      `The server's policy fixes download notifications to ${String(settings.sendDownloadNotificationsDefault)}: remove "notify-downloads".`
    )
  }
  if (mustChange(request.showFileNames, settings.showFileNamesDefault) && settings.showFileNamesChangeable === false) {
    problems.push(
      `The server's policy fixes "show file names" to ${String(settings.showFileNamesDefault)}: remove "show-file-names".`
    )
  }
  return problems
}

/** Whether a boolean setting has to be sent: it differs from the default, or the default is unknown. */
export function mustChange(value: boolean, policyDefault: boolean | undefined): boolean {
  return policyDefault === undefined || policyDefault !== value
}

function blockedRecipients(policy: TransferPolicy, request: PolicyRequest): string {
  const failed = policy.failedRecipients ?? []
  if (failed.length === 0) {
    return `The server's transfer policy does not allow ${request.senderEmail} to send to these recipients. Ask the Cryptshare administrator which recipients are allowed.`
  }
  const list = failed
    .map((f) => `${f.emailAddress ?? '(unknown address)'} (${f.reason ?? 'no reason given'})`)
    .join(', ')
  return `The server's transfer policy blocks ${failed.length === 1 ? 'this recipient' : 'these recipients'} for sender ${request.senderEmail}: ${list}. Remove ${failed.length === 1 ? 'it' : 'them'} from recipients/cc/bcc or ask the Cryptshare administrator.`
}

/** The password modes of the ONE_TIME_PASSWORD security mode (the only one sessions support). */
export function allowedPasswordModes(settings: PolicySettings): string[] | undefined {
  const modes = settings.securityModes
  if (!Array.isArray(modes) || modes.length === 0) return undefined
  const oneTime = modes.find((m) => normalise(m.name) === 'onetimepassword') ?? modes[0]
  const allowed = oneTime.config?.allowedPasswordModes
  return Array.isArray(allowed) ? allowed.map((m) => String(m).toUpperCase()) : undefined
}

/**
 * Maps the user's mode onto the server's. `generated` fetches a policy-compliant password and
 * sets it as MANUAL, so the action can publish it; where the policy allows only GENERATED, the
 * server generates it (and the action publishes it only if the server reveals it).
 */
export function planPassword(mode: PasswordMode, allowed: string[] | undefined): PasswordPlan | undefined {
  const ok = (m: PasswordModeName): boolean => !allowed || allowed.includes(m)
  switch (mode) {
    case 'generated':
      if (ok('MANUAL')) return { mode: 'MANUAL', fetchGenerated: true }
      if (ok('GENERATED')) return { mode: 'GENERATED', fetchGenerated: false }
      return undefined
    case 'manual':
      return ok('MANUAL') ? { mode: 'MANUAL', fetchGenerated: false } : undefined
    case 'none':
      return ok('NONE') ? { mode: 'NONE', fetchGenerated: false } : undefined
  }
}

function suggestModes(allowed: string[]): string {
  const ours = [
    allowed.includes('MANUAL') || allowed.includes('GENERATED') ? '"generated"' : '',
    allowed.includes('MANUAL') ? '"manual"' : '',
    allowed.includes('NONE') ? '"none"' : ''
  ].filter(Boolean)
  return ours.length ? `password-mode ${ours.join(' or ')}` : 'a server whose policy allows a password mode'
}

/** Names the password rules a password does not meet, without the password. */
export function describeRules(rules: PasswordRule[] | undefined): string {
  if (!rules?.length) return 'the server did not say which rules'
  return rules
    .map((rule) => {
      const details =
        rule.details && Object.keys(rule.details).length
          ? ` (${Object.entries(rule.details)
              .map(([k, v]) => `${k} ${String(v)}`)
              .join(', ')})`
          : ''
      return `${rule.name ?? 'unnamed rule'}${details}`
    })
    .join(', ')
}

function normalise(value: string | undefined): string {
  return (value ?? '').toLowerCase().replace(/[_\s-]/g, '')
}

/** Verification methods compared without regard to case and `_` (CLIENT_ID, clientId). */
export function offersClientIdVerification(methods: string[] | undefined): boolean | undefined {
  if (!Array.isArray(methods)) return undefined
  return methods.some((m) => normalise(m) === 'clientid')
}
