import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { CryptshareClient, encodePathSegment } from '../../src/cryptshare/client.js'
import { CryptshareError } from '../../src/cryptshare/errors.js'
import { Transport } from '../../src/http/transport.js'
import { parseRetryAfter } from '../../src/http/retry.js'

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
  transport = new Transport({ idleTimeoutMs: 5000, userAgent: 'test' })
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

describe('helpers', () => {
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
