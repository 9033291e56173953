/**
 * What every endpoint shares: the request context, routes, and the checks before the work
 * (basic headers, sender email, verification token, the sender's open session, JSON bodies).
 */
import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { ApiError, mediaType, readSmallBody, type Reply } from './http.js'
import type { Operation } from './openapi.js'
import type { Settings } from './settings.js'
import type { EmulatorState } from './state.js'
import type { FileRecord, RecordedRequest, SessionRecord } from './types.js'
import { CLIENT_ID, FILE_ID, TRACKING_ID, decodeSegment, isEmail, isPlainObject } from './validate.js'

export const JSON_LIMIT = 1024 * 1024

export interface Ctx {
  req: IncomingMessage
  method: string
  pathname: string
  query: URLSearchParams
  /** Raw (still percent-encoded) path parameters. */
  params: Record<string, string>
  /** The request body: the request itself, or its copy read ahead during a processEvenIfClosed delay. */
  body: Readable
  /** True when the body was read ahead (the handler can run after the client went away). */
  bodyBuffered?: boolean
  record: RecordedRequest
  /** Set by the common header checks. */
  clientId: string
  /** The emulator closed the connection itself (not a client close). */
  serverClosed: boolean
  /** The answer was written by hand on the socket. */
  rawAnswered?: boolean
  /** Reports the record to onRequest (once). */
  report?: () => void
  /** The spec operation the request matched. */
  operation?: Operation
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>

export interface Route {
  pattern: string[]
  /** No header checks (`/api/status`, `/api/clients`). */
  bare?: boolean
  /** A page for people, not part of the API: not checked against the spec (a literal pattern). */
  web?: boolean
  handlers: Partial<Record<string, Handler>>
}

export function fail(status: number, errorCode: number, message: string): never {
  throw new ApiError(status, errorCode, message)
}

export function checkKeys(body: Record<string, unknown>, allowed: string[], where = ''): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) fail(400, 1004, `Unknown field: ${where}${key}`)
}

/** A header, or its query-parameter alternative. */
export function param(ctx: Ctx, header: string, queryName: string): string | undefined {
  const value = ctx.req.headers[header]
  if (Array.isArray(value)) return value[0]
  if (value !== undefined) return value
  return ctx.query.get(queryName) ?? undefined
}

/** The X-CS-* headers every endpoint but the bare ones needs; sets `ctx.clientId`. */
export function checkBasics(ctx: Ctx, maxMinorVersion: number): void {
  const major = param(ctx, 'x-cs-majorapiversion', 'major-api-version')
  if (major === undefined) fail(400, 1002, 'Missing required header X-CS-MajorApiVersion')
  if (major.trim() !== '1') fail(404, 2004, `API major version ${major} is not supported`)
  const minor = param(ctx, 'x-cs-minimumminorapiversion', 'minimum-minor-api-version')
  if (minor === undefined) fail(400, 1002, 'Missing required header X-CS-MinimumMinorApiVersion')
  if (!/^\d+$/.test(minor.trim())) fail(400, 1004, 'X-CS-MinimumMinorApiVersion must be an integer')
  if (Number(minor) > maxMinorVersion) {
    fail(404, 2004, `API version 1.${Number(minor)} is not supported (highest: 1.${maxMinorVersion})`)
  }
  const clientId = param(ctx, 'x-cs-clientid', 'client-id')
  if (clientId === undefined) fail(400, 1002, 'Missing required header X-CS-ClientId')
  if (!CLIENT_ID.test(clientId)) fail(400, 1004, 'X-CS-ClientId must be 50 to 4000 characters of [A-Za-z0-9]')
  const productKey = param(ctx, 'x-cs-productkey', 'product-key')
  if (productKey !== undefined && productKey !== 'api.rest') fail(400, 1004, `Unknown product key ${productKey}`)
  ctx.clientId = clientId
}

/** The sender email of the path (400/1005 when it is not an address). */
export function senderEmail(ctx: Ctx): string {
  const email = decodeSegment(ctx.params.email)
  if (email === undefined || !isEmail(email)) fail(400, 1005, 'The email address in the path is invalid')
  return email
}

export function presentedToken(ctx: Ctx): string | undefined {
  return param(ctx, 'x-cs-verificationtoken', 'verification-token')
}

/** The tracking id of the path (400/1005 when malformed). */
export function trackingIdOf(ctx: Ctx): string {
  const tid = ctx.params.tid
  if (!TRACKING_ID.test(tid)) fail(400, 1005, 'The tracking id in the path is invalid')
  return tid
}

/** Counts the body bytes a handler reads from ctx.body, unless they were counted while reading ahead. */
export function counter(ctx: Ctx): (n: number) => void {
  return (n) => {
    if (!ctx.bodyBuffered) ctx.record.bodyBytes += n
  }
}

export async function jsonBody(ctx: Ctx, optional = false): Promise<unknown> {
  const contentType = ctx.req.headers['content-type']
  const raw = await readSmallBody(ctx.body, JSON_LIMIT, counter(ctx))
  if (raw.length === 0 && contentType === undefined) {
    if (optional) return undefined
    fail(400, 1004, 'The request body is missing')
  }
  if (mediaType(contentType) !== 'application/json')
    throw new ApiError(415, 1004, 'Content-Type must be application/json')
  if (raw.length === 0) {
    if (optional) return undefined
    fail(400, 1004, 'The request body is missing')
  }
  try {
    return JSON.parse(raw.toString('utf8')) as unknown
  } catch {
    fail(400, 1004, 'The request body is not valid JSON')
  }
}

export async function objectBody(ctx: Ctx): Promise<Record<string, unknown>> {
  const body = await jsonBody(ctx)
  if (!isPlainObject(body)) fail(400, 1004, 'The body must be a JSON object')
  return body
}

export async function noBody(ctx: Ctx): Promise<void> {
  const raw = await readSmallBody(ctx.body, JSON_LIMIT, counter(ctx))
  if (raw.length) fail(400, 1004, 'This request takes no body')
}

export function userPath(ctx: Ctx, rest: string): string {
  return `/api/users/${ctx.params.email}/${rest}`
}

/** The session's not deleted file of the path. */
export function liveFile(ctx: Ctx, session: SessionRecord): FileRecord {
  const fid = ctx.params.fid
  if (!FILE_ID.test(fid)) fail(400, 1005, 'The file id in the path is invalid')
  const file = session.files.find((f) => f.id === fid && !f.deleted)
  if (!file) fail(404, 2003, `File ${fid} does not exist`)
  return file
}

/** The sender of the path, the verification token presented, and the sender's open session of the path. */
export interface SenderSession {
  email: string
  token: string
  session: SessionRecord
}

/** An endpoint family: its routes, with the checks that need the emulator's settings and state. */
export abstract class Endpoints {
  constructor(
    protected readonly settings: Settings,
    protected readonly state: EmulatorState
  ) {}

  abstract routes(): Route[]

  /** The presented verification token, valid for this sender + client id (else 403/3002). */
  protected requireToken(ctx: Ctx, email: string): string {
    const token = presentedToken(ctx)
    if (token === undefined || !this.state.validToken(email, ctx.clientId, token))
      fail(403, 3002, 'Invalid verification data')
    return token
  }

  /** The sender and a valid token of the path's sender, or why not. */
  protected verifiedSender(ctx: Ctx): { email: string; token: string } {
    const email = senderEmail(ctx)
    return { email, token: this.requireToken(ctx, email) }
  }

  /** Sender, token and the open session of the path, usable with that token (`sessionAccess`). */
  protected sessionOf(ctx: Ctx): SenderSession {
    const { email, token } = this.verifiedSender(ctx)
    const tid = trackingIdOf(ctx)
    const session = this.state.sessions.get(tid)
    if (!session || session.state !== 'OPEN' || session.sender.toLowerCase() !== email.toLowerCase()) {
      fail(404, 2003, `Transfer session ${tid} does not exist`)
    }
    if (session.token !== token && this.settings.tokenRules.sessionAccess === 'creator')
      fail(401, 3002, 'The verification token is not the one the transfer session was created with')
    return { email, token, session }
  }

  protected location(path: string): string {
    return this.settings.server.locationStyle === 'absolute' ? `${this.state.baseUrl}${path}` : path
  }

  protected fileHref(ctx: Ctx, session: SessionRecord): (file: FileRecord) => string {
    return (file) => this.location(userPath(ctx, `transfer-sessions/${session.trackingId}/files/${file.id}`))
  }
}
