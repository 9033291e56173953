/* eslint-disable @typescript-eslint/no-unsafe-member-access -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { connect } from 'node:net'
import { randomBytes } from 'node:crypto'
import { Emulator } from '../../emulator/server.js'
import { SENDER, basicHeaders, expectError, openSession, sha256, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const verification = `/api/users/${SENDER}/verification`
const tokenPath = `/api/users/${SENDER}/verification/token`

describe('faults', () => {
  it('status fault: 429 with Retry-After and errorCode 2007, the request is not processed', async () => {
    const { api, emulator } = await emulators.start({
      faults: [{ method: 'POST', path: /verification\/token$/, status: 429, retryAfter: '3' }]
    })
    const answer = await api.call('POST', tokenPath, { json: {} })
    expectError(answer, 429, 2007)
    expect(answer.headers.get('retry-after')).toBe('3')
    expect(emulator.tokensIssued).toBe(0)
    expect((await api.call('POST', tokenPath, { json: {} })).status).toBe(200) // times defaults to 1
    expect(emulator.tokensIssued).toBe(1)
  })

  it('status fault: 5xx defaults to errorCode 5000; errorCode overrides; skip and times count matching requests', async () => {
    const { api } = await emulators.start({
      faults: [
        { method: 'GET', path: '/verification$', skip: 1, times: 2, status: 503 },
        { path: '^/api/password$', status: 500, errorCode: 1234 }
      ]
    })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await api.call('GET', verification)).status)
    expect(statuses).toEqual([200, 503, 503, 200])
    expectError(await api.call('GET', '/api/password'), 500, 1234)
  })

  it('afterProcessing: the change applies but the answer is lost (500 on finalize)', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'a.txt', Buffer.from('x'))
    emulator.addFault({ method: 'POST', path: `/transfer-sessions/${tid}$`, afterProcessing: 500 })
    expectError(await api.finalize(token, tid), 500, 5000)
    expect(emulator.sessions.get(tid)).toMatchObject({ state: 'FINALIZED', finalizeCount: 1 })
    expect((await api.call('GET', api.statusPath(tid), { token })).status).toBe(200)
    expectError(await api.finalize(token, tid), 404, 2003)
  })

  it('resetAfterBytes destroys the socket in the middle of a large PUT; the file stays INITIALIZED', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const content = randomBytes(8 * 1024 * 1024)
    const fileId = await api.registerFile(token, tid, {
      fileName: 'big.bin',
      size: content.length,
      checksum: sha256(content)
    })
    emulator.addFault({ method: 'PUT', path: /\/content$/, resetAfterBytes: 1024 * 1024 })
    const broken = await api.upload(token, tid, fileId, content)
    expect(broken.status).toBe(0)
    expect(broken.error).toBeDefined()
    const record = emulator.requests.find((r) => r.method === 'PUT')
    expect(record?.status).toBe(0)
    expect(record?.bodyBytes).toBeGreaterThanOrEqual(1024 * 1024)
    expect(record?.bodyBytes).toBeLessThan(content.length)
    expect(emulator.sessions.get(tid)?.files[0]).toMatchObject({ state: 'INITIALIZED', uploads: 0 })
    expect((await api.upload(token, tid, fileId, content)).status).toBe(200)
    expect(emulator.sessions.get(tid)?.files[0]).toMatchObject({ state: 'UPLOADED', uploads: 1 })
  })

  it('resetAfterBytes 0 drops the connection before answering; nothing is processed', async () => {
    const { api, emulator } = await emulators.start({ faults: [{ path: /token$/, resetAfterBytes: 0 }] })
    await expect(api.call('POST', tokenPath, { json: {} })).rejects.toThrow()
    expect(emulator.tokensIssued).toBe(0)
  })

  it('html fault answers 200 text/html', async () => {
    const { api } = await emulators.start({ faults: [{ path: /verification$/, html: true }] })
    const answer = await api.call('GET', verification)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    expect(answer.body).toBeUndefined()
  })

  it('stallMs answers nothing, then destroys the socket', async () => {
    const { api, emulator } = await emulators.start({ faults: [{ path: /token$/, stallMs: 150 }] })
    const started = Date.now()
    await expect(api.call('POST', tokenPath, { json: {} })).rejects.toThrow()
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(emulator.tokensIssued).toBe(0)
  })

  it('delayMs delays, then processes normally', async () => {
    const { api } = await emulators.start({ faults: [{ path: /verification$/, delayMs: 150 }] })
    const started = Date.now()
    expect((await api.call('GET', verification)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('randomFailureRate is deterministic for a seed and spares /api/status', async () => {
    async function run(seed: number) {
      const { api } = await emulators.start({ randomFailureRate: 0.5, randomSeed: seed })
      const answers: string[] = []
      for (let i = 0; i < 30; i++) {
        const answer = await api.call('GET', verification)
        answers.push(`${answer.status}/${answer.body?.errorCode ?? ''}/${answer.headers.get('retry-after') ?? ''}`)
      }
      for (const answer of answers) expect(answer).toMatch(/^(200\/\/|429\/2007\/0|50[234]\/5000\/)$/)
      return answers
    }
    const first = await run(42)
    expect(await run(42)).toEqual(first)
    expect(await run(7)).not.toEqual(first)
    expect(first.filter((a) => a === '200//').length).toBeGreaterThan(5)
    expect(first.filter((a) => a !== '200//').length).toBeGreaterThan(5)
    const { api } = await emulators.start({ randomFailureRate: 1 })
    for (let i = 0; i < 5; i++) expect((await api.call('GET', '/api/status', { bare: true })).status).toBe(200)
    expect([429, 502, 503, 504]).toContain((await api.call('GET', verification)).status)
  })

  it('a fault needs exactly one action', () => {
    expect(() => new Emulator({ faults: [{ path: 'x' }] })).toThrow(/exactly one action/)
    expect(() => new Emulator({ faults: [{ status: 500, html: true }] })).toThrow(/exactly one action/)
  })
})

describe('connections and recording', () => {
  it('records method, path, query, raw lower-case headers, status and body bytes', async () => {
    const { api, emulator } = await emulators.start()
    await api.call('POST', `${tokenPath}?x=1`, { json: {} })
    const record = emulator.requests[0]
    expect(record).toMatchObject({ method: 'POST', path: tokenPath, query: { x: '1' }, status: 200, bodyBytes: 2 })
    expect(record.headers['x-cs-majorapiversion']).toBe('1')
    expect(record.at).toBeGreaterThan(0)
  })

  it('keeps connections alive and stop() closes them promptly', async () => {
    // a raw TCP connection (nock patches node:http clients, so test keep-alive below them)
    const emulator = new Emulator()
    const url = new URL(await emulator.start())
    const socket = connect(Number(url.port), url.hostname)
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
    try {
      let buffer = ''
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => (buffer += chunk))
      const headers = Object.entries(basicHeaders())
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')
      const roundTrip = async (): Promise<string> => {
        buffer = ''
        socket.write(`GET ${verification} HTTP/1.1\r\nHost: ${url.host}\r\n${headers}\r\n`)
        for (;;) {
          const end = buffer.indexOf('\r\n\r\n')
          const length = /content-length: (\d+)/i.exec(buffer)?.[1]
          if (end >= 0 && length !== undefined && buffer.length >= end + 4 + Number(length)) return buffer
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
      }
      expect(await roundTrip()).toMatch(/^HTTP\/1\.1 200 [^]*keep-alive/i)
      expect(await roundTrip()).toMatch(/^HTTP\/1\.1 200/) // same connection
    } finally {
      const started = Date.now()
      await emulator.stop()
      await closed
      expect(Date.now() - started).toBeLessThan(1000)
    }
  })
})
