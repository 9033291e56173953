// Finalize and what came of it. Once the request was sent, only the transfer status settles its
// outcome: a 2xx there proves the transfer exists; a 404 right after a finalize may be lag. No
// other answer (a 404 from a repeated finalize, a refused retry) proves that nothing was sent.
import type { CryptshareClient } from '../../cryptshare/client.js'
import { CryptshareError } from '../../cryptshare/errors.js'
import { DeliveryError } from '../errors.js'
import { idFromLocation } from '../../cryptshare/location.js'
import { graceAfter } from '../../http/signals.js'
import type { Clock, DeliveryResult, FinalizeBounds } from '../contract.js'
import { pollUntil } from '../wait.js'

export type FinalizeOutcome =
  | { kind: 'finalized'; statusUrl: string }
  /** The server answered and did not finalize: the session is still open. */
  | { kind: 'refused'; error: unknown }
  /** It may have gone through; the transfer status did not confirm it within the bound. */
  | { kind: 'unknown'; error: unknown }

export const DEFAULT_FINALIZE_BOUNDS: FinalizeBounds = { confirmMs: 30_000, cancelGraceMs: 7_000 }

/** Part of the cancel grace the finalize request itself may use; the rest is for checking. */
const REQUEST_SHARE = 0.6

export async function finalizeOutcome(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  bounds: FinalizeBounds,
  signal: AbortSignal | undefined,
  clock: Clock,
  log: (message: string) => void
): Promise<FinalizeOutcome> {
  const canonical = client.transferUrl(sender, trackingId)
  // Neither the request nor the checks stop at the job's cancel signal, only some time after it.
  const uncancelled = client.withoutSignal()
  const requestGrace = graceAfter(signal, bounds.cancelGraceMs * REQUEST_SHARE)
  const checkGrace = graceAfter(signal, bounds.cancelGraceMs)
  let mayHaveGoneThrough = false
  let seenMeanwhile = false
  try {
    try {
      const { location } = await uncancelled.finalize(sender, trackingId, {
        signal: requestGrace.signal,
        retry: {
          retryable: (error) => error.transient || error.answerLost,
          beforeRetry: async (error) => {
            mayHaveGoneThrough ||= !provesNothingHappened(error)
            if (signal?.aborted) return false
            seenMeanwhile = (await uncancelled.transferState(canonical, checkGrace.signal)) === 'exists'
            return !seenMeanwhile
          }
        }
      })
      return { kind: 'finalized', statusUrl: statusUrlFrom(client, location, trackingId) ?? canonical }
    } catch (error) {
      if (seenMeanwhile) return { kind: 'finalized', statusUrl: canonical }
      mayHaveGoneThrough ||= !provesNothingHappened(error)
      if (!mayHaveGoneThrough) return { kind: 'refused', error }
      log(`The outcome of finalizing ${trackingId} is unclear; asking the transfer status whether it went through.`)
      const confirmed = await confirm(uncancelled, canonical, bounds.confirmMs, checkGrace.signal, clock)
      return confirmed ? { kind: 'finalized', statusUrl: canonical } : { kind: 'unknown', error }
    }
  } finally {
    requestGrace.dispose()
    checkGrace.dispose()
  }
}

/**
 * Failures that show the server did not carry out the request: it refused it (4xx other than
 * 404 and 408), or the connection was never made (DNS, TLS, refused).
 */
function provesNothingHappened(error: unknown): boolean {
  if (!(error instanceof CryptshareError)) return false
  if (error.kind === 'http') return error.status >= 400 && error.status < 500 && ![404, 408].includes(error.status)
  return error.kind === 'setup' || (error.kind === 'network' && error.code === 'ECONNREFUSED')
}

/** Asks the status until it answers 2xx (true) or the time is up (false); 404 may be lag. */
async function confirm(
  client: CryptshareClient,
  statusUrl: string,
  withinMs: number,
  signal: AbortSignal,
  clock: Clock
): Promise<boolean> {
  try {
    const { value } = await pollUntil(
      () => client.transferState(statusUrl, signal),
      // A cancel past its grace ends the asking too (the state read then is not `exists`).
      (state) => state === 'exists' || signal.aborted,
      { timeoutMs: withinMs, firstDelayMs: 250, maxDelayMs: 2000, clock, signal }
    )
    return value === 'exists'
  } catch {
    // Only the pause throws (transferState never does): the grace ran out while waiting.
    return false
  }
}

/** The status URL of a finalize's `Location`, when it is well-formed and names this transfer. */
function statusUrlFrom(client: CryptshareClient, location: string | undefined, trackingId: string): string | undefined {
  if (!location) return undefined
  const named = idFromLocation(location)
  if (!('id' in named) || named.id !== trackingId) return undefined
  try {
    return client.resolve(location)
  } catch {
    return undefined
  }
}

/**
 * A failure once finalize was sent, so the transfer exists or may exist (finalize unclear, or
 * the status read after it failed): what is known of it (tracking id, files, password) is still
 * published; `result.state` only when the state is known.
 */
export class FinalizeSentError extends DeliveryError {
  constructor(
    step: string,
    message: string,
    cause: unknown,
    readonly result: DeliveryResult
  ) {
    super(step, message, cause)
    this.name = 'FinalizeSentError'
  }
}

/** Finalize was sent and neither its answer nor the transfer status showed whether it went through. */
export class FinalizeOutcomeUnknownError extends FinalizeSentError {
  constructor(message: string, cause: unknown, result: DeliveryResult) {
    super('finalize', message, cause, result)
    this.name = 'FinalizeOutcomeUnknownError'
  }
}
