// What a CLI run reports: one result object, printed as JSON on stdout (without secrets), written
// whole to a 0600 file, and reduced to a dotenv file of plain, non-secret values.
import { constants } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { DeliveredFile, DeliveryResult, DownloadUrl } from '../core/contract.js'
import { CONTROL_CHARACTERS_IN_JSON } from '../core/log-text.js'
import { UsageError } from './args.js'

export type RunStatus = 'delivered' | 'dry-run' | 'nothing-sent' | 'failed' | 'uncertain' | 'cancelled'

export interface CliResult {
  status: RunStatus
  exitCode: number
  /** The one-line error of a run that did not deliver as asked. */
  error: string | null
  trackingId: string | null
  /** Empty while the transfer's outcome is unknown. */
  state: string | null
  expirationDate: string | null
  files: DeliveredFile[]
  removedFiles: { name: string; cause: string }[]
  downloadUrls: DownloadUrl[]
  password: string | null
  /**
   * The token the delivery used, for `status`/`revoke` in the same job on a server that lets only
   * that token read the transfer: only in the --output-json file, never on stdout or in dotenv.
   */
  verificationToken: string | null
}

export const EXIT = { ok: 0, failed: 1, usage: 2, SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const

export function cliResult(
  status: RunStatus,
  exitCode: number,
  delivery?: Partial<DeliveryResult>,
  error?: string
): CliResult {
  return {
    status,
    exitCode,
    error: error ?? null,
    trackingId: delivery?.trackingId ?? null,
    state: delivery?.state ?? null,
    expirationDate: delivery?.expirationDate ?? null,
    files: delivery?.files ?? [],
    removedFiles: delivery?.removedFiles ?? [],
    downloadUrls: delivery?.downloadUrls ?? [],
    password: delivery?.password ?? null,
    verificationToken: delivery?.verificationToken ?? null
  }
}

/**
 * The result for stdout: never the verification token; the password and download URLs only when
 * secrets are shown.
 */
export function stdoutResult(result: CliResult, showSecrets: boolean): Partial<CliResult> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { verificationToken, downloadUrls, password, ...rest } = result
  return showSecrets ? { ...rest, downloadUrls, password } : rest
}

/**
 * JSON that is safe in any CI log: besides what JSON.stringify escapes, the characters that could
 * break or fake a log line (C1 controls, line separators, bidi overrides) and the `##[`/`##vso[`
 * command prefixes are written as \u escapes (still the same JSON value).
 */
export function logSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(CONTROL_CHARACTERS_IN_JSON, unicodeEscape)
    .replace(/##(vso)?\[/g, (prefix) => `${prefix.slice(0, -1)}\\u005b`)
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * Checks, before anything is sent, that an output file can be written (its folder exists and is
 * writable, and the file, if it exists, is a writable file): a delivery must not succeed and then
 * fail for want of its result file, which a re-run would answer with a second delivery.
 */
export async function assertWritable(file: string, flag: string): Promise<void> {
  const problem = await fs
    .stat(file)
    .then(async (stat) => {
      if (!stat.isFile()) return 'it exists and is not a file'
      await fs.access(file, constants.W_OK)
      return undefined
    })
    .catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') return error.code === 'EACCES' ? 'it is not writable' : error.message
      const dir = path.dirname(file)
      return fs.access(dir, constants.W_OK).then(
        () => undefined,
        (dirError: NodeJS.ErrnoException) =>
          dirError.code === 'ENOENT' ? `the folder ${dir} does not exist` : `the folder ${dir} is not writable`
      )
    })
  if (problem) throw new UsageError(`${flag} ${file} cannot be written: ${problem}. Nothing was sent.`)
}

/** Writes `text` to a file only its owner can read, also when the file existed with a wider mode. */
export async function writePrivateFile(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'w', 0o600)
  try {
    await handle.chmod(0o600)
    await handle.writeFile(text)
  } finally {
    await handle.close()
  }
}

/** Values a dotenv file may hold as they are (tracking ids, states, ISO dates). */
const PLAIN_VALUE = /^[\w.:+-]*$/

/**
 * The dotenv lines for GitLab's `artifacts:reports:dotenv`: nothing secret. A value that is not
 * plain is left empty and reported through `warn`.
 */
export function dotenv(result: CliResult, warn: (message: string) => void): string {
  const entries: [string, string | null][] = [
    ['CRYPTSHARE_TRACKING_ID', result.trackingId],
    ['CRYPTSHARE_STATE', result.state],
    ['CRYPTSHARE_EXPIRATION_DATE', result.expirationDate]
  ]
  return entries
    .map(([name, value]) => {
      const text = value ?? ''
      if (PLAIN_VALUE.test(text)) return `${name}=${text}\n`
      warn(
        `${name} is left empty in the dotenv file: the server's value has characters a dotenv file cannot hold safely.`
      )
      return `${name}=\n`
    })
    .join('')
}

/** Writes one output of a run; a failure is one error line and turns a successful exit code into 1. */
export async function writeOutput(
  run: { exitCode: number },
  error: (line: string) => void,
  what: string,
  write: () => Promise<unknown>
): Promise<boolean> {
  try {
    await write()
    return true
  } catch (failure) {
    error(`Could not write ${what}: ${(failure as Error).message}.`)
    if (run.exitCode === EXIT.ok) run.exitCode = EXIT.failed
    return false
  }
}
