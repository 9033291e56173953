// The call pipeline: one call in, a `Reply` or a `CryptshareError` out. It sets the API headers,
// bounds the call's time, retries through src/http, turns a status into an error, refuses a body
// that is no API answer, and renews a refused token (token-renewal.ts).
import { combineSignals, timeLimit } from '../http/signals.js'
import type { HttpRequest, HttpResponse, StreamBody } from '../http/transport.js'
import { redact } from '../http/transport.js'
import { parseRetryAfter, withRetry, type RetryPolicy, type RetryRules } from '../http/retry.js'
import { HttpError } from '../http/errors.js'
import { seconds } from '../http/format.js'
import { shorten } from './explain.js'
import { CryptshareError } from './errors.js'
import { contentType, header, isApiAnswer, looksTruncated, parseJson, protocolError, type Reply } from './reply.js'
import { Verification, withTokenRenewal } from './token-renewal.js'
import { ApiUrls, redactLocation } from './urls.js'

/** The lowest API minor version that has every endpoint this client uses (all are in 1.8). */
export const MINIMUM_MINOR_API_VERSION = 8

export interface HttpSender {
  send(request: HttpRequest): Promise<HttpResponse>
}

export interface ClientOptions {
  /** e.g. `https://cs.example.com/api` */
  apiBase: string
  clientId: string
  transport: HttpSender
  retry: RetryPolicy
  acceptLanguage?: string
  signal?: AbortSignal
}

/** One call of an endpoint. */
export interface Call {
  method: string
  url: string
  /** Send the verification token. */
  token?: boolean
  json?: unknown
  stream?: StreamBody
  onUploadProgress?: (bytes: number) => void
  /** Leave out the X-CS-* headers (only `/api/status`). */
  withoutApiHeaders?: boolean
  /** X-CS-MinimumMinorApiVersion for an endpoint newer than `MINIMUM_MINOR_API_VERSION`. */
  minimumMinor?: number
  retry?: RetryRules
  /** Cancels this call only (in addition to the client's own signal). */
  signal?: AbortSignal
  /**
   * Longest time for the whole call, retries and their waits included; past it the call fails
   * with a `CallTimeLimitError`. Each request also keeps the transport's own deadline.
   */
  timeoutMs?: number
  /** `false`: a refused token is not renewed (still reported as a `TokenRefusedError`). */
  renew?: boolean
  /** A verification endpoint: its 3002 means invalid verification data, not a refused token. */
  verification?: boolean
}

/** Retry rules for a request that must not be repeated once an attempt's answer was lost. */
export const NOT_AFTER_A_LOST_ANSWER: RetryRules = { retryable: (error) => error.transient && !error.answerLost }

/** A call that ran out of the time its caller gave it (`timeoutMs`). */
export class CallTimeLimitError extends CryptshareError {}

/** What the endpoints call through: the pipeline of one client, its URLs and its token. */
export class RequestPipeline {
  readonly urls: ApiUrls

  constructor(
    readonly options: ClientOptions,
    /** Shared with the pipelines of the client's `withoutSignal()` copies. */
    readonly verification: Verification = new Verification()
  ) {
    this.urls = new ApiUrls(options.apiBase)
  }

  /** The verification token in use (renewed ones included). */
  get token(): string | undefined {
    return this.verification.token
  }

  /** One call; a refused token is renewed and the call repeated (see `TokenRenewal`). */
  call(call: Call): Promise<Reply> {
    const context = { signal: this.options.signal, baseDelayMs: this.options.retry.baseDelayMs }
    return withTokenRenewal(this.verification, call, context, () => this.callOnce(call))
  }

  private headers(call: Call): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (!call.withoutApiHeaders) {
      headers['X-CS-ClientId'] = this.options.clientId
      headers['X-CS-MajorApiVersion'] = '1'
      headers['X-CS-MinimumMinorApiVersion'] = String(call.minimumMinor ?? MINIMUM_MINOR_API_VERSION)
      headers['X-CS-ProductKey'] = 'api.rest'
      if (this.options.acceptLanguage) headers['Accept-Language'] = this.options.acceptLanguage
    }
    if (call.token) {
      const token = this.token
      if (!token) throw new Error('internal error: a sender endpoint was called before verification')
      headers['X-CS-VerificationToken'] = token
    }
    if (call.json !== undefined) headers['Content-Type'] = 'application/json'
    if (call.stream) headers['Content-Type'] = 'application/octet-stream'
    return headers
  }

  private async callOnce(call: Call): Promise<Reply> {
    const headers = this.headers(call)
    const body = call.json !== undefined ? JSON.stringify(call.json) : call.stream
    const cancel = combineSignals(this.options.signal, call.signal)
    const limit = call.timeoutMs !== undefined ? timeLimit(call.timeoutMs) : undefined
    const signal = combineSignals(cancel, limit?.signal)
    try {
      return await withRetry(
        async () => {
          const response = await this.options.transport
            .send({
              method: call.method,
              url: call.url,
              headers,
              body,
              signal,
              onUploadProgress: call.onUploadProgress
            })
            .catch((error: unknown) => {
              throw error instanceof HttpError ? CryptshareError.from(error) : error
            })
          if (response.status < 200 || response.status >= 300) throw this.httpError(call.method, response, call.url)
          const reply = { ...response, method: call.method, url: redact(new URL(call.url)) }
          // A WAF block page, a maintenance page or an SSO interstitial may answer 200: no proof of anything.
          if (!isApiAnswer(response))
            throw protocolError(
              reply,
              `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer (a proxy, firewall or login page in between?)`
            )
          return reply
        },
        this.options.retry,
        signal,
        call.retry
      )
    } catch (error) {
      if (limit?.signal.aborted && !cancel?.aborted) {
        throw new CallTimeLimitError({
          kind: 'timeout',
          method: call.method,
          url: redact(new URL(call.url)),
          code: 'ETIMEDOUT',
          message: `no answer within the ${seconds(call.timeoutMs ?? 0)} this request was given`,
          cause: error
        })
      }
      throw error
    } finally {
      limit?.clear()
    }
  }

  private httpError(method: string, response: HttpResponse, url: string): CryptshareError {
    const parsed = parseJson(response.body)
    const body = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined
    const errorCode = toNumber(body?.errorCode ?? body?.code)
    const errorMessage = toText(body?.errorMessage ?? body?.message ?? body?.error)
    const notApi = body === undefined && response.body.length > 0
    const location = header(response, 'location')
    let message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}${errorMessage ? `: ${errorMessage}` : ''}`
    // The target of a redirect says most about it (an SSO login page, http→https, a moved server).
    if (response.status >= 300 && response.status < 400)
      message = `HTTP ${response.status} redirect${location ? ` to ${shorten(redactLocation(location, url))}` : ' without a Location'}`
    else if (notApi && looksTruncated(response.body))
      message = `HTTP ${response.status} with a JSON body that was truncated after ${response.body.length} bytes`
    else if (notApi)
      message = `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer`
    const retryAfterMs = parseRetryAfter(header(response, 'retry-after'))
    if (retryAfterMs !== undefined && retryAfterMs > this.options.retry.maxRetryAfterMs)
      message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}: the server asks to wait ${seconds(retryAfterMs)} (Retry-After); try again later`
    return new CryptshareError({
      kind: 'http',
      status: response.status,
      errorCode,
      errorMessage,
      method,
      url: redact(new URL(url)),
      retryAfterMs,
      code: notApi && looksTruncated(response.body) ? 'ETRUNCATED' : undefined,
      message
    })
  }
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return undefined
}

function toText(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}
