import type { Clock } from './contract.js'
import { abortableSleep } from '../http/retry.js'

export const systemClock: Clock = { now: () => Date.now(), sleep: abortableSleep }

export interface PollBounds {
  timeoutMs: number
  firstDelayMs: number
  maxDelayMs: number
  clock?: Clock
  signal?: AbortSignal
  /** Before each pause, with its length. */
  onWait?: (delayMs: number) => void
}

/**
 * Reads until `done` says so or `timeoutMs` has passed, pausing with exponential backoff in
 * between; the last value read, and whether it was done.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  bounds: PollBounds
): Promise<{ value: T; done: boolean }> {
  const clock = bounds.clock ?? systemClock
  const deadline = clock.now() + bounds.timeoutMs
  let delay = bounds.firstDelayMs
  for (;;) {
    const value = await read()
    if (done(value)) return { value, done: true }
    const remaining = deadline - clock.now()
    if (remaining <= 0) return { value, done: false }
    bounds.onWait?.(Math.min(delay, remaining))
    await clock.sleep(Math.min(delay, remaining), bounds.signal)
    delay = Math.min(delay * 2, bounds.maxDelayMs)
  }
}
