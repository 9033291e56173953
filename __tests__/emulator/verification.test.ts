/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { DEMO_CLIENT_ID } from '../../emulator/server.js'
import { Api, SENDER, TO, expectError, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const OTHER_ID = 'Z'.repeat(64)
const verification = (email = SENDER) => `/api/users/${email}/verification`
const tokenPath = (email = SENDER) => `/api/users/${email}/verification/token`
const policy = (api: Api, token?: string) =>
  api.call('POST', `/api/users/${SENDER}/transfer-policy`, { token, json: { recipients: [TO] } })

describe('verification', () => {
  it('a registered client id is offered CLIENT_ID and gets a token; verified with that token', async () => {
    const { api, emulator } = await emulators.start()
    const before = await api.call('GET', verification())
    expect(before.body).toEqual({
      data: { verified: false, validUntil: null, verificationMethods: ['CLIENT_ID'] },
      meta: {}
    })
    const answer = await api.call('POST', tokenPath(), { json: {} })
    expect(answer.status).toBe(200)
    expect(answer.body.data.token).toMatch(/^[A-Za-z0-9]{40}$/)
    expect(answer.body.data.validUntil).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
    const after = await api.call('GET', verification(), { token: answer.body.data.token })
    expect(after.body.data.verified).toBe(true)
    expect(after.body.data.validUntil).toBe(answer.body.data.validUntil)
    expect(emulator.tokensIssued).toBe(1)
  })

  it('an empty body without Content-Type is accepted for a client-id token', async () => {
    const { api } = await emulators.start()
    const answer = await api.call('POST', tokenPath())
    expect(answer.status).toBe(200)
  })

  it('an unregistered client id: verificationMethods lack CLIENT_ID and the token request -> 403/3002', async () => {
    const { emulator } = await emulators.start()
    const stranger = new Api(emulator.url, OTHER_ID)
    const methods = await stranger.call('GET', verification())
    expect(methods.body.data.verificationMethods).toEqual([])
    expectError(await stranger.call('POST', tokenPath(), { json: {} }), 403, 3002)
    expect(emulator.tokensIssued).toBe(0)
  })

  it('clientIdSenders restricts client-id verification to the listed senders', async () => {
    const { api } = await emulators.start({ clientIdSenders: ['Allowed@Example.com'] })
    expect((await api.call('GET', verification('allowed@example.com'))).body.data.verificationMethods).toEqual([
      'CLIENT_ID'
    ])
    expect((await api.call('GET', verification())).body.data.verificationMethods).toEqual([])
    expectError(await api.call('POST', tokenPath(), { json: {} }), 403, 3002)
    expect((await api.call('POST', tokenPath('allowed@example.com'), { json: {} })).status).toBe(200)
  })

  it('emailVerification offers EMAIL', async () => {
    const { api } = await emulators.start({ emailVerification: true, clientIds: [OTHER_ID] })
    expect((await api.call('GET', verification())).body.data.verificationMethods).toEqual(['EMAIL'])
  })

  it('tokenIssuing replace: a second token invalidates the first', async () => {
    const { api } = await emulators.start({ tokenIssuing: 'replace' })
    const first = await api.token()
    expect((await policy(api, first)).status).toBe(200)
    const second = await api.token()
    expect(second).not.toBe(first)
    expectError(await policy(api, first), 403, 3002)
    expect((await api.call('GET', verification(), { token: first })).body.data.verified).toBe(false)
    expect((await policy(api, second)).status).toBe(200)
  })

  it('tokens are per client id: another registered client id gets its own token', async () => {
    const { emulator, api } = await emulators.start({ clientIds: [DEMO_CLIENT_ID, OTHER_ID] })
    const other = new Api(emulator.url, OTHER_ID)
    const mine = await api.token()
    const theirs = await other.token()
    expect((await policy(api, mine)).status).toBe(200)
    expectError(await policy(other, mine), 403, 3002)
    expectError(await policy(api, theirs), 403, 3002)
  })

  it('sender emails compare case-insensitively', async () => {
    const { api } = await emulators.start()
    const token = await api.token('CI-Bot@Example.COM')
    expect((await policy(api, token)).status).toBe(200)
  })
})

describe('sender endpoints need a valid verification token', () => {
  it('missing token -> 403/3002', async () => {
    const { api } = await emulators.start()
    await api.token()
    expectError(await policy(api), 403, 3002)
  })

  it('wrong token -> 403/3002', async () => {
    const { api } = await emulators.start()
    await api.token()
    expectError(await policy(api, 'x'.repeat(40)), 403, 3002)
  })

  it("another sender's token -> 403/3002", async () => {
    const { api } = await emulators.start()
    const foreign = await api.token('someone-else@example.com')
    expectError(await policy(api, foreign), 403, 3002)
  })

  it('a session created with another token -> 401/3002 (tokenIssuing replace: the first is stale, 403)', async () => {
    const { api } = await emulators.start({ tokenIssuing: 'replace' })
    const first = await api.token()
    const tid = await api.createSession(first)
    const second = await api.token()
    expectError(await api.call('GET', api.sessionPath(tid), { token: second }), 401, 3002)
    expectError(await api.call('DELETE', api.sessionPath(tid), { token: second }), 401, 3002)
    // the first token is stale now: 403
    expectError(await api.call('GET', api.sessionPath(tid), { token: first }), 403, 3002)
  })
})
