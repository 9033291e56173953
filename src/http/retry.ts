import { HttpError } from './errors.js'

export interface RetryNotice {
  error: HttpError
  /** The attempt that failed, 1-based. */
  attempt: number
  maxAttempts: number
  delayMs: number
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longest `Retry-After` honoured; a server asking for more gets this much. */
  maxRetryAfterMs: number
  onRetry?: (notice: RetryNotice) => void
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  random?: () => number
}

export interface RetryRules {
  /** Which failures may be retried; default: the transient ones. */
  retryable?: (error: HttpError) => boolean
  /** Asked before each retry; `false` ends the attempts with the error. */
  beforeRetry?: (error: HttpError) => Promise<boolean>
}

/**
 * Runs `operation` and repeats it after transient failures (network, timeout, 429, 502, 503,
 * 504) with exponential backoff and full jitter, honouring `Retry-After`. Other failures and
 * aborts are thrown at once.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  rules: RetryRules = {}
): Promise<T> {
  const retryable = rules.retryable ?? ((error: HttpError) => error.transient)
  const maxAttempts = policy.retries + 1
  const sleep = policy.sleep ?? abortableSleep
  const random = policy.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (!(error instanceof HttpError) || !retryable(error) || attempt >= maxAttempts || signal?.aborted) throw error
      if (rules.beforeRetry && !(await rules.beforeRetry(error))) throw error
      const backoff = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      const delayMs = Math.round(
        error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, policy.maxRetryAfterMs) : backoff
      )
      policy.onRetry?.({ error, attempt, maxAttempts, delayMs })
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
