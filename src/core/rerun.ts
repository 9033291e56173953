import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError, DeliveryError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import {
  NEUTRAL_NAMING,
  type DeliveredFile,
  type DeliveryEvents,
  type DeliveryOptions,
  type DeliveryResult,
  type Recipients
} from './contract.js'
import { checksumAlgorithm, digestFile } from './checksum.js'
import type { LocalFile } from './files.js'
import { hashAll } from './upload.js'

/**
 * Never twice, across re-runs: on a re-run of a job, a transfer that an earlier attempt finalized
 * (and then failed, e.g. while polling) is found among the sender's newest transfers and published
 * instead of being sent again.
 */

/** Entries per page of the sender's transfer list (newest first; the API's maximum). */
export const LOOKUP_PAGE_SIZE = 100
/** Pages read at most: past them the lookup is incomplete, and a re-run does not deliver again. */
export const LOOKUP_MAX_PAGES = 10
/** An earlier attempt's transfer older than this is not taken for this delivery. */
export const MAX_AGE_MS = 24 * 60 * 60 * 1000
/** The time zone of a tracking id's time stamp is not known: a day either side is allowed. */
const ZONE_SLACK_MS = 24 * 60 * 60 * 1000

/** Whether this run is a re-run of the job (`GITHUB_RUN_ATTEMPT` > 1). */
export function isRerunAttempt(env: Record<string, string | undefined>): boolean {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '')
  return Number.isInteger(attempt) && attempt > 1
}

/** What a transfer must contain to be this delivery. */
export interface Wanted {
  recipients: Recipients
  files: DeliveredFile[]
  /** The confidential message's text, if one is sent (its file is not one of `files`). */
  confidentialMessage?: string
}

/** Digests of the local files in one algorithm (`sha256`, `sha512`, ...), by file name. */
export type DigestsOf = (algorithm: string) => Promise<Map<string, string>>

/** Whether a transfer is this delivery; `older`: it is not, being older than a day. */
export type Match = { matches: true } | { matches: false; why: string; older?: boolean }

/**
 * Looks for a transfer an earlier attempt of this job delivered, when `lookForEarlierDelivery` is
 * set; the result to publish when there is one. The sender's transfers are read page by page until
 * they are older than a day. A lookup that cannot be completed (refused, failed, too many recent
 * transfers) cannot rule out an earlier delivery: the run fails before anything is created, naming
 * "deliver-again".
 */
export async function earlierDelivery(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: DeliveryEvents,
  now: number = Date.now()
): Promise<DeliveryResult | undefined> {
  if (!options.lookForEarlierDelivery) return undefined
  const sender = options.senderEmail
  const cannotRuleOut = (why: string, cause?: unknown): DeliveryError =>
    new DeliveryError(
      're-run check',
      `This is a re-run, and this run could not check whether an earlier attempt already delivered these files (${why}), so it sends nothing: they may have been delivered already. Check the sender's transfers on the server; to send anyway, set ${(events.naming ?? NEUTRAL_NAMING).setting('deliver-again', 'true')}.`,
      cause
    )
  const failure = (error: unknown): string =>
    error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message

  const files = await hashAll(options.files)
  const wanted: Wanted = { recipients: options.recipients, files, confidentialMessage: options.confidentialMessage }
  const digestsOf = localDigests(options.files, files)
  let looked = 0
  for (let page = 1; page <= LOOKUP_MAX_PAGES; page++) {
    let list: unknown[]
    try {
      list = await client.listTransfers(sender, page, LOOKUP_PAGE_SIZE)
    } catch (error) {
      throw cannotRuleOut(`the list of the sender's transfers: ${failure(error)}`, error)
    }
    looked += list.length
    let older = false
    for (const entry of list) {
      const basic = record(entry)
      const trackingId = typeof basic?.trackingId === 'string' && basic.trackingId ? basic.trackingId : undefined
      if (!basic || !trackingId) {
        events.debug('Re-run check: a transfer list entry without a tracking id was skipped.')
        continue
      }
      const early = screen(basic, wanted, now)
      if (!early.matches) {
        older ||= early.older === true
        events.debug(`Re-run check: transfer ${trackingId} skipped: ${early.why}.`)
        continue
      }
      let status: unknown
      try {
        status = await client.transferStatus(client.transferUrl(sender, trackingId))
      } catch (error) {
        if (error instanceof CryptshareError && error.status === 404) {
          events.debug(`Re-run check: transfer ${trackingId} skipped: its status answers 404.`)
          continue
        }
        throw cannotRuleOut(`the status of transfer ${trackingId}: ${failure(error)}`, error)
      }
      const match = await matchTransfer(status, wanted, digestsOf, now)
      if (!match.matches) {
        events.debug(`Re-run check: transfer ${trackingId} skipped: ${match.why}.`)
        continue
      }
      const result = resultOf(trackingId, basic, status, files, events)
      events.notice(
        `Transfer ${trackingId} (state ${result.state}) with the same recipients and files was delivered by an earlier attempt of this job: it is published as this run's result instead of being sent again. Set ${(events.naming ?? NEUTRAL_NAMING).setting('deliver-again', 'true')} to send anyway.`
      )
      return result
    }
    // Newest first: a short page is the end of the list, an older transfer the end of the window.
    if (list.length < LOOKUP_PAGE_SIZE || older) {
      events.debug(`Re-run check: none of the sender's ${looked} newest transfers is this delivery.`)
      return undefined
    }
  }
  throw cannotRuleOut(
    `the sender has more than ${looked} transfers from the last day, more than this run reads (${LOOKUP_MAX_PAGES} pages of ${LOOKUP_PAGE_SIZE})`
  )
}

/** States of a transfer that recipients did not (or no longer) get: never taken as the delivery. */
function gone(state: unknown): boolean {
  return typeof state === 'string' && (state.toUpperCase() === 'FAILED' || state.toUpperCase().startsWith('DELETED'))
}

/** What the list entry alone tells: age, state and recipients (as one set), when it has them. */
export function screen(entry: Record<string, unknown>, wanted: Wanted, now: number): Match {
  const age = young(entry, now)
  if (!age.matches) return age
  if (gone(entry.state)) return { matches: false, why: `its state is ${String(entry.state)}` }
  const recipients = mailSet(entry.recipients)
  if (recipients && !sameSet(recipients, allRecipients(wanted.recipients)))
    return { matches: false, why: 'other recipients' }
  return { matches: true }
}

/** Compares a transfer status (`GET …/transfers/{id}`) with what this delivery would send. */
export async function matchTransfer(
  status: unknown,
  wanted: Wanted,
  digestsOf: DigestsOf,
  now: number
): Promise<Match> {
  const outer = record(status)
  const transfer = record(outer?.transfer)
  const state = record(outer?.status)
  if (!transfer) return { matches: false, why: 'the status has no transfer object' }
  if (gone(state?.state)) return { matches: false, why: `its state is ${String(state?.state)}` }
  const age = young({ ...transfer, ...state }, now)
  if (!age.matches) return age

  const recipients = sameRecipients(transfer.recipients, state?.recipients, wanted.recipients)
  if (!recipients.matches) return recipients

  const algorithm = checksumAlgorithm(transfer.fileChecksumAlgorithm)
  if (!algorithm) return { matches: false, why: `unknown checksum algorithm ${String(transfer.fileChecksumAlgorithm)}` }
  if (!Array.isArray(transfer.files)) return { matches: false, why: 'the status lists no files' }
  const messageId = typeof transfer.confidentialMessageFileId === 'string' ? transfer.confidentialMessageFileId : ''
  const entries = transfer.files.map(record)
  if (entries.some((f) => f === undefined)) return { matches: false, why: 'a file entry is not an object' }
  let theirs = (entries as Record<string, unknown>[]).filter((f) => !messageId || f.id !== messageId)
  if (wanted.confidentialMessage && !messageId) theirs = withoutMessageFile(theirs, wanted)
  if (theirs.length !== wanted.files.length)
    return { matches: false, why: `${theirs.length} file(s), not ${wanted.files.length}` }

  const digests = await digestsOf(algorithm)
  const unmatched = [...theirs]
  for (const file of wanted.files) {
    const index = unmatched.findIndex(
      (f) =>
        f.fileName === file.name &&
        toSize(f.size) === file.size &&
        typeof f.checksum === 'string' &&
        f.checksum.toLowerCase() === digests.get(file.name)
    )
    if (index < 0) return { matches: false, why: `no file ${file.name} with the same size and checksum` }
    unmatched.splice(index, 1)
  }
  return { matches: true }
}

/** to/cc/bcc as sets where the transfer names them; else every recipient of the status as one set. */
function sameRecipients(transferRecipients: unknown, statusRecipients: unknown, wanted: Recipients): Match {
  const roles = record(transferRecipients)
  if (roles && (['to', 'cc', 'bcc'] as const).some((role) => Array.isArray(roles[role]))) {
    for (const role of ['to', 'cc', 'bcc'] as const) {
      const theirs = roles[role] === undefined || roles[role] === null ? new Set<string>() : mailSet(roles[role])
      if (!theirs) return { matches: false, why: `its ${role} recipients are not a list of addresses` }
      if (!sameSet(theirs, lowerSet(wanted[role]))) return { matches: false, why: `other ${role} recipients` }
    }
    return { matches: true }
  }
  const flat = mailSet(statusRecipients)
  if (!flat) return { matches: false, why: 'the status names no recipients' }
  return sameSet(flat, allRecipients(wanted)) ? { matches: true } : { matches: false, why: 'other recipients' }
}

/**
 * The API (1.8) gives a transfer no creation date. Where a server names one, a transfer older
 * than a day is not this delivery; where none is named, the tracking id's time stamp
 * (`YYYYMMDD-HHMMSS-…`, in a zone not known: a day either side) tells; where neither does, age
 * cannot be told and the transfer counts as recent.
 */
function young(fields: Record<string, unknown>, now: number): Match {
  for (const key of ['creationDate', 'createdAt', 'created', 'finalizationDate', 'finalizedAt']) {
    const value = fields[key]
    if (typeof value !== 'string' && typeof value !== 'number') continue
    const at = new Date(value).getTime()
    if (Number.isNaN(at)) continue
    return now - at < MAX_AGE_MS
      ? { matches: true }
      : { matches: false, why: `it is older than a day (${key} ${value})`, older: true }
  }
  const stamped = trackingIdTime(fields.trackingId)
  if (stamped !== undefined && now - stamped >= MAX_AGE_MS + ZONE_SLACK_MS)
    return { matches: false, why: 'its tracking id dates it more than two days back', older: true }
  return { matches: true }
}

/** The time a tracking id `YYYYMMDD-HHMMSS-…` names, read as UTC; undefined for another shape. */
export function trackingIdTime(trackingId: unknown): number | undefined {
  const m = typeof trackingId === 'string' ? /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-/.exec(trackingId) : null
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number)
  const at = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(at)
  // 20241340-…: not a date
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60
    ? at
    : undefined
}

/** Drops the one file that looks like the confidential message, when the server does not mark it. */
function withoutMessageFile(files: Record<string, unknown>[], wanted: Wanted): Record<string, unknown>[] {
  const size = Buffer.byteLength(wanted.confidentialMessage ?? '', 'utf8')
  const names = new Set(wanted.files.map((f) => f.name))
  const index = files.findIndex(
    (f) =>
      typeof f.fileName === 'string' &&
      /^confidential-message(-\d+)?\.txt$/.test(f.fileName) &&
      !names.has(f.fileName) &&
      toSize(f.size) === size
  )
  return index < 0 ? files : files.filter((_, i) => i !== index)
}

/** Local digests per algorithm, computed once each; SHA-256 is already known. */
function localDigests(local: LocalFile[], hashed: DeliveredFile[]): DigestsOf {
  const cache = new Map<string, Promise<Map<string, string>>>()
  cache.set('sha256', Promise.resolve(new Map(hashed.map((f) => [f.name, f.sha256.toLowerCase()]))))
  return (algorithm) => {
    let digests = cache.get(algorithm)
    if (!digests) {
      digests = Promise.all(
        local.map(async (f) => [f.name, (await digestFile(f.absolutePath, [algorithm]))[algorithm]] as const)
      ).then((pairs) => new Map(pairs))
      cache.set(algorithm, digests)
    }
    return digests
  }
}

/** The earlier transfer as this step's result: its id, state, links and expiry; our files. */
function resultOf(
  trackingId: string,
  entry: Record<string, unknown>,
  status: unknown,
  files: DeliveredFile[],
  events: DeliveryEvents
): DeliveryResult {
  const outer = record(status)
  const transfer = record(outer?.transfer)
  const state = record(outer?.status)
  const downloadUrls = []
  for (const recipient of Array.isArray(state?.recipients) ? state.recipients : []) {
    const r = record(recipient)
    if (typeof r?.downloadUrl !== 'string' || !r.downloadUrl) continue
    events.secret(r.downloadUrl)
    downloadUrls.push({ recipient: typeof r.mail === 'string' ? r.mail : '', url: r.downloadUrl })
  }
  const names = new Map<unknown, string>()
  for (const file of Array.isArray(transfer?.files) ? transfer.files : []) {
    const f = record(file)
    if (typeof f?.fileName === 'string') names.set(f.id, f.fileName)
  }
  const removedFiles = (Array.isArray(state?.files) ? state.files : [])
    .map(record)
    .filter((f) => f?.removed === true)
    .map((f) => ({
      name: names.get(f?.id) ?? (typeof f?.id === 'string' ? f.id : '(unknown file)'),
      cause: typeof f?.removalCause === 'string' ? f.removalCause : 'no cause given'
    }))
  const security = record(record(transfer?.securityMode)?.config)
  const password = typeof security?.password === 'string' && security.password ? security.password : undefined
  if (password) events.secret(password)
  const stateName = [state?.state, entry.state].find((s) => typeof s === 'string' && s) as string | undefined
  return {
    dryRun: false,
    trackingId,
    state: stateName ?? 'UNKNOWN',
    downloadUrls,
    files,
    password,
    expirationDate: typeof transfer?.expirationDate === 'string' ? transfer.expirationDate : undefined,
    removedFiles
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** Lower-case addresses of a list of `{mail}` (or plain strings); undefined when it is not such a list. */
function mailSet(value: unknown): Set<string> | undefined {
  if (!Array.isArray(value)) return undefined
  const set = new Set<string>()
  for (const item of value) {
    const mail = typeof item === 'string' ? item : record(item)?.mail
    if (typeof mail !== 'string' || !mail) return undefined
    set.add(mail.toLowerCase())
  }
  return set
}

function lowerSet(list: string[]): Set<string> {
  return new Set(list.map((m) => m.toLowerCase()))
}

function allRecipients(recipients: Recipients): Set<string> {
  return lowerSet([...recipients.to, ...recipients.cc, ...recipients.bcc])
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x))
}

function toSize(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return undefined
}
