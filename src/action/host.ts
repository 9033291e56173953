import * as runner from './runner.js'
import { userAgent, type Host } from '../core/host.js'
import { escapeControls, logText } from '../core/log-text.js'
import { SECRET_OPTIONS } from '../core/options.js'
import { watchCancelSignals } from '../core/signal-watch.js'
import { ACTION_NAMING, rawInput } from './inputs.js'

/** How the core's messages reach the runner's log: escaped, so no text can start a runner command. */
export function actionHost(signal: AbortSignal): Host {
  return {
    signal,
    env: process.env,
    userAgent: userAgent('cryptshare-github-action'),
    info: (message) => runner.info(logText(message)),
    warning: (message) => runner.warning(escapeControls(message)),
    debug: (message) => runner.debug(escapeControls(message)),
    notice: (message) => runner.notice(escapeControls(message)),
    secret: (value) => runner.setSecret(value),
    naming: ACTION_NAMING
  }
}

/** Masks every secret input before anything can print it, even before validation. */
export function maskSecretInputs(): void {
  for (const name of SECRET_OPTIONS) {
    const value = rawInput(process.env, name)
    if (value) runner.setSecret(value)
  }
}

/**
 * Aborts `signal` on SIGINT/SIGTERM/SIGHUP (the runner's cancellation, a lost terminal of a
 * self-hosted runner) with a warning, until `dispose`. The clean-up always runs (the post step
 * backs it up), so a further signal only says so; one within moments of the first is the same.
 */
export function cancelOnSignals(what: string): { signal: AbortSignal; dispose: () => void } {
  const watch = watchCancelSignals({
    first: (signal) => runner.warning(`Received ${signal}: cancelling ${what}.`),
    again: (signal) => runner.warning(`Received ${signal} again: still cancelling ${what}, the clean-up continues.`)
  })
  return { signal: watch.signal, dispose: watch.dispose }
}
