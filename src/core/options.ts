// The one table of options, shared by every front-end: the action's inputs and the CLI's flags
// (and CRYPTSHARE_* variables) have these kebab-case names and defaults, and are parsed here
// from a plain key-value source. Messages name options the way the front-end's `OptionNaming` does.
import * as path from 'node:path'
import { shorten } from '../cryptshare/explain.js'
import type { DeliveryOptions, OptionNaming } from './contract.js'
import type { LocalFile } from './files.js'

export type OptionKind = 'text' | 'secret' | 'boolean' | 'integer' | 'addresses' | 'patterns' | 'choice'

export interface OptionSpec {
  kind: OptionKind
  /** The documented default, as text (`undefined`: none, or the front-end's). */
  default?: string
  required?: boolean
  choices?: readonly string[]
  /** One line for `--help`. */
  help: string
}

/** Every option, by name. */
export const OPTIONS = {
  'server-url': { kind: 'text', required: true, help: 'Base URL of the Cryptshare server (/api is added)' },
  'client-id': { kind: 'secret', required: true, help: 'REST API client id (a secret: pass it from the environment)' },
  'sender-email': { kind: 'text', required: true, help: 'Sender address' },
  'sender-name': { kind: 'text', help: 'Sender name shown to recipients' },
  'sender-phone': { kind: 'text', default: '', help: 'Sender phone shown to recipients' },
  'verification-token': { kind: 'secret', help: 'An existing verification token for the sender (a secret)' },
  recipients: { kind: 'addresses', required: true, help: '"To" addresses, separated by commas, spaces or newlines' },
  cc: { kind: 'addresses', help: '"Cc" addresses' },
  bcc: { kind: 'addresses', help: '"Bcc" addresses' },
  files: { kind: 'patterns', required: true, help: 'Glob patterns of the files to deliver; !pattern excludes' },
  'if-no-files-found': {
    kind: 'choice',
    default: 'error',
    choices: ['error', 'warn', 'ignore'],
    help: 'What to do when no file matches'
  },
  'include-hidden-files': {
    kind: 'boolean',
    default: 'false',
    help: 'Deliver files and folders whose names start with "."'
  },
  subject: { kind: 'text', help: 'Subject of the recipient notification' },
  message: { kind: 'text', help: 'Message of the recipient notification' },
  'confidential-message': { kind: 'text', help: 'Text delivered encrypted with the files' },
  'password-mode': {
    kind: 'choice',
    default: 'generated',
    choices: ['generated', 'manual', 'none'],
    help: 'How the transfer is protected'
  },
  password: { kind: 'secret', help: 'The password for password-mode manual (a secret)' },
  'expiration-days': { kind: 'integer', help: 'Days until the transfer expires (server default when empty)' },
  language: { kind: 'text', help: 'Language of notifications, e.g. en or de-DE' },
  'notify-recipients': { kind: 'boolean', default: 'true', help: 'Let the server email the recipients' },
  'notify-downloads': { kind: 'boolean', default: 'false', help: 'Email the sender on every download' },
  'show-file-names': { kind: 'boolean', default: 'true', help: 'Show file names in the notifications' },
  'upload-concurrency': { kind: 'integer', default: '4', help: 'Files uploaded at the same time' },
  'wait-for-processing': { kind: 'boolean', default: 'true', help: 'Wait until the transfer is ACTIVE' },
  'processing-timeout': { kind: 'integer', default: '600', help: 'Seconds to wait for processing' },
  'allow-removed-files': {
    kind: 'boolean',
    default: 'false',
    help: 'Succeed when the server removed files during processing'
  },
  retries: { kind: 'integer', default: '5', help: 'Retries of a request that failed transiently (0: none)' },
  'dry-run': { kind: 'boolean', default: 'false', help: 'Check everything, create nothing' },
  'deliver-again': {
    kind: 'boolean',
    default: 'false',
    help: 'Send even when an earlier attempt already delivered the same files'
  }
} as const satisfies Record<string, OptionSpec>

export type OptionName = keyof typeof OPTIONS

/** Where option values come from: `get` returns the raw text ('' when not given). */
export interface OptionSource {
  get(name: string): string
  naming: OptionNaming
}

export type IfNoFilesFound = 'error' | 'warn' | 'ignore'

/** Every delivery option, validated: what `deliver()` needs, plus what the front-ends decide with. */
export interface DeliverySettings extends Omit<DeliveryOptions, 'files' | 'processingTimeoutMs'> {
  /** Server origin and path without `/api`, e.g. `https://cs.example.com`. */
  serverUrl: string
  /** `serverUrl` + `/api`. */
  apiBase: string
  clientId: string
  filePatterns: string[]
  /** Deliver files and folders whose names start with `.`. */
  includeHiddenFiles: boolean
  ifNoFilesFound: IfNoFilesFound
  processingTimeoutSeconds: number
  allowRemovedFiles: boolean
  retries: number
  /** Where `files` patterns start. */
  workspace: string
  /** Send even when an earlier attempt already delivered the same files. */
  deliverAgain: boolean
}

/** What differs between front-ends: defaults that are not the same for all. */
export interface FrontEndDefaults {
  senderName: string
  workspace: string
}

/** The largest value of a number option, and why (for the message). */
export interface NumberBound {
  max: number
  why: string
}

/**
 * Node.js runs a timer longer than 2^31 - 1 ms at once, so a longer wait would end immediately:
 * every timeout in seconds stays below that.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1
export const TIMEOUT_BOUND: NumberBound = {
  max: Math.floor(MAX_TIMER_MS / 1000),
  why: 'seconds, about 24 days: the longest wait this tool can time'
}
/** A hundred years; far beyond any server's maxRetentionPeriod, and a date the API can carry. */
export const EXPIRATION_DAYS_BOUND: NumberBound = { max: 36_500, why: 'days, 100 years' }

/** A mistake in the options; the message says what to change. Found before the server is contacted. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

const EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/
const CLIENT_ID = /^[A-Za-z0-9]{50,4000}$/
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

/** The documented default of an option ('' for none). */
export function defaultOf(name: string, table: Record<string, OptionSpec> = OPTIONS): string {
  return table[name]?.default ?? ''
}

/** A reader of the options in `source`, each checked by its kind; defaults from `table`. */
export function optionReader(source: OptionSource, table: Record<string, OptionSpec> = OPTIONS) {
  const { naming } = source
  const raw = (name: string): string => source.get(name).trim()
  const given = (name: string): string => raw(name) || defaultOf(name, table)
  return {
    raw,
    required(name: string): string {
      const value = raw(name)
      if (!value) throw new InputError(naming.missing(name))
      return value
    },
    choice<T extends string>(name: string, allowed: readonly T[]): T {
      const value = given(name)
      const match = allowed.find((a) => a === value.toLowerCase())
      if (!match) {
        throw new InputError(
          `${naming.option(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${shorten(value)}".`
        )
      }
      return match
    },
    bool(name: string): boolean {
      const value = given(name)
      if (/^(true|yes|on|1)$/i.test(value)) return true
      if (/^(false|no|off|0)$/i.test(value)) return false
      throw new InputError(`${naming.option(name)} must be "true" or "false"; got "${shorten(value)}".`)
    },
    /** A whole number from 1 to `bound.max` (the bound is named in the message). */
    positive(name: string, bound?: NumberBound): number {
      const value = given(name)
      const n = wholeNumber(value)
      if (n === undefined || n < 1)
        throw new InputError(`${naming.option(name)} must be a positive whole number; got "${shorten(value)}".`)
      if (bound && n > bound.max)
        throw new InputError(
          `${naming.option(name)} must be at most ${bound.max} (${bound.why}); got "${shorten(value)}".`
        )
      return n
    },
    nonNegative(name: string): number {
      const value = given(name)
      const n = wholeNumber(value)
      if (n === undefined)
        throw new InputError(`${naming.option(name)} must be a whole number, 0 or more; got "${shorten(value)}".`)
      return n
    },
    email(name: string): string {
      const value = this.required(name)
      refuseDisplayName(value, naming.option(name))
      if (!EMAIL.test(value))
        throw new InputError(`${naming.option(name)} is not a valid email address: "${shorten(value)}".`)
      return value
    },
    clientId(name: string): string {
      const value = this.required(name)
      if (!CLIENT_ID.test(value)) {
        throw new InputError(
          `${naming.option(name)} must be 50 to 4000 letters and digits (A-Z, a-z, 0-9); the value given ` +
            `has ${value.length} characters${/[^A-Za-z0-9]/.test(value) ? ' and other characters' : ''}. ` +
            'Pass the client id your Cryptshare administrator registered, from a secret.'
        )
      }
      return value
    },
    serverUrl(name: string): string {
      return parseServerUrl(this.required(name), naming.option(name))
    },
    language(name: string): string | undefined {
      const value = raw(name) || undefined
      if (value && !LANGUAGE.test(value)) {
        throw new InputError(
          `${naming.option(name)} must be a language tag such as "en" or "de-DE"; got "${shorten(value)}".`
        )
      }
      return value
    }
  }
}

/** Parses and validates every delivery option into one typed object. Throws `InputError` on bad input. */
export function readDeliverySettings(source: OptionSource, defaults: FrontEndDefaults): DeliverySettings {
  const { naming } = source
  const read = optionReader(source)
  const serverUrl = read.serverUrl('server-url')
  const clientId = read.clientId('client-id')
  const senderEmail = read.email('sender-email')
  const recipients = readRecipients(source)

  const filePatterns = read
    .required('files')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  if (filePatterns.filter((p) => !p.startsWith('!')).length === 0) {
    throw new InputError(`${naming.option('files')} has no pattern that includes files (only "!" excludes).`)
  }

  const passwordMode = read.choice('password-mode', ['generated', 'manual', 'none'] as const)
  const password = read.raw('password') || undefined
  if (passwordMode === 'manual' && !password) {
    throw new InputError(
      `${naming.option('password-mode')} is "manual" but ${naming.name('password')} is empty. Pass the password from a secret, or use ${naming.setting('password-mode', 'generated')}.`
    )
  }
  if (passwordMode !== 'manual' && password) {
    throw new InputError(
      `${naming.option('password')} is set but ${naming.name('password-mode')} is "${passwordMode}". Set ${naming.setting('password-mode', 'manual')} to use your own password.`
    )
  }
  const expiration = read.raw('expiration-days')

  return {
    serverUrl,
    apiBase: `${serverUrl}/api`,
    clientId,
    senderEmail,
    senderName: read.raw('sender-name') || defaults.senderName,
    senderPhone: read.raw('sender-phone'),
    verificationToken: read.raw('verification-token') || undefined,
    recipients,
    filePatterns,
    includeHiddenFiles: read.bool('include-hidden-files'),
    ifNoFilesFound: read.choice('if-no-files-found', ['error', 'warn', 'ignore'] as const),
    subject: read.raw('subject') || undefined,
    message: read.raw('message') || undefined,
    confidentialMessage: read.raw('confidential-message') || undefined,
    passwordMode,
    password,
    expirationDays: expiration ? read.positive('expiration-days', EXPIRATION_DAYS_BOUND) : undefined,
    language: read.language('language'),
    notifyRecipients: read.bool('notify-recipients'),
    notifyDownloads: read.bool('notify-downloads'),
    showFileNames: read.bool('show-file-names'),
    uploadConcurrency: read.positive('upload-concurrency'),
    waitForProcessing: read.bool('wait-for-processing'),
    processingTimeoutSeconds: read.positive('processing-timeout', TIMEOUT_BOUND),
    allowRemovedFiles: read.bool('allow-removed-files'),
    retries: read.nonNegative('retries'),
    dryRun: read.bool('dry-run'),
    deliverAgain: read.bool('deliver-again'),
    workspace: path.resolve(defaults.workspace)
  }
}

/** To, cc and bcc: at least one address, each valid and listed once. */
function readRecipients(source: OptionSource): DeliveryOptions['recipients'] {
  const { naming } = source
  const list = (name: string): string[] => parseAddresses(source.get(name), naming.option(name))
  const to = list('recipients')
  const cc = list('cc')
  const bcc = list('bcc')
  if (to.length + cc.length + bcc.length === 0) {
    throw new InputError(
      `${naming.missing('recipients')} Give at least one recipient address in ${naming.name('recipients')} (or ${naming.name('cc')}/${naming.name('bcc')}).`
    )
  }
  const seen = new Map<string, string>()
  for (const [name, addresses] of [
    ['recipients', to],
    ['cc', cc],
    ['bcc', bcc]
  ] as const) {
    for (const address of addresses) {
      const key = address.toLowerCase()
      const first = seen.get(key)
      if (first) {
        throw new InputError(
          `Recipient "${shorten(address)}" appears more than once (in "${first}" and "${name}"); list each address once.`
        )
      }
      seen.set(key, name)
    }
  }
  return { to, cc, bcc }
}

/** Normalises the server URL: no trailing slash, no trailing `/api`; https unless loopback. */
export function parseServerUrl(value: string, label = '"server-url"'): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `${label} is not a URL: "${shorten(value)}". Use the server's base URL, e.g. https://cryptshare.example.com.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`${label} must start with https:// (got "${shorten(url.protocol)}").`)
  }
  if (url.username || url.password) {
    throw new InputError(`${label} must not contain a user name or password.`)
  }
  if (url.search || url.hash) {
    throw new InputError(`${label} must not contain a query string or fragment: "${shorten(value)}".`)
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      `${label} uses http:// with the non-loopback host "${shorten(url.hostname)}": the client id and files would travel unencrypted. Use https://.`
    )
  }
  const pathname = url.pathname.replace(/\/+$/, '').replace(/\/api$/i, '')
  return `${url.origin}${pathname}`
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** Splits a recipient list on commas, semicolons, whitespace and newlines; validates each address. */
export function parseAddresses(value: string, label: string): string[] {
  refuseDisplayName(value, label)
  const addresses = value.split(/[\s,;]+/).filter(Boolean)
  for (const address of addresses) {
    if (!EMAIL.test(address)) {
      throw new InputError(
        `${label} contains an invalid email address: "${shorten(address)}". Separate addresses with commas, semicolons, spaces or newlines.`
      )
    }
  }
  return addresses
}

/** `Jane <jane@example.org>`: the form of a mail header, which the API does not take. */
function refuseDisplayName(value: string, label: string): void {
  const angled = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value)
  if (angled) {
    throw new InputError(
      `${label} has an address with a display name ("${shorten(value)}"): display names are not supported: give the bare address, e.g. ${shorten(angled[1])}.`
    )
  }
}

function wholeNumber(value: string): number | undefined {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  return Number.isSafeInteger(n) ? n : undefined
}

/** The options whose values are secrets: masked before anything is printed, warned about as flags. */
export const SECRET_OPTIONS: string[] = Object.entries(OPTIONS as Record<string, OptionSpec>)
  .filter(([, spec]) => spec.kind === 'secret')
  .map(([name]) => name)

/** What `deliver()` is asked to do, from the settings and the selected files. */
export function deliveryOptions(
  settings: DeliverySettings,
  files: LocalFile[],
  extra: { finalizeConfirmMs: number; lookForEarlierDelivery: boolean }
): DeliveryOptions {
  return {
    ...settings,
    files,
    processingTimeoutMs: settings.processingTimeoutSeconds * 1000,
    finalizeBounds: { confirmMs: extra.finalizeConfirmMs },
    lookForEarlierDelivery: extra.lookForEarlierDelivery
  }
}
