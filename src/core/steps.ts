import { CryptshareError, DeliveryError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import { AnswerShapeError } from '../cryptshare/shape.js'

/** Runs one step; a failed request becomes a `DeliveryError` naming the step. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw stepError(name, error)
  }
}

export function stepError(name: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError || error instanceof AnswerShapeError) return error
  if (error instanceof CryptshareError)
    return new DeliveryError(name, `${name} failed: ${explainRequestFailure(error)}`, error)
  return new DeliveryError(name, `${name} failed: ${(error as Error).message}`, error)
}
