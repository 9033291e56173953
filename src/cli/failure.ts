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
  const message = describeFailure(error)
  if (signalExit !== undefined) return { message: `Cancelled: ${message}`, exitCode: signalExit, cancelled: true }
  return { message, exitCode: isUsageError(error) ? EXIT.usage : EXIT.failed, cancelled: false }
}
