// Sender verification: client-id verification (one token per run) or a given verification token,
// with refusals explained in terms of what an administrator or the workflow must change.
import type { HostEvents } from './host.js'
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { DeliveryError, labelledError } from './errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import { NEUTRAL_NAMING, type DeliveryOptions, type OptionNaming } from './contract.js'
import { answer } from '../cryptshare/shape.js'
import { offersClientIdVerification } from './policy.js'

export async function verifySender(
  client: CryptshareClient,
  options: Pick<DeliveryOptions, 'senderEmail' | 'verificationToken'>,
  events: Pick<HostEvents, 'warning' | 'secret' | 'info' | 'tokenRenewed' | 'naming'>
): Promise<string> {
  const sender = options.senderEmail
  const naming = events.naming ?? NEUTRAL_NAMING
  const read = answer('verification status', (message) => events.warning(message), 'verification')
  if (options.verificationToken) {
    const token = options.verificationToken
    client.useToken(token)
    const status = await verificationStep(
      () => client.verificationStatus(sender),
      (e) => invalidToken(sender, naming, e)
    )
    // Unreadable: the sender endpoints then refuse an invalid token with a clear 401 anyway.
    if (read.bool(status.verified, 'verified') === false) throw invalidToken(sender, naming)
    return token
  }
  const refused = (e: unknown): DeliveryError => clientIdNotRegistered(sender, naming, e)
  const newToken = async (quiet: CryptshareClient, signal?: AbortSignal): Promise<string> => {
    const { token } = await verificationStep(() => quiet.requestToken(sender, { signal }), refused)
    events.secret(token)
    return token
  }
  // The token is asked for beside the status (one round trip, not two); the status still decides
  // first, so a server that does not offer client-id verification is reported as such. The
  // token's retry notices show once the status came through (else both failed alike: one story).
  const beside = client.withHeldRetryNotices()
  const issued = newToken(beside.client)
  issued.catch(() => undefined) // awaited below, unless the status fails first
  const status = await verificationStep(() => client.verificationStatus(sender), refused)
  beside.release()
  if (offersClientIdVerification(status.verificationMethods, (message) => events.warning(message)) === false)
    throw clientIdNotRegistered(sender, naming)
  const token = await issued
  client.useToken(token)
  // Another run for the same sender (a parallel job, a dry run, a status poller) may have made the
  // server drop this token, or it expired during a long wait: verify again and repeat the request.
  client.renewTokensWith({
    // Renewed for whichever client was refused: a clean-up's (no cancel signal) or the run's.
    renew: async (signal) => {
      const renewed = await newToken(client.withoutSignal(), signal)
      events.tokenRenewed?.(renewed)
      return renewed
    },
    isValid: async (signal) => {
      const status = await client.withoutSignal().verificationStatus(sender, { signal })
      return read.bool(status.verified, 'verified') === true
    },
    onRenew: ({ renewal, refusal }) =>
      events.info(
        `The server refused the verification token (HTTP ${refusal.status}, errorCode 3002); verifying the sender again (renewal ${renewal}).`
      )
  })
  return token
}

/**
 * A verification request; a refusal of the verification itself (errorCode 3002, or 401/403 other
 * than "not licensed" and "sender not allowed") is explained by `refused`.
 */
async function verificationStep<T>(run: () => Promise<T>, refused: (error: unknown) => DeliveryError): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw isVerificationRefusal(error)
      ? refused(labelledError('verification', error))
      : labelledError('verification', error)
  }
}

/** The server refused the verification data: errorCode 3002, or a 401/403 other than "not licensed" (3001) and "sender not allowed" (3010). */
export function isVerificationRefusal(error: unknown): boolean {
  return (
    error instanceof CryptshareError &&
    error.kind === 'http' &&
    (error.errorCode === 3002 ||
      ((error.status === 401 || error.status === 403) && error.errorCode !== 3001 && error.errorCode !== 3010))
  )
}

/** ` (server: HTTP 403, errorCode 3002: …)` for a failed request, else nothing. */
function serverDetail(cause: unknown): string {
  return cause instanceof DeliveryError && cause.cause instanceof CryptshareError
    ? ` (server: ${explainRequestFailure(cause.cause)})`
    : ''
}

function clientIdNotRegistered(sender: string, naming: OptionNaming, cause?: unknown): DeliveryError {
  const server = serverDetail(cause)
  return new DeliveryError(
    'verification',
    `The server does not offer client-id verification for ${sender} with this client id${server}. ` +
      'A Cryptshare administrator must register the client id (Administration Interface, REST API client ids) and allow this sender, ' +
      `or pass ${naming.name('verification-token')} from an email verification.`,
    cause
  )
}

function invalidToken(sender: string, naming: OptionNaming, cause?: unknown): DeliveryError {
  return new DeliveryError(
    'verification',
    `The ${naming.name('verification-token')} is not valid for ${sender} with this client id (expired, revoked or for another sender)${serverDetail(cause)}. ` +
      'Obtain a new token, or leave it empty to use client-id verification.',
    cause
  )
}
