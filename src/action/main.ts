import * as runner from './runner.js'
import type { DeliveryResult } from '../core/contract.js'
import { failedDelivery, runDelivery, type DeliveryOutcome } from '../core/commands/deliver.js'
import type { Host } from '../core/host.js'
import { writeDeliveredChecksums } from '../core/checksum-files.js'
import { statementText } from '../core/receipt/statement.js'
import { writeFile } from 'node:fs/promises'
import { escapeControls, logText } from '../core/log-text.js'
import { actionHost, cancelOnSignals, maskSecretInputs } from './host.js'
import { isRerunAttempt, rawInput, readInputs, type ActionInputs } from './inputs.js'
import { runManifestStep } from './manifest-step.js'
import { actionOwnFiles, checksumsPath, filesListPath, publishFiles, receiptPath, type ActionFiles } from './outputs.js'
import { FINALIZE_STATE, SESSION_STATE, type SavedSession } from './post.js'
import { writeDeliverySummary } from './summary.js'

/** The action's main step: inputs → the delivery command → outputs, summary and the step's result. */
export async function run(): Promise<void> {
  maskSecretInputs()
  if (rawInput(process.env, 'manifest')) return runManifestStep()
  const cancellation = cancelOnSignals('the delivery')
  const files: ActionFiles = { filesList: filesListPath(), checksumsFolder: checksumsPath(), receipt: receiptPath() }
  const { filesList } = files
  let outcome: DeliveryOutcome
  let inputs: ActionInputs | undefined
  try {
    inputs = readInputs()
    outcome = await runDelivery(
      {
        settings: inputs,
        ownFiles: actionOwnFiles(files),
        rerun: isRerunAttempt(process.env),
        frontEnd: 'github-action'
      },
      { ...actionHost(cancellation.signal), ...sessionTracking(inputs) }
    )
  } catch (error) {
    // The inputs could not be read: nothing was contacted.
    outcome = failedDelivery(error, false)
  } finally {
    cancellation.dispose()
  }
  const { status, result } = outcome
  if (status === 'nothing-sent') publish({ dryRun: false, downloadUrls: [], files: [], removedFiles: [] }, filesList)
  if (result) publish(result, filesList)
  runner.setOutput('checksums-path', await checksumFiles(files.checksumsFolder!, result, inputs))
  const receipt = await writeReceipt(files.receipt!, outcome)
  runner.setOutput('receipt-path', receipt)
  await writeDeliverySummary(outcome, inputs?.recipients, filesList, receipt)
  report(outcome)
}

/** Writes the checksum files of a transfer that exists; returns their folder ('' when none were written). */
async function checksumFiles(
  folder: string,
  result: DeliveryResult | undefined,
  inputs: ActionInputs | undefined
): Promise<string> {
  if (!inputs) return ''
  try {
    const written = await writeDeliveredChecksums(folder, result, inputs.checksumFiles.algorithms)
    if (written.length) runner.info(logText(`Checksum files: ${written.join(', ')} (the "checksums-path" output).`))
    return written.length ? folder : ''
  } catch (error) {
    runner.warning(escapeControls(`Could not write the checksum files to ${folder}: ${(error as Error).message}.`))
    return ''
  }
}

/** Writes the delivery receipt of a transfer that exists; returns its path ('' when there is none). */
async function writeReceipt(file: string, outcome: DeliveryOutcome): Promise<string> {
  if (!outcome.receipt) return ''
  try {
    await writeFile(file, statementText(outcome.receipt))
    runner.info(logText(`Delivery receipt: ${file} (the "receipt-path" output).`))
    return file
  } catch (error) {
    runner.warning(escapeControls(`Could not write the delivery receipt to ${file}: ${(error as Error).message}.`))
    return ''
  }
}

/** The step's result: failed with its one line, or a warning or info line about the transfer. */
function report({ status, failed, cancelled, byCancel, message, level }: DeliveryOutcome): void {
  if (status === 'cancelled' && byCancel)
    runner.setFailed(escapeControls(`The delivery was cancelled${message ? `: ${message}` : '.'}`))
  // The job is cancelled anyway: what became of a transfer sent before is the step's error line.
  // A failure met while cancelling is said as itself.
  else if (failed || (cancelled && message)) runner.setFailed(escapeControls(message ?? 'The delivery failed.'))
  else if (message && level === 'warning') runner.warning(escapeControls(message))
  else if (message) runner.info(logText(message))
}

/** What the post step is told about the session, saved as runner state. */
function sessionTracking(
  inputs: ActionInputs
): Pick<Host, 'sessionCreated' | 'tokenRenewed' | 'finalizeSent' | 'sessionClosed'> {
  let sessionToken = ''
  // What the post step is told about: an open session, or a finalize whose outcome is not out yet.
  let saved: { name: typeof SESSION_STATE | typeof FINALIZE_STATE; trackingId: string } | undefined
  const save = (name: typeof SESSION_STATE | typeof FINALIZE_STATE, trackingId: string): void => {
    saved = { name, trackingId }
    const session: SavedSession = {
      apiBase: inputs.apiBase,
      sender: inputs.senderEmail,
      trackingId,
      token: sessionToken
    }
    saveState(name, JSON.stringify(session))
  }
  return {
    sessionCreated: (trackingId, token) => {
      sessionToken = token
      save(SESSION_STATE, trackingId)
    },
    // A renewed token replaces the saved one: the post step may need it.
    tokenRenewed: (token) => {
      sessionToken = token
      if (saved) save(saved.name, saved.trackingId)
    },
    // Once finalize is sent the transfer may exist: the post step must not delete the session,
    // only report the transfer's status.
    finalizeSent: (trackingId) => {
      saveState(SESSION_STATE, '')
      save(FINALIZE_STATE, trackingId)
    },
    sessionClosed: (_trackingId, how) => {
      saveState(SESSION_STATE, '')
      if (saved?.name === SESSION_STATE) saved = undefined
      // A session deleted after a refused finalize is no transfer: nothing for the post step to report.
      if (how === 'deleted') {
        saveState(FINALIZE_STATE, '')
        saved = undefined
      }
    }
  }
}

/**
 * Saves state for the post step. Without GITHUB_STATE, runner.saveState would fall back to a
 * `::save-state::` command on stdout, printing the verification token: skip it instead.
 */
function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) runner.saveState(name, value)
}

function publish(result: DeliveryResult, filesList: string): void {
  runner.setOutput('tracking-id', result.trackingId ?? '')
  runner.setOutput('state', result.state ?? '')
  runner.setOutput('download-urls', JSON.stringify(result.downloadUrls))
  publishFiles(result.files, filesList)
  runner.setOutput('password', result.password ?? '')
  runner.setOutput('expiration-date', result.expirationDate ?? '')
  // Masked when it became known; for status/revoke in a later step of the same job.
  runner.setOutput('verification-token', result.verificationToken ?? '')
  // The post step reports a transfer only while its outcome is not published.
  if (result.state) saveState(FINALIZE_STATE, '')
}
