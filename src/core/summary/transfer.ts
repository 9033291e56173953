// The summaries of the commands after a delivery: the status (who downloaded which file, when)
// and the revocation. A deleted or revoked transfer is never reported as "all downloaded".
import type { CommandOutcome } from '../commands/transfer.js'
import type { RevokeResult } from '../revoke.js'
import type { TransferReport } from '../transfer-report.js'
import { dateTime, expiry } from './dates.js'
import { code, count, table, text } from './markdown.js'

/** A transfer whose files are gone (revoked, expired, deleted) or never became downloadable. */
export function isGone(state: string): boolean {
  return state.startsWith('DELETED') || state === 'FAILED'
}

/** What a state means for the recipients, in words. */
export function stateInWords(state: string): string {
  switch (state) {
    case 'ACTIVE':
      return 'active: the recipients can download the files'
    case 'PROCESSING':
      return 'still being processed by the server: the recipients cannot download yet'
    case 'FAILED':
      return 'failed: the server could not process any file; nothing can be downloaded'
    case 'DELETED_BY_REVOCATION':
      return 'revoked: its files are deleted and can no longer be downloaded'
    case 'DELETED_BY_EXPIRATION':
      return 'expired: its files are deleted'
    case 'DELETED_BY_ADMIN':
      return 'deleted by an administrator: its files can no longer be downloaded'
    case 'DELETED_BY_SECURITY':
      return 'deleted for security reasons: its files can no longer be downloaded'
    default:
      return `in state ${text(state)}`
  }
}

export function statusSummary(outcome: CommandOutcome<TransferReport>, now: number): string {
  const report = outcome.value
  if (!report) return `${failureLine('Transfer status not read', outcome)}\n`
  const transfer = `Transfer ${code(report.trackingId)}`
  const gone = isGone(report.state)
  const recipients = report.downloads.length
  const files = report.downloads[0]?.files.length ?? 0
  const downloaded = report.downloads.reduce((n, r) => n + r.files.filter((f) => f.downloads.length).length, 0)
  const cells = recipients * files
  let line: string
  if (gone) line = `🗑️ ${transfer} is ${stateInWords(report.state)}.`
  else if (report.allDownloaded)
    line = `✅ ${transfer}: every recipient has downloaded every file (${count(recipients, 'recipient')}, ${count(files, 'file')}); ${expiry(report.expirationDate, now)}.`
  else
    line = `⏳ ${transfer} is ${stateInWords(report.state)}; ${downloaded} of ${cells} downloads done; ${expiry(report.expirationDate, now)}.`
  if (gone && cells) line += ` Before that, ${downloaded} of ${cells} downloads were done.`
  if (outcome.status !== 'ok' && outcome.message) line += ` ${text(outcome.message)}`
  if (outcome.revoked)
    line += ` Revoked on ${text(dateTime(outcome.revoked.at))} once every file was downloaded (revoke-when-downloaded; the recipients were not notified).`
  const header = ['Recipient', ...(report.downloads[0]?.files.map((f) => text(f.name)) ?? [])]
  const rows = report.downloads.map((r) => [
    text(r.recipient),
    ...r.files.map((f) =>
      f.downloads[0] ? `downloaded ${text(dateTime(f.downloads[0]))}` : gone ? 'not downloaded' : 'not yet'
    )
  ])
  return cells ? `${line}\n\n${table(header, rows)}\n` : `${line}\n`
}

export function revokeSummary(outcome: CommandOutcome<RevokeResult>, now: number): string {
  const result = outcome.value
  if (!result || outcome.status !== 'ok') return `${failureLine('Not revoked', outcome)}\n`
  const transfer = `Transfer ${code(result.trackingId)}`
  if (result.revoked)
    return `🗑️ ${transfer} was revoked on ${text(dateTime(new Date(now).toISOString()))}: its files are deleted and can no longer be downloaded.\n`
  return `➖ Nothing to revoke: ${transfer} is ${stateInWords(result.state)}.\n`
}

function failureLine(what: string, outcome: CommandOutcome<unknown>): string {
  const why = outcome.message ? ` ${text(outcome.message)}` : ''
  return outcome.status === 'cancelled' ? `⏹️ **${what}: cancelled.**${why}` : `❌ **${what}.**${why}`
}
