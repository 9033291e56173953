// Revoking a sent transfer: only its sender, only while ACTIVE (a transfer still PROCESSING is
// waited for). One that is already deleted or FAILED needs nothing, so a re-run is harmless.
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError, DeliveryError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import type { Clock, HostEvents } from './contract.js'
import { pollUntil } from './poll.js'
import { readTransfer, stateOf, statusReader } from './transfer-report.js'
import type { RevokeSettings } from './transfer-options.js'
import { verifySender } from './verification.js'

/** How long a transfer still PROCESSING is waited for before it is revoked. */
export const REVOKE_PROCESSING_WAIT_MS = 600_000

export interface RevokeResult {
  trackingId: string
  /** The state after the run: DELETED_BY_REVOCATION, or the state that needed no revocation. */
  state: string
  revoked: boolean
}

export async function revoke(
  client: CryptshareClient,
  settings: RevokeSettings,
  events: HostEvents,
  signal?: AbortSignal,
  clock?: Clock
): Promise<RevokeResult> {
  const { senderEmail: sender, trackingId } = settings
  await verifySender(client, settings, events)
  const read = statusReader(events)
  const stateNow = async (): Promise<string> =>
    stateOf(await readTransfer(client, sender, trackingId, 'revocation'), read) ?? 'UNKNOWN'

  const waited = await pollUntil(stateNow, (state) => state !== 'PROCESSING', {
    timeoutMs: REVOKE_PROCESSING_WAIT_MS,
    firstDelayMs: 200,
    maxDelayMs: 5000,
    clock,
    signal,
    onWait: (ms) => events.debug(`Transfer ${trackingId} is still PROCESSING; next check in ${ms} ms.`)
  })
  const state = waited.value
  if (state.startsWith('DELETED') || state === 'FAILED') {
    events.notice(`Transfer ${trackingId} is ${state}: there is nothing to revoke.`)
    return { trackingId, state, revoked: false }
  }
  if (state !== 'ACTIVE') {
    throw new DeliveryError(
      'revocation',
      state === 'PROCESSING'
        ? `Transfer ${trackingId} is still PROCESSING after ${REVOKE_PROCESSING_WAIT_MS / 1000} s; only an ACTIVE transfer can be revoked. Try again later.`
        : `Transfer ${trackingId} is in state ${state}; only an ACTIVE transfer can be revoked.`
    )
  }

  try {
    await client.revokeTransfer(sender, trackingId, settings)
  } catch (error) {
    if (isOlderApi(error)) {
      throw new DeliveryError(
        'revocation',
        `The server's REST API is older than 1.10, which brought revocation (${explainRequestFailure(error as CryptshareError)}). Revoke transfer ${trackingId} in the Cryptshare web interface, or ask the administrator to update Cryptshare.`,
        error
      )
    }
    // The answer may be lost, or a concurrent revocation won: the status says what happened.
    const after = await stateNow().catch(() => undefined)
    if (after !== 'DELETED_BY_REVOCATION') {
      const why = error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message
      throw new DeliveryError(
        'revocation',
        `The server did not revoke transfer ${trackingId} (${why})${after ? `; it is ${after}` : ''}.`,
        error
      )
    }
    events.info(`The revocation's answer was lost, but the transfer's status shows it revoked.`)
  }
  events.info(
    `Revoked transfer ${trackingId}: its files are deleted on the server${settings.notifyRecipients ? '; the recipients are notified' : ''}.`
  )
  return { trackingId, state: 'DELETED_BY_REVOCATION', revoked: true }
}

/** A server below 1.10: the version check (404/2004), an unknown endpoint (404/1006), or no PATCH (405). */
function isOlderApi(error: unknown): boolean {
  if (!(error instanceof CryptshareError) || error.kind !== 'http') return false
  return error.status === 405 || (error.status === 404 && (error.errorCode === 2004 || error.errorCode === 1006))
}
