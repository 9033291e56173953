// What can go wrong with the session itself, and how it is explained: a creation whose answer was
// lost or names an implausible session, and a session another run's verification took away.
import type { HostEvents } from '../host.js'
import type { CryptshareClient } from '../../cryptshare/client.js'
import { CryptshareError, LocationError, TokenRefusedError } from '../../cryptshare/errors.js'
import { causeOfType, DeliveryError } from '../errors.js'
import { explainRequestFailure } from '../../cryptshare/explain.js'

/** The warning for creation attempts whose answer was lost: each may have left a session. */
export function lostCreationWarning(lostAttempts: number, trackingId: string): string {
  const one = lostAttempts === 1
  return `The answer to ${one ? 'an earlier attempt' : `${lostAttempts} earlier attempts`} to create the transfer session was lost, so the server may hold ${one ? 'another session' : 'other sessions'} besides ${trackingId}. The API cannot find ${one ? 'it' : 'them'}; ${one ? 'it is' : 'they are'} never finalized (nothing is sent from ${one ? 'it' : 'them'}) and expire on the server.`
}

/** Deletes the session an implausible `Location` names (if it names one) and explains. */
export async function implausibleSession(
  client: CryptshareClient,
  sender: string,
  error: LocationError,
  events: HostEvents
): Promise<DeliveryError> {
  let cleanUp: string
  try {
    cleanUp = (await client.withoutSignal().deleteSessionAt(sender, error.location))
      ? 'The session it names was deleted.'
      : 'It names no session URL of this sender that could be deleted; an unfinalized session, if any, expires on the server.'
  } catch (deleteError) {
    const why = deleteError instanceof CryptshareError ? explainRequestFailure(deleteError) : String(deleteError)
    cleanUp = `Deleting the session it names failed (${why}); an unfinalized session expires on the server.`
    events.debug(cleanUp)
  }
  return new DeliveryError(
    'transfer session creation',
    `transfer session creation failed: ${error.message} (${error.method} ${error.url}). This is not an answer a Cryptshare server gives: check ${events.naming.name('server-url')} and any proxy in between. ${cleanUp} Nothing was sent.`,
    error
  )
}

/**
 * The session refused this run's token even after the sender was verified again: on a server
 * that binds a session to the token that created it, another verification of the same sender
 * took that token away.
 */
export function sessionTaken(error: unknown, trackingId: string, sender: string, deleted: boolean): DeliveryError {
  const refusal = causeOfType(error, TokenRefusedError)
  return new DeliveryError(
    error instanceof DeliveryError ? error.step : 'transfer session',
    `Transfer session ${trackingId} no longer accepts this run's verification token, not even a new one (server: HTTP ${refusal?.status}, errorCode 3002${refusal?.errorMessage ? `: ${refusal.errorMessage}` : ''}): another run verified the same sender ${sender} meanwhile (a parallel job, a dry run, a status poller), and this server lets only the token that created a session use it. ` +
      `Let only one run at a time deliver for this sender (GitHub "concurrency:", GitLab "resource_group:", Jenkins "lock()") and run the delivery again. ` +
      (deleted
        ? 'The session was deleted; nothing was sent.'
        : 'The session could not be deleted with a new token; it is never finalized, so nothing was sent, and it expires on the server.'),
    error
  )
}

/** The `TokenRefusedError` in an error's cause chain, if any. */
