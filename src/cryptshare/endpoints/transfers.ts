// The sender's transfers (finalized sessions): the list, one transfer's status, revocation.
import { CryptshareError } from '../errors.js'
import { protocolError, replyJson } from '../reply.js'
import { NOT_AFTER_A_LOST_ANSWER, type RequestPipeline } from '../request.js'
import type { TransferStatus } from '../types.js'

/** Revocation came with REST API 1.10. */
export const REVOCATION_MINOR_API_VERSION = 10

/** What a revocation tells whom (`revocationOptions`); the server's defaults where absent. */
export interface RevocationOptions {
  notifySender: boolean
  notifyRecipients: boolean
  /** Text of the revocation email (Markdown); the server's language-pack text when absent. */
  message?: string
}

/**
 * One page (1-based) of the sender's transfers, newest first:
 * `GET …/transfers?page=&page-size=` (at most 100 per page). The entries are not checked here.
 */
export async function listTransfers(
  api: RequestPipeline,
  email: string,
  page: number,
  pageSize: number
): Promise<unknown[]> {
  const url = `${api.urls.user(email, 'transfers')}?page=${page}&page-size=${pageSize}`
  const reply = await api.call({ method: 'GET', url, token: true })
  const list = replyJson<unknown>(reply)
  if (!Array.isArray(list)) throw protocolError(reply, 'the list of transfers is not an array')
  return list as unknown[]
}

/**
 * Whether a transfer exists, from one status request: `exists` (2xx), `absent` (404, which
 * right after a finalize may also be lag) or `unclear` (any other failure).
 */
export async function transferExistence(
  api: RequestPipeline,
  statusUrl: string,
  signal?: AbortSignal
): Promise<'exists' | 'absent' | 'unclear'> {
  try {
    await api.call({ method: 'GET', url: statusUrl, token: true, signal, retry: { retryable: () => false } })
    return 'exists'
  } catch (error) {
    return error instanceof CryptshareError && error.kind === 'http' && error.status === 404 ? 'absent' : 'unclear'
  }
}

/** `timeoutMs` bounds the whole call (see `Call.timeoutMs`), e.g. by the time left to wait for processing. */
export async function transferStatus(
  api: RequestPipeline,
  statusUrl: string,
  options: { timeoutMs?: number } = {}
): Promise<TransferStatus> {
  return replyJson<TransferStatus>(
    await api.call({ method: 'GET', url: statusUrl, token: true, timeoutMs: options.timeoutMs })
  )
}

/**
 * Revokes a sent transfer (API ≥ 1.10): `PATCH …/transfers/{id}` to `DELETED_BY_REVOCATION`.
 * The success status is not documented: any 2xx. A lost answer is not retried (a second PATCH
 * of a revoked transfer is refused): the caller reads the status instead.
 */
export async function revokeTransfer(
  api: RequestPipeline,
  email: string,
  trackingId: string,
  options: RevocationOptions
): Promise<void> {
  const revocationOptions: Record<string, unknown> = {
    notifySender: options.notifySender,
    notifyRecipients: options.notifyRecipients
  }
  if (options.message) revocationOptions.message = options.message
  await api.call({
    method: 'PATCH',
    url: api.urls.transfer(email, trackingId),
    token: true,
    minimumMinor: REVOCATION_MINOR_API_VERSION,
    json: { status: { state: 'DELETED_BY_REVOCATION' }, revocationOptions },
    retry: NOT_AFTER_A_LOST_ANSWER
  })
}
