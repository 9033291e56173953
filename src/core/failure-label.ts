// A failed request labelled with what was being done ("transfer status failed: …"), as a DeliveryError.
import { CryptshareError, DeliveryError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'

/** Runs `run`; a failure becomes a `DeliveryError` labelled `what` (one already labelled is kept). */
export async function labelled<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw labelledError(what, error)
  }
}

/** `error` as a `DeliveryError` labelled `what`: `<what> failed: <why>`; a `DeliveryError` as is. */
export function labelledError(what: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error
  if (error instanceof CryptshareError)
    return new DeliveryError(what, `${what} failed: ${explainRequestFailure(error)}`, error)
  return new DeliveryError(what, `${what} failed: ${(error as Error).message}`, error)
}
