/**
 * A strict, stateful emulator of the Cryptshare server REST API (sender side), for tests,
 * the local demo and the CI self-test. See /work/shared/cryptshare-api.md for the API.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { createHash } from 'node:crypto'
import type { Socket } from 'node:net'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  actionOf,
  armFault,
  fires,
  POST_ACTIONS,
  randomFailures,
  type ArmedFault,
  type RandomFailure
} from './faults.js'
import {
  ApiError,
  bufferBody,
  dataReply,
  defaultErrorCode,
  emptyReply,
  errorReply,
  mediaType,
  readSmallBody,
  REASONS,
  type Reply
} from './http.js'
import { OpenApiSpec, SPEC_PREFIX, type Operation, type SpecRefusal, type SpecViolation } from './openapi.js'
import { generatePassword, passwordRequirements, unmetRules } from './passwords.js'
import { validatePatch } from './patch.js'
import { blockedRecipients, isBlockedSender, policySettings, resolvePolicy, type Policy } from './policy.js'
import { randomAlnum } from './random.js'
import type { EmulatorOptions, Fault, FileRecord, PasswordMode, RecordedRequest, SessionRecord } from './types.js'
import { hashName, receiveToFile } from './upload.js'
import {
  CLIENT_ID,
  FILE_ID,
  TRACKING_ID,
  decodeSegment,
  firstLanguage,
  formatIso,
  isEmail,
  isPlainObject
} from './validate.js'
import { liveFiles, sessionView, statusView, type RecipientCopy, type StatusState } from './views.js'

export type {
  EmulatorOptions,
  Fault,
  FileRecord,
  PasswordMode,
  PolicyOptions,
  RecordedRequest,
  SessionRecord
} from './types.js'

/** The client id registered by default (64 alphanumerics; for local demos and tests only). */
export const DEMO_CLIENT_ID = 'CryptshareEmulatorDemoClientIdForLocalTestsOnly0123456789abcdefg'

const DAY = 86_400_000
const TOKEN_VALIDITY = DAY
const JSON_LIMIT = 1024 * 1024

interface Ctx {
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

type Handler = (ctx: Ctx) => Reply | Promise<Reply>

interface Route {
  pattern: string[]
  /** No header checks (`/api/status`, `/api/clients`). */
  bare?: boolean
  handlers: Partial<Record<string, Handler>>
}

interface IssuedToken {
  token: string
  validUntil: number
}

function fail(status: number, errorCode: number, message: string): never {
  throw new ApiError(status, errorCode, message)
}

function checkKeys(body: Record<string, unknown>, allowed: string[], where = ''): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) fail(400, 1004, `Unknown field: ${where}${key}`)
}

export class Emulator {
  readonly requests: RecordedRequest[] = []
  readonly sessions = new Map<string, SessionRecord>()
  tokensIssued = 0
  policyChecks = 0
  /** Last emailed verification code per sender (lower-case email), for email verification. */
  readonly emailCodes = new Map<string, string>()

  private readonly options: EmulatorOptions
  private readonly policy: Policy
  private readonly registeredClientIds: Set<string>
  private readonly clientIdSenders?: Set<string>
  private readonly maxMinorVersion: number
  private readonly passwordMinLength: number
  private readonly checksumAlgorithm: string
  private readonly faults: ArmedFault[] = []
  private readonly randomFailure?: () => RandomFailure | undefined
  private readonly tokens = new Map<string, IssuedToken>()
  private readonly copies = new Map<string, RecipientCopy[]>()
  private readonly routes: Route[]
  private readonly sockets = new Set<Socket>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly inflight = new Set<Promise<void>>()
  private readonly spec = OpenApiSpec.load()
  private readonly violations: SpecViolation[] = []
  private readonly answerViolations: SpecViolation[] = []
  private server?: Server
  private baseUrl = ''
  private storageDir = ''
  private ownsStorage = false
  private uploadSeq = 0
  private stopped = false

  constructor(options: EmulatorOptions = {}) {
    this.options = { ...options }
    this.policy = resolvePolicy(options.policy)
    this.registeredClientIds = new Set(options.clientIds ?? [DEMO_CLIENT_ID])
    if (options.clientIdSenders) this.clientIdSenders = new Set(options.clientIdSenders.map((e) => e.toLowerCase()))
    this.maxMinorVersion = options.maxMinorVersion ?? 15
    this.passwordMinLength = options.passwordMinLength ?? 10
    this.checksumAlgorithm = options.fileChecksumAlgorithm ?? 'SHA256'
    for (const fault of options.faults ?? []) this.addFault(fault)
    if (options.randomFailureRate)
      this.randomFailure = randomFailures(options.randomFailureRate, options.randomSeed ?? 1)
    this.routes = this.buildRoutes()
  }

  /** Base URL such as `http://127.0.0.1:43210` (no `/api`); empty before start(). */
  get url(): string {
    return this.baseUrl
  }

  addFault(fault: Fault): void {
    this.faults.push(armFault(fault))
  }

  /** Sessions created and neither deleted nor finalized. */
  liveSessions(): SessionRecord[] {
    return [...this.sessions.values()].filter((s) => s.state === 'OPEN')
  }

  /** Recorded requests with this method (any when undefined) whose pathname matches (a string is a regex source). */
  requestsTo(method: string | undefined, path: RegExp | string): RecordedRequest[] {
    const pattern = path instanceof RegExp ? path : new RegExp(path)
    return this.requests.filter(
      (r) => (method === undefined || r.method === method.toUpperCase()) && pattern.test(r.path)
    )
  }

  /** Finalize requests (POST …/transfer-sessions/{id}) received, whatever became of them. */
  finalizeRequests(trackingId?: string): RecordedRequest[] {
    const id = trackingId ?? '[^/]+'
    return this.requestsTo('POST', new RegExp(`/transfer-sessions/${id}$`))
  }

  /** Requests that did not match the OpenAPI spec (refused unless `specValidation` is 'record'). */
  specViolations(): SpecViolation[] {
    return [...this.violations]
  }

  /** The emulator's own JSON answers that do not match the spec's response schemas (should stay empty). */
  responseViolations(): SpecViolation[] {
    return [...this.answerViolations]
  }

  /** Resolves once every request received so far is finished with (answered, dropped or given up). */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight])
  }

  /** Finalized sessions (transfers). */
  transfers(): SessionRecord[] {
    return [...this.sessions.values()].filter((s) => s.state === 'FINALIZED')
  }

  async start(): Promise<string> {
    if (this.server) throw new Error('the emulator is already started')
    if (this.options.storageDir) {
      this.storageDir = this.options.storageDir
      await mkdir(this.storageDir, { recursive: true })
    } else {
      this.storageDir = await mkdtemp(join(tmpdir(), 'cs-emulator-'))
      this.ownsStorage = true
    }
    const server = createServer((req, res) => {
      const work = this.handle(req, res).catch((error) => {
        console.error('emulator: unexpected failure', error)
        if (!res.headersSent) res.destroy()
      })
      this.inflight.add(work)
      void work.finally(() => this.inflight.delete(work))
    })
    server.keepAliveTimeout = 5000
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.server = server
    const host = this.options.host ?? '127.0.0.1'
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.options.port ?? 0, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('unexpected server address')
    const urlHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host
    this.baseUrl = `http://${urlHost}:${address.port}`
    return this.baseUrl
  }

  async stop(): Promise<void> {
    this.stopped = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.inflight.clear()
    const server = this.server
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of this.sockets) socket.destroy()
      await closed
    }
    if (this.ownsStorage && this.storageDir) await rm(this.storageDir, { recursive: true, force: true })
  }

  // ------------------------------------------------------------------ request pipeline

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const rawUrl = req.url ?? '/'
    const q = rawUrl.indexOf('?')
    const pathname = q >= 0 ? rawUrl.slice(0, q) : rawUrl
    const query = new URLSearchParams(q >= 0 ? rawUrl.slice(q + 1) : '')
    const record: RecordedRequest = {
      method,
      path: pathname,
      query: Object.fromEntries(query),
      headers: { ...req.headers },
      status: 0,
      bodyBytes: 0,
      at: Date.now(),
      faults: [],
      processed: false,
      clientClosed: false,
      done: false
    }
    this.requests.push(record)
    const ctx: Ctx = { req, body: req, method, pathname, query, params: {}, record, clientId: '', serverClosed: false }
    let reported = false
    const report = (): void => {
      if (reported) return
      reported = true
      this.options.onRequest?.(record)
    }
    res.on('finish', () => {
      record.status = res.statusCode
      report()
    })
    res.on('close', () => {
      if (!res.writableFinished && !ctx.serverClosed && !ctx.rawAnswered) record.clientClosed = true
      report()
    })
    ctx.report = report
    try {
      await this.process(ctx, res)
    } finally {
      record.done = true
    }
  }

  private async process(ctx: Ctx, res: ServerResponse): Promise<void> {
    const { req, method, pathname, record } = ctx
    let lostAnswer: number | undefined
    let post: Fault | undefined
    for (const armed of this.faults) {
      if (!fires(armed, method, pathname)) continue
      const fault = armed.fault
      record.faults.push(actionOf(fault))
      if (fault.delayMs !== undefined) {
        if (fault.processEvenIfClosed && ctx.body === req) {
          const [body] = await Promise.all([bufferBody(req, (n) => (record.bodyBytes += n)), this.sleep(fault.delayMs)])
          ctx.body = Readable.from([body])
          ctx.bodyBuffered = true
        } else await this.sleep(fault.delayMs)
        if (this.stopped) return
        if (!ctx.bodyBuffered && (req.socket.destroyed || record.clientClosed)) {
          record.clientClosed = true
          return // the client went away during the delay: not processed
        }
      } else if (fault.afterProcessing !== undefined) {
        lostAnswer ??= fault.afterProcessing
      } else if ((POST_ACTIONS as readonly string[]).includes(actionOf(fault))) {
        post ??= fault
      } else {
        return this.applyFault(fault, ctx, res)
      }
    }
    if (pathname !== '/api/status' && this.randomFailure) {
      const failure = this.randomFailure()
      if (failure) {
        const message = `${REASONS[failure.status] ?? 'Failure'} (emulated random failure)`
        return this.send(ctx, res, errorReply(failure.status, failure.errorCode, message, failure.headers))
      }
    }
    let reply: Reply
    try {
      const refusal = await this.checkSpec(ctx)
      if (refusal) {
        this.violations.push({ method, path: pathname, problem: refusal.problem })
        record.specProblem = refusal.problem
      }
      reply =
        refusal && this.options.specValidation !== 'record'
          ? errorReply(refusal.status, refusal.errorCode, `${SPEC_PREFIX}${refusal.problem}`, refusal.headers)
          : await this.checkedDispatch(ctx)
    } catch (error) {
      if (error instanceof ApiError) reply = errorReply(error.status, error.errorCode, error.message, error.headers)
      else if (!ctx.bodyBuffered && (req.destroyed || res.destroyed)) return
      else {
        console.error('emulator: unhandled exception', error)
        reply = errorReply(500, 5000, 'Unhandled server exception')
      }
    }
    record.handledStatus = reply.status
    if (lostAnswer !== undefined) {
      reply = errorReply(
        lostAnswer,
        defaultErrorCode(lostAnswer),
        `${REASONS[lostAnswer] ?? 'Failure'} (emulated lost answer)`
      )
    }
    if (post?.rewrite && reply.json !== undefined && reply.status >= 200 && reply.status < 300) {
      reply = { ...reply, json: post.rewrite(structuredClone(reply.json)) }
    }
    if (post?.dropAfterProcessing) {
      ctx.serverClosed = true
      req.socket.destroy()
      return
    }
    if (post?.location !== undefined) {
      const headers = Object.fromEntries(
        Object.entries(reply.headers ?? {}).filter(([k]) => k.toLowerCase() !== 'location')
      )
      const original = Object.entries(reply.headers ?? {}).find(([k]) => k.toLowerCase() === 'location')?.[1]
      const location = typeof post.location === 'function' ? post.location(original) : post.location
      return this.sendRaw(ctx, res, { ...reply, headers: { ...headers, Location: location } })
    }
    if (post?.trickleMs !== undefined)
      return this.sendTrickled(ctx, res, reply, post.trickleMs, post.trickleHeaders === true)
    this.send(ctx, res, reply)
  }

  private applyFault(fault: Fault, ctx: Ctx, res: ServerResponse): void {
    const socket = ctx.req.socket
    if (fault.status !== undefined) {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {}
      const code = fault.errorCode ?? defaultErrorCode(fault.status)
      return this.send(
        ctx,
        res,
        errorReply(fault.status, code, `${REASONS[fault.status] ?? 'Failure'} (emulated fault)`, headers)
      )
    }
    if (fault.html) {
      const body =
        '<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>We will be back soon</h1></body></html>'
      return this.send(ctx, res, { status: 200, text: { contentType: 'text/html; charset=utf-8', body } })
    }
    ctx.serverClosed = true
    if (fault.resetAfterBytes !== undefined) {
      const limit = fault.resetAfterBytes
      if (limit <= 0) {
        socket.destroy()
        return
      }
      let seen = 0
      ctx.req.on('data', (chunk: Buffer) => {
        seen += chunk.length
        ctx.record.bodyBytes += chunk.length
        if (seen >= limit) socket.destroy()
      })
      ctx.req.on('end', () => socket.destroy())
      ctx.req.on('error', () => socket.destroy())
      return
    }
    if (fault.stallMs !== undefined) {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        socket.destroy()
      }, fault.stallMs)
      this.timers.add(timer)
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }

  /** The answer's status line + headers and body (with Content-Type and Content-Length). */
  private answerParts(reply: Reply): { headers: Record<string, string>; body?: Buffer } {
    const headers: Record<string, string> = { ...reply.headers }
    let body: Buffer | undefined
    if (reply.json !== undefined) {
      body = Buffer.from(JSON.stringify(reply.json))
      headers['Content-Type'] = 'application/json'
    } else if (reply.text) {
      body = Buffer.from(reply.text.body)
      headers['Content-Type'] = reply.text.contentType
    }
    if (reply.status !== 204 && reply.status !== 304) headers['Content-Length'] = String(body?.length ?? 0)
    else body = undefined
    return { headers, body }
  }

  /** False when the answer can no longer be sent; else drains an unread body (early answer). */
  private prepareAnswer(ctx: Ctx, res: ServerResponse): boolean {
    if (res.headersSent || res.destroyed || ctx.req.socket.destroyed) return false
    const req = ctx.req
    if (req.readableFlowing === null && !req.readableEnded) {
      // An unread body (early answer): drain it so the keep-alive connection stays usable.
      req.on('data', (chunk: Buffer) => (ctx.record.bodyBytes += chunk.length))
      req.on('error', () => undefined)
      req.resume()
    }
    return true
  }

  private send(ctx: Ctx, res: ServerResponse, reply: Reply): void {
    if (!this.prepareAnswer(ctx, res)) return
    const { headers, body } = this.answerParts(reply)
    res.writeHead(reply.status, headers)
    res.end(body)
  }

  /** The whole answer as raw bytes, closing the connection afterwards (no header validation). */
  private rawAnswer(reply: Reply): Buffer {
    const { headers, body } = this.answerParts(reply)
    const lines = [`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? 'Unknown'}`]
    lines.push(`Date: ${new Date().toUTCString()}`, 'Connection: close')
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
    const head = `${lines.join('\r\n')}\r\n\r\n`
    // eslint-disable-next-line no-control-regex -- one byte per character wherever latin1 can carry it
    const encoded = /^[\u0000-\u00ff]*$/.test(head) ? Buffer.from(head, 'latin1') : Buffer.from(head, 'utf8')
    return body ? Buffer.concat([encoded, body]) : encoded
  }

  /** Writes a hand-built answer on the socket (any header value) and closes the connection. */
  private sendRaw(ctx: Ctx, res: ServerResponse, reply: Reply): void {
    if (!this.prepareAnswer(ctx, res)) return
    ctx.rawAnswered = true
    ctx.record.status = reply.status
    ctx.req.socket.end(this.rawAnswer(reply))
    ctx.report?.()
  }

  /** Sends the answer one byte every `ms` (body only, or everything with `withHeaders`). */
  private async sendTrickled(
    ctx: Ctx,
    res: ServerResponse,
    reply: Reply,
    ms: number,
    withHeaders: boolean
  ): Promise<void> {
    if (!this.prepareAnswer(ctx, res)) return
    const socket = ctx.req.socket
    let bytes: Buffer
    let write: (byte: Buffer) => void
    let finish: () => void
    if (withHeaders) {
      ctx.rawAnswered = true
      bytes = this.rawAnswer(reply)
      write = (byte) => socket.write(byte)
      finish = () => {
        ctx.record.status = reply.status
        socket.end()
        ctx.report?.()
      }
    } else {
      const { headers, body } = this.answerParts(reply)
      res.writeHead(reply.status, headers)
      res.flushHeaders()
      bytes = body ?? Buffer.alloc(0)
      write = (byte) => res.write(byte)
      finish = () => res.end()
    }
    await new Promise<void>((resolve) => {
      let i = 0
      let timer: NodeJS.Timeout | undefined
      const onClose = (): void => {
        if (timer) clearTimeout(timer)
        if (timer) this.timers.delete(timer)
        resolve()
      }
      const step = (): void => {
        if (timer) this.timers.delete(timer)
        timer = undefined
        if (this.stopped || socket.destroyed) return onClose()
        if (i >= bytes.length) {
          socket.off('close', onClose)
          finish()
          return resolve()
        }
        write(bytes.subarray(i, ++i))
        timer = setTimeout(step, ms)
        this.timers.add(timer)
      }
      socket.once('close', onClose)
      timer = setTimeout(step, ms)
      this.timers.add(timer)
    })
  }

  /** Bytes the handlers read from ctx.body, unless they were counted while reading ahead. */
  private counter(ctx: Ctx): (n: number) => void {
    return (n) => {
      if (!ctx.bodyBuffered) ctx.record.bodyBytes += n
    }
  }

  /** Why the request does not match the spec (undefined when it does, or when checking is off). */
  private async checkSpec(ctx: Ctx): Promise<(SpecRefusal & { headers?: Record<string, string> }) | undefined> {
    if (this.options.specValidation === 'off') return undefined
    const match = this.spec.match(ctx.method, ctx.pathname)
    if (!('template' in match)) return match
    ctx.operation = match
    const headers = ctx.req.headers
    const parameters = this.spec.checkParameters(match, ctx.query, headers)
    if (parameters) return parameters
    const length = headers['content-length']
    const hasBody = (length !== undefined && length !== '0') || headers['transfer-encoding'] !== undefined
    const type = mediaType(headers['content-type'])
    const media = this.spec.checkMediaType(match, type, hasBody)
    if (media) return media
    if (!hasBody || type !== 'application/json') return undefined
    // read the (small) JSON body ahead, check it, and hand the handler a copy
    const raw = await readSmallBody(ctx.body, JSON_LIMIT, this.counter(ctx))
    ctx.body = Readable.from([raw])
    ctx.bodyBuffered = true
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      return { status: 400, errorCode: 1004, problem: 'the body is not valid JSON' }
    }
    return this.spec.checkBody(match, type, body)
  }

  /** dispatch(), then the answer is checked against the operation's response schema. */
  private async checkedDispatch(ctx: Ctx): Promise<Reply> {
    let reply: Reply
    try {
      reply = await this.dispatch(ctx)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      reply = errorReply(error.status, error.errorCode, error.message, error.headers)
    }
    if (ctx.operation) {
      const problem = this.spec.checkResponse(ctx.operation, reply.status, reply.json)
      if (problem) this.answerViolations.push({ method: ctx.method, path: ctx.pathname, problem })
    }
    return reply
  }

  private async dispatch(ctx: Ctx): Promise<Reply> {
    const segments = ctx.pathname.split('/')
    if (segments[0] !== '') fail(404, 1006, 'The endpoint does not exist')
    const parts = segments.slice(1)
    for (const route of this.routes) {
      if (route.pattern.length !== parts.length) continue
      const params: Record<string, string> = {}
      const matches = route.pattern.every((p, i) => {
        if (p.startsWith(':')) {
          params[p.slice(1)] = parts[i]
          return parts[i] !== ''
        }
        return p === parts[i]
      })
      if (!matches) continue
      const handler = route.handlers[ctx.method]
      if (!handler) {
        throw new ApiError(405, 1006, `Method ${ctx.method} is not supported on this endpoint`, {
          Allow: Object.keys(route.handlers).join(', ')
        })
      }
      ctx.params = params
      if (!route.bare) this.checkBasics(ctx)
      ctx.record.processed = true
      return handler(ctx)
    }
    fail(404, 1006, 'The endpoint does not exist')
  }

  private buildRoutes(): Route[] {
    const user = ['api', 'users', ':email']
    const session = [...user, 'transfer-sessions', ':tid']
    return [
      { pattern: ['api', 'status'], bare: true, handlers: { GET: () => this.status() } },
      { pattern: ['api', 'clients'], bare: true, handlers: { GET: () => dataReply({ clientId: randomAlnum(64) }) } },
      {
        pattern: ['api', 'password'],
        handlers: {
          GET: () => dataReply({ password: generatePassword(this.passwordMinLength) }),
          POST: (ctx) => this.validatePassword(ctx)
        }
      },
      {
        pattern: ['api', 'password', 'requirements'],
        handlers: { GET: () => dataReply(passwordRequirements(this.passwordMinLength)) }
      },
      { pattern: [...user, 'verification'], handlers: { GET: (ctx) => this.verificationStatus(ctx) } },
      { pattern: [...user, 'verification', 'token'], handlers: { POST: (ctx) => this.issueToken(ctx) } },
      { pattern: [...user, 'verification', 'code', 'email'], handlers: { POST: (ctx) => this.emailCode(ctx) } },
      { pattern: [...user, 'transfer-policy'], handlers: { POST: (ctx) => this.transferPolicy(ctx) } },
      { pattern: [...user, 'transfer-sessions'], handlers: { POST: (ctx) => this.createSession(ctx) } },
      {
        pattern: session,
        handlers: {
          GET: (ctx) => this.getSession(ctx),
          PATCH: (ctx) => this.patchSession(ctx),
          DELETE: (ctx) => this.deleteSession(ctx),
          POST: (ctx) => this.finalize(ctx)
        }
      },
      { pattern: [...session, 'files'], handlers: { POST: (ctx) => this.registerFile(ctx) } },
      { pattern: [...session, 'files', ':fid'], handlers: { DELETE: (ctx) => this.deleteFile(ctx) } },
      { pattern: [...session, 'files', ':fid', 'content'], handlers: { PUT: (ctx) => this.uploadContent(ctx) } },
      { pattern: [...user, 'transfers'], handlers: { GET: (ctx) => this.listTransfers(ctx) } },
      { pattern: [...user, 'transfers', ':tid'], handlers: { GET: (ctx) => this.transferStatus(ctx) } }
    ]
  }

  // ------------------------------------------------------------------ common checks

  /** A header, or its query-parameter alternative. */
  private param(ctx: Ctx, header: string, queryName: string): string | undefined {
    const value = ctx.req.headers[header]
    if (Array.isArray(value)) return value[0]
    if (value !== undefined) return value
    return ctx.query.get(queryName) ?? undefined
  }

  private checkBasics(ctx: Ctx): void {
    const major = this.param(ctx, 'x-cs-majorapiversion', 'major-api-version')
    if (major === undefined) fail(400, 1002, 'Missing required header X-CS-MajorApiVersion')
    if (major.trim() !== '1') fail(404, 2004, `API major version ${major} is not supported`)
    const minor = this.param(ctx, 'x-cs-minimumminorapiversion', 'minimum-minor-api-version')
    if (minor === undefined) fail(400, 1002, 'Missing required header X-CS-MinimumMinorApiVersion')
    if (!/^\d+$/.test(minor.trim())) fail(400, 1004, 'X-CS-MinimumMinorApiVersion must be an integer')
    if (Number(minor) > this.maxMinorVersion) {
      fail(404, 2004, `API version 1.${Number(minor)} is not supported (highest: 1.${this.maxMinorVersion})`)
    }
    const clientId = this.param(ctx, 'x-cs-clientid', 'client-id')
    if (clientId === undefined) fail(400, 1002, 'Missing required header X-CS-ClientId')
    if (!CLIENT_ID.test(clientId)) fail(400, 1004, 'X-CS-ClientId must be 50 to 4000 characters of [A-Za-z0-9]')
    const productKey = this.param(ctx, 'x-cs-productkey', 'product-key')
    if (productKey !== undefined && productKey !== 'api.rest') fail(400, 1004, `Unknown product key ${productKey}`)
    ctx.clientId = clientId
  }

  /** The sender email of the path (400/1005 when it is not an address). */
  private email(ctx: Ctx): string {
    const email = decodeSegment(ctx.params.email)
    if (email === undefined || !isEmail(email)) fail(400, 1005, 'The email address in the path is invalid')
    return email
  }

  private tokenKey(email: string, clientId: string): string {
    return `${email.toLowerCase()}\u0000${clientId}`
  }

  private presentedToken(ctx: Ctx): string | undefined {
    return this.param(ctx, 'x-cs-verificationtoken', 'verification-token')
  }

  private validToken(email: string, clientId: string, token: string): IssuedToken | undefined {
    const issued = this.tokens.get(this.tokenKey(email, clientId))
    return issued && issued.token === token && issued.validUntil > Date.now() ? issued : undefined
  }

  /** The presented verification token, valid for this sender + client id (else 403/3002). */
  private requireToken(ctx: Ctx, email: string): string {
    const token = this.presentedToken(ctx)
    if (token === undefined || !this.validToken(email, ctx.clientId, token))
      fail(403, 3002, 'Invalid verification data')
    return token
  }

  private clientIdAllowed(email: string, clientId: string): boolean {
    if (!this.registeredClientIds.has(clientId)) return false
    return !this.clientIdSenders || this.clientIdSenders.has(email.toLowerCase())
  }

  private async jsonBody(ctx: Ctx, optional = false): Promise<unknown> {
    const contentType = ctx.req.headers['content-type']
    const raw = await readSmallBody(ctx.body, JSON_LIMIT, this.counter(ctx))
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

  private async objectBody(ctx: Ctx): Promise<Record<string, unknown>> {
    const body = await this.jsonBody(ctx)
    if (!isPlainObject(body)) fail(400, 1004, 'The body must be a JSON object')
    return body
  }

  private async noBody(ctx: Ctx): Promise<void> {
    const raw = await readSmallBody(ctx.body, JSON_LIMIT, this.counter(ctx))
    if (raw.length) fail(400, 1004, 'This request takes no body')
  }

  private location(path: string): string {
    return this.options.locationStyle === 'absolute' ? `${this.baseUrl}${path}` : path
  }

  private userPath(ctx: Ctx, rest: string): string {
    return `/api/users/${ctx.params.email}/${rest}`
  }

  private fileHref(ctx: Ctx, session: SessionRecord): (file: FileRecord) => string {
    return (file) => this.location(this.userPath(ctx, `transfer-sessions/${session.trackingId}/files/${file.id}`))
  }

  /** An open session of this sender, created with the presented token. */
  private openSession(ctx: Ctx, email: string, token: string): SessionRecord {
    const tid = ctx.params.tid
    if (!TRACKING_ID.test(tid)) fail(400, 1005, 'The tracking id in the path is invalid')
    const session = this.sessions.get(tid)
    if (!session || session.state !== 'OPEN' || session.sender.toLowerCase() !== email.toLowerCase()) {
      fail(404, 2003, `Transfer session ${tid} does not exist`)
    }
    if (session.token !== token)
      fail(401, 3002, 'The verification token is not the one the transfer session was created with')
    return session
  }

  private liveFile(ctx: Ctx, session: SessionRecord): FileRecord {
    const fid = ctx.params.fid
    if (!FILE_ID.test(fid)) fail(400, 1005, 'The file id in the path is invalid')
    const file = session.files.find((f) => f.id === fid && !f.deleted)
    if (!file) fail(404, 2003, `File ${fid} does not exist`)
    return file
  }

  // ------------------------------------------------------------------ endpoints

  private status(): Reply {
    return { status: 200, json: { apiVersions: { uiApiVersions: [{ major: 1, minor: this.maxMinorVersion }] } } }
  }

  private async validatePassword(ctx: Ctx): Promise<Reply> {
    const body = await this.objectBody(ctx)
    checkKeys(body, ['password'])
    if (typeof body.password !== 'string') fail(400, 1004, 'password must be a string')
    const unmet = unmetRules(body.password, this.passwordMinLength)
    return dataReply({ valid: unmet.length === 0, rulesNotFulfilled: unmet })
  }

  private verificationStatus(ctx: Ctx): Reply {
    const email = this.email(ctx)
    const token = this.presentedToken(ctx)
    const issued = token === undefined ? undefined : this.validToken(email, ctx.clientId, token)
    const verificationMethods: string[] = []
    if (this.clientIdAllowed(email, ctx.clientId)) verificationMethods.push('CLIENT_ID')
    if (this.options.emailVerification) verificationMethods.push('EMAIL')
    return dataReply({
      verified: issued !== undefined,
      validUntil: issued ? formatIso(issued.validUntil) : null,
      verificationMethods
    })
  }

  private async issueToken(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const body = await this.jsonBody(ctx, true)
    if (body !== undefined && !isPlainObject(body)) fail(400, 1004, 'The body must be a JSON object')
    const code = body?.verificationCode
    if (body) checkKeys(body, ['verificationCode'])
    if (code !== undefined) {
      if (typeof code !== 'string') fail(400, 1004, 'verificationCode must be a string')
      const key = email.toLowerCase()
      if (!this.options.emailVerification || this.emailCodes.get(key) !== code)
        fail(403, 3002, 'Invalid verification data')
      this.emailCodes.delete(key)
    } else if (!this.clientIdAllowed(email, ctx.clientId)) {
      fail(403, 3002, 'Invalid verification data')
    }
    const issued: IssuedToken = { token: randomAlnum(40), validUntil: Date.now() + TOKEN_VALIDITY }
    this.tokens.set(this.tokenKey(email, ctx.clientId), issued) // replaces (invalidates) the previous token
    this.tokensIssued++
    return dataReply({ token: issued.token, validUntil: formatIso(issued.validUntil) })
  }

  private async emailCode(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    await this.noBody(ctx)
    if (!this.options.emailVerification) fail(403, 3002, 'Invalid verification data')
    this.emailCodes.set(email.toLowerCase(), randomAlnum(10))
    return emptyReply(200)
  }

  private async transferPolicy(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    this.requireToken(ctx, email)
    const body = await this.objectBody(ctx)
    checkKeys(body, ['recipients'])
    const recipients = body.recipients
    if (!Array.isArray(recipients)) fail(400, 1004, 'recipients must be an array of email addresses')
    for (const recipient of recipients) {
      if (!isEmail(recipient)) fail(400, 1004, `Invalid recipient email address: ${String(recipient)}`)
    }
    this.policyChecks++
    if (isBlockedSender(this.policy, email)) fail(403, 3010, 'The sender is not allowed to send transfers (policy)')
    const failed = blockedRecipients(this.policy, recipients as string[])
    if (failed.length) {
      return dataReply({
        allowed: false,
        failedRecipients: failed.map((emailAddress) => ({ emailAddress, reason: 'POLICY_MISMATCH' }))
      })
    }
    return dataReply({ allowed: true, failedRecipients: [], settings: policySettings(this.policy) })
  }

  private async createSession(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const token = this.requireToken(ctx, email)
    const body = await this.objectBody(ctx)
    checkKeys(body, ['sender', 'recipients'])
    let senderName: string | undefined
    let senderPhone: string | undefined
    if (body.sender !== undefined && body.sender !== null) {
      if (!isPlainObject(body.sender)) fail(400, 1004, 'sender must be an object')
      checkKeys(body.sender, ['name', 'phone', 'email'], 'sender.') // sender.email is ignored (the path names the sender)
      for (const key of ['name', 'phone']) {
        const value = body.sender[key]
        if (value !== undefined && value !== null && typeof value !== 'string')
          fail(400, 1004, `sender.${key} must be a string`)
      }
      senderName = (body.sender.name as string | null | undefined) ?? undefined
      senderPhone = (body.sender.phone as string | null | undefined) ?? undefined
    }
    if (!isPlainObject(body.recipients)) fail(400, 1004, 'recipients must be an object with to, cc and bcc')
    checkKeys(body.recipients, ['to', 'cc', 'bcc'], 'recipients.')
    const recipients = { to: [] as string[], cc: [] as string[], bcc: [] as string[] }
    for (const kind of ['to', 'cc', 'bcc'] as const) {
      const list = body.recipients[kind]
      if (list === undefined || list === null) continue
      if (!Array.isArray(list)) fail(400, 1004, `recipients.${kind} must be an array`)
      for (const item of list) {
        if (!isPlainObject(item) || !isEmail(item.mail))
          fail(400, 1004, `recipients.${kind}: every entry needs a valid "mail"`)
        checkKeys(item, ['mail'], `recipients.${kind}[].`)
        recipients[kind].push(item.mail)
      }
    }
    const all = [...recipients.to, ...recipients.cc, ...recipients.bcc]
    if (!all.length) fail(400, 1004, 'At least one recipient is required')
    if (isBlockedSender(this.policy, email)) fail(403, 3010, 'The sender is not allowed to send transfers (policy)')
    if (blockedRecipients(this.policy, all).length)
      fail(403, 3011, 'The sender/recipient combination is not allowed (policy)')

    const now = Date.now()
    const trackingId = this.newTrackingId(now)
    const language = firstLanguage(ctx.req.headers['accept-language']) ?? 'en'
    const mode: PasswordMode = this.policy.allowedPasswordModes.includes('GENERATED')
      ? 'GENERATED'
      : this.policy.allowedPasswordModes[0]
    const session: SessionRecord = {
      trackingId,
      sender: email,
      clientId: ctx.clientId,
      token,
      state: 'OPEN',
      recipients,
      senderName,
      senderPhone,
      settings: {
        expirationDate: formatIso(now + this.policy.maxRetentionPeriod * DAY),
        securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: mode } },
        notificationMessage: null,
        senderLanguage: language,
        recipientLanguage: language,
        sendRecipientNotification: true,
        sendUploadSummary: false,
        sendDownloadNotifications: false,
        sendDownloadSummary: false,
        showFileNames: true,
        showZipFileContent: false,
        fileChecksumAlgorithm: this.checksumAlgorithm,
        classificationId: null,
        confidentialMessageFileId: null
      },
      acceptLanguage: ctx.req.headers['accept-language'],
      patches: [],
      files: [],
      finalizeCount: 0,
      statusPolls: 0,
      password: mode === 'GENERATED' ? generatePassword(this.passwordMinLength) : undefined,
      createdAt: now
    }
    this.sessions.set(trackingId, session)
    return emptyReply(201, { Location: this.location(this.userPath(ctx, `transfer-sessions/${trackingId}`)) })
  }

  private newTrackingId(now: number): string {
    const stamp = new Date(now).toISOString() // YYYY-MM-DDTHH:MM:SS
    const prefix = `${stamp.slice(0, 10).replace(/-/g, '')}-${stamp.slice(11, 19).replace(/:/g, '')}`
    for (;;) {
      const id = `${prefix}-${randomAlnum(8)}`
      if (!this.sessions.has(id)) return id
    }
  }

  private getSession(ctx: Ctx): Reply {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    return dataReply(sessionView(session, this.fileHref(ctx, session)))
  }

  private async patchSession(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    const body = await this.jsonBody(ctx)
    if (isPlainObject(body)) session.patches.push(structuredClone(body))
    const changes = validatePatch(body, session, {
      policy: this.policy,
      passwordMinLength: this.passwordMinLength,
      checksumAlgorithm: this.checksumAlgorithm,
      now: Date.now()
    })
    Object.assign(session.settings, changes.settings)
    if (changes.senderName !== undefined) session.senderName = changes.senderName ?? undefined
    if (changes.senderPhone !== undefined) session.senderPhone = changes.senderPhone ?? undefined
    if (changes.password !== undefined) session.password = changes.password ?? undefined
    return dataReply(sessionView(session, this.fileHref(ctx, session)))
  }

  private async deleteSession(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    session.state = 'DELETED'
    for (const file of session.files) await this.dropContent(file)
    return emptyReply(204)
  }

  private async finalize(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    await this.noBody(ctx)
    if (session.state !== 'OPEN') fail(404, 2003, `Transfer session ${session.trackingId} does not exist`)
    const files = liveFiles(session)
    if (!files.length) fail(409, 2001, 'The transfer session has no files')
    const pending = files.filter((file) => file.state !== 'UPLOADED')
    if (pending.length) fail(409, 2001, `Not every file is uploaded yet: ${pending.map((f) => f.fileName).join(', ')}`)
    if (this.policy.confidentialMessageRequired && !session.settings.confidentialMessageFileId) {
      fail(409, 2001, 'A confidential message is required (policy confidentialMessageRequired=true)')
    }
    const mode = (session.settings.securityMode as { config: { passwordMode: PasswordMode } }).config.passwordMode
    if (mode === 'MANUAL' && !session.password) fail(409, 2001, 'Password mode MANUAL requires a password')
    session.state = 'FINALIZED'
    session.finalizeCount++
    session.finalizedAt = Date.now()
    const { to, cc, bcc } = session.recipients
    this.copies.set(
      session.trackingId,
      [...to, ...cc, ...bcc].map((mail) => ({ id: randomAlnum(10), mail, code: randomAlnum(24) }))
    )
    return emptyReply(201, { Location: this.location(this.userPath(ctx, `transfers/${session.trackingId}`)) })
  }

  private async registerFile(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    const body = await this.objectBody(ctx)
    checkKeys(body, ['fileName', 'size', 'checksum'])
    const { fileName, size, checksum } = body
    if (typeof fileName !== 'string' || !fileName.trim() || /[/\\]/.test(fileName)) {
      fail(400, 1004, 'fileName must be a non-empty name without / or \\')
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      fail(400, 1004, 'size must be an integer >= 0')
    if (checksum !== undefined && checksum !== null) {
      const hash = hashName(this.checksumAlgorithm)
      const hexLength = hash ? createHash(hash).digest().length * 2 : undefined
      if (typeof checksum !== 'string' || !checksum) fail(400, 1004, 'checksum must be a non-empty string')
      if (hexLength !== undefined && !new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(checksum)) {
        fail(400, 1004, `checksum must be a ${this.checksumAlgorithm} hex digest (${hexLength} hex characters)`)
      }
    }
    if (session.state !== 'OPEN') fail(404, 2003, `Transfer session ${session.trackingId} does not exist`)
    const files = liveFiles(session)
    if (files.some((file) => file.fileName === fileName)) {
      fail(409, 2001, `A file named "${fileName}" already exists in this transfer session`)
    }
    const total = files.reduce((sum, file) => sum + file.size, 0) + size
    if (total > this.policy.maxTotalSize) {
      fail(
        409,
        2001,
        `The files would total ${total} bytes, more than the maximum total size of ${this.policy.maxTotalSize} bytes`
      )
    }
    let id: string
    do id = randomAlnum(10)
    while (session.files.some((file) => file.id === id))
    session.files.push({
      id,
      fileName,
      size,
      checksum: typeof checksum === 'string' ? checksum : undefined,
      state: 'INITIALIZED',
      receivedBytes: 0,
      uploads: 0,
      deleted: false
    })
    const location = this.location(this.userPath(ctx, `transfer-sessions/${session.trackingId}/files/${id}`))
    return dataReply({ fileId: id }, 201, { Location: location })
  }

  private async deleteFile(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    const file = this.liveFile(ctx, session)
    file.deleted = true
    await this.dropContent(file)
    if (session.settings.confidentialMessageFileId === file.id) session.settings.confidentialMessageFileId = null
    return emptyReply(204)
  }

  private async uploadContent(ctx: Ctx): Promise<Reply> {
    const email = this.email(ctx)
    const session = this.openSession(ctx, email, this.requireToken(ctx, email))
    const file = this.liveFile(ctx, session)
    const headers = ctx.req.headers
    if (mediaType(headers['content-type']) !== 'application/octet-stream') {
      throw new ApiError(415, 1004, 'Content-Type must be application/octet-stream')
    }
    const declared = headers['content-length']
    if (declared !== undefined && Number(declared) !== file.size) {
      fail(400, 1004, `Content-Length ${declared} differs from the registered size ${file.size}`)
    }
    const temp = join(this.storageDir, `${session.trackingId}-${file.id}-${++this.uploadSeq}.part`)
    let received
    try {
      received = await receiveToFile(ctx.body, temp, file.size, this.counter(ctx), hashName(this.checksumAlgorithm))
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    if (session.state !== 'OPEN' || file.deleted) {
      await rm(temp, { force: true })
      fail(404, 2003, 'The file or transfer session no longer exists')
    }
    if (received.bytes !== file.size) {
      await rm(temp, { force: true })
      fail(400, 1004, `Received ${received.bytes} bytes but the file was registered with size ${file.size}`)
    }
    const mismatch =
      file.checksum !== undefined && received.digest !== undefined && received.digest !== file.checksum.toLowerCase()
    if (mismatch && this.options.checksumCheck !== 'finalization') {
      await rm(temp, { force: true })
      await this.dropContent(file)
      fail(
        400,
        1004,
        `checksum mismatch: the ${this.checksumAlgorithm} of the received bytes differs from the registered checksum`
      )
    }
    const stored = join(this.storageDir, `${session.trackingId}-${file.id}`)
    await rename(temp, stored)
    file.state = 'UPLOADED'
    file.storedPath = stored
    file.receivedBytes = received.bytes
    file.receivedSha256 = received.sha256
    file.receivedDigest = received.digest
    file.checksumMismatch = mismatch
    file.uploads++
    return emptyReply(200)
  }

  /** Removes a file's stored bytes; the file is no longer UPLOADED. */
  private async dropContent(file: FileRecord): Promise<void> {
    if (file.storedPath) await rm(file.storedPath, { force: true })
    file.storedPath = undefined
    file.state = 'INITIALIZED'
    file.receivedBytes = 0
    file.receivedSha256 = undefined
    file.receivedDigest = undefined
    file.checksumMismatch = undefined
  }

  /** The state after processing: FAILED by option, or when every file failed its checksum check. */
  private outcomeState(session: SessionRecord): StatusState {
    if (this.options.outcome === 'FAILED') return 'FAILED'
    const files = liveFiles(session)
    return files.length && files.every((file) => file.checksumMismatch) ? 'FAILED' : 'ACTIVE'
  }

  private statusOf(ctx: Ctx, session: SessionRecord, state: StatusState): Record<string, unknown> {
    const files = liveFiles(session)
    const removed = new Map<string, string>()
    if (this.options.outcome === 'REMOVED_FILES') {
      const names = new Set(this.options.removeFiles ?? (files.length ? [files[0].fileName] : []))
      for (const file of files) if (names.has(file.fileName)) removed.set(file.id, 'VIRUS_DETECTED')
    }
    for (const file of files) if (file.checksumMismatch) removed.set(file.id, 'CHECKSUM_MISMATCH')
    return statusView({
      session,
      state,
      removed,
      recipients: this.copies.get(session.trackingId) ?? [],
      downloadBase: this.baseUrl,
      fileHref: this.fileHref(ctx, session)
    })
  }

  private transferStatus(ctx: Ctx): Reply {
    const email = this.email(ctx)
    const token = this.requireToken(ctx, email)
    const tid = ctx.params.tid
    if (!TRACKING_ID.test(tid)) fail(400, 1005, 'The tracking id in the path is invalid')
    const session = this.sessions.get(tid)
    if (!session || session.state !== 'FINALIZED' || session.sender.toLowerCase() !== email.toLowerCase()) {
      fail(404, 2003, `Transfer ${tid} does not exist`)
    }
    if (session.token !== token && this.options.foreignTokenReads !== 'allow')
      fail(401, 3002, 'The verification token is not the one the transfer was created with')
    session.statusPolls++
    const state = session.statusPolls <= (this.options.processingPolls ?? 1) ? 'PROCESSING' : this.outcomeState(session)
    return dataReply(this.statusOf(ctx, session, state))
  }

  private listTransfers(ctx: Ctx): Reply {
    const email = this.email(ctx)
    this.requireToken(ctx, email)
    const page = ctx.query.get('page') ?? '1'
    const pageSize = ctx.query.get('page-size') ?? '10'
    if (!/^\d+$/.test(page) || Number(page) < 1) fail(400, 1004, 'page must be an integer >= 1')
    if (!/^\d+$/.test(pageSize) || Number(pageSize) < 1 || Number(pageSize) > 100) {
      fail(400, 1004, 'page-size must be an integer from 1 to 100')
    }
    const size = Number(pageSize)
    const mine = this.transfers()
      .filter((s) => s.sender.toLowerCase() === email.toLowerCase() && s.clientId === ctx.clientId)
      .sort((a, b) => (b.finalizedAt ?? 0) - (a.finalizedAt ?? 0))
      .slice((Number(page) - 1) * size, Number(page) * size)
    const token = this.presentedToken(ctx)
    if (this.options.foreignTokenReads === 'refuse' && mine.some((session) => session.token !== token)) {
      fail(401, 3002, 'The verification token is not the one every listed transfer was created with')
    }
    const processingPolls = this.options.processingPolls ?? 1
    return dataReply(
      mine.map((session) => {
        const state = session.statusPolls >= processingPolls ? this.outcomeState(session) : 'PROCESSING'
        const status = this.statusOf(ctx, session, state).status as { recipients: unknown[] }
        return {
          trackingId: session.trackingId,
          state,
          recipients: status.recipients,
          href: this.location(this.userPath(ctx, `transfers/${session.trackingId}`))
        }
      })
    )
  }
}
