import * as core from '@actions/core'
import type { DeliveryResult, Recipients } from '../core/contract.js'
import { humanSize } from '../core/files.js'

/**
 * Writes the job summary: tracking id, state, recipients, expiration and the files with size
 * and SHA-256. Never download URLs or the password. Does nothing without GITHUB_STEP_SUMMARY.
 */
export async function writeSummary(result: DeliveryResult, recipients: Recipients): Promise<void> {
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
  summary.addTable([
    [
      { data: 'File', header: true },
      { data: 'Path', header: true },
      { data: 'Size', header: true },
      { data: 'SHA-256', header: true }
    ],
    ...result.files.map((f) => [
      escapeHtml(f.name),
      escapeHtml(f.path),
      `${humanSize(f.size)} (${f.size} bytes)`,
      `<code>${f.sha256}</code>`
    ])
  ])
  if (result.removedFiles.length) {
    summary.addRaw(
      `<p>Removed by the server during processing: ${result.removedFiles.map((f) => `${escapeHtml(f.name)} (${escapeHtml(f.cause)})`).join(', ')}</p>`,
      true
    )
  }
  await summary.write()
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
