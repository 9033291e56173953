// The delivery summary: one verdict line first (delivered, partly delivered, not delivered,
// uncertain, cancelled, dry run), then the transfer's facts and one row per file with what
// became of it. Never a password, a download URL or a token: only what may be archived.
import type { DeliveredFile, DeliveryResult, Recipients } from '../contract.js'
import type { DeliveryOutcome } from '../commands/deliver.js'
import { humanSize } from '../files.js'
import { expiry, longDate } from './dates.js'
import { code, count, rowBytes, table, text } from './markdown.js'

export interface DeliverySummaryContext {
  /** The recipients asked for (unknown when the options could not be read). */
  recipients?: Recipients
  now: number
  /** The most bytes the file rows may take (a GitHub job summary over 1 MiB is dropped). */
  maxFileRowBytes?: number
}

export interface DeliverySummary {
  markdown: string
  /** How many file rows the summary shows, of how many files. */
  filesShown: number
  filesTotal: number
}

export function deliverySummary(outcome: DeliveryOutcome, context: DeliverySummaryContext): DeliverySummary {
  const { result } = outcome
  const files = result?.files ?? []
  const rows = fileRows(outcome, context.maxFileRowBytes ?? Infinity)
  const parts = [verdictLine(outcome, context)]
  const facts = result ? factRows(result, context) : []
  if (facts.length) parts.push(table(['', ''], facts))
  if (rows.length) parts.push(table(['File', 'Size', 'SHA-256', 'Status'], rows))
  return { markdown: `${parts.join('\n\n')}\n`, filesShown: rows.length, filesTotal: files.length }
}

/** The first line: what happened, for whom, until when, in words. */
export function verdictLine(outcome: DeliveryOutcome, context: DeliverySummaryContext): string {
  const { status, result, message } = outcome
  const why = message ? ` ${text(sentence(message))}` : ''
  const transfer = result?.trackingId ? ` transfer ${code(result.trackingId)}` : ''
  const to = recipientCount(context.recipients)
  switch (status) {
    case 'dry-run':
      return `🧪 **Dry run: nothing was sent.** The sender is verified and the server's policy allows ${count(result?.files.length ?? 0, 'file')}${to ? ` to ${to}` : ''}.`
    case 'nothing-sent':
      return `➖ **Nothing delivered: no file matched the pattern.** Nothing was sent.`
    case 'cancelled':
      return `⏹️ **Not delivered: the run was cancelled before anything was sent.**${why}`
    case 'uncertain':
      return `❓ **Delivery uncertain:** finalize was sent for${transfer}, but whether the server made it a transfer is not known. Check${transfer || ' it'} on the server before running the delivery again.${why}`
    case 'failed':
      if (!result?.state)
        return `❌ **Not delivered.**${why}${/nothing was sent/i.test(why) ? '' : ' Nothing was sent.'}`
      if (result.state === 'FAILED')
        return `❌ **Not delivered:** the server could not process any file of${transfer} (state FAILED); nothing can be downloaded.${removedInWords(result)}`
      if (result.removedFiles.length) return partly(result, to, context)
      return `⚠️ **Sent, but not available yet:**${transfer} is ${text(result.state)}.${why}`
    case 'delivered':
      if (!result) return `✅ **Delivered.**`
      if (result.removedFiles.length) return partly(result, to, context)
      if (outcome.failed) return `⚠️ **Sent as${transfer}, but the run did not end cleanly.**${why}`
      if (result.state !== 'ACTIVE')
        return `✅ **Sent**${to ? ` to ${to}` : ''} as${transfer}, ${text(result.state ?? 'state unknown')}: the server is still checking the files and notifies the recipients once it is ACTIVE; ${expiry(result.expirationDate, context.now)}.`
      return `✅ **Delivered** ${count(result.files.length, 'file')}${to ? ` to ${to}` : ''} as${transfer}; ${expiry(result.expirationDate, context.now)}.`
  }
}

function partly(result: DeliveryResult, to: string, context: DeliverySummaryContext): string {
  const kept = result.files.length - result.removedFiles.length
  return `⚠️ **Partly delivered:** ${count(Math.max(kept, 0), 'file')}${to ? ` to ${to}` : ''} as transfer ${code(result.trackingId ?? '')}; ${expiry(result.expirationDate, context.now)}.${removedInWords(result)}`
}

function removedInWords(result: DeliveryResult): string {
  if (!result.removedFiles.length) return ''
  const each = result.removedFiles.map((f) => `${text(f.name)} (${removalCause(f.cause)})`)
  return ` The server removed ${each.join(', ')}.`
}

/** A removal cause the server gives, in words, with its own code. */
export function removalCause(cause: string): string {
  const words = /checksum/i.test(cause)
    ? 'its checksum did not match what was sent: something between here and the server altered the upload'
    : /virus|malware|infect/i.test(cause)
      ? 'a virus scan on the server rejected it'
      : "rejected by the server's pre-processing, e.g. a virus scan"
  return `${words}; ${code(cause)}`
}

function factRows(result: DeliveryResult, context: DeliverySummaryContext): string[][] {
  const rows: string[][] = []
  if (result.trackingId) rows.push(['Tracking id', code(result.trackingId)])
  if (result.state) rows.push(['State', text(result.state)])
  if (result.expirationDate)
    rows.push(['Expires', `${text(longDate(result.expirationDate))} (${text(result.expirationDate)})`])
  const who = recipientList(context.recipients)
  if (who) rows.push(['Recipients', who])
  return rows
}

function fileRows(outcome: DeliveryOutcome, maxBytes: number): string[][] {
  const result = outcome.result
  if (!result) return []
  const removed = new Map(result.removedFiles.map((f) => [f.name, f.cause]))
  const rows: string[][] = []
  let bytes = 0
  for (const file of result.files) {
    const row = fileRow(file, fileStatus(outcome, removed.get(file.name)))
    bytes += rowBytes(row)
    if (bytes > maxBytes) break
    rows.push(row)
  }
  return rows
}

function fileRow(file: DeliveredFile, status: string): string[] {
  const size = humanSize(file.size)
  const exact = file.size < 1024 ? '' : ` (${file.size.toLocaleString('en-US')} bytes)`
  return [text(file.name), `${text(size)}${exact}`, code(file.sha256), status]
}

function fileStatus({ status, result }: DeliveryOutcome, removedCause: string | undefined): string {
  if (removedCause !== undefined) return `removed: ${removalCause(removedCause)}`
  if (status === 'dry-run') return 'checked, not sent'
  if (status === 'uncertain') return 'uploaded; transfer not confirmed'
  if (!result?.state) return 'not sent'
  return result.state === 'ACTIVE' ? 'delivered' : `sent (${text(result.state)})`
}

function recipientCount(recipients: Recipients | undefined): string {
  if (!recipients) return ''
  return count(recipients.to.length + recipients.cc.length + recipients.bcc.length, 'recipient')
}

function recipientList(recipients: Recipients | undefined): string {
  if (!recipients) return ''
  return [
    ...recipients.to.map((r) => `${text(r)} (to)`),
    ...recipients.cc.map((r) => `${text(r)} (cc)`),
    ...recipients.bcc.map((r) => `${text(r)} (bcc)`)
  ].join(', ')
}

/** A message as a sentence: ends with a full stop. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`
}
