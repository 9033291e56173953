// Server status, passwords, and sender verification (client id or emailed code).
import { protocolError, replyJson } from '../reply.js'
import { NOT_AFTER_A_LOST_ANSWER, type RequestPipeline } from '../request.js'
import type { PasswordRule, PasswordValidation, VerificationStatus, VerificationToken } from '../types.js'

/** `GET /api/status` (API ≥ 1.13); the body may or may not be wrapped in `data`. */
export async function serverStatus(api: RequestPipeline, options: { timeoutMs?: number } = {}): Promise<unknown> {
  return replyJson(
    await api.call({
      method: 'GET',
      url: api.urls.api('status'),
      withoutApiHeaders: true,
      timeoutMs: options.timeoutMs
    })
  )
}

export async function verificationStatus(
  api: RequestPipeline,
  email: string,
  options: { signal?: AbortSignal; minimumMinor?: number } = {}
): Promise<VerificationStatus> {
  const reply = await api.call({
    method: 'GET',
    url: api.urls.user(email, 'verification'),
    token: api.token !== undefined,
    verification: true,
    signal: options.signal,
    minimumMinor: options.minimumMinor
  })
  return replyJson<VerificationStatus>(reply)
}

/** Client-id verification: `POST …/verification/token` with `{}`. */
export async function requestToken(
  api: RequestPipeline,
  email: string,
  options: { signal?: AbortSignal } = {}
): Promise<VerificationToken> {
  const reply = await api.call({
    method: 'POST',
    url: api.urls.user(email, 'verification/token'),
    json: {},
    signal: options.signal
  })
  const data = replyJson<Partial<VerificationToken>>(reply)
  if (typeof data.token !== 'string' || !data.token) throw protocolError(reply, 'the answer carries no token')
  return { token: data.token, validUntil: data.validUntil }
}

/**
 * Email verification, step 1: the server mails a verification code to `email` (no body). A lost
 * answer is not retried: a second request may invalidate the code the first one mailed.
 */
export async function requestVerificationCode(api: RequestPipeline, email: string): Promise<void> {
  await api.call({
    method: 'POST',
    url: api.urls.user(email, 'verification/code/email'),
    retry: NOT_AFTER_A_LOST_ANSWER
  })
}

/**
 * Email verification, step 2: exchanges the mailed code for a verification token. A lost answer
 * is not retried: the server may have used the code up.
 */
export async function exchangeVerificationCode(
  api: RequestPipeline,
  email: string,
  verificationCode: string
): Promise<VerificationToken> {
  const reply = await api.call({
    method: 'POST',
    url: api.urls.user(email, 'verification/token'),
    json: { verificationCode },
    retry: NOT_AFTER_A_LOST_ANSWER
  })
  const data = replyJson<Partial<VerificationToken>>(reply)
  if (typeof data.token !== 'string' || !data.token) throw protocolError(reply, 'the answer carries no token')
  return { token: data.token, validUntil: data.validUntil }
}

export async function generatePassword(api: RequestPipeline): Promise<string> {
  const reply = await api.call({ method: 'GET', url: api.urls.api('password'), token: api.token !== undefined })
  const data = replyJson<{ password?: unknown }>(reply)
  if (typeof data.password !== 'string' || !data.password) throw protocolError(reply, 'the answer carries no password')
  return data.password
}

export async function validatePassword(api: RequestPipeline, password: string): Promise<PasswordValidation> {
  const reply = await api.call({
    method: 'POST',
    url: api.urls.api('password'),
    token: api.token !== undefined,
    json: { password }
  })
  return replyJson<PasswordValidation>(reply)
}

export async function passwordRequirements(api: RequestPipeline): Promise<PasswordRule[]> {
  const reply = await api.call({
    method: 'GET',
    url: api.urls.api('password/requirements'),
    token: api.token !== undefined
  })
  const data = replyJson<unknown>(reply)
  return Array.isArray(data) ? (data as PasswordRule[]) : []
}
