// The core's errors: a failure of one step of a command, said in one line ("transfer status
// failed: …"), with what caused it kept as its cause.
import { CryptshareError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import { AnswerShapeError } from '../cryptshare/shape.js'

/** A failure in one step of a command; wraps the cause with the step's name. */
export class DeliveryError extends Error {
  readonly step: string
  constructor(step: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'DeliveryError'
    this.step = step
  }
}

/** Runs `run`; a failure becomes a `DeliveryError` labelled `what` (one already labelled is kept). */
export async function labelled<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw labelledError(what, error)
  }
}

/**
 * `error` as a `DeliveryError` labelled `what`: `<what> failed: <why>`. A `DeliveryError` stays as
 * it is, and an answer of the wrong shape already says which answer and what is wrong with it.
 */
export function labelledError(what: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error
  if (error instanceof AnswerShapeError) return new DeliveryError(error.step, error.message, error)
  if (error instanceof CryptshareError)
    return new DeliveryError(what, `${what} failed: ${explainRequestFailure(error)}`, error)
  return new DeliveryError(what, `${what} failed: ${(error as Error).message}`, error)
}

/** The first error of type `type` in `error`'s cause chain (itself included). */
export function causeOfType<T extends Error>(
  error: unknown,
  type: abstract new (...args: never[]) => T
): T | undefined {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof type) return e
  return undefined
}
