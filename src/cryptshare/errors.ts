/** What kind of failure a request ended in. */
export type FailureKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer: refused, reset
  | 'setup' // a connection that retrying will not fix: DNS name unknown, TLS failure
  | 'source' // reading the local file failed (deleted, changed, unreadable)
  | 'timeout' // the connection went idle or an upload stalled
  | 'protocol' // an answer that is not the Cryptshare API (HTML, garbage)
  | 'aborted' // cancelled by us

/**
 * One failed call to the Cryptshare API. `status` is 0 when no HTTP answer arrived.
 * The message never contains secrets: URLs are logged without query strings.
 */
export class CryptshareError extends Error {
  readonly kind: FailureKind
  readonly status: number
  readonly errorCode?: number
  readonly errorMessage?: string
  readonly method: string
  readonly url: string
  readonly retryAfterMs?: number
  /** Network error code such as ECONNRESET, when there is one. */
  readonly code?: string

  constructor(init: {
    kind: FailureKind
    message: string
    method: string
    url: string
    status?: number
    errorCode?: number
    errorMessage?: string
    retryAfterMs?: number
    code?: string
    cause?: unknown
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'CryptshareError'
    this.kind = init.kind
    this.status = init.status ?? 0
    this.errorCode = init.errorCode
    this.errorMessage = init.errorMessage
    this.method = init.method
    this.url = init.url
    this.retryAfterMs = init.retryAfterMs
    this.code = init.code
  }

  /**
   * Failures after which the server may have carried out the request anyway: no answer arrived
   * (timeout, a connection lost after it was made) or the server failed (5xx).
   */
  get answerLost(): boolean {
    if (this.kind === 'timeout') return true
    if (this.kind === 'network') return this.code !== 'ECONNREFUSED'
    return this.kind === 'http' && this.status >= 500
  }

  /** Transient failures that a retry may cure. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true
    return this.kind === 'http' && [429, 502, 503, 504].includes(this.status)
  }
}

/** A `Location` header that names no plausible identifier; `location` is its raw value. */
export class LocationError extends CryptshareError {
  constructor(
    request: { kind: 'protocol'; status: number; method: string; url: string },
    message: string,
    readonly location: string
  ) {
    super({ ...request, message })
    this.name = 'LocationError'
  }
}

/** A failure in one step of the delivery; wraps the cause with the step's name. */
export class DeliveryError extends Error {
  readonly step: string
  constructor(step: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'DeliveryError'
    this.step = step
  }
}
