import { DeliveryError } from '../cryptshare/errors.js'
import { FileSelectionError } from '../core/files.js'
import { InputError } from '../core/options.js'
import { UsageError } from './args.js'
import { EXIT } from './results.js'

/** One line for any failure; an unexpected one (a bug) says so instead of showing a bare TypeError. */
export function describeFailure(error: unknown): string {
  if (error instanceof DeliveryError || isUsageError(error)) return (error as Error).message
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `Unexpected error (${text}). This is a bug in cryptshare-ci: please report it with the output of --debug.`
}

/** Mistakes found before the server is contacted: exit code 2. */
export function isUsageError(error: unknown): boolean {
  return error instanceof InputError || error instanceof FileSelectionError || error instanceof UsageError
}

/**
 * A command that failed: its line and exit code (130/143 after a signal, 2 for a usage error,
 * else 1).
 */
export function failureOutcome(
  error: unknown,
  signalExit: number | undefined
): { message: string; exitCode: number; cancelled: boolean } {
  if (signalExit !== undefined) {
    // What was interrupted (an aborted request, a prompt closed by Ctrl+C) is no failure of its own.
    const why = error instanceof DeliveryError || isUsageError(error) ? `: ${(error as Error).message}` : '.'
    return { message: `Cancelled by ${signalName(signalExit)}${why}`, exitCode: signalExit, cancelled: true }
  }
  const message = describeFailure(error)
  return { message, exitCode: isUsageError(error) ? EXIT.usage : EXIT.failed, cancelled: false }
}

function signalName(exitCode: number): string {
  return Object.entries(EXIT).find(([name, code]) => code === exitCode && name.startsWith('SIG'))?.[0] ?? 'a signal'
}
