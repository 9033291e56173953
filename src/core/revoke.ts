// Revoking a sent transfer: only its sender, only while ACTIVE (a transfer still PROCESSING is
// waited for). One that is already deleted or FAILED needs nothing, so a re-run is harmless.
// The server decides: a status this token may not read never stops the revocation, and the
// outcome is reported as the status shows it afterwards.
import type { HostEvents } from './host.js'
import { isTokenRefusal, type CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { DeliveryError } from './errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import type { Clock } from './contract.js'
import { pollUntil, systemClock } from './wait.js'
import { readTransfer, statusReader, transferReport } from './transfer-report.js'
import type { RevokeSettings } from './transfer-options.js'
import { verifySender } from './verification.js'

/** How long a transfer still PROCESSING is waited for before it is revoked. */
export const REVOKE_PROCESSING_WAIT_MS = 600_000

/** How often the status is read to learn what an unanswered revocation did, and the pause between. */
const CONFIRM_READS = 3
const CONFIRM_PAUSE_MS = 1000

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
  clock: Clock = systemClock
): Promise<RevokeResult> {
  const { senderEmail: sender, trackingId } = settings
  await verifySender(client, settings, events)
  const read = statusReader(events)
  // An answer without a state is an error (transferReport), never a state of its own.
  const stateWith = async (reader: CryptshareClient): Promise<string> =>
    transferReport(
      trackingId,
      await readTransfer(reader, sender, trackingId, 'revocation', { naming: events.naming }),
      read
    ).state

  const before = await stateBefore(() => stateWith(client), trackingId, events, signal, clock)
  if (before && (before.startsWith('DELETED') || before === 'FAILED')) {
    events.notice(`Transfer ${trackingId} is ${before}: there is nothing to revoke.`)
    return { trackingId, state: before, revoked: false }
  }
  if (before && before !== 'ACTIVE') {
    throw new DeliveryError(
      'revocation',
      before === 'PROCESSING'
        ? `Transfer ${trackingId} is still PROCESSING after ${REVOKE_PROCESSING_WAIT_MS / 1000} s; only an ACTIVE transfer can be revoked. Try again later.`
        : `Transfer ${trackingId} is in state ${before}; only an ACTIVE transfer can be revoked.`
    )
  }

  let refusal: unknown
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
    refusal = error
  }

  // What the server did: its answer may be lost, the step cancelled during the request, or a
  // concurrent revocation may have won. The status read afterwards settles it (the cancel
  // signal no longer applies: the result must be reported).
  const after = await confirmedState(() => stateWith(client.withoutSignal()), clock, outcomeUnknown(refusal))
  if (after.state === 'DELETED_BY_REVOCATION') {
    if (refusal) events.info(`The revocation's answer did not arrive, but the transfer's status shows it revoked.`)
    events.info(
      `Revoked transfer ${trackingId}: its files are deleted on the server${settings.notifyRecipients ? '; the recipients are notified' : ''}.`
    )
    return { trackingId, state: 'DELETED_BY_REVOCATION', revoked: true }
  }
  const why = refusal === undefined ? undefined : failureText(refusal)
  if (after.state !== undefined) {
    throw new DeliveryError(
      'revocation',
      refusal === undefined
        ? `The server answered the revocation of transfer ${trackingId}, but its status still reads ${after.state}: it was not revoked. Try again, or revoke it in the Cryptshare web interface.`
        : `The server did not revoke transfer ${trackingId} (${why}); it is ${after.state}.`,
      refusal
    )
  }
  if (refusal === undefined && isTokenRefusal(after.error)) {
    // The server accepted the PATCH but lets only the creating token read the transfer.
    events.warning(
      `The server accepted the revocation of transfer ${trackingId}, but does not let this verification token read its status, so the revocation is not confirmed by a status read.`
    )
    return { trackingId, state: 'DELETED_BY_REVOCATION', revoked: true }
  }
  const unread = failureText(after.error)
  throw new DeliveryError(
    'revocation',
    refusal === undefined
      ? `The server answered the revocation of transfer ${trackingId}, but its status could not be read to confirm it (${unread}). Check the transfer's status before relying on it.`
      : `The revocation of transfer ${trackingId} failed (${why}), and its status could not be read afterwards (${unread}): the transfer may or may not be revoked. Check its status (the status command) and revoke again if it is still ACTIVE.`,
    refusal ?? after.error
  )
}

/**
 * The state before the revocation, waiting while it is PROCESSING; undefined when this token may
 * not read it (the server then decides about the revocation itself).
 */
async function stateBefore(
  stateNow: () => Promise<string>,
  trackingId: string,
  events: HostEvents,
  signal: AbortSignal | undefined,
  clock: Clock
): Promise<string | undefined> {
  try {
    const waited = await pollUntil(stateNow, (state) => state !== 'PROCESSING', {
      timeoutMs: REVOKE_PROCESSING_WAIT_MS,
      firstDelayMs: 200,
      maxDelayMs: 5000,
      clock,
      signal,
      onWait: (ms) => events.debug(`Transfer ${trackingId} is still PROCESSING; next check in ${ms} ms.`)
    })
    return waited.value
  } catch (error) {
    if (!isTokenRefusal(causeOf(error))) throw error
    events.info(
      `This verification token may not read transfer ${trackingId}; sending the revocation anyway, the server decides.`
    )
    return undefined
  }
}

/**
 * The state after the revocation, read up to `CONFIRM_READS` times while reads fail (and, when
 * the revocation's outcome is unknown, while it still reads ACTIVE: the request may still be under
 * way on the server); or the last failure.
 */
async function confirmedState(
  stateNow: () => Promise<string>,
  clock: Clock,
  mayStillChange: boolean
): Promise<{ state?: string; error?: unknown }> {
  const read = async (): Promise<{ state?: string; error?: unknown }> => {
    try {
      return { state: await stateNow() }
    } catch (failure) {
      return { error: causeOf(failure) }
    }
  }
  const settled = (last: { state?: string; error?: unknown }): boolean =>
    last.error === undefined ? last.state !== 'ACTIVE' || !mayStillChange : isTokenRefusal(last.error)
  // No cancel signal: the revocation was sent, and what became of it must be said.
  const { value } = await pollUntil(read, settled, {
    timeoutMs: CONFIRM_READS * CONFIRM_PAUSE_MS * 10,
    maxReads: CONFIRM_READS,
    firstDelayMs: CONFIRM_PAUSE_MS,
    maxDelayMs: CONFIRM_PAUSE_MS,
    clock
  })
  return value
}

/** A failed request that the server may still have carried out: its answer was lost, or it was cancelled. */
function outcomeUnknown(error: unknown): boolean {
  return error instanceof CryptshareError && (error.answerLost || error.kind === 'aborted')
}

function causeOf(error: unknown): unknown {
  return error instanceof DeliveryError && error.cause !== undefined ? error.cause : error
}

function failureText(error: unknown): string {
  const cause = causeOf(error)
  if (cause instanceof CryptshareError) return explainRequestFailure(cause)
  return cause instanceof Error ? cause.message : String(cause)
}

/** A server below 1.10: the version check (404/2004), an unknown endpoint (404/1006), or no PATCH (405). */
function isOlderApi(error: unknown): boolean {
  if (!(error instanceof CryptshareError) || error.kind !== 'http') return false
  return error.status === 405 || (error.status === 404 && (error.errorCode === 2004 || error.errorCode === 1006))
}
