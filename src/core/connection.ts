import { CryptshareClient } from '../cryptshare/client.js'
import { shorten } from '../cryptshare/explain.js'
import type { RetryNotice } from '../http/retry.js'
import { Transport } from '../http/transport.js'
import { tuning, TuningEnv, USER_AGENT } from './tuning.js'

export interface ConnectionOptions {
  apiBase: string
  clientId: string
  retries: number
  acceptLanguage?: string
  signal?: AbortSignal
  onRetry?: (notice: RetryNotice) => void
  /** Default: the action's. */
  userAgent?: string
}

/**
 * Longest `Retry-After` waited out (the server's rate-limit docs show 60 s); a server asking for
 * more fails the request at once, naming the wait.
 */
export const MAX_RETRY_AFTER_MS = 120_000

/** A Cryptshare client over a keep-alive transport, with timeouts and backoff from `tuning(env)`. */
export function openClient(
  options: ConnectionOptions,
  env: Record<string, string | undefined>
): { client: CryptshareClient; close: () => void } {
  const settings = tuning(env)
  const transport = new Transport({
    idleTimeoutMs: settings.idleTimeoutMs,
    requestTimeoutMs: settings.requestTimeoutMs,
    userAgent: options.userAgent ?? USER_AGENT,
    settings: { idleTimeout: TuningEnv.idleTimeout, requestTimeout: TuningEnv.requestTimeout }
  })
  const client = new CryptshareClient({
    apiBase: options.apiBase,
    clientId: options.clientId,
    transport,
    acceptLanguage: options.acceptLanguage,
    signal: options.signal,
    retry: {
      retries: options.retries,
      baseDelayMs: settings.retryBaseMs,
      maxDelayMs: settings.retryMaxMs,
      maxRetryAfterMs: MAX_RETRY_AFTER_MS,
      onRetry: options.onRetry
    }
  })
  return { client, close: () => transport.dispose() }
}

/** What every command's options say about the connection. */
export interface ConnectionSettings {
  apiBase: string
  clientId: string
  retries: number
  language?: string
}

/** What the front-end adds: the cancel signal, its User-Agent, where retry warnings go. */
export interface ConnectionHost {
  signal?: AbortSignal
  userAgent?: string
  /** Receives the warning line of each retry (see `retryLine`). */
  warn: (line: string) => void
}

/** `openClient` for a command's settings. */
export function connect(
  settings: ConnectionSettings,
  host: ConnectionHost,
  env: Record<string, string | undefined>
): { client: CryptshareClient; close: () => void } {
  return openClient(
    {
      apiBase: settings.apiBase,
      clientId: settings.clientId,
      retries: settings.retries,
      acceptLanguage: settings.language,
      signal: host.signal,
      userAgent: host.userAgent,
      onRetry: (notice) => host.warn(retryLine(notice))
    },
    env
  )
}

/** The warning line for a request that is retried. */
export function retryLine({ error, retry, retries, delayMs }: RetryNotice): string {
  return `${error.method} ${shorten(error.url)} failed (${shorten(error.message)}); attempt ${retry} of ${retries + 1}, retrying in ${(delayMs / 1000).toFixed(1)} s.`
}
