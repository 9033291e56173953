import { HttpError } from './errors.js'

export interface RetryNotice {
  error: HttpError
  /** The retries counted so far, this one included (a rate-limit wait is not counted). */
  retry: number
  /** The policy's `retries`. */
  retries: number
  delayMs: number
  /** A 429 with `Retry-After`: the wait the server asked for, not counted against `retries`. */
  rateLimited: boolean
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longest `Retry-After` honoured; a server asking for more fails the request at once. */
  maxRetryAfterMs: number
  onRetry?: (notice: RetryNotice) => void
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  random?: () => number
}

/** Rate-limit waits (429 with `Retry-After`) per request that do not count against `retries`. */
export const MAX_RATE_LIMIT_WAITS = 5

export interface RetryRules {
  /** Which failures may be retried; default: the transient ones. */
  retryable?: (error: HttpError) => boolean
  /** Asked before each retry; `false` ends the attempts with the error. */
  beforeRetry?: (error: HttpError) => Promise<boolean>
}

/**
 * Runs `operation` and repeats it after transient failures (network, timeout, 429, 502, 503,
 * 504) with exponential backoff and full jitter, honouring `Retry-After` up to
 * `maxRetryAfterMs` (a longer one fails at once). A 429 with `Retry-After` is the server pacing
 * us, not a failure: up to `MAX_RATE_LIMIT_WAITS` of them are waited out without counting
 * against `retries` (none when `retries` is 0). Other failures and aborts are thrown at once.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  rules: RetryRules = {}
): Promise<T> {
  const retryable = rules.retryable ?? ((error: HttpError) => error.transient)
  const sleep = policy.sleep ?? abortableSleep
  const random = policy.random ?? Math.random
  let retried = 0
  let rateLimitWaits = 0
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (!(error instanceof HttpError) || !retryable(error) || policy.retries < 1 || signal?.aborted) throw error
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) throw error
      const rateLimited =
        error.status === 429 && error.retryAfterMs !== undefined && rateLimitWaits < MAX_RATE_LIMIT_WAITS
      if (!rateLimited && retried >= policy.retries) throw error
      if (rules.beforeRetry && !(await rules.beforeRetry(error))) throw error
      if (rateLimited) rateLimitWaits++
      else retried++
      const backoff = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retried - 1))
      const delayMs = Math.round(error.retryAfterMs ?? backoff)
      policy.onRetry?.({ error, retry: retried, retries: policy.retries, delayMs, rateLimited })
      await sleep(delayMs, signal)
    }
  }
}

/** Parses `Retry-After`: delay seconds or an HTTP date. Returns milliseconds, or undefined. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function abortError(): Error {
  const error = new Error('cancelled')
  error.name = 'AbortError'
  return error
}
