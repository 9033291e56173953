import * as core from '@actions/core'
import type { DeliveryResult, Recipients } from '../core/contract.js'
import { humanSize } from '../core/files.js'
import { escapeControls } from '../core/log-text.js'

/**
 * Writes the job summary: tracking id, state, recipients, expiration and the files with size
 * and SHA-256 (as many as fit; the rest are in `filesList`). Never download URLs or the password.
 * Does nothing without GITHUB_STEP_SUMMARY.
 */
export async function writeSummary(result: DeliveryResult, recipients: Recipients, filesList: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const who = [
    ...recipients.to.map((r) => `${r} (to)`),
    ...recipients.cc.map((r) => `${r} (cc)`),
    ...recipients.bcc.map((r) => `${r} (bcc)`)
  ]
  const summary = core.summary.addHeading(result.dryRun ? 'Cryptshare delivery (dry run)' : 'Cryptshare delivery', 2)
  const facts: [string, string][] = result.dryRun
    ? [['Result', 'Dry run: sender verified and policy checked; nothing was sent']]
    : [
        ['Tracking id', result.trackingId ?? ''],
        ['State', result.state ?? ''],
        ['Expires', result.expirationDate ?? '(server default)']
      ]
  facts.push(['Recipients', who.join(', ')])
  summary.addTable([
    [
      { data: 'Field', header: true },
      { data: 'Value', header: true }
    ],
    ...facts.map(([k, v]) => [k, escapeHtml(v)])
  ])
  const rows = rowsWithin(
    result.files.map((f) => [
      escapeHtml(f.name),
      escapeHtml(f.path),
      `${humanSize(f.size)} (${f.size} bytes)`,
      `<code>${f.sha256}</code>`
    ]),
    SUMMARY_FILE_ROWS_MAX_BYTES
  )
  summary.addTable([
    [
      { data: 'File', header: true },
      { data: 'Path', header: true },
      { data: 'Size', header: true },
      { data: 'SHA-256', header: true }
    ],
    ...rows
  ])
  if (rows.length < result.files.length) {
    const cut = `${result.files.length - rows.length} more file(s) are not shown here (GitHub drops a job summary over 1 MiB)`
    summary.addRaw(`<p>${cut}; every file is listed in ${escapeHtml(filesList)} (the "files-list" output).</p>`, true)
    core.warning(
      escapeControls(
        `The job summary shows the first ${rows.length} of ${result.files.length} files (GitHub drops a summary over 1 MiB); every file is listed in ${filesList} (the "files-list" output).`
      )
    )
  }
  if (result.removedFiles.length) {
    summary.addRaw(
      `<p>Removed by the server during processing: ${result.removedFiles.map((f) => `${escapeHtml(f.name)} (${escapeHtml(f.cause)})`).join(', ')}</p>`,
      true
    )
  }
  await summary.write()
}

/** The file table's share of the job summary: GitHub drops a summary over 1 MiB (1,048,576 bytes). */
export const SUMMARY_FILE_ROWS_MAX_BYTES = 700_000

/** The first rows whose HTML (`<tr><td>…</td>…</tr>`, as `core.summary` writes it) fits in `maxBytes`. */
function rowsWithin(rows: string[][], maxBytes: number): string[][] {
  let bytes = 0
  let count = 0
  for (const row of rows) {
    bytes += Buffer.byteLength(row.join('')) + row.length * '<td></td>'.length + '<tr></tr>'.length
    if (bytes > maxBytes) break
    count++
  }
  return rows.slice(0, count)
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
