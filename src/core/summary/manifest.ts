// The report of a manifest run: one verdict line for the run, then one row per delivery with its
// own verdict; and the per-delivery map the front-ends publish (nothing secret in it).
import type { EntryOutcome, ManifestOutcome } from '../commands/deliver-many.js'
import { verdictLine } from './delivery.js'
import { code, count, table, text } from './markdown.js'

export function manifestSummary(outcome: ManifestOutcome, now: number): string {
  const { entries } = outcome
  if (!entries.length)
    return `❌ **Not delivered.** ${text(outcome.message ?? 'The run failed.')}${/nothing was sent/i.test(outcome.message ?? '') ? '' : ' Nothing was sent.'}\n`
  const done = entries.filter((e) => !e.failed && e.status === 'delivered').length
  const failed = entries.filter((e) => e.failed)
  const line =
    outcome.status === 'dry-run'
      ? `🧪 **Dry run of ${count(entries.length, 'delivery', 'deliveries')}: nothing was sent.** Every entry's files, recipients and policy are checked.`
      : failed.length
        ? `⚠️ **${done} of ${count(entries.length, 'delivery', 'deliveries')} delivered**; not delivered or uncertain: ${failed.map((e) => text(e.name)).join(', ')}.`
        : `✅ **Delivered all ${count(entries.length, 'delivery', 'deliveries')}.**`
  const rows = entries.map((entry) => [
    text(entry.name),
    entry.result?.trackingId ? code(entry.result.trackingId) : '',
    String(entry.result?.files.length ?? 0),
    verdictLine(entry, { now })
  ])
  return `${line}\n\n${table(['Delivery', 'Tracking id', 'Files', 'Verdict'], rows)}\n`
}

export interface PublishedDelivery {
  status: EntryOutcome['status'] | 'skipped'
  trackingId?: string
  state?: string
  expirationDate?: string
  files: { name: string; path: string; size: number; sha256: string }[]
  removedFiles: { name: string; cause: string }[]
  error?: string
}

/** Name → what became of that delivery; no password, token or download URL. */
export function deliveriesMap(outcome: ManifestOutcome): Record<string, PublishedDelivery> {
  return Object.fromEntries(
    outcome.entries.map((entry) => [
      entry.name,
      {
        status: entry.skipped ? 'skipped' : entry.status,
        ...(entry.result?.trackingId ? { trackingId: entry.result.trackingId } : {}),
        ...(entry.result?.state ? { state: entry.result.state } : {}),
        ...(entry.result?.expirationDate ? { expirationDate: entry.result.expirationDate } : {}),
        files: (entry.result?.files ?? []).map(({ name, path, size, sha256 }) => ({ name, path, size, sha256 })),
        removedFiles: entry.result?.removedFiles ?? [],
        ...(entry.failed && entry.message ? { error: entry.message } : {})
      }
    ])
  )
}

/** Name → the secrets of that delivery (for a masked output or a 0600 file only). */
export function deliverySecrets(
  outcome: ManifestOutcome
): Record<string, { password?: string; downloadUrls: { recipient: string; url: string }[] }> {
  return Object.fromEntries(
    outcome.entries
      .filter((entry) => entry.result?.trackingId)
      .map((entry) => [
        entry.name,
        {
          ...(entry.result?.password ? { password: entry.result.password } : {}),
          downloadUrls: entry.result?.downloadUrls ?? []
        }
      ])
  )
}

/** The run's one error line: the reason it stopped, or which deliveries failed. */
export function manifestError(outcome: ManifestOutcome): string | undefined {
  if (!outcome.failed) return undefined
  if (!outcome.entries.length) return outcome.message ?? 'The run failed.'
  const failed = outcome.entries.filter((e) => e.failed)
  return `${failed.length} of ${outcome.entries.length} deliveries did not deliver: ${failed.map((e) => `"${e.name}" (${e.message ?? e.status})`).join('; ')}`
}
