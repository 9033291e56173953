import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { Server as HttpServer } from 'node:http'
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { HttpError } from '../../src/http/errors.js'
import type { Transport as TransportClass } from '../../src/http/transport.js'

// Real sockets only: nock's interceptor socket does not restart the idle timer when data arrives.
// An ES module sees node:http as it was when first imported, so http and the transport load after
// nock is switched off.
let Transport: typeof TransportClass
let createHttpServer: typeof import('node:http').createServer
beforeAll(async () => {
  nock.restore()
  ;({ Transport } = await import('../../src/http/transport.js'))
  ;({ createServer: createHttpServer } = await import('node:http'))
})

const servers: (HttpServer | NetServer)[] = []
const sockets = new Set<Socket>()

afterEach(async () => {
  for (const socket of sockets) socket.destroy()
  sockets.clear()
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
})

function listen(server: HttpServer | NetServer): Promise<number> {
  servers.push(server)
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
  )
}

const transport = (idleTimeoutMs = 2000, requestTimeoutMs = 10_000): TransportClass =>
  new Transport({
    idleTimeoutMs,
    requestTimeoutMs,
    userAgent: 'test',
    settings: { idleTimeout: 'CRYPTSHARE_TIMEOUT_SECONDS', requestTimeout: 'CRYPTSHARE_REQUEST_TIMEOUT_SECONDS' }
  })

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(HttpError)
  return error as HttpError
}

const BODY = '{"data":{"verified":true}}'
const ANSWER = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`

/**
 * A server that answers every request with ANSWER, one byte every `everyMs` ms: from the status
 * line on (`headers: true`), or after sending the headers at once. Data moves all the time, so
 * an idle timer longer than `everyMs` never trips.
 */
async function trickling(options: { headers: boolean; everyMs: number; afterBodyOnly?: boolean }): Promise<number> {
  const server = createNetServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    const start = (): void => {
      const split = options.headers ? 0 : ANSWER.indexOf('\r\n\r\n') + 4
      socket.write(ANSWER.slice(0, split))
      let i = split
      const timer = setInterval(() => {
        if (socket.destroyed || i >= ANSWER.length) return clearInterval(timer)
        socket.write(ANSWER[i++])
      }, options.everyMs)
      socket.on('close', () => clearInterval(timer))
    }
    // Answer once the request (headers and any body) has arrived.
    let seen = ''
    socket.on('data', (chunk: Buffer) => {
      if (!seen.includes('\r\n\r\n')) {
        seen += chunk.toString('latin1')
        if (!seen.includes('\r\n\r\n')) return
        const length = Number(/content-length: (\d+)/i.exec(seen)?.[1] ?? 0)
        const bodySoFar = seen.length - (seen.indexOf('\r\n\r\n') + 4)
        pending = length - bodySoFar
      } else pending -= chunk.length
      if (pending <= 0 && !started) {
        started = true
        start()
      }
    })
    let pending = 0
    let started = false
  })
  return listen(server)
}

describe('the request deadline', () => {
  it.each([
    ['status line and headers', true],
    ['body', false]
  ])('fails an answer whose %s trickle in, which the idle timer alone lets through', async (_what, headers) => {
    const port = await trickling({ headers, everyMs: 20 })
    const request = { method: 'GET', url: `http://127.0.0.1:${port}/api/x`, headers: {} }

    const idleOnly = transport(500, 60_000)
    const response = await idleOnly.send(request)
    idleOnly.dispose()
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(BODY)

    const bounded = transport(500, 300)
    const error = await failure(bounded.send(request))
    bounded.dispose()
    expect(error).toMatchObject({ kind: 'timeout', transient: true, answerLost: true })
    expect(error.message).toBe(
      'no complete answer within 0.3 s of sending the request (request deadline; CRYPTSHARE_REQUEST_TIMEOUT_SECONDS sets it)'
    )
  })

  it("starts for an upload only after the body's last byte was sent", async () => {
    const port = await trickling({ headers: false, everyMs: 1 })
    // The body takes longer to send than the deadline; the answer itself comes quickly.
    let chunk = 0
    const slowSource = (): Readable =>
      new Readable({
        read() {
          if (chunk++ < 8) setTimeout(() => this.push(Buffer.alloc(1000, 1)), 60)
          else this.push(null)
        }
      })
    const t = transport(2000, 300)
    const response = await t.send({
      method: 'PUT',
      url: `http://127.0.0.1:${port}/api/x/content`,
      headers: {},
      body: { open: slowSource, length: 8000 }
    })
    expect(response.status).toBe(200)
    t.dispose()
  })

  it("fails an upload whose answer trickles in after the body's last byte", async () => {
    const port = await trickling({ headers: true, everyMs: 20 })
    const t = transport(2000, 300)
    const error = await failure(
      t.send({
        method: 'PUT',
        url: `http://127.0.0.1:${port}/api/x/content`,
        headers: {},
        body: { open: () => Readable.from([Buffer.alloc(5000, 1)]), length: 5000 }
      })
    )
    t.dispose()
    expect(error.kind).toBe('timeout')
    expect(error.message).toContain("no complete answer within 0.3 s after the upload's last byte (request deadline;")
  })
})

describe('a truncated answer', () => {
  it('says the answer was truncated when the connection closes before Content-Length bytes', async () => {
    const server = createHttpServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' })
      res.write('{"data":{"tok')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    const port = await listen(server)
    const t = transport()
    const error = await failure(t.send({ method: 'GET', url: `http://127.0.0.1:${port}/api/x`, headers: {} }))
    t.dispose()
    expect(error).toMatchObject({ kind: 'network', code: 'ETRUNCATED', answerLost: true })
    expect(error.message).toBe('the answer was truncated: the connection closed after 13 of 100 bytes of the body')
  })

  it('says so for a chunked answer cut off before its last chunk', async () => {
    const server = createHttpServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"data":')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    const port = await listen(server)
    const t = transport()
    const error = await failure(t.send({ method: 'GET', url: `http://127.0.0.1:${port}/api/x`, headers: {} }))
    t.dispose()
    expect(error.code).toBe('ETRUNCATED')
    expect(error.message).toBe('the answer was truncated: the connection closed after 8 bytes of the body')
  })
})

describe('Transport', () => {
  it('streams a body with Content-Length and reports progress', async () => {
    let received = 0
    let length = ''
    const server = createHttpServer((req, res) => {
      length = req.headers['content-length'] ?? ''
      req.on('data', (d: Buffer) => (received += d.length))
      req.on('end', () => res.end('{}'))
    })
    const port = await listen(server)
    const t = transport()
    const progress: number[] = []
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(100_000, 1))
    const response = await t.send({
      method: 'PUT',
      url: `http://127.0.0.1:${port}/x`,
      headers: {},
      body: { open: () => Readable.from(chunks), length: 1_000_000 },
      onUploadProgress: (n) => progress.push(n)
    })
    t.dispose()
    expect(response.status).toBe(200)
    expect(received).toBe(1_000_000)
    expect(length).toBe('1000000')
    expect(progress.at(-1)).toBe(1_000_000)
  })

  it('asks a body source for its next chunk only once the socket took the last (the source may reuse its buffer)', async () => {
    const received = createHash('sha256')
    let receivedBytes = 0
    const server = createHttpServer((req, res) => {
      req.on('data', (d: Buffer) => {
        received.update(d)
        receivedBytes += d.length
      })
      req.on('end', () => res.end('{}'))
    })
    const port = await listen(server)
    const t = transport()
    // 64 chunks of 256 KiB, each written into the one buffer: had the transport still held a chunk
    // when it asked for the next, the bytes received would be the later chunk's.
    const chunkBytes = 256 * 1024
    const expected = createHash('sha256')
    for (let i = 0; i < 64; i++) expected.update(Buffer.alloc(chunkBytes, i))
    function* reusingOneBuffer(): Generator<Buffer> {
      const buffer = Buffer.alloc(chunkBytes)
      for (let i = 0; i < 64; i++) {
        buffer.fill(i)
        yield buffer
      }
    }
    const response = await t.send({
      method: 'PUT',
      url: `http://127.0.0.1:${port}/x`,
      headers: {},
      body: { open: reusingOneBuffer, length: 64 * chunkBytes }
    })
    t.dispose()
    expect(response.status).toBe(200)
    expect(receivedBytes).toBe(64 * chunkBytes)
    expect(received.digest('hex')).toBe(expected.digest('hex'))
  })

  it('stops reading the body source when the request fails, and closes it', async () => {
    let closed = false
    const server = createHttpServer((req) => req.once('data', () => req.socket.destroy()))
    const port = await listen(server)
    const t = transport()
    function* endless(): Generator<Buffer> {
      try {
        for (;;) yield Buffer.alloc(64 * 1024, 7)
      } finally {
        closed = true
      }
    }
    const error = await failure(
      t.send({ method: 'PUT', url: `http://127.0.0.1:${port}/`, headers: {}, body: { open: endless, length: 1e12 } })
    )
    t.dispose()
    expect(error.kind).toBe('network')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(closed).toBe(true)
  })

  it('fails an idle connection with a timeout error', async () => {
    const server = createHttpServer(() => undefined)
    const port = await listen(server)
    const t = transport(200)
    const error = await failure(t.send({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {} }))
    t.dispose()
    expect(error.kind).toBe('timeout')
    expect(error.transient).toBe(true)
  })

  it('stops at once when cancelled', async () => {
    const server = createHttpServer(() => undefined)
    const port = await listen(server)
    const t = transport(10_000)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const error = await failure(
      t.send({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {}, signal: controller.signal })
    )
    t.dispose()
    expect(error.kind).toBe('aborted')
    expect(error.transient).toBe(false)
  })

  it('reports a failing body source as a source error, not a network error', async () => {
    const server = createHttpServer((req, res) => req.on('end', () => res.end()).resume())
    const port = await listen(server)
    const t = transport()
    const source = new Readable({
      read() {
        this.destroy(new Error('ENOENT: file vanished'))
      }
    })
    const error = await failure(
      t.send({ method: 'PUT', url: `http://127.0.0.1:${port}/`, headers: {}, body: { open: () => source, length: 10 } })
    )
    t.dispose()
    expect(error.kind).toBe('source')
    expect(error.message).toContain('file vanished')
  })
})
