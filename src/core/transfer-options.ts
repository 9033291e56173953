// The options of the commands after a delivery, `revoke` and `status`: the same names in the
// sub-actions' inputs and the CLI's flags, the connection options shared with the delivery.
import { isPlausibleId } from '../http/text.js'
import { shorten } from '../cryptshare/explain.js'
import { escapeControls } from './log-text.js'
import { optionReader, type OptionReader, type OptionSource } from './option-reader.js'
import { OPTIONS, TIMEOUT_BOUND, type OptionTable } from './option-table.js'
import { InputError } from './option-values.js'

const CONNECTION = {
  'server-url': OPTIONS['server-url'],
  'client-id': OPTIONS['client-id'],
  'sender-email': OPTIONS['sender-email'],
  'verification-token': OPTIONS['verification-token'],
  'tracking-id': { kind: 'text', required: true, help: 'Tracking id of the transfer (the delivery\'s "tracking-id")' }
} as const satisfies OptionTable

export const REVOKE_OPTIONS = {
  ...CONNECTION,
  'notify-recipients': { kind: 'boolean', default: 'true', help: 'Email the recipients that the transfer was revoked' },
  'notify-sender': { kind: 'boolean', default: 'true', help: 'Email the sender that the transfer was revoked' },
  message: { kind: 'text', help: "Text of the revocation email (Markdown); the server's default text when empty" },
  language: { ...OPTIONS.language, help: "Language of the server's default revocation text, e.g. en or de-DE" },
  retries: OPTIONS.retries
} as const satisfies OptionTable

export const STATUS_OPTIONS = {
  ...CONNECTION,
  'wait-for-download': {
    kind: 'boolean',
    default: 'false',
    help: 'Wait until every recipient has downloaded every file'
  },
  'download-timeout': {
    kind: 'integer',
    default: '3600',
    max: TIMEOUT_BOUND,
    help: 'Seconds to wait for the downloads'
  },
  'revoke-when-downloaded': {
    kind: 'boolean',
    default: 'false',
    help: 'Once every recipient has downloaded every file, revoke the transfer without notifying the recipients (with wait-for-download; API 1.10)'
  },
  'receipt-recipients': OPTIONS['receipt-recipients'],
  'recipient-hash-key': OPTIONS['recipient-hash-key'],
  retries: OPTIONS.retries
} as const satisfies OptionTable

interface TransferSettings {
  /** Server origin and path without `/api`. */
  serverUrl: string
  apiBase: string
  clientId: string
  senderEmail: string
  verificationToken?: string
  trackingId: string
  retries: number
}

export interface RevokeSettings extends TransferSettings {
  notifyRecipients: boolean
  notifySender: boolean
  message?: string
  language?: string
}

export interface StatusSettings extends TransferSettings {
  waitForDownload: boolean
  downloadTimeoutSeconds: number
  revokeWhenDownloaded: boolean
  /** How the retrieval record names the recipients. */
  record: { clearRecipients: boolean; recipientHashKey?: string }
}

function readTransferSettings(read: OptionReader<OptionTable>, source: OptionSource): TransferSettings {
  const serverUrl = read.serverUrl('server-url')
  const clientId = read.clientId('client-id')
  const senderEmail = read.email('sender-email')
  const trackingId = read.required('tracking-id')
  // The format is undocumented: refuse only what cannot be one path segment of the API's URLs, by
  // the rule an id read from a Location header follows.
  if (!isPlausibleId(trackingId)) {
    throw new InputError(
      `${source.naming.option('tracking-id')} is not a tracking id: "${shorten(escapeControls(trackingId))}". A tracking id looks like 20240522-065711-H8UoUSI6 (no spaces, slashes or control characters, not "." or ".."): pass the tracking id the delivery reported.`
    )
  }
  return {
    serverUrl,
    apiBase: `${serverUrl}/api`,
    clientId,
    senderEmail,
    verificationToken: read.raw('verification-token') || undefined,
    trackingId,
    retries: read.integer('retries')
  }
}

export function readRevokeSettings(source: OptionSource): RevokeSettings {
  const read = optionReader(source, REVOKE_OPTIONS)
  return {
    ...readTransferSettings(read, source),
    notifyRecipients: read.bool('notify-recipients'),
    notifySender: read.bool('notify-sender'),
    message: read.raw('message') || undefined,
    language: read.language('language')
  }
}

export function readStatusSettings(source: OptionSource): StatusSettings {
  const read = optionReader(source, STATUS_OPTIONS)
  const waitForDownload = read.bool('wait-for-download')
  const revokeWhenDownloaded = read.bool('revoke-when-downloaded')
  if (revokeWhenDownloaded && !waitForDownload)
    throw new InputError(
      `${source.naming.setting('revoke-when-downloaded', 'true')} revokes once every file is downloaded, which needs ${source.naming.setting('wait-for-download', 'true')}.`
    )
  return {
    ...readTransferSettings(read, source),
    waitForDownload,
    downloadTimeoutSeconds: read.integer('download-timeout'),
    revokeWhenDownloaded,
    record: {
      clearRecipients: read.choice('receipt-recipients') === 'clear',
      recipientHashKey: read.raw('recipient-hash-key') || undefined
    }
  }
}
