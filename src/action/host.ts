import * as core from '@actions/core'
import type { HostEvents } from '../core/contract.js'
import { escapeControls, logText } from '../core/log-text.js'
import { SECRET_OPTIONS } from '../core/options.js'
import { ACTION_NAMING, rawInput } from './inputs.js'

/** How the core's messages reach the runner's log: escaped, so no text can start a runner command. */
export function actionHost(): HostEvents {
  return {
    info: (message) => core.info(logText(message)),
    warning: (message) => core.warning(escapeControls(message)),
    debug: (message) => core.debug(escapeControls(message)),
    notice: (message) => core.notice(escapeControls(message)),
    secret: (value) => core.setSecret(value),
    naming: ACTION_NAMING
  }
}

/** Masks every secret input before anything can print it, even before validation. */
export function maskSecretInputs(): void {
  for (const name of SECRET_OPTIONS) {
    const value = rawInput(process.env, name)
    if (value) core.setSecret(value)
  }
}

/** Aborts `signal` on SIGINT/SIGTERM (the runner's cancellation) with a warning, until `dispose`. */
export function cancelOnSignals(what: string): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  const onSignal = (received: NodeJS.Signals): void => {
    core.warning(`Received ${received}: cancelling ${what}.`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}
