/**
 * The request pipeline: record the request, apply scripted and random faults, check it against
 * the OpenAPI spec, dispatch it to its endpoint, and send (or lose, drop, trickle) the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { send, sendRaw, sendTrickled } from './answer.js'
import { checkBasics, counter, fail, JSON_LIMIT, type Ctx, type Route } from './context.js'
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
  defaultErrorCode,
  errorReply,
  mediaType,
  readSmallBody,
  REASONS,
  type Reply
} from './http.js'
import { OpenApiSpec, SPEC_PREFIX, type SpecRefusal, type SpecViolation } from './openapi.js'
import type { Settings } from './settings.js'
import type { EmulatorState } from './state.js'
import type { Timers } from './timers.js'
import type { Fault } from './options.js'
import type { RecordedRequest } from './types.js'

export class Pipeline {
  /** Requests that did not match the OpenAPI spec. */
  readonly violations: SpecViolation[] = []
  /** The emulator's own JSON answers that do not match the spec's response schemas. */
  readonly answerViolations: SpecViolation[] = []
  /** Armed faults in arrival order. */
  private readonly faults: ArmedFault[] = []
  private randomFailure?: () => RandomFailure | undefined
  private readonly spec = OpenApiSpec.load()
  /** Pathnames of the web pages (e.g. `/download`), which the spec does not describe. */
  private readonly webPaths: Set<string>

  constructor(
    private readonly settings: Settings,
    private readonly state: EmulatorState,
    private readonly routes: Route[],
    private readonly timers: Timers
  ) {
    this.webPaths = new Set(routes.filter((route) => route.web).map((route) => `/${route.pattern.join('/')}`))
    const { faults } = settings
    for (const fault of faults.faults ?? []) this.addFault(fault)
    if (faults.randomFailureRate) this.randomFailure = randomFailures(faults.randomFailureRate, faults.randomSeed ?? 1)
  }

  addFault(fault: Fault): void {
    this.faults.push(armFault(fault))
  }

  /** Lifts every fault: the scripted ones (fired or not) and the random failures. */
  clearFaults(): void {
    this.faults.length = 0
    this.randomFailure = undefined
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
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
    this.state.requests.push(record)
    const ctx: Ctx = { req, body: req, method, pathname, query, params: {}, record, clientId: '', serverClosed: false }
    let reported = false
    const report = (): void => {
      if (reported) return
      reported = true
      this.settings.server.onRequest?.(record)
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
          const [body] = await Promise.all([
            bufferBody(req, (n) => (record.bodyBytes += n)),
            this.timers.sleep(fault.delayMs)
          ])
          ctx.body = Readable.from([body])
          ctx.bodyBuffered = true
        } else await this.timers.sleep(fault.delayMs)
        if (this.timers.stopped) return
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
        return send(ctx, res, errorReply(failure.status, failure.errorCode, message, failure.headers))
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
        refusal && this.settings.server.specValidation !== 'record'
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
      return sendRaw(ctx, res, { ...reply, headers: { ...headers, Location: location } })
    }
    if (post?.trickleMs !== undefined) {
      const trickle = { ms: post.trickleMs, withHeaders: post.trickleHeaders === true, timers: this.timers }
      return sendTrickled(ctx, res, reply, trickle)
    }
    send(ctx, res, reply)
  }

  /** A fault that answers (or breaks the connection) without processing the request. */
  private applyFault(fault: Fault, ctx: Ctx, res: ServerResponse): void {
    const socket = ctx.req.socket
    if (fault.status !== undefined) {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {}
      const code = fault.errorCode ?? defaultErrorCode(fault.status)
      return send(
        ctx,
        res,
        errorReply(fault.status, code, `${REASONS[fault.status] ?? 'Failure'} (emulated fault)`, headers)
      )
    }
    if (fault.html) {
      const body =
        '<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>We will be back soon</h1></body></html>'
      return send(ctx, res, { status: 200, text: { contentType: 'text/html; charset=utf-8', body } })
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
    if (fault.stallMs !== undefined) this.timers.start(fault.stallMs, () => socket.destroy())
  }

  /** Why the request does not match the spec (undefined when it does, or when checking is off). */
  private async checkSpec(ctx: Ctx): Promise<(SpecRefusal & { headers?: Record<string, string> }) | undefined> {
    if (this.settings.server.specValidation === 'off' || this.webPaths.has(ctx.pathname)) return undefined
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
    const raw = await readSmallBody(ctx.body, JSON_LIMIT, counter(ctx))
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
    // several routes may share a pattern (with different methods)
    const allowed: string[] = []
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
        allowed.push(...Object.keys(route.handlers))
        continue
      }
      ctx.params = params
      if (!route.bare) checkBasics(ctx, this.settings.maxMinorVersion)
      ctx.record.processed = true
      return handler(ctx)
    }
    if (allowed.length) {
      throw new ApiError(405, 1006, `Method ${ctx.method} is not supported on this endpoint`, {
        Allow: allowed.join(', ')
      })
    }
    fail(404, 1006, 'The endpoint does not exist')
  }
}
