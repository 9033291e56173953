import { CryptshareClient } from '../cryptshare/client.js'
import type { RetryNotice } from '../http/retry.js'
import { Transport } from '../http/transport.js'
import { tuning, TuningEnv, USER_AGENT } from '../core/tuning.js'

export interface ConnectionOptions {
  apiBase: string
  clientId: string
  retries: number
  acceptLanguage?: string
  signal?: AbortSignal
  onRetry?: (notice: RetryNotice) => void
}

/** A Cryptshare client over a keep-alive transport, with timeouts and backoff from `tuning`. */
export function openClient(options: ConnectionOptions): { client: CryptshareClient; close: () => void } {
  const settings = tuning(process.env)
  const transport = new Transport({
    idleTimeoutMs: settings.idleTimeoutMs,
    requestTimeoutMs: settings.requestTimeoutMs,
    userAgent: USER_AGENT,
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
      maxRetryAfterMs: settings.retryMaxMs,
      onRetry: options.onRetry
    }
  })
  return { client, close: () => transport.dispose() }
}
