// The sub-actions after a delivery: `revoke/action.yml` and `status/action.yml`.
import * as runner from './runner.js'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { statementText, type Statement } from '../core/receipt/statement.js'
import { runRevoke as revokeCommand, runStatus as statusCommand } from '../core/commands/transfer.js'
import { escapeControls, logText } from '../core/log-text.js'
import type { TransferReport } from '../core/transfer-report.js'
import { actionHost, cancelOnSignals, maskSecretInputs } from './host.js'
import { ACTION_NAMING, rawInput } from './inputs.js'
import { revokeSummary, statusSummary } from '../core/summary/transfer.js'
import { appendSummary } from './summary.js'

export async function runRevoke(): Promise<void> {
  maskSecretInputs()
  const cancellation = cancelOnSignals('the step')
  try {
    const outcome = await revokeCommand(inputs(), actionHost(cancellation.signal))
    await appendSummary(revokeSummary(outcome, Date.now()))
    if (outcome.value) runner.setOutput('state', outcome.value.state)
    if (outcome.status !== 'ok') fail(outcome.message ?? 'The revocation was cancelled.')
  } finally {
    cancellation.dispose()
  }
}

export async function runStatus(): Promise<void> {
  maskSecretInputs()
  const cancellation = cancelOnSignals('the step')
  try {
    const outcome = await statusCommand(inputs(), actionHost(cancellation.signal), 'github-action')
    if (outcome.value) publish(outcome.value)
    if (outcome.revoked) runner.setOutput('state', outcome.revoked.state)
    runner.setOutput('retrieval-record-path', await writeRecord(outcome.record))
    await appendSummary(statusSummary(outcome, Date.now()))
    if (outcome.status === 'cancelled' && outcome.value)
      fail('The status step was cancelled; its outputs are those of the last status read.')
    else if (outcome.status !== 'ok') fail(outcome.message ?? 'The status step was cancelled.')
  } finally {
    cancellation.dispose()
  }
}

/** Writes the retrieval record to the runner's temporary folder; returns its path ('' without one). */
async function writeRecord(record: Statement<unknown> | undefined): Promise<string> {
  if (!record) return ''
  const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `cryptshare-retrieval-${randomUUID()}.intoto.json`)
  try {
    await writeFile(file, statementText(record))
    return file
  } catch (error) {
    runner.warning(escapeControls(`Could not write the retrieval record to ${file}: ${(error as Error).message}.`))
    return ''
  }
}

function inputs(): { get(name: string): string; naming: typeof ACTION_NAMING } {
  return { get: (name) => rawInput(process.env, name), naming: ACTION_NAMING }
}

function fail(message: string): void {
  runner.setFailed(escapeControls(message))
}

function publish(report: TransferReport): void {
  runner.setOutput('state', report.state)
  runner.setOutput('expiration-date', report.expirationDate ?? '')
  runner.setOutput('downloads', JSON.stringify(report.downloads))
  runner.setOutput('all-downloaded', String(report.allDownloaded))
  runner.info(
    logText(`Transfer ${report.trackingId} is ${report.state}; every file downloaded: ${report.allDownloaded}.`)
  )
}
