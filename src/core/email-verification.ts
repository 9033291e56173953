// Email verification, for servers that do not offer client-id verification: the server mails a
// code to the sender, and the code is exchanged once for a verification token.
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { DeliveryError, labelled, labelledError } from './errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import type { VerificationToken } from '../cryptshare/types.js'
import { offersVerificationMethod } from './policy.js'
import { isVerificationRefusal } from './verification.js'

type Warn = (message: string) => void

/** Asks the server to mail a verification code to `sender`, once it is known to offer email verification. */
export async function requestEmailCode(client: CryptshareClient, sender: string, warn: Warn): Promise<void> {
  const status = await labelled('verification', () => client.verificationStatus(sender))
  if (offersVerificationMethod(status.verificationMethods, 'EMAIL', warn) === false) {
    throw new DeliveryError(
      'verification',
      `The server does not offer email verification for ${sender} (it offers: ${describeMethods(status.verificationMethods)}). ` +
        'A Cryptshare administrator must enable email verification for the REST API, or register the client id for client-id verification (then no verification token is needed).'
    )
  }
  try {
    await client.requestVerificationCode(sender)
  } catch (error) {
    if (error instanceof CryptshareError && error.answerLost) {
      throw new DeliveryError(
        'verification',
        `The request for a verification code got no answer (${explainRequestFailure(error)}); the server may have mailed a code anyway. Check the inbox of ${sender}; if no code arrives within a few minutes, request a new one.`,
        error
      )
    }
    throw labelledError('verification', error)
  }
}

/** Exchanges a mailed code for a verification token (the code is used up by a successful exchange). */
export async function exchangeEmailCode(
  client: CryptshareClient,
  sender: string,
  code: string
): Promise<VerificationToken> {
  try {
    return await client.exchangeVerificationCode(sender, code)
  } catch (error) {
    if (!(error instanceof CryptshareError)) throw labelledError('verification', error)
    if (error.answerLost) {
      throw new DeliveryError(
        'verification',
        `The exchange of the verification code got no answer (${explainRequestFailure(error)}); the server may have used the code up. Request a new code and exchange that one.`,
        error
      )
    }
    if (isVerificationRefusal(error)) {
      throw new DeliveryError(
        'verification',
        `The server did not accept the verification code for ${sender} (${explainRequestFailure(error)}): it may be mistyped, expired, already used, or superseded by a newer code. Request a new code and use the newest one.`,
        error
      )
    }
    throw labelledError('verification', error)
  }
}

function describeMethods(methods: unknown): string {
  const names = Array.isArray(methods) ? methods.filter((m): m is string => typeof m === 'string') : []
  return names.length ? names.join(', ') : 'none'
}
