// The delivery's options read into one typed object, and what `deliver()` is asked to do.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { shorten } from '../cryptshare/explain.js'
import type { ChecksumAlgorithm, ChecksumFilesPlan, DeliveryOptions } from './contract.js'
import type { LocalFile } from './local-files.js'
import { optionReader, type OptionSource } from './option-reader.js'
import { InputError, parseAddresses } from './option-values.js'

export type IfNoFilesFound = 'error' | 'warn' | 'ignore'

/** Every delivery option, validated: what `deliver()` needs, plus what the front-ends decide with. */
export interface DeliverySettings extends Omit<DeliveryOptions, 'files' | 'processingTimeoutMs'> {
  /** Server origin and path without `/api`, e.g. `https://cs.example.com`. */
  serverUrl: string
  /** `serverUrl` + `/api`. */
  apiBase: string
  clientId: string
  filePatterns: string[]
  /** require-attestation: the attestation files every delivered file must be a subject of. */
  attestationPatterns: string[]
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
  /** How the delivery receipt names the recipients. */
  receipt: { clearRecipients: boolean; recipientHashKey?: string }
}

/** What differs between front-ends: defaults that are not the same for all. */
export interface FrontEndDefaults {
  senderName: string
  workspace: string
}

/** Parses and validates every delivery option into one typed object. Throws `InputError` on bad input. */
export function readDeliverySettings(source: OptionSource, defaults: FrontEndDefaults): DeliverySettings {
  const { naming } = source
  const read = optionReader(source)
  const serverUrl = read.serverUrl('server-url')
  const clientId = read.clientId('client-id')
  const senderEmail = read.email('sender-email')
  const recipients = readRecipients(source)

  const patternLines = (text: string): string[] =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
  const filePatterns = patternLines(read.required('files'))
  const attestationPatterns = patternLines(read.raw('require-attestation'))
  if (filePatterns.filter((p) => !p.startsWith('!')).length === 0) {
    throw new InputError(`${naming.option('files')} has no pattern that includes files (only "!" excludes).`)
  }

  const passwordMode = read.choice('password-mode')
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

  const workspace = path.resolve(defaults.workspace)
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
    attestationPatterns,
    includeHiddenFiles: read.bool('include-hidden-files'),
    ifNoFilesFound: read.choice('if-no-files-found'),
    subject: read.raw('subject') || undefined,
    message: textOrFile(source, 'message', 'message-file', workspace),
    confidentialMessage: textOrFile(source, 'confidential-message', 'confidential-message-file', workspace),
    passwordMode,
    password,
    expirationDays: read.optionalInteger('expiration-days'),
    language: read.language('language'),
    notifyRecipients: read.bool('notify-recipients'),
    notifyDownloads: read.bool('notify-downloads'),
    showFileNames: read.bool('show-file-names'),
    uploadConcurrency: read.integer('upload-concurrency'),
    waitForProcessing: read.bool('wait-for-processing'),
    processingTimeoutSeconds: read.integer('processing-timeout'),
    allowRemovedFiles: read.bool('allow-removed-files'),
    retries: read.integer('retries'),
    dryRun: read.bool('dry-run'),
    checksumFiles: readChecksumFiles(source),
    receipt: {
      clearRecipients: read.choice('receipt-recipients') === 'clear',
      recipientHashKey: read.raw('recipient-hash-key') || undefined
    },
    deliverAgain: read.bool('deliver-again'),
    workspace
  }
}

/** The largest message file read. */
const MAX_MESSAGE_FILE_BYTES = 256 * 1024

/** An option's text, or the text of the file its `…-file` option names (relative to the workspace); not both. */
function textOrFile(source: OptionSource, option: string, fileOption: string, workspace: string): string | undefined {
  const { naming } = source
  const text = source.get(option).trim()
  const file = source.get(fileOption).trim()
  if (text && file)
    throw new InputError(`${naming.option(option)} and ${naming.name(fileOption)} are both set: give one.`)
  if (!file) return text || undefined
  const full = path.resolve(workspace, file)
  let stat: fs.Stats | undefined
  try {
    stat = fs.statSync(full)
  } catch {
    stat = undefined
  }
  if (!stat?.isFile())
    throw new InputError(`${naming.option(fileOption)} names "${file}", which is not a file in ${workspace}.`)
  if (stat.size > MAX_MESSAGE_FILE_BYTES)
    throw new InputError(`${naming.option(fileOption)} names "${file}", which is over 256 KiB.`)
  return fs.readFileSync(full, 'utf8').replace(/\r?\n$/, '') || undefined
}

/** `checksums` (a list of sha256/sha512, or none) and what is done with the files. */
function readChecksumFiles(source: OptionSource): ChecksumFilesPlan {
  const { naming } = source
  const read = optionReader(source)
  const text = read.raw('checksums').trim().toLowerCase() || 'sha256'
  const algorithms: ChecksumAlgorithm[] = []
  if (text !== 'none') {
    for (const item of text.split(/[\s,]+/).filter(Boolean)) {
      if (item !== 'sha256' && item !== 'sha512')
        throw new InputError(
          `${naming.option('checksums')} is "${shorten(text)}": give sha256, sha512, both separated by a comma (sha256,sha512), or none.`
        )
      if (!algorithms.includes(item)) algorithms.push(item)
    }
  }
  const include = read.bool('include-checksums')
  const inMessage = read.bool('checksums-in-message')
  if (!algorithms.length && (include || inMessage))
    throw new InputError(
      `${naming.setting(include ? 'include-checksums' : 'checksums-in-message', 'true')} needs checksum files: set ${naming.setting('checksums', 'sha256')} (or sha512, or both).`
    )
  return { algorithms, include, inMessage }
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
