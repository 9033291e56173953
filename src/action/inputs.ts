import * as path from 'node:path'
import { shorten } from '../cryptshare/explain.js'
import type { DeliveryOptions } from '../core/delivery.js'

/** Names of the action's inputs, as declared in action.yml. */
export const Input = {
  serverUrl: 'server-url',
  clientId: 'client-id',
  senderEmail: 'sender-email',
  senderName: 'sender-name',
  senderPhone: 'sender-phone',
  verificationToken: 'verification-token',
  recipients: 'recipients',
  cc: 'cc',
  bcc: 'bcc',
  files: 'files',
  ifNoFilesFound: 'if-no-files-found',
  subject: 'subject',
  message: 'message',
  confidentialMessage: 'confidential-message',
  passwordMode: 'password-mode',
  password: 'password',
  expirationDays: 'expiration-days',
  language: 'language',
  notifyRecipients: 'notify-recipients',
  notifyDownloads: 'notify-downloads',
  showFileNames: 'show-file-names',
  uploadConcurrency: 'upload-concurrency',
  waitForProcessing: 'wait-for-processing',
  processingTimeout: 'processing-timeout',
  allowRemovedFiles: 'allow-removed-files',
  retries: 'retries',
  dryRun: 'dry-run',
  deliverAgain: 'deliver-again',
  includeHiddenFiles: 'include-hidden-files'
} as const

export type IfNoFilesFound = 'error' | 'warn' | 'ignore'

/** Every input, validated: what the delivery needs, plus what only the action uses. */
export interface ActionInputs extends Omit<DeliveryOptions, 'files' | 'processingTimeoutMs'> {
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
  workspace: string
  /** Send even when an earlier attempt of this job already delivered the same files. */
  deliverAgain: boolean
}

/** A mistake in the workflow's inputs; the message says what to change. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

type Env = Record<string, string | undefined>

/** Reads an input the way @actions/core does (INPUT_<NAME>, spaces to `_`, upper case), trimmed. */
export function rawInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

const EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/
const CLIENT_ID = /^[A-Za-z0-9]{50,4000}$/
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

/** Parses and validates every input into one typed object. Throws `InputError` on bad input. */
export function readInputs(env: Env = process.env): ActionInputs {
  const get = (name: string): string => rawInput(env, name)
  const required = (name: string): string => {
    const value = get(name)
    if (!value)
      throw new InputError(`Input required and not supplied: ${name}. Set "${name}" in the step's "with:" block.`)
    return value
  }

  const serverUrl = parseServerUrl(required(Input.serverUrl))
  const clientId = required(Input.clientId)
  if (!CLIENT_ID.test(clientId)) {
    throw new InputError(
      `Input "${Input.clientId}" must be 50 to 4000 letters and digits (A-Z, a-z, 0-9); the value given ` +
        `has ${clientId.length} characters${/[^A-Za-z0-9]/.test(clientId) ? ' and other characters' : ''}. ` +
        'Pass the client id your Cryptshare administrator registered, from a secret.'
    )
  }
  const senderEmail = required(Input.senderEmail)
  if (!EMAIL.test(senderEmail)) {
    throw new InputError(`Input "${Input.senderEmail}" is not a valid email address: "${shorten(senderEmail)}".`)
  }

  const to = parseAddresses(get(Input.recipients), Input.recipients)
  const cc = parseAddresses(get(Input.cc), Input.cc)
  const bcc = parseAddresses(get(Input.bcc), Input.bcc)
  if (to.length + cc.length + bcc.length === 0) {
    throw new InputError(
      `Input required and not supplied: ${Input.recipients}. Give at least one recipient address in "${Input.recipients}" (or "${Input.cc}"/"${Input.bcc}").`
    )
  }
  const seen = new Map<string, string>()
  for (const [input, list] of [
    [Input.recipients, to],
    [Input.cc, cc],
    [Input.bcc, bcc]
  ] as const) {
    for (const address of list) {
      const key = address.toLowerCase()
      const first = seen.get(key)
      if (first) {
        throw new InputError(
          `Recipient "${shorten(address)}" appears more than once (in "${first}" and "${input}"); list each address once.`
        )
      }
      seen.set(key, input)
    }
  }

  const filePatterns = required(Input.files)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  if (filePatterns.filter((p) => !p.startsWith('!')).length === 0) {
    throw new InputError(`Input "${Input.files}" has no pattern that includes files (only "!" excludes).`)
  }

  const passwordMode = oneOf(get(Input.passwordMode) || 'generated', Input.passwordMode, [
    'generated',
    'manual',
    'none'
  ] as const)
  const password = get(Input.password) || undefined
  if (passwordMode === 'manual' && !password) {
    throw new InputError(
      `Input "${Input.passwordMode}" is "manual" but "${Input.password}" is empty. Pass the password from a secret, or use password-mode "generated".`
    )
  }
  if (passwordMode !== 'manual' && password) {
    throw new InputError(
      `Input "${Input.password}" is set but "${Input.passwordMode}" is "${passwordMode}". Set password-mode to "manual" to use your own password.`
    )
  }

  const expirationText = get(Input.expirationDays)
  const language = get(Input.language) || undefined
  if (language && !LANGUAGE.test(language)) {
    throw new InputError(
      `Input "${Input.language}" must be a language tag such as "en" or "de-DE"; got "${shorten(language)}".`
    )
  }

  return {
    serverUrl,
    apiBase: `${serverUrl}/api`,
    clientId,
    senderEmail,
    senderName: get(Input.senderName) || 'GitHub Actions',
    senderPhone: get(Input.senderPhone),
    verificationToken: get(Input.verificationToken) || undefined,
    recipients: { to, cc, bcc },
    filePatterns,
    includeHiddenFiles: bool(get(Input.includeHiddenFiles), Input.includeHiddenFiles, false),
    ifNoFilesFound: oneOf(get(Input.ifNoFilesFound) || 'error', Input.ifNoFilesFound, [
      'error',
      'warn',
      'ignore'
    ] as const),
    subject: get(Input.subject) || undefined,
    message: get(Input.message) || undefined,
    confidentialMessage: get(Input.confidentialMessage) || undefined,
    passwordMode,
    password,
    expirationDays: expirationText ? positiveInteger(expirationText, Input.expirationDays) : undefined,
    language,
    notifyRecipients: bool(get(Input.notifyRecipients), Input.notifyRecipients, true),
    notifyDownloads: bool(get(Input.notifyDownloads), Input.notifyDownloads, false),
    showFileNames: bool(get(Input.showFileNames), Input.showFileNames, true),
    uploadConcurrency: positiveInteger(get(Input.uploadConcurrency) || '4', Input.uploadConcurrency),
    waitForProcessing: bool(get(Input.waitForProcessing), Input.waitForProcessing, true),
    processingTimeoutSeconds: positiveInteger(get(Input.processingTimeout) || '600', Input.processingTimeout),
    allowRemovedFiles: bool(get(Input.allowRemovedFiles), Input.allowRemovedFiles, false),
    retries: nonNegativeInteger(get(Input.retries) || '5', Input.retries),
    dryRun: bool(get(Input.dryRun), Input.dryRun, false),
    deliverAgain: bool(get(Input.deliverAgain), Input.deliverAgain, false),
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  }
}

/** Normalises the server URL: no trailing slash, no trailing `/api`; https unless loopback. */
export function parseServerUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `Input "${Input.serverUrl}" is not a URL: "${shorten(value)}". Use the server's base URL, e.g. https://cryptshare.example.com.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`Input "${Input.serverUrl}" must start with https:// (got "${shorten(url.protocol)}").`)
  }
  if (url.username || url.password) {
    throw new InputError(`Input "${Input.serverUrl}" must not contain a user name or password.`)
  }
  if (url.search || url.hash) {
    throw new InputError(`Input "${Input.serverUrl}" must not contain a query string or fragment: "${shorten(value)}".`)
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      `Input "${Input.serverUrl}" uses http:// with the non-loopback host "${shorten(url.hostname)}": the client id and files would travel unencrypted. Use https://.`
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
export function parseAddresses(value: string, input: string): string[] {
  const addresses = value.split(/[\s,;]+/).filter(Boolean)
  for (const address of addresses) {
    if (!EMAIL.test(address)) {
      throw new InputError(
        `Input "${input}" contains an invalid email address: "${shorten(address)}". Separate addresses with commas, semicolons, spaces or newlines.`
      )
    }
  }
  return addresses
}

function oneOf<T extends string>(value: string, input: string, allowed: readonly T[]): T {
  const lower = value.toLowerCase()
  const match = allowed.find((a) => a === lower)
  if (!match)
    throw new InputError(
      `Input "${input}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${shorten(value)}".`
    )
  return match
}

function bool(value: string, input: string, fallback: boolean): boolean {
  if (!value) return fallback
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new InputError(`Input "${input}" must be "true" or "false"; got "${shorten(value)}".`)
}

function positiveInteger(value: string, input: string): number {
  const n = wholeNumber(value)
  if (n === undefined || n < 1)
    throw new InputError(`Input "${input}" must be a positive whole number; got "${shorten(value)}".`)
  return n
}

function nonNegativeInteger(value: string, input: string): number {
  const n = wholeNumber(value)
  if (n === undefined)
    throw new InputError(`Input "${input}" must be a whole number, 0 or more; got "${shorten(value)}".`)
  return n
}

function wholeNumber(value: string): number | undefined {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  return Number.isSafeInteger(n) ? n : undefined
}
