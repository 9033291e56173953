import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import { Readable } from 'node:stream'
import { CryptshareError } from '../../src/cryptshare/errors.js'
import { Transport } from '../../src/http/transport.js'

const servers: HttpServer[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
})

function listen(server: HttpServer): Promise<number> {
  servers.push(server)
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
  )
}

const transport = (idleTimeoutMs = 2000): Transport => new Transport({ idleTimeoutMs, userAgent: 'test' })

async function failure(promise: Promise<unknown>): Promise<CryptshareError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(CryptshareError)
  return error as CryptshareError
}

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
