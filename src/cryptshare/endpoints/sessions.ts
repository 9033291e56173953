// The sender's transfer policy and transfer sessions: create, read, change, delete, finalize.
import type { RetryRules } from '../../http/retry.js'
import { LocationError } from '../errors.js'
import { idFromLocation, quoted } from '../location.js'
import { header, parseJson, protocolError, replyJson } from '../reply.js'
import type { RequestPipeline } from '../request.js'
import type { SessionCreation, SessionPatch, TransferPolicy, TransferSession } from '../types.js'

export async function transferPolicy(
  api: RequestPipeline,
  email: string,
  recipients: string[]
): Promise<TransferPolicy> {
  const url = api.urls.user(email, 'transfer-policy')
  return replyJson<TransferPolicy>(await api.call({ method: 'POST', url, token: true, json: { recipients } }))
}

/**
 * Creates a transfer session; the tracking id is the last segment of `Location`. `lostAttempts`
 * counts earlier attempts whose answer was lost: each may have created a session of its own.
 * A `Location` naming an implausible id is a `LocationError` (the session it names may exist).
 */
export async function createSession(
  api: RequestPipeline,
  email: string,
  body: SessionCreation,
  options: { signal?: AbortSignal; mayRetry?: () => boolean } = {}
): Promise<{ trackingId: string; lostAttempts: number }> {
  let lostAttempts = 0
  const reply = await api.call({
    method: 'POST',
    url: api.urls.user(email, 'transfer-sessions'),
    token: true,
    json: body,
    signal: options.signal,
    retry: {
      beforeRetry: (error) => {
        if (error.answerLost) lostAttempts++
        return Promise.resolve(options.mayRetry?.() ?? true)
      }
    }
  })
  const location = header(reply, 'location')
  if (location !== undefined) {
    const named = idFromLocation(location)
    if ('id' in named) return { trackingId: named.id, lostAttempts }
    throw new LocationError(
      { kind: 'protocol', status: reply.status, method: reply.method, url: reply.url },
      `the Location header of the new session (${quoted(location)}) names no plausible tracking id: ${named.problem}`,
      location
    )
  }
  // Documented: 201 with the session URL in Location. Some versions may also name it in the body.
  const data = parseJson(reply.body) as { data?: { trackingId?: unknown } } | undefined
  const fromBody = typeof data?.data?.trackingId === 'string' ? idFromLocation(data.data.trackingId) : undefined
  if (fromBody && 'id' in fromBody) return { trackingId: fromBody.id, lostAttempts }
  throw protocolError(reply, 'the answer has no Location header with the tracking id')
}

export async function getSession(api: RequestPipeline, email: string, trackingId: string): Promise<TransferSession> {
  return replyJson<TransferSession>(
    await api.call({ method: 'GET', url: api.urls.session(email, trackingId), token: true })
  )
}

export async function patchSession(
  api: RequestPipeline,
  email: string,
  trackingId: string,
  patch: SessionPatch
): Promise<TransferSession> {
  const reply = await api.call({
    method: 'PATCH',
    url: api.urls.session(email, trackingId),
    token: true,
    json: patch
  })
  return reply.body.length ? replyJson<TransferSession>(reply) : {}
}

/** `renewToken: false`: a refused token is not renewed (a session known to refuse new tokens). */
export async function deleteSession(
  api: RequestPipeline,
  email: string,
  trackingId: string,
  options: { renewToken?: boolean } = {}
): Promise<void> {
  await api.call({
    method: 'DELETE',
    url: api.urls.session(email, trackingId),
    token: true,
    renew: options.renewToken
  })
}

/**
 * Deletes the session a creation's `Location` named, when that URL lies directly below this
 * sender's sessions on our server; returns false when it names no such URL.
 */
export async function deleteSessionAt(api: RequestPipeline, email: string, location: string): Promise<boolean> {
  let url: URL
  try {
    url = new URL(api.urls.resolve(location))
  } catch {
    return false
  }
  const sessions = new URL(api.urls.user(email, 'transfer-sessions'))
  const path = url.pathname.replace(/\/+$/, '')
  const segment = path.slice(sessions.pathname.length + 1)
  if (url.origin !== sessions.origin || !path.startsWith(`${sessions.pathname}/`) || !segment || segment.includes('/'))
    return false
  await api.call({ method: 'DELETE', url: `${sessions.href}/${segment}`, token: true })
  return true
}

/**
 * Finalizes the session: one request (`retry` rules decide about repeating it). Returns the
 * raw `Location` (the status URL), if any; `finalizeOutcome` in the delivery decides what a
 * failure means.
 */
export async function finalize(
  api: RequestPipeline,
  email: string,
  trackingId: string,
  options: { signal?: AbortSignal; retry?: RetryRules } = {}
): Promise<{ location?: string }> {
  const reply = await api.call({
    method: 'POST',
    url: api.urls.session(email, trackingId),
    token: true,
    signal: options.signal,
    retry: options.retry
  })
  return { location: header(reply, 'location') }
}
