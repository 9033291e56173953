// The one table of options, shared by every front-end: the action's inputs and the CLI's flags
// (and CRYPTSHARE_* variables) have these kebab-case names and defaults. Each option's kind,
// choices and bounds are declared here once; the reader (option-reader.ts) checks values by them,
// and the CLI's help and the docs test read the same table.

export type OptionKind = 'text' | 'secret' | 'boolean' | 'integer' | 'addresses' | 'patterns' | 'choice'

/** The largest value of a number option, and why (for the message). */
export interface NumberBound {
  max: number
  why: string
}

export interface OptionSpec {
  kind: OptionKind
  /** The documented default, as text (`undefined`: none, or the front-end's). */
  default?: string
  required?: boolean
  /** The values a `choice` option takes (lower case). */
  choices?: readonly string[]
  /** The smallest value of an `integer` option (default 1). */
  min?: 0 | 1
  /** The largest value of an `integer` option (none when absent). */
  max?: NumberBound
  /** One line for `--help`. */
  help: string
}

/** A table of options, by name. */
export type OptionTable = Record<string, OptionSpec>

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

/** Every delivery option, by name. */
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
  'require-attestation': {
    kind: 'patterns',
    help: 'Attestation files (statements, DSSE envelopes, Sigstore bundles, .intoto.jsonl): every delivered file must be one of their subjects (by digest)'
  },
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
  'message-file': { kind: 'text', help: 'A file (relative to the workspace) whose text is the message' },
  'confidential-message-file': {
    kind: 'text',
    help: 'A file (relative to the workspace) whose text is the confidential message (keep it out of the files)'
  },
  'password-mode': {
    kind: 'choice',
    default: 'generated',
    choices: ['generated', 'manual', 'none'],
    help: 'How the transfer is protected'
  },
  password: { kind: 'secret', help: 'The password for password-mode manual (a secret)' },
  'expiration-days': {
    kind: 'integer',
    max: EXPIRATION_DAYS_BOUND,
    help: 'Days until the transfer expires (server default when empty)'
  },
  language: { kind: 'text', help: 'Language of notifications, e.g. en or de-DE' },
  'notify-recipients': { kind: 'boolean', default: 'true', help: 'Let the server email the recipients' },
  'notify-downloads': { kind: 'boolean', default: 'false', help: 'Email the sender on every download' },
  'show-file-names': { kind: 'boolean', default: 'true', help: 'Show file names in the notifications' },
  'upload-concurrency': { kind: 'integer', default: '4', help: 'Files uploaded at the same time' },
  'wait-for-processing': { kind: 'boolean', default: 'true', help: 'Wait until the transfer is ACTIVE' },
  'processing-timeout': {
    kind: 'integer',
    default: '600',
    max: TIMEOUT_BOUND,
    help: 'Seconds to wait for processing'
  },
  'allow-removed-files': {
    kind: 'boolean',
    default: 'false',
    help: 'Succeed when the server removed files during processing'
  },
  retries: {
    kind: 'integer',
    default: '5',
    min: 0,
    help: 'Retries of a request that failed transiently (0: none)'
  },
  checksums: {
    kind: 'text',
    default: 'sha256',
    help: 'Checksum files of the delivered files: sha256, sha512, sha256,sha512 or none'
  },
  'include-checksums': {
    kind: 'boolean',
    default: 'false',
    help: 'Add the checksum files to the transfer, for the recipients to check what they downloaded'
  },
  'checksums-in-message': {
    kind: 'boolean',
    default: 'false',
    help: 'Add the digest list to the confidential message too (a second channel apart from the files)'
  },
  'receipt-recipients': {
    kind: 'choice',
    default: 'pseudonymised',
    choices: ['pseudonymised', 'clear'],
    help: 'How the delivery receipt names the recipients: pseudonymised (HMAC-SHA256) or clear'
  },
  'recipient-hash-key': {
    kind: 'secret',
    help: "Key of the recipients' pseudonyms in the receipt (a secret; without it a random salt stored in the receipt)"
  },
  manifest: {
    kind: 'text',
    help: 'A delivery manifest (YAML or JSON): many deliveries in one run, instead of recipients and files'
  },
  'delivery-concurrency': {
    kind: 'integer',
    default: '2',
    help: 'With manifest: transfers sent at the same time'
  },
  'fail-fast': {
    kind: 'boolean',
    default: 'false',
    help: 'With manifest: start no further delivery once one failed'
  },
  'dry-run': { kind: 'boolean', default: 'false', help: 'Check everything, create nothing' },
  'deliver-again': {
    kind: 'boolean',
    default: 'false',
    help: 'Send even when an earlier attempt already delivered the same files'
  }
} as const satisfies OptionTable

export type OptionName = keyof typeof OPTIONS

/** The documented default of an option ('' for none). */
export function defaultOf(name: string, table: OptionTable = OPTIONS): string {
  return table[name]?.default ?? ''
}

/** The options whose values are secrets: masked before anything is printed, warned about as flags. */
export const SECRET_OPTIONS: string[] = Object.entries(OPTIONS as OptionTable)
  .filter(([, spec]) => spec.kind === 'secret')
  .map(([name]) => name)
