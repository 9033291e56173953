// The recovery rule for a refused verification token: verify the sender again and repeat the
// request, with one renewal shared by the requests refused together, a budget of renewals in a
// row, a random pause before each, and no renewal of a token the server still takes as valid.
import { abortableSleep } from '../http/retry.js'
import { CryptshareError, TokenRefusedError } from './errors.js'

/**
 * Where a new verification token comes from when the server refuses the current one
 * (client-id verification can verify again at any time; a token given by the user cannot).
 */
export interface TokenRenewal {
  /**
   * Verifies the sender again and returns the new token (already masked by the caller); `signal`
   * is the cancellation of the client whose request was refused (none during a clean-up).
   */
  renew(signal?: AbortSignal): Promise<string>
  /**
   * Whether the server still takes the current token as a verification of the sender. A request
   * refused with a token that is still valid is refused for what it asks (a session or transfer
   * bound to another token): another renewal would not help, and where a new token replaces the
   * old one it would only take the token away from a parallel run.
   */
  isValid?(signal?: AbortSignal): Promise<boolean>
  /** Told before each renewal, with the refusal that caused it. */
  onRenew?(notice: { renewal: number; refusal: CryptshareError }): void
  /**
   * Renewals in a row that no successful request follows (default `RENEWAL_BUDGET`): a long wait
   * may renew as often as tokens expire, a run whose every token is refused stops.
   */
  budget?: number
  /**
   * Longest random pause before a renewal, so that parallel runs do not verify in lockstep
   * (default: the retry base delay, at most 1 s).
   */
  jitterMs?: number
}

/** How often one request is repeated after its token was refused. */
export const RENEWALS_PER_REQUEST = 2

/** How many renewals a client makes before a request with a renewed token succeeds again. */
export const RENEWAL_BUDGET = 10

/**
 * A refusal of the verification token: 401/403 with errorCode 3002. The server did not carry the
 * request out, so it may be repeated with another token.
 */
export function isTokenRefusal(error: unknown): error is CryptshareError {
  return (
    error instanceof CryptshareError &&
    error.kind === 'http' &&
    error.errorCode === 3002 &&
    (error.status === 401 || error.status === 403)
  )
}

/** The token and how to renew it, shared by a client and its `withoutSignal()` copies. */
export class Verification {
  token?: string
  renewal?: TokenRenewal
  renewalsLeft = 0
  renewals = 0
  /** The renewal under way: requests refused meanwhile wait for it instead of starting another. */
  renewing?: Promise<void>

  /** From now on refused tokens are renewed by `renewal`, within its budget. */
  renewWith(renewal: TokenRenewal): void {
    this.renewal = renewal
    this.renewalsLeft = renewal.budget ?? RENEWAL_BUDGET
  }
}

/** How a call treats its token (see `Call` in request.ts). */
export interface TokenUse {
  /** The call sends the verification token. */
  token?: boolean
  /** A verification endpoint: its 3002 means invalid verification data, not a refused token. */
  verification?: boolean
  /** `false`: a refused token is not renewed (still reported as a `TokenRefusedError`). */
  renew?: boolean
}

/** What a renewal runs under: the caller's cancellation and the default jitter. */
export interface RenewalContext {
  signal?: AbortSignal
  /** The retry base delay: the default longest pause before a renewal (at most 1 s). */
  baseDelayMs: number
}

/** Runs `attempt`; a refused token is renewed and the attempt repeated (see `TokenRenewal`). */
export async function withTokenRenewal<T>(
  verification: Verification,
  use: TokenUse,
  context: RenewalContext,
  attempt: () => Promise<T>
): Promise<T> {
  for (let repeat = 0; ; repeat++) {
    const sentWith = verification.token
    try {
      const answer = await attempt()
      if (repeat > 0) verification.renewalsLeft = verification.renewal?.budget ?? RENEWAL_BUDGET
      return answer
    } catch (error) {
      if (!use.token || use.verification || !isTokenRefusal(error)) throw error
      const renewable = verification.renewal !== undefined
      if (!renewable || use.renew === false || repeat >= RENEWALS_PER_REQUEST)
        throw new TokenRefusedError(error, renewable, repeat)
      if (repeat > 0 && sentWith === verification.token && (await stillValid(verification, context)))
        throw new TokenRefusedError(error, renewable, repeat)
      try {
        await renewAfter(verification, error, sentWith, context)
      } catch (renewalError) {
        throw renewalError === error ? new TokenRefusedError(error, renewable, repeat) : renewalError
      }
    }
  }
}

/** Whether the renewal source says the current token is still valid (false when it cannot tell). */
async function stillValid(verification: Verification, context: RenewalContext): Promise<boolean> {
  const renewal = verification.renewal
  if (!renewal?.isValid) return false
  return renewal.isValid(context.signal).catch(() => false)
}

/**
 * A new token after `refusal` of `sentWith`. When another request renewed it meanwhile, that
 * token is used; a renewal under way is waited for; the budget spent, the refusal stands.
 */
async function renewAfter(
  verification: Verification,
  refusal: CryptshareError,
  sentWith: string | undefined,
  context: RenewalContext
): Promise<void> {
  const renewal = verification.renewal
  if (!renewal) throw refusal
  if (!verification.renewing) {
    if (verification.token !== sentWith) return
    if (verification.renewalsLeft <= 0) throw refusal
    verification.renewalsLeft--
    const number = ++verification.renewals
    verification.renewing = (async () => {
      const jitterMs = renewal.jitterMs ?? Math.min(context.baseDelayMs, 1000)
      await abortableSleep(Math.random() * jitterMs, context.signal)
      renewal.onRenew?.({ renewal: number, refusal })
      verification.token = await renewal.renew(context.signal)
    })().finally(() => {
      verification.renewing = undefined
    })
  }
  await verification.renewing
}
