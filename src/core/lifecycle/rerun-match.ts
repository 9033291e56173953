// Whether a transfer is this delivery: read from the raw list entry and transfer status (the
// client's typed readers come later), compared by age, state, recipients and files.
import type { DeliveredFile, Recipients } from '../contract.js'
import { checksumAlgorithm } from './checksum.js'

/** An earlier attempt's transfer older than this is not taken for this delivery. */
export const MAX_AGE_MS = 24 * 60 * 60 * 1000
/** The time zone of a tracking id's time stamp is not known: a day either side is allowed. */
const ZONE_SLACK_MS = 24 * 60 * 60 * 1000

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
export type Comparison = { matches: true } | { matches: false; why: string; older?: boolean }

/** States of a transfer that recipients did not (or no longer) get: never taken as the delivery. */
function isUnavailable(state: unknown): boolean {
  return typeof state === 'string' && (state.toUpperCase() === 'FAILED' || state.toUpperCase().startsWith('DELETED'))
}

/** What the list entry alone tells: age, state and recipients (as one set), when it has them. */
export function matchListEntry(entry: Record<string, unknown>, wanted: Wanted, now: number): Comparison {
  const age = recentEnough(entry, now)
  if (!age.matches) return age
  if (isUnavailable(entry.state)) return { matches: false, why: `its state is ${String(entry.state)}` }
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
): Promise<Comparison> {
  const outer = record(status)
  const transfer = record(outer?.transfer)
  const state = record(outer?.status)
  if (!transfer) return { matches: false, why: 'the status has no transfer object' }
  if (isUnavailable(state?.state)) return { matches: false, why: `its state is ${String(state?.state)}` }
  const age = recentEnough({ ...transfer, ...state }, now)
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
function sameRecipients(transferRecipients: unknown, statusRecipients: unknown, wanted: Recipients): Comparison {
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
function recentEnough(fields: Record<string, unknown>, now: number): Comparison {
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

/** A raw answer's object, if it is one. */
export function record(value: unknown): Record<string, unknown> | undefined {
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
