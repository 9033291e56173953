import type { Host } from '../core/host.js'
import { userAgent } from '../core/host.js'
import { CLI_NAMING } from './args.js'
import type { Terminal } from './terminal.js'

/** How the core reaches a terminal: lines on stderr, secrets redacted, the CLI's flag names. */
export function cliHost(terminal: Terminal, signal: AbortSignal, env: Record<string, string | undefined>): Host {
  return {
    info: (message) => terminal.info(message),
    warning: (message) => terminal.warning(message),
    debug: (message) => terminal.debug(message),
    notice: (message) => terminal.notice(message),
    secret: (value) => terminal.secret(value),
    naming: CLI_NAMING,
    signal,
    env,
    userAgent: userAgent('cryptshare-ci')
  }
}
