import { NEUTRAL_NAMING, type OptionNaming, type PasswordMode, type Recipients } from './contract.js'
import { humanSize, totalSize, type LocalFile } from './local-files.js'
import { answer, kindOf, type Warn } from '../cryptshare/shape.js'
import { readTransferPolicy } from '../cryptshare/readers.js'
import type { FailedRecipient, PasswordModeName, PolicySettings, TransferPolicy } from '../cryptshare/types.js'

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
  /** Bytes this tool adds to the transfer besides the files and the confidential message (checksum files, digest lists). */
  addedBytes?: number
}

/** The password mode to send to the server for the mode the user asked for. */
export interface PasswordPlan {
  mode: PasswordModeName
  /** Ask the server for a password (`GET /api/password`). */
  fetchGenerated: boolean
}

/** The transfer policy answer, read field by field. */
export interface Policy {
  allowed: boolean
  failedRecipients: FailedRecipient[]
  settings: PolicySettings
}

/**
 * Reads the transfer policy answer. `allowed` decides everything, so without a boolean there it is
 * a protocol error; any other field of the wrong shape is left out with a warning (the server
 * enforces its policy anyway when the session is created and filled).
 */
export function readPolicy(raw: TransferPolicy, warn: Warn): Policy {
  // Said before anything else is read: without it there is nothing to decide.
  const allowed = answer('transfer policy', warn, 'transfer policy check').must(
    'bool',
    raw.allowed,
    'allowed',
    'there is nothing to decide on whether this sender may send to these recipients. Check that "server-url" points at a Cryptshare server, or ask its administrator.'
  )
  const { failedRecipients, settings } = readTransferPolicy(raw, warn)
  return { allowed, failedRecipients, settings }
}

/**
 * Checks the request against the server's transfer policy before anything is created.
 * Returns the problems found, each a sentence a user can act on (empty when all is well).
 */
export function policyProblems(
  policy: Policy,
  request: PolicyRequest,
  naming: OptionNaming = NEUTRAL_NAMING
): string[] {
  if (!policy.allowed) return [blockedRecipients(policy, request)]
  const settings = policy.settings
  const problems: string[] = []

  const total =
    totalSize(request.files) + Buffer.byteLength(request.confidentialMessage ?? '') + (request.addedBytes ?? 0)
  if (typeof settings.maxTotalSize === 'number' && total > settings.maxTotalSize) {
    const limit = `${humanSize(settings.maxTotalSize)} (${settings.maxTotalSize} bytes)`
    const tooBig = request.files.filter((f) => f.size > (settings.maxTotalSize as number))
    problems.push(
      tooBig.length
        ? `${tooBig.map((f) => `"${f.relativePath}" alone is ${humanSize(f.size)} (${f.size} bytes)`).join('; ')}, above the server's limit of ${limit} per transfer (maxTotalSize). Split ${tooBig.length === 1 ? 'it' : 'each'} into parts below the limit (e.g. split -b or a multi-volume archive) and deliver them separately, or ask the server's administrator to raise the limit.`
        : `The files total ${humanSize(total)} (${total} bytes${request.addedBytes ? `, of which ${request.addedBytes} bytes of checksum lists this tool adds` : ''}), above the server's limit of ${limit} per transfer (maxTotalSize). Split the delivery into several below the limit, or ask the server's administrator to raise the limit.`
    )
  }

  if (
    request.expirationDays !== undefined &&
    typeof settings.maxRetentionPeriod === 'number' &&
    request.expirationDays > settings.maxRetentionPeriod
  ) {
    problems.push(
      `${naming.option('expiration-days')} is ${request.expirationDays}, but the server keeps transfers at most ${settings.maxRetentionPeriod} days (maxRetentionPeriod). Use a value from 1 to ${settings.maxRetentionPeriod}.`
    )
  }

  const allowedModes = allowedPasswordModes(settings)
  if (allowedModes && !planPassword(request.passwordMode, allowedModes)) {
    problems.push(
      `${naming.setting('password-mode', request.passwordMode)} is not allowed by the server's policy (allowed password modes: ${allowedModes.join(', ') || 'none'}). ` +
        `Use ${suggestModes(allowedModes)}.`
    )
  }

  if (request.confidentialMessage && settings.confidentialMessageAllowed === false) {
    problems.push(
      `The server's policy does not allow a confidential message for this sender and these recipients: remove ${naming.name('confidential-message')}.`
    )
  }
  if (!request.confidentialMessage && settings.confidentialMessageRequired === true) {
    problems.push(
      `The server's policy requires a confidential message for this sender and these recipients: set ${naming.name('confidential-message')}.`
    )
  }
  if ((request.subject || request.message) && settings.recipientNotificationEditable === false) {
    problems.push(
      `The server's policy does not allow changing the recipients' notification text: remove ${naming.name('subject')} and ${naming.name('message')}.`
    )
  }
  if (
    mustSend(request.notifyDownloads, settings.sendDownloadNotificationsDefault) &&
    settings.sendDownloadNotificationsChangeable === false
  ) {
    problems.push(
      `The server's policy fixes download notifications to ${String(settings.sendDownloadNotificationsDefault)}: remove ${naming.name('notify-downloads')}.`
    )
  }
  if (mustSend(request.showFileNames, settings.showFileNamesDefault) && settings.showFileNamesChangeable === false) {
    problems.push(
      `The server's policy fixes "show file names" to ${String(settings.showFileNamesDefault)}: remove ${naming.name('show-file-names')}.`
    )
  }
  return problems
}

/** Whether a boolean setting has to be sent: it differs from the default, or the default is unknown. */
export function mustSend(value: boolean, policyDefault: boolean | undefined): boolean {
  return policyDefault === undefined || policyDefault !== value
}

function blockedRecipients(policy: Policy, request: PolicyRequest): string {
  const failed = policy.failedRecipients
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
  return oneTime.config?.allowedPasswordModes?.map((m) => m.toUpperCase())
}

/**
 * Maps the user's mode onto the server's. `generated` always fetches a policy-compliant password
 * (`GET /api/password`) so that the password is known and can be published: it is sent as MANUAL,
 * or, where the policy allows only GENERATED, with GENERATED (as the reference Python client does;
 * the server may keep it or replace it, see delivery's publishedPassword).
 */
export function planPassword(mode: PasswordMode, allowed: string[] | undefined): PasswordPlan | undefined {
  const ok = (m: PasswordModeName): boolean => !allowed || allowed.includes(m)
  switch (mode) {
    case 'generated':
      if (ok('MANUAL')) return { mode: 'MANUAL', fetchGenerated: true }
      if (ok('GENERATED')) return { mode: 'GENERATED', fetchGenerated: true }
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

/**
 * The password rules a password does not meet (`rulesNotFulfilled` of the password check), in
 * words ("at least 10 characters, a digit"), without the password. A rule name this tool does not
 * know is shown as it is, with its details. Entries of the wrong shape are skipped with a warning.
 */
export function describeRules(rules: unknown, warn: Warn): string {
  const read = answer('password check', warn)
  const described = read.records(rules, 'rulesNotFulfilled').map((rule) => {
    const detailsRecord = read.record(rule.details, 'rulesNotFulfilled[].details') ?? {}
    const name = read.text(rule.name, 'rulesNotFulfilled[].name')
    const inWords = name ? ruleInWords(name, detailsRecord) : undefined
    if (inWords) return inWords
    const details = Object.entries(detailsRecord)
      .map(([k, v]) => `${k} ${detailValue(v)}`)
      .join(', ')
    return `${name ?? 'unnamed rule'}${details ? ` (${details})` : ''}`
  })
  return described.length ? described.join(', ') : 'the server did not say which rules'
}

/** The rule names of the password helpers (cryptshare-api.md §3.7) in words. */
const RULES_IN_WORDS: Record<string, string> = {
  whitespacesDeclined: 'no spaces',
  alphabeticalSequenceDeclined: 'no alphabetical sequences (abc)',
  numericSequenceDeclined: 'no numeric sequences (123)',
  keyboardSequenceDeclined: 'no keyboard sequences (qwerty)',
  blacklistedCharactersDeclined: 'none of the characters the server forbids',
  repeatedCharactersDeclined: 'no repeated characters (aaa)',
  dictionaryWordsDeclined: 'no dictionary words',
  lettersRequired: 'a letter',
  specialCharactersRequired: 'a special character',
  upperCaseRequired: 'an upper-case letter',
  lowerCaseRequired: 'a lower-case letter',
  digitsRequired: 'a digit'
}

function ruleInWords(name: string, details: Record<string, unknown>): string | undefined {
  const length = typeof details.length === 'number' ? details.length : undefined
  if (name === 'minimumLengthRequired')
    return length === undefined ? 'a longer password' : `at least ${length} characters`
  if (name === 'maximumLengthRequired')
    return length === undefined ? 'a shorter password' : `at most ${length} characters`
  return Object.hasOwn(RULES_IN_WORDS, name) ? RULES_IN_WORDS[name] : undefined
}

function detailValue(value: unknown): string {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return String(value)
  return JSON.stringify(value) ?? kindOf(value)
}

function normalise(value: string | undefined): string {
  return (value ?? '').toLowerCase().replace(/[_\s-]/g, '')
}

/**
 * Whether `verificationMethods` (of the verification status) offers a method (`CLIENT_ID`,
 * `EMAIL`), compared without regard to case and `_` (CLIENT_ID, clientId). Undefined when that
 * cannot be told: no list, or entries that are not strings (skipped with a warning).
 */
export function offersVerificationMethod(
  methods: unknown,
  method: 'CLIENT_ID' | 'EMAIL',
  warn: Warn
): boolean | undefined {
  const read = answer('verification status', warn, 'verification')
  const names = read.texts(methods, 'verificationMethods')
  if (names.some((m) => normalise(m) === normalise(method))) return true
  return Array.isArray(methods) && names.length === methods.length ? false : undefined
}

export function offersClientIdVerification(methods: unknown, warn: Warn): boolean | undefined {
  return offersVerificationMethod(methods, 'CLIENT_ID', warn)
}
