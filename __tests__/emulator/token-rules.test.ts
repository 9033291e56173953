/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
// The token rules the emulator plays (emulator/token-rules.ts): what a new verification returns,
// and which token may use a session, read a transfer and revoke it.
import { afterEach, describe, expect, it } from '@jest/globals'
import { describeTokenRules, type EmulatorOptions } from '../../emulator/server.js'
import { type Api, SENDER, TO, expectError, openSession, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const REVOKE = { status: { state: 'DELETED_BY_REVOCATION' } }
const LIST = `/api/users/${SENDER}/transfers`

function revoke(api: Api, tid: string, token: string) {
  return api.call('PATCH', api.statusPath(tid), {
    token,
    json: REVOKE,
    headers: { 'X-CS-MinimumMinorApiVersion': '10' }
  })
}

async function verified(api: Api, token: string): Promise<boolean> {
  return (await api.call('GET', `${api.user()}/verification`, { token })).body.data.verified as boolean
}

describe('tokenIssuing', () => {
  it('same: the current token again while it is valid', async () => {
    const { api, emulator } = await emulators.start({ tokenIssuing: 'same' })
    const first = await api.token()
    expect(await api.token()).toBe(first)
    expect(emulator.tokensIssued).toBe(2)
  })

  it('new (default): a new token, and the older one stays valid', async () => {
    const { api } = await emulators.start()
    const first = await api.token()
    const second = await api.token()
    expect(second).not.toBe(first)
    expect([await verified(api, first), await verified(api, second)]).toEqual([true, true])
  })

  it('replace: a new token invalidates the older one (403/3002 on sender endpoints)', async () => {
    const { api } = await emulators.start({ tokenIssuing: 'replace' })
    const first = await api.token()
    const second = await api.token()
    expect([await verified(api, first), await verified(api, second)]).toEqual([false, true])
    expectError(
      await api.call('POST', `${api.user()}/transfer-policy`, { token: first, json: { recipients: [TO] } }),
      403,
      3002
    )
  })

  it('tokenValidityMs: an expired token is invalid, and "same" then issues a new one', async () => {
    const { api } = await emulators.start({ tokenIssuing: 'same', tokenValidityMs: 50 })
    const first = await api.token()
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(await verified(api, first)).toBe(false)
    const second = await api.token()
    expect(second).not.toBe(first)
    expect(await verified(api, second)).toBe(true)
  })
})

describe('sessionAccess', () => {
  async function sessionAndSecondToken(options: EmulatorOptions) {
    const { api, emulator } = await emulators.start(options)
    const { token, tid } = await openSession(api)
    return { api, emulator, tid, creator: token, other: await api.token() }
  }

  it('creator (default): another valid token of the sender gets 401/3002 on every session request', async () => {
    const { api, emulator, tid, other } = await sessionAndSecondToken({})
    expectError(await api.call('GET', api.sessionPath(tid), { token: other }), 401, 3002)
    expectError(
      await api.call('PATCH', api.sessionPath(tid), { token: other, json: { sendRecipientNotification: false } }),
      401,
      3002
    )
    expectError(
      await api.call('POST', `${api.sessionPath(tid)}/files`, { token: other, json: { fileName: 'a.bin', size: 1 } }),
      401,
      3002
    )
    expectError(await api.finalize(other, tid), 401, 3002)
    expectError(await api.call('DELETE', api.sessionPath(tid), { token: other }), 401, 3002)
    expect(emulator.liveSessions()).toHaveLength(1)
  })

  it('sender: another valid token of the sender fills, finalizes or deletes the session', async () => {
    const { api, emulator, tid, other } = await sessionAndSecondToken({ sessionAccess: 'sender' })
    await api.addFile(other, tid, 'a.bin', Buffer.from('abc'))
    expect((await api.finalize(other, tid)).status).toBe(201)
    expect(emulator.transfers()).toHaveLength(1)
  })
})

describe('transferReads and revocationAccess', () => {
  async function transferAndSecondToken(options: EmulatorOptions, passwordMode?: 'NONE') {
    const { api, emulator } = await emulators.start({ processingPolls: 0, ...options })
    const { token, tid } = await openSession(api)
    if (passwordMode) {
      const mode = { name: 'ONE_TIME_PASSWORD', config: { passwordMode } }
      expect((await api.call('PATCH', api.sessionPath(tid), { token, json: { securityMode: mode } })).status).toBe(200)
    }
    await api.addFile(token, tid, 'a.bin', Buffer.from('abc'))
    expect((await api.finalize(token, tid)).status).toBe(201)
    return { api, emulator, tid, creator: token, other: await api.token() }
  }

  it('sender (default): another token reads the status and the list, and revokes', async () => {
    const { api, emulator, tid, other } = await transferAndSecondToken({})
    const status = (await api.call('GET', api.statusPath(tid), { token: other })).body.data.status
    expect(status.state).toBe('ACTIVE')
    expect(status.recipients[0].downloadUrl).toMatch(/^http/)
    expect((await api.call('GET', LIST, { token: other })).body.data).toMatchObject([{ trackingId: tid }])
    expect((await revoke(api, tid, other)).status).toBe(204)
    expect(emulator.revocations()).toHaveLength(1)
  })

  it('sender: no downloadUrl for another token in password mode NONE (the creator still gets it)', async () => {
    const { api, tid, creator, other } = await transferAndSecondToken({}, 'NONE')
    const url = async (token: string): Promise<unknown> =>
      (await api.call('GET', api.statusPath(tid), { token })).body.data.status.recipients[0].downloadUrl
    expect(await url(other)).toBeNull()
    expect(await url(creator)).toMatch(/^http/)
  })

  it('creator: status, list and revocation with another token -> 401/3002', async () => {
    const { api, emulator, tid, creator, other } = await transferAndSecondToken({
      transferReads: 'creator',
      revocationAccess: 'creator'
    })
    expectError(await api.call('GET', api.statusPath(tid), { token: other }), 401, 3002)
    expectError(await api.call('GET', LIST, { token: other }), 401, 3002)
    expectError(await revoke(api, tid, other), 401, 3002)
    expect(emulator.revocations()).toEqual([])
    expect((await revoke(api, tid, creator)).status).toBe(204)
  })

  it('reads by the creator only, revocation by any token', async () => {
    const { api, emulator, tid, other } = await transferAndSecondToken({ transferReads: 'creator' })
    expectError(await api.call('GET', api.statusPath(tid), { token: other }), 401, 3002)
    expect((await revoke(api, tid, other)).status).toBe(204)
    expect(emulator.revocations()).toHaveLength(1)
  })
})

describe('fileDownloads', () => {
  it('lists every file of the transfer by default, with empty downloads until fetched', async () => {
    const { api } = await emulators.start({ processingPolls: 0 })
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'a.bin', Buffer.from('abc'))
    await api.addFile(token, tid, 'b.bin', Buffer.from('def'))
    expect((await api.finalize(token, tid)).status).toBe(201)
    const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(status.recipients[0].fileDownloads).toEqual([
      { id: expect.any(String), downloads: [] },
      { id: expect.any(String), downloads: [] }
    ])
  })
})

describe('describeTokenRules', () => {
  it('names every rule, defaults filled in (the standalone emulator prints it when it starts)', () => {
    expect(describeTokenRules({ tokenIssuing: 'replace', transferReads: 'creator' })).toBe(
      'token rules: issuing=replace, sessions=creator, transfer reads=creator, revocation=sender'
    )
  })
})
