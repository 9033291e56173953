import * as core from '@actions/core'
import { connect } from '../core/connection.js'
import type { DeliveryEvents, DeliveryResult } from '../core/contract.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { deliver, FinalizedDeliveryError } from '../core/delivery.js'
import { deliveryOptions } from '../core/options.js'
import { selectFiles } from '../core/selection.js'
import { ACTION_NAMING, readInputs, type ActionInputs } from './inputs.js'
import { escapeControls, logText } from '../core/log-text.js'
import { FINALIZE_STATE, SESSION_STATE, type SavedSession } from './post.js'
import { isRerunAttempt } from '../core/rerun.js'
import { actionHost, cancelOnSignals, maskSecretInputs } from './host.js'
import { actionOwnFiles, filesListPath, publishFiles } from './outputs.js'
import { writeSummary } from './summary.js'
import { tuning } from '../core/tuning.js'
import { verdict } from '../core/verdict.js'

/** The action's main step: inputs → delivery → outputs and summary. */
export async function run(): Promise<void> {
  maskSecretInputs()
  const cancellation = cancelOnSignals('the delivery')
  let close: (() => void) | undefined
  const filesList = filesListPath()
  try {
    const inputs = readInputs()
    const host = events(inputs)
    const { files } = await selectFiles(inputs, host, ACTION_NAMING, actionOwnFiles(filesList))
    if (!files) {
      publish({ dryRun: false, downloadUrls: [], files: [], removedFiles: [] }, filesList)
      return
    }

    const connection = connect(
      inputs,
      {
        signal: cancellation.signal,
        warn: (line) => core.warning(escapeControls(line)),
        debug: (line) => core.debug(escapeControls(line))
      },
      process.env
    )
    close = connection.close
    const result = await deliver(
      connection.client,
      deliveryOptions(inputs, files, {
        finalizeConfirmMs: tuning(process.env).finalizeConfirmMs,
        lookForEarlierDelivery: isRerunAttempt(process.env) && !inputs.deliverAgain
      }),
      host,
      cancellation.signal
    )
    publish(result, filesList)
    await writeSummary(result, inputs.recipients, filesList)
    judge(result, inputs)
  } catch (error) {
    if (error instanceof FinalizedDeliveryError) publish(error.result, filesList)
    const message = error instanceof Error ? error.message : String(error)
    const cancelled = cancellation.signal.aborted && isCancellation(error)
    core.setFailed(escapeControls(cancelled ? cancelledMessage(error, message) : message))
    if (error instanceof Error && error.stack) core.debug(escapeControls(error.stack))
  } finally {
    close?.()
    cancellation.dispose()
  }
}

/** A cancellation as what happened: once the transfer was finalized, its files are sent. */
function cancelledMessage(error: unknown, message: string): string {
  if (!(error instanceof FinalizedDeliveryError)) return `The delivery was cancelled: ${message}`
  const { trackingId, state } = error.result
  return state
    ? `The job was cancelled after transfer ${trackingId} was finalized: the files are sent and the recipients notified as configured; it was last seen ${state}, and the step did not wait for it to become ACTIVE.`
    : `The job was cancelled after finalize was sent for transfer ${trackingId}: it may exist; check it on the server before running the delivery again.`
}

/** Whether a failure is the cancellation itself (not, say, a failure met while cleaning up after it). */
function isCancellation(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof CryptshareError) return e.kind === 'aborted'
    if (e.name === 'AbortError') return true
  }
  return false
}

function events(inputs: ActionInputs): DeliveryEvents {
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
    ...actionHost(),
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
 * Saves state for the post step. Without GITHUB_STATE, @actions/core would fall back to a
 * `::save-state::` command on stdout, printing the verification token: skip it instead.
 */
function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) core.saveState(name, value)
}

function publish(result: DeliveryResult, filesList: string): void {
  core.setOutput('tracking-id', result.trackingId ?? '')
  core.setOutput('state', result.state ?? '')
  core.setOutput('download-urls', JSON.stringify(result.downloadUrls))
  publishFiles(result.files, filesList)
  core.setOutput('password', result.password ?? '')
  core.setOutput('expiration-date', result.expirationDate ?? '')
  // Masked when it became known; for status/revoke in a later step of the same job.
  core.setOutput('verification-token', result.verificationToken ?? '')
  // The post step reports a transfer only while its outcome is not published.
  if (result.state) saveState(FINALIZE_STATE, '')
}

/** Fails the step when the transfer did not reach the state asked for. */
function judge(result: DeliveryResult, inputs: ActionInputs): void {
  const { level, message } = verdict(result, inputs, ACTION_NAMING)
  if (level === 'error') core.setFailed(escapeControls(message))
  else if (level === 'warning') core.warning(escapeControls(message))
  else if (message) core.info(logText(message))
}
