// Requests whose answer may have been lost: finalize (settled only by the transfer status), file
// registration (adopted from the session) and session creation (implausible Location refused).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { CryptshareClient } from '../../src/cryptshare/client.js'
import { CryptshareError, LocationError } from '../../src/cryptshare/errors.js'
import { idFromLocation } from '../../src/cryptshare/location.js'
import { finalizeOutcome } from '../../src/core/lifecycle/finalize.js'
import { Transport } from '../../src/http/transport.js'
import { abortableSleep } from '../../src/http/retry.js'

const BASE = 'https://cs.example.com'
const SENDER = 'ci+bot@example.com'
const USER = `/api/users/${SENDER}`
const TID = '20240522-065711-H8UoUSI6'
const STATUS = `${USER}/transfers/${TID}`
const SESSION = `${USER}/transfer-sessions/${TID}`

let transport: Transport
function client(retries = 2): CryptshareClient {
  const c = new CryptshareClient({
    apiBase: `${BASE}/api`,
    clientId: 'C'.repeat(64),
    transport,
    retry: { retries, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 2, random: () => 0.5 }
  })
  c.useToken('TOKEN123')
  return c
}
const clock = { now: () => Date.now(), sleep: abortableSleep }
const bounds = { confirmMs: 300, cancelGraceMs: 2000 }
const settle = (c = client(), signal?: AbortSignal): ReturnType<typeof finalizeOutcome> =>
  finalizeOutcome(c, SENDER, TID, bounds, signal, clock, () => undefined)

beforeAll(() => {
  nock.disableNetConnect()
  transport = new Transport({ idleTimeoutMs: 2000, requestTimeoutMs: 5000, userAgent: 'test' })
})
afterEach(() => nock.cleanAll())
afterAll(() => {
  transport.dispose()
  nock.enableNetConnect()
})

describe('finalize: only the transfer status settles an unclear outcome', () => {
  it('a lost answer with the transfer present: finalized, no second finalize', async () => {
    const post = nock(BASE).post(SESSION).once().reply(500, { errorCode: 5000, errorMessage: 'oops' })
    nock(BASE)
      .get(STATUS)
      .reply(200, { data: { status: { state: 'PROCESSING' } } })
    expect(await settle()).toEqual({ kind: 'finalized', statusUrl: `${BASE}${STATUS}` })
    expect(post.isDone()).toBe(true)
  })

  it('a failure before the transfer existed is retried', async () => {
    nock(BASE)
      .post(SESSION)
      .reply(503, '')
      .get(STATUS)
      .reply(404, { errorCode: 2003, errorMessage: 'not found' })
      .post(SESSION)
      .reply(201, '', { Location: STATUS })
    expect(await settle()).toEqual({ kind: 'finalized', statusUrl: `${BASE}${STATUS}` })
  })

  it('an outright refusal (409/2001) leaves the session open: refused', async () => {
    nock(BASE).post(SESSION).reply(409, { errorCode: 2001, errorMessage: 'rules' })
    const outcome = await settle()
    expect(outcome.kind).toBe('refused')
    expect((outcome as { error: CryptshareError }).error.errorCode).toBe(2001)
  })

  it('a 404 from a repeated finalize proves nothing: the status is asked until it shows the transfer', async () => {
    nock(BASE)
      .post(SESSION)
      .reply(502, '')
      .get(STATUS)
      .reply(404, { errorCode: 2003, errorMessage: 'not found' })
      .post(SESSION)
      .reply(404, { errorCode: 2003, errorMessage: 'no such session' })
      .get(STATUS)
      .reply(404, { errorCode: 2003, errorMessage: 'not found' })
      .get(STATUS)
      .reply(200, { data: {} })
    expect(await settle()).toEqual({ kind: 'finalized', statusUrl: `${BASE}${STATUS}` })
  })

  it('a 404 on the status throughout the bound: unknown, never "not sent"', async () => {
    nock(BASE).post(SESSION).times(3).reply(500, { errorCode: 5000, errorMessage: 'oops' })
    const status = nock(BASE).get(STATUS).times(20).reply(404, { errorCode: 2003, errorMessage: 'not found' })
    const outcome = await settle()
    expect(outcome.kind).toBe('unknown')
    expect(status.pendingMocks().length).toBeLessThan(20 - 3)
  })

  it.each([['http://[bad'], [`${USER}/transfers/OTHER-ID`], ['/api/users/x/transfers/%E0%A4%A']])(
    'a 201 with a malformed or foreign Location (%s) is finalized; the canonical status URL is used',
    async (location) => {
      nock(BASE).post(SESSION).reply(201, '', { Location: location })
      expect(await settle()).toEqual({ kind: 'finalized', statusUrl: `${BASE}${STATUS}` })
    }
  )

  it('a finalize in flight when the job is cancelled is let finish, and its 201 counts', async () => {
    nock(BASE).post(SESSION).delay(300).reply(201, '', { Location: STATUS })
    const job = new AbortController()
    const c = new CryptshareClient({
      apiBase: `${BASE}/api`,
      clientId: 'C'.repeat(64),
      transport,
      signal: job.signal,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 2 }
    })
    c.useToken('TOKEN123')
    setTimeout(() => job.abort(), 50)
    expect(await settle(c, job.signal)).toEqual({ kind: 'finalized', statusUrl: `${BASE}${STATUS}` })
  })
})

describe('file registration whose answer was lost', () => {
  const FILES = `${SESSION}/files`
  const file = { fileName: 'app.zip', size: 3, checksum: 'ab'.repeat(32) }

  it('adopts the registration the lost attempt made when the retry is refused', async () => {
    nock(BASE)
      .post(FILES)
      .reply(500, { errorCode: 5000, errorMessage: 'oops' })
      .post(FILES)
      .reply(409, { errorCode: 2001, errorMessage: 'name taken' })
      .get(SESSION)
      .reply(200, {
        data: {
          files: [null, { id: 'F7', fileName: 'APP.zip', size: 3, checksum: 'AB'.repeat(32), state: 'INITIALIZED' }]
        }
      })
    expect(await client().registerFile(SENDER, TID, file)).toEqual({ fileId: 'F7', fileUrl: `${BASE}${FILES}/F7` })
  })

  it('a name held by a different file is an error naming it', async () => {
    nock(BASE)
      .post(FILES)
      .reply(504, '')
      .post(FILES)
      .reply(409, { errorCode: 2001, errorMessage: 'name taken' })
      .get(SESSION)
      .reply(200, { data: { files: [{ id: 'F7', fileName: 'app.zip', size: 99, state: 'UPLOADED' }] } })
    const error = (await client()
      .registerFile(SENDER, TID, file)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error).toBeInstanceOf(CryptshareError)
    expect(error.message).toMatch(/"app\.zip" is held by a different file .*size 99.*409/)
  })

  it('a refusal without a lost answer is not second-guessed', async () => {
    nock(BASE).post(FILES).reply(409, { errorCode: 2001, errorMessage: 'name taken' })
    const error = (await client()
      .registerFile(SENDER, TID, file)
      .catch((e: unknown) => e)) as CryptshareError
    expect(error.status).toBe(409)
    expect(nock.pendingMocks()).toEqual([])
  })
})

describe('session creation', () => {
  const body = { sender: { name: 'n', phone: '' }, recipients: { to: [{ mail: 'a@x.org' }], cc: [], bcc: [] } }

  it('counts earlier attempts whose answer was lost', async () => {
    nock(BASE)
      .post(`${USER}/transfer-sessions`)
      .reply(502, '')
      .post(`${USER}/transfer-sessions`)
      .reply(201, '', { Location: SESSION })
    expect(await client().createSession(SENDER, body)).toEqual({ trackingId: TID, lostAttempts: 1 })
  })

  it.each([
    ['broken percent-encoding', `${USER}/transfer-sessions/%E0%A4%A`, /not a valid percent-encoding/],
    ['an encoded slash', `${USER}/transfer-sessions/a%2Fb`, /decodes to "a\/b"/],
    ['a control character', `${USER}/transfer-sessions/a%0Ab`, /decodes to "a\\nb"/]
  ])('a Location with %s is a LocationError', async (_what, location, problem) => {
    nock(BASE).post(`${USER}/transfer-sessions`).reply(201, '', { Location: location })
    const error = (await client()
      .createSession(SENDER, body)
      .catch((e: unknown) => e)) as LocationError
    expect(error).toBeInstanceOf(LocationError)
    expect(error.message).toMatch(problem)
    expect(error.location).toBe(location)
  })

  it('deletes the session an implausible Location names, only below our sessions URL', async () => {
    const del = nock(BASE).delete(`${USER}/transfer-sessions/a%2Fb`).reply(204)
    expect(await client().deleteSessionAt(SENDER, `${USER}/transfer-sessions/a%2Fb`)).toBe(true)
    expect(del.isDone()).toBe(true)
    expect(await client().deleteSessionAt(SENDER, `/api/users/other@x.org/transfer-sessions/X`)).toBe(false)
    expect(await client().deleteSessionAt(SENDER, 'http://[bad')).toBe(false)
  })
})

describe('idFromLocation', () => {
  it('takes the decoded last segment and ignores query and trailing slash', () => {
    expect(idFromLocation('/api/users/a@b.c/transfers/T%2D1/?x=1')).toEqual({ id: 'T-1', raw: 'T%2D1' })
  })
  it.each(['', '/', '/a/%20%20', `/a/${'x'.repeat(201)}`, '/a/x%E2%80%AEy'])('refuses %j', (location) => {
    expect('problem' in idFromLocation(location)).toBe(true)
  })
})
