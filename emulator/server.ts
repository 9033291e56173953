/**
 * A strict, stateful emulator of the Cryptshare server REST API (sender side), for tests,
 * the local demo and the CI self-test. See /work/shared/cryptshare-api.md for the API.
 *
 * This class is the facade: it owns the HTTP server and composes the state, the request
 * pipeline and the endpoint families (emulator/endpoints/).
 */
import { createServer, type Server } from 'node:http'
import type { Socket } from 'node:net'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Route } from './context.js'
import { DownloadEndpoints } from './endpoints/downloads.js'
import { FileEndpoints } from './endpoints/files.js'
import { SessionEndpoints } from './endpoints/sessions.js'
import { TransferEndpoints } from './endpoints/transfers.js'
import { VerificationEndpoints } from './endpoints/verification.js'
import type { SpecViolation } from './openapi.js'
import { Pipeline } from './pipeline.js'
import { resolveSettings, type Settings } from './settings.js'
import { EmulatorState } from './state.js'
import { Timers } from './timers.js'
import type { EmulatorOptions, Fault } from './options.js'
import type { RecordedRequest, RetrievalMethod, RevocationRecord, SessionRecord } from './types.js'

export type { EmulatorOptions, Fault, FaultOptions, PolicyOptions, ServerOptions } from './options.js'
export type {
  FileRecord,
  PasswordMode,
  RecordedRequest,
  RetrievalMethod,
  RevocationRecord,
  SessionRecord
} from './types.js'

export { DEMO_CLIENT_ID } from './settings.js'
export { describeTokenRules, TOKEN_RULE_MATRIX, type TokenRules } from './token-rules.js'

export class Emulator {
  readonly requests: RecordedRequest[]
  readonly sessions: Map<string, SessionRecord>
  /** Last emailed verification code per sender (lower-case email), for email verification. */
  readonly emailCodes: Map<string, string>

  private readonly settings: Settings
  private readonly state = new EmulatorState()
  private readonly timers = new Timers()
  private readonly pipeline: Pipeline
  private readonly downloads: DownloadEndpoints
  private readonly sockets = new Set<Socket>()
  private readonly inflight = new Set<Promise<void>>()
  private server?: Server
  private ownsStorage = false

  constructor(options: EmulatorOptions = {}) {
    this.settings = resolveSettings(options)
    this.requests = this.state.requests
    this.sessions = this.state.sessions
    this.emailCodes = this.state.emailCodes
    this.downloads = new DownloadEndpoints(this.settings, this.state)
    const families = [VerificationEndpoints, SessionEndpoints, FileEndpoints, TransferEndpoints]
    const routes: Route[] = [
      ...families.flatMap((Family) => new Family(this.settings, this.state).routes()),
      ...this.downloads.routes()
    ]
    this.pipeline = new Pipeline(this.settings, this.state, routes, this.timers)
  }

  get tokensIssued(): number {
    return this.state.tokensIssued
  }

  set tokensIssued(value: number) {
    this.state.tokensIssued = value
  }

  get policyChecks(): number {
    return this.state.policyChecks
  }

  set policyChecks(value: number) {
    this.state.policyChecks = value
  }

  /** Base URL such as `http://127.0.0.1:43210` (no `/api`); empty before start(). */
  get url(): string {
    return this.state.baseUrl
  }

  addFault(fault: Fault): void {
    this.pipeline.addFault(fault)
  }

  /** Resets every fault to none: the scripted faults (given or added, fired or not) and the random failures. */
  clearFaults(): void {
    this.pipeline.clearFaults()
  }

  /** Sessions created and neither deleted nor finalized. */
  liveSessions(): SessionRecord[] {
    return this.state.liveSessions()
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
    return [...this.pipeline.violations]
  }

  /** The emulator's own JSON answers that do not match the spec's response schemas (should stay empty). */
  responseViolations(): SpecViolation[] {
    return [...this.pipeline.answerViolations]
  }

  /** Resolves once every request received so far is finished with (answered, dropped or given up). */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight])
  }

  /** Finalized sessions (transfers). */
  transfers(): SessionRecord[] {
    return this.state.transfers()
  }

  /** Successful revocations (PATCH …/transfers/{tracking-id}), in order. */
  revocations(): RevocationRecord[] {
    return this.state.revocations.map((revocation) => ({ ...revocation }))
  }

  /**
   * Test-only: records that a recipient retrieved `fileName` (default: every file) of an ACTIVE
   * transfer, as a GET of their download link does. Throws when the transfer, the recipient or the
   * file is unknown, or the transfer is not ACTIVE (PROCESSING until its status was polled, FAILED, revoked).
   */
  download(
    trackingId: string,
    recipientEmail: string,
    fileName?: string,
    method: RetrievalMethod = 'DOWNLOADED'
  ): void {
    this.downloads.record(trackingId, recipientEmail, fileName, method)
  }

  async start(): Promise<string> {
    if (this.server) throw new Error('the emulator is already started')
    const { server: options } = this.settings
    if (options.storageDir) {
      this.state.storageDir = options.storageDir
      await mkdir(this.state.storageDir, { recursive: true })
    } else {
      this.state.storageDir = await mkdtemp(join(tmpdir(), 'cs-emulator-'))
      this.ownsStorage = true
    }
    const server = createServer((req, res) => {
      const work = this.pipeline.handle(req, res).catch((error) => {
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
    const host = options.host ?? '127.0.0.1'
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('unexpected server address')
    const urlHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host
    this.state.baseUrl = `http://${urlHost}:${address.port}`
    return this.state.baseUrl
  }

  async stop(): Promise<void> {
    this.timers.stop()
    this.inflight.clear()
    const server = this.server
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of this.sockets) socket.destroy()
      await closed
    }
    const storageDir = this.state.storageDir
    if (this.ownsStorage && storageDir) await rm(storageDir, { recursive: true, force: true })
  }
}
