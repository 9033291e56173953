import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { CallTimeLimitError, CryptshareClient } from '../../src/cryptshare/client.js'
import { looksTruncated } from '../../src/cryptshare/reply.js'
import { appendPath, encodePathSegment } from '../../src/cryptshare/urls.js'
import { CryptshareError } from '../../src/cryptshare/errors.js'
import { Transport } from '../../src/http/transport.js'
import { parseRetryAfter } from '../../src/http/retry.js'
import { MAX_RETRY_AFTER_MS } from '../../src/core/connection.js'

const BASE = 'https://cs.example.com'
const CLIENT_ID = 'C'.repeat(64)
const SENDER = 'ci+bot@example.com'
const USER = `/api/users/${SENDER}`

let transport: Transport
const waits: number[] = []

function client(retries = 2): CryptshareClient {
  const c = new CryptshareClient({
    apiBase: `${BASE}/api`,
    clientId: CLIENT_ID,
    transport,
    retry: {
      retries,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      maxRetryAfterMs: 5000,
      sleep: (ms) => {
        waits.push(ms)
        return Promise.resolve()
      },
      random: () => 0.5
    }
  })
  c.useToken('TOKEN123')
  return c
}

const headers = {
  'x-cs-clientid': CLIENT_ID,
  'x-cs-majorapiversion': '1',
  'x-cs-minimumminorapiversion': /^\d+$/,
  'x-cs-verificationtoken': 'TOKEN123'
}

beforeAll(() => {
  nock.disableNetConnect()
  transport = new Transport({ idleTimeoutMs: 5000, requestTimeoutMs: 10_000, userAgent: 'test' })
})
afterEach(() => {
  nock.cleanAll()
  waits.length = 0
})
afterAll(() => {
  transport.dispose()
  nock.enableNetConnect()
})

describe('CryptshareClient', () => {
  it('sends the API headers, unwraps {data, meta} and keeps + and @ in the sender path', async () => {
    const scope = nock(BASE, { reqheaders: headers })
      .post(`${USER}/transfer-policy`, { recipients: ['a@example.org'] })
      .reply(200, { data: { allowed: true, settings: { maxTotalSize: 10 } }, meta: {} })
    const policy = await client().transferPolicy(SENDER, ['a@example.org'])
    expect(policy).toEqual({ allowed: true, settings: { maxTotalSize: 10 } })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['relative', `${USER}/transfer-sessions/20240522-065711-H8UoUSI6`],
    ['absolute', `${BASE}${USER}/transfer-sessions/20240522-065711-H8UoUSI6`],
    ['absolute on an internal host', `http://backend:8080${USER}/transfer-sessions/20240522-065711-H8UoUSI6`]
  ])('takes the tracking id from a %s Location', async (_kind, location) => {
    nock(BASE).post(`${USER}/transfer-sessions`).reply(201, '', { Location: location })
    const { trackingId } = await client().createSession(SENDER, {
      sender: { name: 'n', phone: '' },
      recipients: { to: [{ mail: 'a@x.org' }], cc: [], bcc: [] }
    })
    expect(trackingId).toBe('20240522-065711-H8UoUSI6')
  })

  it('falls back to a tracking id in the body when there is no Location', async () => {
    nock(BASE)
      .post(`${USER}/transfer-sessions`)
      .reply(201, { data: { trackingId: 'T-FROM-BODY' }, meta: {} })
    const { trackingId } = await client().createSession(SENDER, {
      sender: { name: 'n', phone: '' },
      recipients: { to: [{ mail: 'a@x.org' }], cc: [], bcc: [] }
    })
    expect(trackingId).toBe('T-FROM-BODY')
  })

  it('resolves a file Location onto the server and uploads to …/content', async () => {
    const tid = 'T1'
    nock(BASE)
      .post(`${USER}/transfer-sessions/${tid}/files`, { fileName: 'a.zip', size: 3, checksum: 'ab'.repeat(32) })
      .reply(
        201,
        { data: { fileId: 'F1' }, meta: {} },
        { Location: `http://internal${USER}/transfer-sessions/${tid}/files/F1` }
      )
    const put = nock(BASE, { reqheaders: { 'content-type': 'application/octet-stream', 'content-length': '3' } })
      .put(`${USER}/transfer-sessions/${tid}/files/F1/content`, 'abc')
      .reply(200)
    const c = client()
    const { fileId, fileUrl } = await c.registerFile(SENDER, tid, {
      fileName: 'a.zip',
      size: 3,
      checksum: 'ab'.repeat(32)
    })
    expect(fileId).toBe('F1')
    const { Readable } = await import('node:stream')
    await c.uploadFile(fileUrl, { open: () => Readable.from([Buffer.from('abc')]), length: 3 })
    expect(put.isDone()).toBe(true)
  })

  it('turns an error answer into a CryptshareError with status, errorCode and errorMessage', async () => {
    nock(BASE)
      .post(`${USER}/verification/token`)
      .reply(403, { errorCode: 3002, errorMessage: 'Invalid verification data' })
    const error = (await client()
      .requestToken(SENDER)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error).toBeInstanceOf(CryptshareError)
    expect(error).toMatchObject({
      kind: 'http',
      status: 403,
      errorCode: 3002,
      errorMessage: 'Invalid verification data'
    })
    expect(error.message).not.toContain(CLIENT_ID)
  })

  it('retries 503 honouring Retry-After, and never retries other 4xx', async () => {
    nock(BASE)
      .get(`${USER}/verification`)
      .reply(503, 'busy', { 'Retry-After': '2' })
      .get(`${USER}/verification`)
      .reply(200, { data: { verified: true } })
    expect(await client().verificationStatus(SENDER)).toEqual({ verified: true })
    expect(waits).toEqual([2000])

    const scope = nock(BASE).get(`${USER}/verification`).once().reply(400, { errorCode: 1004, errorMessage: 'bad' })
    await expect(client().verificationStatus(SENDER)).rejects.toMatchObject({ status: 400 })
    expect(scope.isDone()).toBe(true)
  })

  it('stops after `retries` retries', async () => {
    nock(BASE).get(`${USER}/verification`).times(3).reply(502, '')
    await expect(client(2).verificationStatus(SENDER)).rejects.toMatchObject({ status: 502 })
    expect(waits).toHaveLength(2)
  })

  it('says an HTML answer is not the Cryptshare API', async () => {
    nock(BASE).get(`${USER}/verification`).reply(200, '<html>Welcome</html>', { 'Content-Type': 'text/html' })
    const error = (await client()
      .verificationStatus(SENDER)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error.kind).toBe('protocol')
    expect(error.message).toContain('text/html')
  })
})

describe('answers that are not what they seem', () => {
  it('names the target of a redirect, without its query string', async () => {
    nock(BASE).get(`${USER}/verification`).reply(302, '<html>Moved</html>', {
      Location: 'https://sso.example/login?session=SECRET',
      'Content-Type': 'text/html'
    })
    const error = (await client()
      .verificationStatus(SENDER)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error).toMatchObject({ kind: 'http', status: 302, transient: false })
    expect(error.message).toBe('HTTP 302 redirect to https://sso.example/login')
    const { explainRequestFailure } = await import('../../src/cryptshare/explain.js')
    expect(explainRequestFailure(error)).toBe(
      `HTTP 302 redirect to https://sso.example/login (GET ${BASE}${USER}/verification): the server URL answers with a redirect; check the server URL (/api is added to it, and no redirect is followed) and any proxy or single sign-on page in front of the server.`
    )
  })

  it('says a JSON answer that ends early was truncated, not that it is not the API', async () => {
    nock(BASE).post(`${USER}/verification/token`).reply(200, '{"data":{"tok', { 'Content-Type': 'application/json' })
    const error = (await client()
      .requestToken(SENDER)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error).toMatchObject({ kind: 'protocol', code: 'ETRUNCATED' })
    expect(error.message).toBe('the answer was truncated: its JSON ends early after 13 bytes')
    const { explainRequestFailure } = await import('../../src/cryptshare/explain.js')
    const line = explainRequestFailure(error)
    expect(line).toContain('cut short')
    expect(line).not.toContain('does not look like a Cryptshare API')
  })

  it('says an error answer with truncated JSON was truncated', async () => {
    nock(BASE).get(`${USER}/verification`).reply(400, '{"errorCode":10', { 'Content-Type': 'application/json' })
    const error = (await client()
      .verificationStatus(SENDER)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error.message).toBe('HTTP 400 with a JSON body that was truncated after 15 bytes')
  })

  it('keeps the query string of a file Location after the path it appends /content to', async () => {
    const tid = 'T2'
    nock(BASE)
      .post(`${USER}/transfer-sessions/${tid}/files`)
      .reply(201, { data: { fileId: 'F1' } }, { Location: `${USER}/transfer-sessions/${tid}/files/F1?x=1#frag` })
    const put = nock(BASE).put(`${USER}/transfer-sessions/${tid}/files/F1/content`).query({ x: '1' }).reply(200)
    const c = client()
    const { fileUrl } = await c.registerFile(SENDER, tid, { fileName: 'a.zip', size: 3, checksum: 'ab'.repeat(32) })
    expect(fileUrl).toBe(`${BASE}${USER}/transfer-sessions/${tid}/files/F1?x=1`)
    const { Readable } = await import('node:stream')
    await c.uploadFile(fileUrl, { open: () => Readable.from([Buffer.from('abc')]), length: 3 })
    expect(put.isDone()).toBe(true)
  })
})

describe('rate limiting (429 with Retry-After)', () => {
  it('waits out Retry-After up to 120 s, without counting 429s against retries', async () => {
    const c = new CryptshareClient({
      apiBase: `${BASE}/api`,
      clientId: CLIENT_ID,
      transport,
      retry: {
        retries: 1,
        baseDelayMs: 100,
        maxDelayMs: 1000,
        maxRetryAfterMs: MAX_RETRY_AFTER_MS,
        sleep: (ms) => {
          waits.push(ms)
          return Promise.resolve()
        },
        random: () => 0.5
      }
    })
    const scope = nock(BASE)
      .get(`${USER}/verification`)
      .times(3)
      .reply(429, { errorCode: 2007, errorMessage: 'too many requests' }, { 'Retry-After': '60' })
      .get(`${USER}/verification`)
      .reply(502, '')
      .get(`${USER}/verification`)
      .reply(200, { data: { verified: true } })
    expect(await c.verificationStatus(SENDER)).toEqual({ verified: true })
    expect(waits).toEqual([60_000, 60_000, 60_000, 50])
    expect(scope.isDone()).toBe(true)
  })

  it('a longer Retry-After fails at once, naming the wait', async () => {
    const scope = nock(BASE)
      .get(`${USER}/verification`)
      .once()
      .reply(429, { errorCode: 2007, errorMessage: 'too many requests' }, { 'Retry-After': '300' })
    const error = (await client()
      .verificationStatus(SENDER)
      .catch((e: unknown) => e)) as CryptshareError
    expect(scope.isDone()).toBe(true)
    expect(waits).toEqual([])
    expect(error).toMatchObject({ status: 429, errorCode: 2007 })
    const { explainRequestFailure } = await import('../../src/cryptshare/explain.js')
    expect(explainRequestFailure(error)).toBe(
      `HTTP 429 errorCode 2007: the server asks to wait 300 s (Retry-After); try again later (GET ${BASE}${USER}/verification)`
    )
  })
})

describe('bounds', () => {
  it('retries: 0 makes exactly one attempt', async () => {
    const scope = nock(BASE).get(`${USER}/verification`).once().reply(503, '')
    await expect(client(0).verificationStatus(SENDER)).rejects.toMatchObject({ status: 503 })
    expect(scope.isDone()).toBe(true)
    expect(waits).toEqual([])
  })

  it('a status call given timeoutMs fails with CallTimeLimitError when the answer is slower', async () => {
    nock(BASE)
      .get(`${USER}/transfers/T3`)
      .delay(500)
      .reply(200, { data: { status: { state: 'ACTIVE' } } })
    const error = (await client()
      .transferStatus(`${BASE}${USER}/transfers/T3`, { timeoutMs: 50 })
      .catch((e: unknown) => e)) as CryptshareError
    expect(error).toBeInstanceOf(CallTimeLimitError)
    expect(error).toMatchObject({ kind: 'timeout', transient: true, answerLost: true })
    expect(error.message).toBe('no answer within the 0.1 s this request was given')
  })

  it('a status call given enough time answers normally', async () => {
    nock(BASE)
      .get(`${USER}/transfers/T4`)
      .reply(200, { data: { status: { state: 'ACTIVE' } } })
    const status = await client().transferStatus(`${BASE}${USER}/transfers/T4`, { timeoutMs: 5000 })
    expect(status.status).toEqual({ state: 'ACTIVE' })
  })
})

describe('helpers', () => {
  it('appends a path segment before the query string', () => {
    expect(appendPath('https://h/api/files/F1?x=1', 'content')).toBe('https://h/api/files/F1/content?x=1')
    expect(appendPath('https://h/api/files/F1/', 'content')).toBe('https://h/api/files/F1/content')
  })
  it('tells JSON cut short from other garbage', () => {
    expect(looksTruncated(Buffer.from('{"data":{"tok'))).toBe(true)
    expect(looksTruncated(Buffer.from('[1, 2, {"a": "x\\"'))).toBe(true)
    expect(looksTruncated(Buffer.from('{"a": 1}}'))).toBe(false)
    expect(looksTruncated(Buffer.from('{"a": 1] '))).toBe(false)
    expect(looksTruncated(Buffer.from('<html>'))).toBe(false)
  })
  it('encodes only what RFC 3986 pchar does not allow', () => {
    expect(encodePathSegment('a.b+c@x.org')).toBe('a.b+c@x.org')
    expect(encodePathSegment('a/b%c@x.org')).toBe('a%2Fb%25c@x.org')
  })
  it('parses Retry-After as seconds or HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
  })
})
