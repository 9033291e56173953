import * as core from '@actions/core'
import { openClient } from './connection.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { shorten } from '../cryptshare/explain.js'
import { deliver, FinalizedDeliveryError, type DeliveryEvents, type DeliveryResult } from '../core/delivery.js'
import { assertUniqueNames, findFiles, type LocalFile } from '../core/files.js'
import { Input, rawInput, readInputs, type ActionInputs } from './inputs.js'
import { escapeControls, logText } from '../core/log-text.js'
import { FINALIZE_STATE, SESSION_STATE, type SavedSession } from './post.js'
import { isRerunAttempt } from '../core/rerun.js'
import { writeSummary } from './summary.js'
import { tuning } from '../core/tuning.js'
import { verdict } from '../core/verdict.js'

/** The action's main step: inputs → delivery → outputs and summary. */
export async function run(): Promise<void> {
  // Secrets are masked before anything can print them, even before validation.
  for (const name of [Input.clientId, Input.verificationToken, Input.password]) {
    const value = rawInput(process.env, name)
    if (value) core.setSecret(value)
  }

  const controller = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    core.warning(`Received ${signal}: cancelling the delivery.`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let close: (() => void) | undefined
  try {
    const inputs = readInputs()
    const files = await resolveFiles(inputs)
    if (!files) return

    const connection = openClient({
      apiBase: inputs.apiBase,
      clientId: inputs.clientId,
      retries: inputs.retries,
      acceptLanguage: inputs.language,
      signal: controller.signal,
      onRetry: ({ error, attempt, maxAttempts, delayMs }) =>
        core.warning(
          escapeControls(
            `${error.method} ${shorten(error.url)} failed (${shorten(error.message)}); attempt ${attempt} of ${maxAttempts}, retrying in ${(delayMs / 1000).toFixed(1)} s.`
          )
        )
    })
    close = connection.close
    const result = await deliver(
      connection.client,
      {
        ...inputs,
        files,
        processingTimeoutMs: inputs.processingTimeoutSeconds * 1000,
        finalizeBounds: { confirmMs: tuning(process.env).finalizeConfirmMs },
        lookForEarlierDelivery: isRerunAttempt(process.env) && !inputs.deliverAgain
      },
      events(inputs),
      controller.signal
    )
    publish(result)
    await writeSummary(result, inputs.recipients)
    judge(result, inputs)
  } catch (error) {
    if (error instanceof FinalizedDeliveryError) publish(error.result)
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(
      escapeControls(
        controller.signal.aborted && isCancellation(error) ? `The delivery was cancelled: ${message}` : message
      )
    )
    if (error instanceof Error && error.stack) core.debug(escapeControls(error.stack))
  } finally {
    close?.()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Whether a failure is the cancellation itself (not, say, a failure met while cleaning up after it). */
function isCancellation(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof CryptshareError) return e.kind === 'aborted'
    if (e.name === 'AbortError') return true
  }
  return false
}

/** Finds the files; returns undefined (after setting empty outputs) when there is nothing to send. */
async function resolveFiles(inputs: ActionInputs): Promise<LocalFile[] | undefined> {
  const search = await findFiles(inputs.filePatterns, inputs.workspace, { includeHidden: inputs.includeHiddenFiles })
  for (const warning of search.warnings) core.warning(escapeControls(warning))
  const hidden = search.hidden.length
    ? `${search.hidden.length} hidden file(s) or folder(s) matched but are left out (${search.hidden.map((h) => `"${h}"`).join(', ')}); set "include-hidden-files: true" to deliver them`
    : ''
  if (search.files.length === 0) {
    const what = `No files match ${inputs.filePatterns.map((p) => `"${p}"`).join(', ')} in ${inputs.workspace}${hidden ? `; ${hidden}` : ''}`
    if (inputs.ifNoFilesFound === 'error') {
      throw new Error(
        `${what}. Check the "files" patterns (they are relative to GITHUB_WORKSPACE) and that the build wrote its artifacts there, or set "if-no-files-found" to warn or ignore.`
      )
    }
    if (inputs.ifNoFilesFound === 'warn') core.warning(escapeControls(`${what}; nothing was sent.`))
    else core.info(logText(`${what}; nothing was sent.`))
    publish({ dryRun: false, downloadUrls: [], files: [], removedFiles: [] })
    return undefined
  }
  for (const pattern of search.unmatchedPatterns)
    core.warning(escapeControls(`The pattern "${pattern}" in "files" matches no file in ${inputs.workspace}.`))
  if (hidden) core.info(logText(`${hidden}.`))
  assertUniqueNames(search.files)
  core.info(
    logText(`Found ${search.files.length} file(s) to deliver: ${search.files.map((f) => f.relativePath).join(', ')}`)
  )
  return search.files
}

function events(inputs: ActionInputs): DeliveryEvents {
  let sessionToken = ''
  return {
    info: (message) => core.info(logText(message)),
    warning: (message) => core.warning(escapeControls(message)),
    debug: (message) => core.debug(escapeControls(message)),
    notice: (message) => core.notice(escapeControls(message)),
    secret: (value) => core.setSecret(value),
    sessionCreated: (trackingId, token) => {
      sessionToken = token
      const saved: SavedSession = { apiBase: inputs.apiBase, sender: inputs.senderEmail, trackingId, token }
      saveState(SESSION_STATE, JSON.stringify(saved))
    },
    // Once finalize is sent the transfer may exist: the post step must not delete the session,
    // only report the transfer's status.
    finalizeSent: (trackingId) => {
      saveState(SESSION_STATE, '')
      const saved: SavedSession = {
        apiBase: inputs.apiBase,
        sender: inputs.senderEmail,
        trackingId,
        token: sessionToken
      }
      saveState(FINALIZE_STATE, JSON.stringify(saved))
    },
    sessionClosed: (_trackingId, how) => {
      saveState(SESSION_STATE, '')
      // A session deleted after a refused finalize is no transfer: nothing for the post step to report.
      if (how === 'deleted') saveState(FINALIZE_STATE, '')
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

function publish(result: DeliveryResult): void {
  core.setOutput('tracking-id', result.trackingId ?? '')
  core.setOutput('state', result.state ?? '')
  core.setOutput('download-urls', JSON.stringify(result.downloadUrls))
  core.setOutput('files', JSON.stringify(result.files))
  core.setOutput('password', result.password ?? '')
  core.setOutput('expiration-date', result.expirationDate ?? '')
  // The post step reports a transfer only while its outcome is not published.
  if (result.state) saveState(FINALIZE_STATE, '')
}

/** Fails the step when the transfer did not reach the state asked for. */
function judge(result: DeliveryResult, inputs: ActionInputs): void {
  const { level, message } = verdict(result, inputs)
  if (level === 'error') core.setFailed(escapeControls(message))
  else if (level === 'warning') core.warning(escapeControls(message))
  else if (message) core.info(logText(message))
}
