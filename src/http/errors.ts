// The transport's error type: the lowest layer's, extended by the layers above.

/** What kind of failure a request ended in. */
export type FailureKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer: refused, reset
  | 'setup' // a connection that retrying will not fix: DNS name unknown, TLS failure
  | 'source' // reading the local file failed (deleted, changed, unreadable)
  | 'timeout' // the connection went idle or an upload stalled
  | 'protocol' // an answer of the wrong form (HTML where JSON was expected, garbage)
  | 'aborted' // cancelled by us

/** What an HTTP error is made of. */
export interface HttpErrorInit {
  kind: FailureKind
  message: string
  method: string
  url: string
  status?: number
  retryAfterMs?: number
  code?: string
  cause?: unknown
}

/**
 * One failed HTTP request. `status` is 0 when no HTTP answer arrived. The message never contains
 * secrets: URLs are logged without query strings.
 */
export class HttpError extends Error {
  readonly kind: FailureKind
  readonly status: number
  readonly method: string
  readonly url: string
  readonly retryAfterMs?: number
  /** Network error code such as ECONNRESET, when there is one. */
  readonly code?: string

  constructor(init: HttpErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'HttpError'
    this.kind = init.kind
    this.status = init.status ?? 0
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
