/** Validation of a PATCH of transfer-session settings: shape (400/1004) first, then policy (409/2001). */
import { ApiError } from './http.js'
import { generatePassword, unmetRules } from './passwords.js'
import type { Policy } from './policy.js'
import type { PasswordMode, SessionRecord } from './types.js'
import { isLanguageTag, isPlainObject, parseIsoWithOffset } from './validate.js'

const BOOLEANS = [
  'sendRecipientNotification',
  'sendUploadSummary',
  'sendDownloadNotifications',
  'sendDownloadSummary',
  'showFileNames',
  'showZipFileContent'
]
const KNOWN = new Set([
  'sender',
  'expirationDate',
  'securityMode',
  'notificationMessage',
  'senderLanguage',
  'recipientLanguage',
  'confidentialMessageFileId',
  'classificationId',
  'fileChecksumAlgorithm',
  ...BOOLEANS
])
const MODES: PasswordMode[] = ['GENERATED', 'MANUAL', 'NONE']
const DAY = 86_400_000

/** What a valid PATCH changes. */
export interface PatchChanges {
  settings: Record<string, unknown>
  senderName?: string | null
  senderPhone?: string | null
  /** undefined = unchanged, null = no password (mode NONE). */
  password?: string | null
}

export interface PatchRules {
  policy: Policy
  passwordMinLength: number
  /** The server's file checksum algorithm (the only value a PATCH may set). */
  checksumAlgorithm: string
  now: number
  /** What a GENERATED PATCH that carries a password gets (EmulatorOptions.generatedPassword). */
  generatedPassword?: 'client' | 'server-shown' | 'server-hidden'
}

function bad(message: string): never {
  throw new ApiError(400, 1004, message)
}

function conflict(message: string): never {
  throw new ApiError(409, 2001, message)
}

function optionalString(value: unknown, field: string): string | null | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value
  return bad(`${field} must be a string`)
}

/** Validates `body` against the session and the policy; throws ApiError, changes nothing. */
export function validatePatch(body: unknown, session: SessionRecord, rules: PatchRules): PatchChanges {
  if (!isPlainObject(body)) bad('The body must be a JSON object')
  for (const key of Object.keys(body)) {
    if (key === 'recipients') bad('recipients cannot be changed after the transfer session was created')
    if (!KNOWN.has(key)) bad(`Unknown field: ${key}`)
  }
  const changes: PatchChanges = { settings: {} }
  const settings = changes.settings

  // --- shape ---
  if ('sender' in body) {
    const sender = body.sender
    if (!isPlainObject(sender)) bad('sender must be an object')
    for (const key of Object.keys(sender)) if (key !== 'name' && key !== 'phone') bad(`Unknown field: sender.${key}`)
    if ('name' in sender) changes.senderName = optionalString(sender.name, 'sender.name') ?? null
    if ('phone' in sender) changes.senderPhone = optionalString(sender.phone, 'sender.phone') ?? null
  }
  let expiration: number | undefined
  if ('expirationDate' in body) {
    if (typeof body.expirationDate !== 'string') bad('expirationDate must be a string')
    expiration = parseIsoWithOffset(body.expirationDate)
    if (expiration === undefined)
      bad('expirationDate must be an ISO 8601 date-time with an offset, e.g. 2031-01-31T23:00:00+01:00')
    settings.expirationDate = body.expirationDate
  }
  let mode: PasswordMode | undefined
  let manualPassword: string | undefined
  let modeName: unknown
  if ('securityMode' in body) {
    const securityMode = body.securityMode
    if (!isPlainObject(securityMode)) bad('securityMode must be an object')
    for (const key of Object.keys(securityMode))
      if (key !== 'name' && key !== 'config') bad(`Unknown field: securityMode.${key}`)
    if (typeof securityMode.name !== 'string') bad('securityMode.name must be a string')
    modeName = securityMode.name
    const config = securityMode.config
    if (!isPlainObject(config)) bad('securityMode.config must be an object')
    for (const key of Object.keys(config))
      if (key !== 'passwordMode' && key !== 'password') bad(`Unknown field: securityMode.config.${key}`)
    if (!MODES.includes(config.passwordMode as PasswordMode))
      bad(`securityMode.config.passwordMode must be one of ${MODES.join(', ')}`)
    mode = config.passwordMode as PasswordMode
    if (config.password !== undefined && config.password !== null && typeof config.password !== 'string') {
      bad('securityMode.config.password must be a string')
    }
    manualPassword = typeof config.password === 'string' ? config.password : undefined
  }
  if ('notificationMessage' in body) {
    const message = body.notificationMessage
    if (message !== null) {
      if (!isPlainObject(message)) bad('notificationMessage must be an object')
      for (const key of Object.keys(message))
        if (key !== 'subject' && key !== 'body') bad(`Unknown field: notificationMessage.${key}`)
      const subject = optionalString(message.subject, 'notificationMessage.subject')
      const text = optionalString(message.body, 'notificationMessage.body')
      settings.notificationMessage = { subject: subject ?? null, body: text ?? null }
    } else settings.notificationMessage = null
  }
  for (const field of ['senderLanguage', 'recipientLanguage']) {
    if (field in body) {
      if (!isLanguageTag(body[field])) bad(`${field} must be a language tag such as "en"`)
      settings[field] = body[field]
    }
  }
  for (const field of BOOLEANS) {
    if (field in body) {
      if (typeof body[field] !== 'boolean') bad(`${field} must be a boolean`)
      settings[field] = body[field]
    }
  }
  for (const field of ['confidentialMessageFileId', 'classificationId']) {
    if (field in body) settings[field] = optionalString(body[field], field) ?? null
  }
  if ('fileChecksumAlgorithm' in body) {
    if (typeof body.fileChecksumAlgorithm !== 'string') bad('fileChecksumAlgorithm must be a string')
    settings.fileChecksumAlgorithm = body.fileChecksumAlgorithm
  }

  // --- policy ---
  const { policy, now } = rules
  if (expiration !== undefined) {
    if (expiration <= now) conflict('expirationDate must be in the future')
    if (expiration > now + (policy.maxRetentionPeriod + 1) * DAY) {
      conflict(`expirationDate exceeds the maximum retention period of ${policy.maxRetentionPeriod} days`)
    }
  }
  if (mode !== undefined) {
    if (modeName !== 'ONE_TIME_PASSWORD')
      conflict('Only the security mode ONE_TIME_PASSWORD is supported for transfer sessions')
    if (!policy.allowedPasswordModes.includes(mode)) {
      conflict(`Password mode ${mode} is not allowed; allowed: ${policy.allowedPasswordModes.join(', ')}`)
    }
    const clientPassword = (password: string): string => {
      const unmet = unmetRules(password, rules.passwordMinLength)
      if (unmet.length)
        conflict(`The password does not fulfil the password rules: ${unmet.map((rule) => rule.name).join(', ')}`)
      return password
    }
    let shown = false
    if (mode === 'MANUAL') {
      if (manualPassword === undefined) conflict('Password mode MANUAL requires securityMode.config.password')
      changes.password = clientPassword(manualPassword)
    } else if (mode === 'GENERATED') {
      const variant = manualPassword === undefined ? 'server-hidden' : (rules.generatedPassword ?? 'client')
      changes.password =
        variant === 'client' ? clientPassword(manualPassword as string) : generatePassword(rules.passwordMinLength)
      shown = variant !== 'server-hidden'
    } else changes.password = null
    const config = shown ? { passwordMode: mode, password: changes.password } : { passwordMode: mode }
    settings.securityMode = { name: 'ONE_TIME_PASSWORD', config }
  }
  if ('notificationMessage' in settings && !policy.recipientNotificationEditable) {
    conflict('The recipient notification message is not editable (policy recipientNotificationEditable=false)')
  }
  if (
    'sendDownloadNotifications' in settings &&
    settings.sendDownloadNotifications !== session.settings.sendDownloadNotifications
  ) {
    if (!policy.sendDownloadNotificationsChangeable) conflict('sendDownloadNotifications cannot be changed (policy)')
  }
  if ('showFileNames' in settings && settings.showFileNames !== session.settings.showFileNames) {
    if (!policy.showFileNamesChangeable) conflict('showFileNames cannot be changed (policy)')
  }
  if (typeof settings.confidentialMessageFileId === 'string') {
    if (!policy.confidentialMessageAllowed)
      conflict('A confidential message is not allowed (policy confidentialMessageAllowed=false)')
    const id = settings.confidentialMessageFileId
    if (!session.files.some((file) => file.id === id && !file.deleted)) {
      conflict(`confidentialMessageFileId ${id} is not a registered file of this transfer session`)
    }
  }
  if (settings.fileChecksumAlgorithm !== undefined && settings.fileChecksumAlgorithm !== rules.checksumAlgorithm) {
    conflict(`fileChecksumAlgorithm must be ${rules.checksumAlgorithm}`)
  }
  return changes
}
