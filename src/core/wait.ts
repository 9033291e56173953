// The only loops of the core that wait: a clock, polling with backoff, and a bounded parallel pool.
import { abortableSleep } from '../http/retry.js'
import type { Clock } from './contract.js'

export { combineSignals, graceAfter, timeLimit } from '../http/signals.js'

export const systemClock: Clock = { now: () => Date.now(), sleep: abortableSleep }

export interface PollBounds {
  timeoutMs: number
  /** Reads at most this many times (default: as many as fit in `timeoutMs`). */
  maxReads?: number
  firstDelayMs: number
  maxDelayMs: number
  clock?: Clock
  signal?: AbortSignal
  /** Before each pause: its length, and the backoff it was cut from (longer when the time is nearly up). */
  onWait?: (pauseMs: number, backoffMs: number) => void
}

/**
 * Reads until `done` says so or `timeoutMs` has passed, pausing with exponential backoff in
 * between; the last value read, and whether it was done. Each read is told the time left (which
 * may be 0 or less on the last one). A pause ends early, throwing, when `signal` aborts.
 */
export async function pollUntil<T>(
  read: (remainingMs: number) => Promise<T>,
  done: (value: T) => boolean,
  bounds: PollBounds
): Promise<{ value: T; done: boolean }> {
  const clock = bounds.clock ?? systemClock
  const deadline = clock.now() + bounds.timeoutMs
  let delay = bounds.firstDelayMs
  for (let reads = 1; ; reads++) {
    const value = await read(deadline - clock.now())
    if (done(value)) return { value, done: true }
    const remaining = deadline - clock.now()
    if (remaining <= 0 || reads === bounds.maxReads) return { value, done: false }
    bounds.onWait?.(Math.min(delay, remaining), delay)
    await clock.sleep(Math.min(delay, remaining), bounds.signal)
    delay = Math.min(delay * 2, bounds.maxDelayMs)
  }
}

/**
 * Runs `work` on every item, at most `limit` at a time, in order of the items; the results in the
 * same order. The first failure aborts `stop` (for the work still running to end early), no new
 * item is started, and that failure is thrown once every running item has ended.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, stop: AbortSignal, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  const stop = new AbortController()
  let firstError: unknown
  let next = 0
  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted && next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index], stop.signal, index)
      } catch (error) {
        if (!stop.signal.aborted) {
          firstError = error
          stop.abort()
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (stop.signal.aborted) throw firstError
  return results
}
