// The job summaries: the core writes the Markdown, this file appends it to GITHUB_STEP_SUMMARY
// (nothing without it) and says when GitHub's 1 MiB limit left files out.
import * as runner from './runner.js'
import { appendFile } from 'node:fs/promises'
import type { DeliveryOutcome } from '../core/commands/deliver.js'
import type { Recipients } from '../core/contract.js'
import { escapeControls } from '../core/log-text.js'
import { deliverySummary } from '../core/summary/delivery.js'
import { code, text } from '../core/summary/markdown.js'

/** The file table's share of the job summary: GitHub drops a summary over 1 MiB (1,048,576 bytes). */
export const SUMMARY_FILE_ROWS_MAX_BYTES = 700_000

/** The delivery's summary: its verdict first, then the transfer and the files (as many as fit; all are in `filesList`). */
export async function writeDeliverySummary(
  outcome: DeliveryOutcome,
  recipients: Recipients | undefined,
  filesList: string,
  receiptPath = ''
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = deliverySummary(outcome, {
    recipients,
    now: Date.now(),
    maxFileRowBytes: SUMMARY_FILE_ROWS_MAX_BYTES
  })
  let markdown = summary.markdown
  if (receiptPath)
    markdown += `\nDelivery receipt (an in-toto statement to archive or sign): ${code(receiptPath)}, the "receipt-path" output.\n`
  const { filesShown: shown, filesTotal: total } = summary
  if (shown < total) {
    markdown += `\n${total - shown} more file(s) are not shown here (GitHub drops a job summary over 1 MiB); every file is listed in ${text(filesList)} (the "files-list" output).\n`
    runner.warning(
      escapeControls(
        `The job summary shows the first ${shown} of ${total} files (GitHub drops a summary over 1 MiB); every file is listed in ${filesList} (the "files-list" output).`
      )
    )
  }
  await appendSummary(markdown)
}

/** Appends Markdown to the job summary, set apart from what earlier steps wrote. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) await appendFile(file, `\n${markdown}`)
}
