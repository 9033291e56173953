import * as core from '@actions/core'
import type { HostEvents } from '../core/contract.js'
import { escapeControls, logText } from '../core/log-text.js'
import { ACTION_NAMING } from './inputs.js'

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
