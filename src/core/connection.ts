import { CryptshareClient } from '../cryptshare/client.js'
import { shorten } from '../cryptshare/explain.js'
import type { HttpError } from '../http/errors.js'
import { seconds } from '../http/format.js'
import type { RetryNotice } from '../http/retry.js'
import { Transport } from '../http/transport.js'
import type { Host } from './host.js'
import { tuning, TuningEnv } from './tuning.js'

/**
 * Longest `Retry-After` waited out (the server's rate-limit docs show 60 s); a server asking for
 * more fails the request at once, naming the wait.
 */
export const MAX_RETRY_AFTER_MS = 120_000

/** What every command's options say about the connection. */
export interface ConnectionSettings {
  apiBase: string
  clientId: string
  retries: number
  language?: string
}

export interface Connection {
  client: CryptshareClient
  close(): void
}

/**
 * A Cryptshare client over a keep-alive transport for a command's settings: timeouts and backoff
 * from `tuning(host.env)`, the host's cancellation and User-Agent, a warning line per retry.
 */
export function openConnection(
  settings: ConnectionSettings,
  host: Pick<Host, 'warning' | 'debug' | 'env' | 'userAgent'> & { signal?: AbortSignal }
): Connection {
  const knobs = tuning(host.env)
  const transport = new Transport({
    idleTimeoutMs: knobs.idleTimeoutMs,
    requestTimeoutMs: knobs.requestTimeoutMs,
    userAgent: host.userAgent,
    settings: { idleTimeout: TuningEnv.idleTimeout, requestTimeout: TuningEnv.requestTimeout }
  })
  const client = new CryptshareClient({
    apiBase: settings.apiBase,
    clientId: settings.clientId,
    transport,
    acceptLanguage: settings.language,
    signal: host.signal,
    retry: {
      retries: settings.retries,
      baseDelayMs: knobs.retryBaseMs,
      maxDelayMs: knobs.retryMaxMs,
      maxRetryAfterMs: MAX_RETRY_AFTER_MS,
      onRetry: (notice) => {
        host.warning(retryLine(notice))
        host.debug(retryDetail(notice))
      }
    }
  })
  return { client, close: () => transport.dispose() }
}

/**
 * The warning line for a request that is retried: `retry 2/5 in 2.4 s: connection refused`.
 * The request and the advice (check server-url, proxies) are left to the debug line and the
 * final error, said once.
 */
export function retryLine({ error, retry, retries, delayMs, rateLimited }: RetryNotice): string {
  if (rateLimited) return `rate limited (HTTP 429): waiting ${seconds(delayMs)} as the server asks (Retry-After)`
  return `retry ${retry}/${retries} in ${seconds(delayMs)}: ${failureReason(error)}`
}

/** The debug line for a retried request: which request, and its whole failure. */
export function retryDetail({ error }: RetryNotice): string {
  return `retried request: ${error.method} ${shorten(error.url)} failed: ${shorten(error.message)}`
}

/** A failure in a few words, without the advice its full message carries. */
export function failureReason(error: HttpError): string {
  switch (error.kind) {
    case 'http':
      return error.status === 429 ? 'rate limited (HTTP 429)' : `HTTP ${error.status}`
    case 'timeout':
      // The transport's timeout messages open with what happened, then say why and what sets it.
      return error.message.split(' (')[0]
    case 'network':
      if (error.code === 'ECONNREFUSED') return 'connection refused'
      if (error.code === 'ECONNRESET') return 'connection reset'
      if (error.code === 'ETRUNCATED') return 'answer cut short'
      return `connection failed (${error.code ?? 'unknown'})`
    case 'protocol':
      return 'not an API answer'
    case 'source':
      return 'reading the file failed'
    case 'setup':
      return `connection could not be set up (${error.code ?? 'unknown'})`
    case 'aborted':
      return 'cancelled'
  }
}
