// One classification of any failure, for every command and both front-ends: a mistake in the
// options (usage), a failed run, a delivery whose outcome is not known (uncertain), or a
// cancellation; each with its one line.
import { CryptshareError } from '../../cryptshare/errors.js'
import { DeliveryError } from '../errors.js'
import { AnswerShapeError } from '../../cryptshare/shape.js'
import { FileSelectionError } from '../files.js'
import { InputError } from '../options.js'

export type FailureKind = 'usage' | 'failed' | 'cancelled'

export interface Failure {
  kind: FailureKind
  /**
   * One line: what went wrong and what to do. For a cancellation, what the cancel interrupted
   * when that is worth saying, else undefined (an aborted request is no failure of its own).
   */
  message: string | undefined
  /** A cancelled run whose failure is the cancel itself (an aborted request), not one met meanwhile. */
  byCancel: boolean
}

/** Mistakes found before the server is contacted (a CLI exits 2). */
export function isUsageError(error: unknown): boolean {
  return error instanceof InputError || error instanceof FileSelectionError
}

/** One line for any failure; an unexpected one (a bug) says so instead of showing a bare TypeError. */
export function describeFailure(error: unknown): string {
  if (error instanceof DeliveryError || error instanceof AnswerShapeError || isUsageError(error))
    return (error as Error).message
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `Unexpected error (${text}). This is a bug in cryptshare-ci: please report it with the debug output.`
}

/** A failed command, given whether the run was cancelled meanwhile. */
export function classifyFailure(error: unknown, cancelled: boolean): Failure {
  if (cancelled) {
    const known = error instanceof DeliveryError || error instanceof AnswerShapeError || isUsageError(error)
    return { kind: 'cancelled', message: known ? (error as Error).message : undefined, byCancel: isCancel(error) }
  }
  return { kind: isUsageError(error) ? 'usage' : 'failed', message: describeFailure(error), byCancel: false }
}

/** Whether a failure is the cancel itself (not, say, a failure met while cleaning up after it). */
function isCancel(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof CryptshareError) return e.kind === 'aborted'
    if (e.name === 'AbortError') return true
  }
  return false
}
