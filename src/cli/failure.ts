import { classifyFailure } from '../core/commands/outcome.js'
import { EXIT } from './results.js'

/**
 * A command that failed: its line and exit code (130/143/129 after a signal, 2 for a usage error,
 * else 1).
 */
export function failureOutcome(
  error: unknown,
  signalExit: number | undefined
): { message: string; exitCode: number; cancelled: boolean } {
  const failure = classifyFailure(error, signalExit !== undefined)
  if (failure.kind === 'cancelled')
    return { message: cancelledLine(signalExit, failure.message), exitCode: signalExit ?? EXIT.failed, cancelled: true }
  return {
    message: failure.message ?? 'Failed.',
    exitCode: failure.kind === 'usage' ? EXIT.usage : EXIT.failed,
    cancelled: false
  }
}

/** `Cancelled by SIGTERM: <what was interrupted>`, or just `Cancelled by SIGTERM.` */
export function cancelledLine(signalExit: number | undefined, message: string | undefined): string {
  return `Cancelled by ${signalName(signalExit)}${message ? `: ${message}` : '.'}`
}

function signalName(exitCode: number | undefined): string {
  return Object.entries(EXIT).find(([name, code]) => code === exitCode && name.startsWith('SIG'))?.[0] ?? 'a signal'
}
