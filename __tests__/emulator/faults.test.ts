/* eslint-disable @typescript-eslint/no-unsafe-member-access -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { connect } from 'node:net'
import { randomBytes } from 'node:crypto'
import { Emulator } from '../../emulator/server.js'
import { request as httpRequest } from 'node:http'
import {
  SENDER,
  TO,
  basicHeaders,
  expectError,
  openSession,
  rawExchange,
  sha256,
  useEmulator,
  waitFor
} from './helpers.js'

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

  it('clearFaults() lifts every fault: given at start, added later, partly fired, and random failures', async () => {
    const { api, emulator } = await emulators.start({
      faults: [{ method: 'GET', path: '/verification$', times: Infinity, status: 503 }],
      randomFailureRate: 1
    })
    emulator.addFault({ path: '^/api/password$', skip: 1, status: 500 })
    expect((await api.call('GET', verification)).status).toBe(503)
    expect([429, 502, 503, 504]).toContain((await api.call('GET', '/api/password')).status)
    emulator.clearFaults()
    expect((await api.call('GET', verification)).status).toBe(200)
    expect((await api.call('GET', '/api/password')).status).toBe(200)
    expect((await api.call('GET', '/api/password')).status).toBe(200)
    expect(
      emulator
        .requestsTo(undefined, /./)
        .slice(-3)
        .every((r) => r.faults.length === 0)
    ).toBe(true)
  })

  it('clearFaults() leaves later faults working', async () => {
    const { api, emulator } = await emulators.start()
    emulator.clearFaults()
    emulator.addFault({ method: 'GET', path: '/verification$', status: 502 })
    expectError(await api.call('GET', verification), 502, 5000)
    expect((await api.call('GET', verification)).status).toBe(200)
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

/** What node:http's client (the action's transport) makes of an answer: the Location it sees or its error code. */
function nodeHttpLocation(base: string, path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${base}${path}`, { method: 'POST', headers, agent: false }, (res) => {
      res.resume()
      resolve(`location=${JSON.stringify(res.headers.location)}`)
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve(`error=${error.code ?? error.message}`))
    req.end()
  })
}

describe('faults after processing', () => {
  it('dropAfterProcessing: finalize, file registration and session creation apply; the socket is destroyed unanswered', async () => {
    const { api, emulator } = await emulators.start()
    const token = await api.token()
    emulator.addFault({ method: 'POST', path: /\/transfer-sessions$/, dropAfterProcessing: true })
    await expect(api.createSession(token)).rejects.toThrow()
    expect(emulator.sessions.size).toBe(1)
    const [tid] = emulator.sessions.keys()
    emulator.addFault({ method: 'POST', path: /\/files$/, dropAfterProcessing: true })
    await expect(api.registerFile(token, tid, { fileName: 'a.txt', size: 1 })).rejects.toThrow()
    const file = emulator.sessions.get(tid)?.files[0]
    expect(file).toMatchObject({ fileName: 'a.txt', state: 'INITIALIZED' })
    expect((await api.upload(token, tid, file?.id ?? '', Buffer.from('x'))).status).toBe(200)
    emulator.addFault({ method: 'POST', path: `/transfer-sessions/${tid}$`, dropAfterProcessing: true })
    await expect(api.finalize(token, tid)).rejects.toThrow()
    expect(emulator.sessions.get(tid)).toMatchObject({ state: 'FINALIZED', finalizeCount: 1 })
    const [finalize] = emulator.finalizeRequests(tid)
    expect(finalize).toMatchObject({
      status: 0,
      handledStatus: 201,
      processed: true,
      clientClosed: false,
      done: true,
      faults: ['dropAfterProcessing']
    })
    expect(emulator.requestsTo('POST', /\/files$/)).toHaveLength(1)
  })

  it.each([
    [
      'broken percent-encoding',
      '/api/users/a@b.c/transfers/%E0%A4%A',
      'location="/api/users/a@b.c/transfers/%E0%A4%A"'
    ],
    ['a bad absolute URL', 'http://[bad', 'location="http://[bad"'],
    ['an encoded slash', '/api/users/x/transfer-sessions/a%2Fb', 'location="/api/users/x/transfer-sessions/a%2Fb"'],
    ['a control character', '/api/users/x/transfer-sessions/a\u0001b', 'error=HPE_INVALID_HEADER_TOKEN'],
    ['latin1 bytes', '/api/users/x/transfer-sessions/\u00e9', 'location="/api/users/x/transfer-sessions/\u00e9"']
  ])(
    'location: the answer carries exactly the raw Location (%s); the request is processed',
    async (_name, value, seen) => {
      const { api, emulator } = await emulators.start()
      const token = await api.token()
      const headers = { ...basicHeaders(), 'X-CS-VerificationToken': token, 'Content-Type': 'application/json' }
      const body = JSON.stringify({ recipients: { to: [{ mail: TO }] } })
      emulator.addFault({ method: 'POST', path: /\/transfer-sessions$/, location: value })
      const raw = await rawExchange(api.base, 'POST', `/api/users/${SENDER}/transfer-sessions`, headers, body).closed
      const head = raw.toString('latin1')
      expect(head).toMatch(/^HTTP\/1\.1 201 Created\r\n/)
      expect(head).toContain(`\r\nLocation: ${value}\r\n`)
      expect(head).toContain('\r\nConnection: close\r\n')
      expect(emulator.sessions.size).toBe(1)
      expect(emulator.requests.at(-1)).toMatchObject({
        status: 201,
        handledStatus: 201,
        clientClosed: false,
        done: true
      })
      emulator.addFault({ method: 'POST', path: /\/transfer-sessions$/, location: value })
      expect(await nodeHttpLocation(api.base, `/api/users/${SENDER}/transfer-sessions`, headers)).toBe(seen)
    }
  )

  it('trickleMs: headers at once, then the body one byte at a time; the body arrives intact', async () => {
    const { api, emulator } = await emulators.start({ faults: [{ path: /verification$/, trickleMs: 2 }] })
    const exchange = rawExchange(api.base, 'GET', `/api/users/${SENDER}/verification`, {
      ...basicHeaders(),
      Connection: 'close'
    })
    await waitFor(() => emulator.requests[0]?.done === true)
    exchange.socket.end()
    const raw = (await exchange.closed).toString('latin1')
    const headEnd = raw.indexOf('\r\n\r\n') + 4
    // The header block in one piece (under load the first body byte may ride along).
    expect(exchange.chunks[0].toString('latin1').startsWith(raw.slice(0, headEnd))).toBe(true)
    const body = raw.slice(headEnd)
    expect(JSON.parse(body)).toMatchObject({ data: { verified: false } })
    expect(exchange.chunks.length).toBeGreaterThan(body.length / 4) // not one piece
    expect(emulator.requests[0]).toMatchObject({ status: 200, faults: ['trickleMs'] })
  })

  it('trickleHeaders: the status line trickles too; a client close stops it', async () => {
    const { api, emulator } = await emulators.start({
      faults: [
        { path: /verification$/, trickleMs: 2, trickleHeaders: true },
        { path: /token$/, trickleMs: 60_000 }
      ]
    })
    const exchange = rawExchange(api.base, 'GET', `/api/users/${SENDER}/verification`, basicHeaders())
    const raw = (await exchange.closed).toString('latin1')
    expect(exchange.chunks[0].length).toBeLessThan(raw.indexOf('\r\n'))
    expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*Connection: close\r\n[^]*\r\n\r\n\{"data"/)
    expect(emulator.requests[0]).toMatchObject({ status: 200, clientClosed: false, done: true })

    // one byte a minute: the client gives up after the first byte, the emulator stops at once
    const slow = rawExchange(
      api.base,
      'POST',
      `/api/users/${SENDER}/verification/token`,
      {
        ...basicHeaders(),
        'Content-Type': 'application/json'
      },
      '{}'
    )
    await waitFor(() => emulator.requests.length === 2 && emulator.requests[1].processed)
    slow.socket.destroy()
    await emulator.idle() // would wait for minutes if the trickle went on
    expect(emulator.requests[1]).toMatchObject({ processed: true, clientClosed: true, done: true })
  })

  it('trickleMs: stop() ends a trickling answer and clears its timers', async () => {
    const { api, emulator } = await emulators.start({ faults: [{ path: /verification$/, trickleMs: 60_000 }] })
    const exchange = rawExchange(api.base, 'GET', `/api/users/${SENDER}/verification`, basicHeaders())
    await waitFor(() => exchange.chunks.length > 0) // the headers
    await emulator.stop()
    await exchange.closed
    expect((emulator as unknown as { timers: Set<unknown> }).timers.size).toBe(0)
  })

  it('rewrite replaces a 2xx JSON body with what the function returns; other answers are left alone', async () => {
    const { api, emulator } = await emulators.start({ processingPolls: 0 })
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'a.txt', Buffer.from('x'))
    expect((await api.finalize(token, tid)).status).toBe(201)
    const seen: unknown[] = []
    emulator.addFault({
      method: 'GET',
      path: /\/transfers\//,
      times: Infinity,
      rewrite: (json) => {
        seen.push(json)
        const body = json as { data: { status: { recipients: unknown; files: unknown } } }
        body.data.status.recipients = {}
        body.data.status.files = [null]
        return body
      }
    })
    const answer = await api.call('GET', api.statusPath(tid), { token })
    expect(answer.status).toBe(200)
    expect(answer.body.data.status).toMatchObject({ state: 'ACTIVE', recipients: {}, files: [null] })
    expect(seen).toHaveLength(1)
    expectError(await api.call('GET', api.statusPath('20990101-000000-AAAAAAAA'), { token }), 404, 2003)
    expect(seen).toHaveLength(1) // error answers are not rewritten
    emulator.addFault({ method: 'DELETE', rewrite: () => 'never' })
    const { tid: other } = await openSession(api)
    expect(
      (await api.call('DELETE', api.sessionPath(other), { token: emulator.sessions.get(other)?.token })).status
    ).toBe(204)
  })

  it.each([
    [true, 'FINALIZED', 1],
    [false, 'OPEN', 0]
  ])(
    'delayMs with processEvenIfClosed=%s: a finalize whose client went away during the delay ends %s',
    async (processEvenIfClosed, state, count) => {
      const { api, emulator } = await emulators.start()
      const { token, tid } = await openSession(api)
      await api.addFile(token, tid, 'a.txt', Buffer.from('x'))
      emulator.addFault({
        method: 'POST',
        path: `/transfer-sessions/${tid}$`,
        delayMs: 200,
        ...(processEvenIfClosed ? { processEvenIfClosed } : {})
      })
      const exchange = rawExchange(api.base, 'POST', api.sessionPath(tid), {
        ...basicHeaders(),
        'X-CS-VerificationToken': token
      })
      await waitFor(() => emulator.finalizeRequests(tid).length === 1)
      exchange.socket.destroy()
      await emulator.idle()
      expect(emulator.sessions.get(tid)).toMatchObject({ state, finalizeCount: count })
      expect(emulator.finalizeRequests(tid)[0]).toMatchObject({
        status: 0,
        processed: processEvenIfClosed,
        clientClosed: true,
        done: true,
        faults: ['delayMs']
      })
      expect(emulator.finalizeRequests(tid)[0].handledStatus).toBe(processEvenIfClosed ? 201 : undefined)
    }
  )

  it('processEvenIfClosed keeps the body: a file registration after a client close registers the file', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    emulator.addFault({ method: 'POST', path: /\/files$/, delayMs: 200, processEvenIfClosed: true })
    const body = JSON.stringify({ fileName: 'late.txt', size: 4 })
    const exchange = rawExchange(
      api.base,
      'POST',
      `${api.sessionPath(tid)}/files`,
      {
        ...basicHeaders(),
        'X-CS-VerificationToken': token,
        'Content-Type': 'application/json'
      },
      body
    )
    await waitFor(() => emulator.requestsTo('POST', /\/files$/)[0]?.bodyBytes === body.length)
    exchange.socket.destroy()
    await emulator.idle()
    expect(emulator.sessions.get(tid)?.files).toMatchObject([{ fileName: 'late.txt', size: 4 }])
    expect(emulator.requestsTo('POST', /\/files$/)[0]).toMatchObject({ processed: true, handledStatus: 201, status: 0 })
  })

  it('the new options belong to their actions', () => {
    expect(() => new Emulator({ faults: [{ processEvenIfClosed: true, status: 500 }] })).toThrow(/delayMs/)
    expect(() => new Emulator({ faults: [{ trickleHeaders: true, status: 500 }] })).toThrow(/trickleMs/)
    expect(() => new Emulator({ faults: [{ location: '/x', trickleMs: 1 }] })).toThrow(/exactly one action/)
    expect(() => new Emulator({ faults: [{ dropAfterProcessing: true, afterProcessing: 500 }] })).toThrow(
      /exactly one action/
    )
  })
})

describe('connections and recording', () => {
  it('records method, path, query, raw lower-case headers, status and body bytes', async () => {
    const { api, emulator } = await emulators.start()
    await api.call('POST', `${tokenPath}?product-key=api.rest`, { json: {} })
    const record = emulator.requests[0]
    expect(record).toMatchObject({
      method: 'POST',
      path: tokenPath,
      query: { 'product-key': 'api.rest' },
      status: 200,
      bodyBytes: 2
    })
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
