import { HttpError, type FailureKind, type HttpErrorInit } from '../http/errors.js'

export type { FailureKind }

/**
 * One failed call to the Cryptshare API: an HTTP failure plus the server's `errorCode` and
 * `errorMessage` when it sent them.
 */
export class CryptshareError extends HttpError {
  readonly errorCode?: number
  readonly errorMessage?: string

  constructor(init: HttpErrorInit & { errorCode?: number; errorMessage?: string }) {
    super(init)
    this.name = 'CryptshareError'
    this.errorCode = init.errorCode
    this.errorMessage = init.errorMessage
  }

  /** The same failure as a transport error, seen from the Cryptshare client. */
  static from(error: HttpError): CryptshareError {
    if (error instanceof CryptshareError) return error
    return new CryptshareError({
      kind: error.kind,
      message: error.message,
      method: error.method,
      url: error.url,
      status: error.status,
      retryAfterMs: error.retryAfterMs,
      code: error.code,
      cause: error.cause
    })
  }
}

/**
 * The server refused the verification token (401/403, errorCode 3002) and the client gave up:
 * `renewable` false for a token the user gave (nothing to renew), else after `renewals` new
 * tokens for this request were refused too.
 */
export class TokenRefusedError extends CryptshareError {
  constructor(
    refusal: CryptshareError,
    readonly renewable: boolean,
    readonly renewals: number
  ) {
    super({
      kind: refusal.kind,
      message: refusal.message,
      method: refusal.method,
      url: refusal.url,
      status: refusal.status,
      errorCode: refusal.errorCode,
      errorMessage: refusal.errorMessage,
      retryAfterMs: refusal.retryAfterMs,
      code: refusal.code,
      cause: refusal
    })
    this.name = 'TokenRefusedError'
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
