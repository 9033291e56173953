/** A small raw client for the emulator tests (global fetch + node:http for streamed uploads). */
import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'

export const SENDER = 'ci-bot@example.com'
export const TO = 'customer@example.org'

export interface Answer {
  status: number
  headers: Headers
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, asserted field by field
  body: any
}

export interface CallOptions {
  json?: unknown
  /** Raw body (sent as is, with the given headers). */
  body?: string | Buffer
  headers?: Record<string, string>
  token?: string
  /** Leave out the X-CS-* basic headers. */
  bare?: boolean
  clientId?: string
}

export function basicHeaders(clientId = DEMO_CLIENT_ID): Record<string, string> {
  return {
    'X-CS-MajorApiVersion': '1',
    'X-CS-MinimumMinorApiVersion': '8',
    'X-CS-ClientId': clientId,
    'X-CS-ProductKey': 'api.rest'
  }
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

export class Api {
  constructor(
    readonly base: string,
    readonly clientId = DEMO_CLIENT_ID
  ) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = options.bare ? {} : basicHeaders(options.clientId ?? this.clientId)
    if (options.token !== undefined) headers['X-CS-VerificationToken'] = options.token
    let body: string | Buffer | undefined = options.body
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.json)
    }
    Object.assign(headers, options.headers)
    const response = await fetch(`${this.base}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = undefined
    }
    return { status: response.status, headers: response.headers, text, body: parsed }
  }

  user(email = SENDER): string {
    return `/api/users/${email}`
  }

  async token(email = SENDER): Promise<string> {
    const answer = await this.call('POST', `${this.user(email)}/verification/token`, { json: {} })
    if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`)
    return (answer.body as { data: { token: string } }).data.token
  }

  async createSession(
    token: string,
    recipients: { to?: string[]; cc?: string[]; bcc?: string[] } = { to: [TO] },
    email = SENDER
  ): Promise<string> {
    const mails = (list?: string[]) => (list ?? []).map((mail) => ({ mail }))
    const answer = await this.call('POST', `${this.user(email)}/transfer-sessions`, {
      token,
      json: {
        sender: { name: 'CI Bot', phone: '+49 0' },
        recipients: { to: mails(recipients.to), cc: mails(recipients.cc), bcc: mails(recipients.bcc) }
      }
    })
    if (answer.status !== 201) throw new Error(`create session: ${answer.status} ${answer.text}`)
    const location = answer.headers.get('location') ?? ''
    return location.slice(location.lastIndexOf('/') + 1)
  }

  sessionPath(tid: string, email = SENDER): string {
    return `${this.user(email)}/transfer-sessions/${tid}`
  }

  async registerFile(
    token: string,
    tid: string,
    file: { fileName: string; size: number; checksum?: string }
  ): Promise<string> {
    const answer = await this.call('POST', `${this.sessionPath(tid)}/files`, { token, json: file })
    if (answer.status !== 201) throw new Error(`register file: ${answer.status} ${answer.text}`)
    return (answer.body as { data: { fileId: string } }).data.fileId
  }

  /** Registers and uploads a file; returns its id. */
  async addFile(token: string, tid: string, fileName: string, content: Buffer, withChecksum = true): Promise<string> {
    const fileId = await this.registerFile(token, tid, {
      fileName,
      size: content.length,
      ...(withChecksum ? { checksum: sha256(content) } : {})
    })
    const answer = await this.upload(token, tid, fileId, content)
    if (answer.status !== 200) throw new Error(`upload: ${answer.status} ${answer.text}`)
    return fileId
  }

  /** PUT …/content with node:http: a Buffer (Content-Length unless chunked) or a stream (chunked unless contentLength). */
  upload(
    token: string,
    tid: string,
    fileId: string,
    content: Buffer | Readable,
    options: { contentType?: string | null; contentLength?: number; chunked?: boolean } = {}
  ): Promise<Answer & { error?: Error }> {
    const url = new URL(`${this.base}${this.sessionPath(tid)}/files/${fileId}/content`)
    const headers: Record<string, string> = { ...basicHeaders(this.clientId), 'X-CS-VerificationToken': token }
    if (options.contentType !== null) headers['Content-Type'] = options.contentType ?? 'application/octet-stream'
    if (options.contentLength !== undefined) headers['Content-Length'] = String(options.contentLength)
    else if (Buffer.isBuffer(content) && !options.chunked) headers['Content-Length'] = String(content.length)
    else headers['Transfer-Encoding'] = 'chunked'
    return new Promise((resolve) => {
      const req = request(url, { method: 'PUT', headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let body: unknown
          try {
            body = text ? JSON.parse(text) : undefined
          } catch {
            body = undefined
          }
          const h = new Headers()
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v)
          resolve({ status: res.statusCode ?? 0, headers: h, text, body })
        })
      })
      req.on('error', (error) => resolve({ status: 0, headers: new Headers(), text: '', body: undefined, error }))
      if (Buffer.isBuffer(content)) req.end(content)
      else {
        content.on('error', (error) => req.destroy(error))
        content.pipe(req)
      }
    })
  }

  async finalize(token: string, tid: string): Promise<Answer> {
    return this.call('POST', this.sessionPath(tid), { token })
  }

  statusPath(tid: string, email = SENDER): string {
    return `${this.user(email)}/transfers/${tid}`
  }
}

/** Starts an emulator per test and stops it afterwards. */
export function useEmulator(): {
  start(options?: EmulatorOptions): Promise<{ emulator: Emulator; api: Api }>
  stopAll(): Promise<void>
} {
  const started: Emulator[] = []
  return {
    async start(options = {}) {
      const emulator = new Emulator(options)
      started.push(emulator)
      const url = await emulator.start()
      return { emulator, api: new Api(url) }
    },
    async stopAll() {
      await Promise.all(started.splice(0).map((e) => e.stop()))
    }
  }
}

/** A token + an open session with one recipient. */
export async function openSession(api: Api, recipients?: { to?: string[]; cc?: string[]; bcc?: string[] }) {
  const token = await api.token()
  const tid = await api.createSession(token, recipients)
  return { token, tid }
}

export function expectError(answer: Answer, status: number, errorCode: number): void {
  const summary = `${answer.status} ${answer.text}`
  const body = answer.body as Record<string, unknown> | undefined
  if (answer.status !== status || body?.errorCode !== errorCode || typeof body?.errorMessage !== 'string') {
    throw new Error(`expected ${status}/${errorCode}, got ${summary}`)
  }
  if (Object.keys(body).sort().join(',') !== 'errorCode,errorMessage')
    throw new Error(`error body not flat: ${summary}`)
}

/** Waits (polling) until `condition` holds; fails after `limitMs`. Not a timing assertion. */
export async function waitFor(condition: () => boolean, limitMs = 5000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error('condition not reached')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** A raw TCP exchange below every HTTP client: the request text goes out, every received chunk is kept. */
export interface RawExchange {
  socket: Socket
  chunks: Buffer[]
  /** Resolves with all received bytes once the server closed the connection. */
  closed: Promise<Buffer>
}

export function rawExchange(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = ''
): RawExchange {
  const url = new URL(base)
  const socket = connect(Number(url.port), url.hostname)
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  const closed = new Promise<Buffer>((resolve) => socket.on('close', () => resolve(Buffer.concat(chunks))))
  socket.on('error', () => undefined)
  const lines = Object.entries({
    Host: url.host,
    ...headers,
    ...(body ? { 'Content-Length': String(Buffer.byteLength(body)) } : {})
  })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')
  socket.write(`${method} ${path} HTTP/1.1\r\n${lines}\r\n${body}`)
  return { socket, chunks, closed }
}
