// The main step with a manifest: many deliveries in one run. The core decides; this publishes
// the per-delivery map (and the passwords, masked), the receipts, the job summary and the result.
import * as runner from './runner.js'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { runManifest, type ManifestOutcome } from '../core/commands/deliver-many.js'
import { escapeControls } from '../core/log-text.js'
import { statementText } from '../core/receipt/statement.js'
import { deliveriesMap, deliverySecrets, manifestError, manifestSummary } from '../core/summary/manifest.js'
import { actionHost, cancelOnSignals } from './host.js'
import { ACTION_NAMING, isRerunAttempt, rawInput } from './inputs.js'
import { actionOwnFiles, filesListPath } from './outputs.js'
import { appendSummary } from './summary.js'

export async function runManifestStep(): Promise<void> {
  const cancellation = cancelOnSignals('the deliveries')
  let outcome: ManifestOutcome
  try {
    outcome = await runManifest(
      {
        run: { get: (name) => rawInput(process.env, name), naming: ACTION_NAMING },
        frontEnd: { senderName: 'GitHub Actions', workspace: process.env.GITHUB_WORKSPACE || process.cwd() },
        frontEndName: 'github-action',
        ownFiles: actionOwnFiles({ filesList: filesListPath() }),
        rerun: isRerunAttempt(process.env)
      },
      actionHost(cancellation.signal)
    )
  } finally {
    cancellation.dispose()
  }
  const deliveries = deliveriesMap(outcome)
  for (const entry of outcome.entries) {
    if (!entry.receipt) continue
    const file = path.join(
      process.env.RUNNER_TEMP || os.tmpdir(),
      `cryptshare-receipt-${entry.name}-${randomUUID()}.intoto.json`
    )
    try {
      await writeFile(file, statementText(entry.receipt))
      Object.assign(deliveries[entry.name], { receiptPath: file })
    } catch (error) {
      runner.warning(
        escapeControls(`Could not write the receipt of "${entry.name}" to ${file}: ${(error as Error).message}.`)
      )
    }
  }
  runner.setOutput('deliveries', JSON.stringify(deliveries))
  // Each password was masked when it became known.
  runner.setOutput('secrets', JSON.stringify(deliverySecrets(outcome)))
  await appendSummary(manifestSummary(outcome, Date.now()))
  const error = manifestError(outcome)
  if (error) runner.setFailed(escapeControls(error))
}
