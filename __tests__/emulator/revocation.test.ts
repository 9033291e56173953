/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { existsSync } from 'node:fs'
import type { EmulatorOptions } from '../../emulator/server.js'
import { type Api, SENDER, TO, expectError, openSession, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const REVOKE = { status: { state: 'DELETED_BY_REVOCATION' } }

/** A finalized transfer (ACTIVE at once unless `processingPolls` says otherwise). */
async function finalized(options: EmulatorOptions = {}) {
  const started = await emulators.start({ processingPolls: 0, ...options })
  const { api } = started
  const { token, tid } = await openSession(api, { to: [TO], cc: ['cc@example.net'] })
  await api.addFile(token, tid, 'a.txt', Buffer.from('hello'))
  expect((await api.finalize(token, tid)).status).toBe(201)
  return { ...started, token, tid }
}

/** PATCH …/transfers/{tid} as a 1.10 client. */
function revoke(api: Api, tid: string, token: string | undefined, json: unknown = REVOKE, minor = '10') {
  return api.call('PATCH', api.statusPath(tid), { token, json, headers: { 'X-CS-MinimumMinorApiVersion': minor } })
}

async function stateOf(api: Api, tid: string, token: string): Promise<string> {
  return (await api.call('GET', api.statusPath(tid), { token })).body.data.status.state as string
}

describe('revoking an ACTIVE transfer', () => {
  it('204 without a body; status and list then say DELETED_BY_REVOCATION, without download links', async () => {
    const { api, emulator, token, tid } = await finalized()
    expect(await stateOf(api, tid, token)).toBe('ACTIVE')
    const answer = await revoke(api, tid, token)
    expect(answer.status).toBe(204)
    expect(answer.text).toBe('')
    const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(status.state).toBe('DELETED_BY_REVOCATION')
    expect(status.files).toEqual([{ id: expect.any(String), removed: false, removalCause: null }])
    expect(status.recipients.map((r: { downloadUrl: unknown }) => r.downloadUrl)).toEqual([null, null])
    const list = (await api.call('GET', `/api/users/${SENDER}/transfers`, { token })).body.data
    expect(list).toMatchObject([{ trackingId: tid, state: 'DELETED_BY_REVOCATION' }])
    expect(emulator.specViolations()).toEqual([])
    expect(emulator.responseViolations()).toEqual([])
  })

  it('revocations() records each one; the notify flags default to true, the message to none', async () => {
    const { api, emulator, token, tid } = await finalized()
    expect(emulator.revocations()).toEqual([])
    expect((await revoke(api, tid, token)).status).toBe(204)
    expect(emulator.revocations()).toEqual([
      { trackingId: tid, sender: SENDER, notifySender: true, notifyRecipients: true, message: undefined }
    ])
  })

  it('records the revocationOptions as given', async () => {
    const { api, emulator, token, tid } = await finalized()
    const revocationOptions = { notifySender: false, notifyRecipients: false, message: 'Sent *by mistake*' }
    expect((await revoke(api, tid, token, { ...REVOKE, revocationOptions })).status).toBe(204)
    expect(emulator.revocations()).toEqual([{ trackingId: tid, sender: SENDER, ...revocationOptions }])
    const partly = await finalized()
    const onlyRecipients = { ...REVOKE, revocationOptions: { notifyRecipients: false } }
    expect((await revoke(partly.api, partly.tid, partly.token, onlyRecipients)).status).toBe(204)
    expect(partly.emulator.revocations()[0]).toMatchObject({ notifySender: true, notifyRecipients: false })
  })

  it('revocationStatus 200 answers the TransferStatus, already DELETED_BY_REVOCATION', async () => {
    const { api, emulator, token, tid } = await finalized({ revocationStatus: 200 })
    const answer = await revoke(api, tid, token)
    expect(answer.status).toBe(200)
    expect(answer.body.data.status).toMatchObject({ state: 'DELETED_BY_REVOCATION' })
    expect(answer.body.data.transfer.recipients.to).toEqual([{ mail: TO }])
    expect(emulator.responseViolations()).toEqual([])
  })

  it("deletes the transfer's stored files", async () => {
    const { api, emulator, token, tid } = await finalized()
    const stored = emulator.sessions.get(tid)?.files[0].storedPath
    expect(stored && existsSync(stored)).toBe(true)
    await revoke(api, tid, token)
    expect(existsSync(stored as string)).toBe(false)
  })
})

describe('revocation refused', () => {
  it.each([
    ['an unknown field', { ...REVOKE, force: true }],
    ['an unknown status field', { status: { state: 'DELETED_BY_REVOCATION', reason: 'x' } }],
    ['an unknown option', { ...REVOKE, revocationOptions: { notifyAdmin: true } }],
    ['another state', { status: { state: 'ACTIVE' } }],
    ['no status', { revocationOptions: { notifySender: true } }],
    ['a flag that is no boolean', { ...REVOKE, revocationOptions: { notifySender: 'yes' } }]
  ])('%s -> 400/1004, by the spec check and by the endpoint itself', async (_, body) => {
    for (const specValidation of ['refuse', 'record'] as const) {
      const { api, emulator, token, tid } = await finalized({ specValidation })
      const answer = await revoke(api, tid, token, body)
      expectError(answer, 400, 1004)
      expect(answer.body.errorMessage.includes('specification')).toBe(specValidation === 'refuse')
      expect(emulator.revocations()).toEqual([])
      expect(await stateOf(api, tid, token)).toBe('ACTIVE')
    }
  })

  it('a transfer still PROCESSING -> 400/1004 by default, 409/2001 with revocationNotActiveStatus 409', async () => {
    const first = await finalized({ processingPolls: 1 })
    const answer = await revoke(first.api, first.tid, first.token)
    expectError(answer, 400, 1004)
    expect(answer.body.errorMessage).toContain('PROCESSING')
    const second = await finalized({ processingPolls: 1, revocationNotActiveStatus: 409 })
    expectError(await revoke(second.api, second.tid, second.token), 409, 2001)
    expect(second.emulator.revocations()).toEqual([])
  })

  it('a FAILED or an already revoked transfer is not ACTIVE either', async () => {
    const failed = await finalized({ outcome: 'FAILED' })
    expect(await stateOf(failed.api, failed.tid, failed.token)).toBe('FAILED')
    expectError(await revoke(failed.api, failed.tid, failed.token), 400, 1004)
    const { api, emulator, token, tid } = await finalized({ revocationNotActiveStatus: 409 })
    expect((await revoke(api, tid, token)).status).toBe(204)
    const again = await revoke(api, tid, token)
    expectError(again, 409, 2001)
    expect(again.body.errorMessage).toContain('DELETED_BY_REVOCATION')
    expect(emulator.revocations()).toHaveLength(1)
  })

  it('an unknown tracking id or another sender -> 404/2003 (as the status); a malformed id -> 400/1005', async () => {
    const { api, emulator, token, tid } = await finalized()
    expectError(await revoke(api, '20300101-000000-AAAAAAAA', token), 404, 2003)
    expectError(await revoke(api, 'not-a-tracking-id', token), 400, 1005)
    const other = 'other@example.com'
    const otherToken = await api.token(other)
    const foreign = await api.call('PATCH', api.statusPath(tid, other), {
      token: otherToken,
      json: REVOKE,
      headers: { 'X-CS-MinimumMinorApiVersion': '10' }
    })
    expectError(foreign, 404, 2003)
    expectError(await api.call('GET', api.statusPath(tid, other), { token: otherToken }), 404, 2003)
    expect(emulator.revocations()).toEqual([])
  })

  it('needs a valid verification token of the sender (403/3002)', async () => {
    const { api, token, tid } = await finalized()
    expectError(await revoke(api, tid, undefined), 403, 3002)
    expectError(await revoke(api, tid, 'x'.repeat(40)), 403, 3002)
    expect(await stateOf(api, tid, token)).toBe('ACTIVE')
  })
})

describe('a server older than 1.10 (maxMinorVersion < 10)', () => {
  it('default notFound2004: 404/2004, whatever minimum version the client sends', async () => {
    const { api, emulator, token, tid } = await finalized({ maxMinorVersion: 8 })
    const answer = await revoke(api, tid, token)
    expectError(answer, 404, 2004)
    expect(answer.body.errorMessage).toBe('API version 1.10 is not supported (highest: 1.8)')
    expectError(await revoke(api, tid, token, REVOKE, '8'), 404, 2004)
    expect(await stateOf(api, tid, token)).toBe('ACTIVE')
    expect(emulator.revocations()).toEqual([])
  })

  it('notFound1006: 404/1006 (no such endpoint)', async () => {
    const { api, token, tid } = await finalized({ maxMinorVersion: 9, revocationBelow10: 'notFound1006' })
    expectError(await revoke(api, tid, token), 404, 1006)
    expectError(await revoke(api, tid, token, REVOKE, '8'), 404, 1006)
    expect(await stateOf(api, tid, token)).toBe('ACTIVE')
  })

  it('methodNotAllowed: 405/1006 with Allow: GET', async () => {
    const { api, token, tid } = await finalized({ maxMinorVersion: 8, revocationBelow10: 'methodNotAllowed' })
    for (const minor of ['10', '8']) {
      const answer = await revoke(api, tid, token, REVOKE, minor)
      expectError(answer, 405, 1006)
      expect(answer.headers.get('allow')).toBe('GET')
    }
    expect(await stateOf(api, tid, token)).toBe('ACTIVE')
  })

  it('maxMinorVersion 10 revokes; above the server version stays 404/2004', async () => {
    const { api, token, tid } = await finalized({ maxMinorVersion: 10 })
    expectError(await revoke(api, tid, token, REVOKE, '11'), 404, 2004)
    expect((await revoke(api, tid, token)).status).toBe(204)
  })
})
