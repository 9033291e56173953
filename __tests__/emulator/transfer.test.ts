/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { SENDER, TO, expectError, openSession, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const RECIPIENTS = { to: [TO, 'second@example.org'], cc: ['cc@example.net'], bcc: ['archive@example.com'] }

describe('finalizing', () => {
  it('with no files -> 409/2001', async () => {
    const { api } = await emulators.start()
    const { token, tid } = await openSession(api)
    const answer = await api.finalize(token, tid)
    expectError(answer, 409, 2001)
    expect(answer.body.errorMessage).toMatch(/no files/)
  })

  it('with an INITIALIZED file -> 409/2001 naming it', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'done.txt', Buffer.from('x'))
    await api.registerFile(token, tid, { fileName: 'pending.txt', size: 3 })
    const answer = await api.finalize(token, tid)
    expectError(answer, 409, 2001)
    expect(answer.body.errorMessage).toContain('pending.txt')
    expect(emulator.sessions.get(tid)?.state).toBe('OPEN')
  })

  it('confidential message required but not set -> 409/2001', async () => {
    const { api } = await emulators.start({ policy: { confidentialMessageRequired: true } })
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'a.txt', Buffer.from('x'))
    expectError(await api.finalize(token, tid), 409, 2001)
    const message = await api.addFile(token, tid, 'message.html', Buffer.from('<p>secret</p>'))
    await api.call('PATCH', api.sessionPath(tid), { token, json: { confidentialMessageFileId: message } })
    expect((await api.finalize(token, tid)).status).toBe(201)
  })

  it('201 with the status Location; afterwards every session endpoint -> 404/2003', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const fileId = await api.addFile(token, tid, 'a.txt', Buffer.from('x'))
    const answer = await api.finalize(token, tid)
    expect(answer.status).toBe(201)
    expect(answer.text).toBe('')
    expect(answer.headers.get('location')).toBe(`/api/users/${SENDER}/transfers/${tid}`)
    const record = emulator.sessions.get(tid)
    expect(record).toMatchObject({ state: 'FINALIZED', finalizeCount: 1 })
    expect(emulator.transfers()).toHaveLength(1)
    expect(emulator.liveSessions()).toHaveLength(0)
    const path = api.sessionPath(tid)
    expectError(await api.finalize(token, tid), 404, 2003)
    expectError(await api.call('GET', path, { token }), 404, 2003)
    expectError(await api.call('PATCH', path, { token, json: { showFileNames: false } }), 404, 2003)
    expectError(await api.call('DELETE', path, { token }), 404, 2003)
    expectError(await api.call('POST', `${path}/files`, { token, json: { fileName: 'b', size: 1 } }), 404, 2003)
    expectError(await api.call('DELETE', `${path}/files/${fileId}`, { token }), 404, 2003)
    expect((await api.upload(token, tid, fileId, Buffer.from('x'))).status).toBe(404)
    expect(record?.finalizeCount).toBe(1)
  })

  it('absolute status Location with locationStyle "absolute"', async () => {
    const { api, emulator } = await emulators.start({ locationStyle: 'absolute' })
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'a.txt', Buffer.from('x'))
    expect((await api.finalize(token, tid)).headers.get('location')).toBe(
      `${emulator.url}/api/users/${SENDER}/transfers/${tid}`
    )
  })
})

describe('transfer status', () => {
  async function finalized(
    options: Parameters<ReturnType<typeof useEmulator>['start']>[0] = {},
    files = ['a.txt', 'b.txt']
  ) {
    const started = await emulators.start(options)
    const { api } = started
    const { token, tid } = await openSession(api, RECIPIENTS)
    const ids: string[] = []
    for (const name of files) ids.push(await api.addFile(token, tid, name, Buffer.from(name)))
    expect((await api.finalize(token, tid)).status).toBe(201)
    return { ...started, token, tid, ids }
  }

  it('PROCESSING first, then ACTIVE with one downloadUrl per to, cc and bcc recipient', async () => {
    const { api, emulator, token, tid, ids } = await finalized({ processingPolls: 2 })
    for (let i = 0; i < 2; i++) {
      const processing = (await api.call('GET', api.statusPath(tid), { token })).body.data
      expect(processing.status.state).toBe('PROCESSING')
      expect(processing.status.recipients.every((r: { downloadUrl: unknown }) => r.downloadUrl === null)).toBe(true)
      expect(processing.status.files).toEqual(ids.map((id) => ({ id, removed: false, removalCause: null })))
    }
    const answer = await api.call('GET', api.statusPath(tid), { token })
    expect(answer.status).toBe(200)
    const { transfer, status } = answer.body.data
    expect(status).toMatchObject({
      state: 'ACTIVE',
      warnings: false,
      emlCreationFailed: false,
      sender: { email: SENDER, notificationFailed: false },
      files: ids.map((id) => ({ id, removed: false, removalCause: null }))
    })
    const mails = [...RECIPIENTS.to, ...RECIPIENTS.cc, ...RECIPIENTS.bcc]
    expect(status.recipients.map((r: { mail: string }) => r.mail)).toEqual(mails)
    for (const recipient of status.recipients) {
      expect(recipient.id).toMatch(/^[A-Za-z0-9]{10}$/)
      expect(recipient.downloadUrl).toMatch(
        new RegExp(`^${emulator.url}/download\\?id=${recipient.id}&code=[A-Za-z0-9]+$`)
      )
      expect(recipient).toMatchObject({ notificationFailed: false })
      // every file listed, none downloaded yet
      expect(recipient.fileDownloads).toEqual([
        expect.objectContaining({ downloads: [] }),
        expect.objectContaining({ downloads: [] })
      ])
    }
    expect(new Set(status.recipients.map((r: { id: string }) => r.id)).size).toBe(4)
    expect(transfer).toMatchObject({
      recipients: { to: [{ mail: TO }, { mail: 'second@example.org' }] },
      files: [{ id: ids[0] }, { id: ids[1] }]
    })
    expect(answer.text).not.toContain(emulator.sessions.get(tid)?.password)
    expect(emulator.sessions.get(tid)?.statusPolls).toBe(3)
    // stable across polls
    const again = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(again.recipients).toEqual(status.recipients)
  })

  it('FAILED: every file removed with PROCESSING_FAILED, no downloadUrl', async () => {
    const { api, token, tid, ids } = await finalized({ outcome: 'FAILED', processingPolls: 0 })
    const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(status.state).toBe('FAILED')
    expect(status.files).toEqual(ids.map((id) => ({ id, removed: true, removalCause: 'PROCESSING_FAILED' })))
    expect(status.recipients.every((r: { downloadUrl: unknown }) => r.downloadUrl === null)).toBe(true)
  })

  it('REMOVED_FILES: ACTIVE with warnings and the named files removed (VIRUS_DETECTED)', async () => {
    const { api, token, tid, ids } = await finalized({
      outcome: 'REMOVED_FILES',
      removeFiles: ['b.txt'],
      processingPolls: 0
    })
    const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(status).toMatchObject({ state: 'ACTIVE', warnings: true })
    expect(status.files).toEqual([
      { id: ids[0], removed: false, removalCause: null },
      { id: ids[1], removed: true, removalCause: 'VIRUS_DETECTED' }
    ])
    expect(status.recipients[0].downloadUrl).toEqual(expect.any(String))
  })

  it('REMOVED_FILES removes the first file by default', async () => {
    const { api, token, tid, ids } = await finalized({ outcome: 'REMOVED_FILES', processingPolls: 0 })
    const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(status.files[0]).toEqual({ id: ids[0], removed: true, removalCause: 'VIRUS_DETECTED' })
    expect(status.files[1].removed).toBe(false)
  })

  it('only for finalized sessions (404/2003); transferReads creator: only with the creating token (401/3002)', async () => {
    const { api } = await emulators.start({ tokenIssuing: 'replace', transferReads: 'creator' })
    const { token, tid } = await openSession(api)
    expectError(await api.call('GET', api.statusPath(tid), { token }), 404, 2003)
    await api.addFile(token, tid, 'a', Buffer.from('a'))
    await api.finalize(token, tid)
    const newer = await api.token()
    expectError(await api.call('GET', api.statusPath(tid), { token: newer }), 401, 3002)
    expectError(await api.call('GET', api.statusPath(tid), { token }), 403, 3002)
  })

  it('lists finalized transfers newest first with paging', async () => {
    const { api } = await emulators.start({ processingPolls: 0 })
    const token = await api.token()
    const tids: string[] = []
    for (let i = 0; i < 3; i++) {
      const tid = await api.createSession(token)
      await api.addFile(token, tid, 'a', Buffer.from('a'))
      await api.finalize(token, tid)
      tids.push(tid)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await api.createSession(token) // open: not listed
    const all = (await api.call('GET', `/api/users/${SENDER}/transfers`, { token })).body.data
    expect(all.map((t: { trackingId: string }) => t.trackingId)).toEqual([...tids].reverse())
    expect(all[0]).toMatchObject({ state: 'ACTIVE', href: `/api/users/${SENDER}/transfers/${tids[2]}` })
    const page2 = (await api.call('GET', `/api/users/${SENDER}/transfers?page=2&page-size=2`, { token })).body.data
    expect(page2.map((t: { trackingId: string }) => t.trackingId)).toEqual([tids[0]])
    expectError(await api.call('GET', `/api/users/${SENDER}/transfers?page-size=101`, { token }), 400, 1004)
  })
})
