/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { SENDER, TO, expectError, openSession, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const DAY = 86_400_000
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}+00:00`
const manual = (password: string) => ({
  securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'MANUAL', password } }
})

describe('creating a transfer session', () => {
  it('201 with a relative Location, tracking id format and the default settings', async () => {
    const { api, emulator } = await emulators.start()
    const token = await api.token()
    const answer = await api.call('POST', `/api/users/${SENDER}/transfer-sessions`, {
      token,
      headers: { 'Accept-Language': 'de-DE,de;q=0.9' },
      json: {
        sender: { name: 'CI Bot', phone: '+49 0' },
        recipients: { to: [{ mail: TO }], cc: [], bcc: [{ mail: 'archive@example.com' }] }
      }
    })
    expect(answer.status).toBe(201)
    expect(answer.text).toBe('')
    const location = answer.headers.get('location') ?? ''
    expect(location).toMatch(new RegExp(`^/api/users/${SENDER}/transfer-sessions/\\d{8}-\\d{6}-[A-Za-z0-9]{8}$`))
    const tid = location.split('/').pop() as string
    const session = await api.call('GET', api.sessionPath(tid), { token })
    expect(session.status).toBe(200)
    const data = session.body.data
    expect(data).toMatchObject({
      sender: { name: 'CI Bot', phone: '+49 0' },
      recipients: { to: [{ mail: TO }], cc: [], bcc: [{ mail: 'archive@example.com' }] },
      securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'GENERATED' } },
      sendRecipientNotification: true,
      showFileNames: true,
      sendDownloadNotifications: false,
      senderLanguage: 'de-DE',
      recipientLanguage: 'de-DE',
      fileChecksumAlgorithm: 'SHA256',
      confidentialMessageFileId: null,
      files: []
    })
    expect(data.expirationDate).toMatch(/\+00:00$/)
    const days = (Date.parse(data.expirationDate) - Date.now()) / DAY
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThanOrEqual(30)
    const record = emulator.sessions.get(tid)
    expect(record).toMatchObject({
      sender: SENDER,
      token,
      state: 'OPEN',
      recipients: { to: [TO], cc: [], bcc: ['archive@example.com'] }
    })
    expect(record?.password).toBeDefined()
    expect(session.text).not.toContain(record?.password)
    expect(emulator.liveSessions()).toHaveLength(1)
  })

  it('absolute Location with locationStyle "absolute"', async () => {
    const { api, emulator } = await emulators.start({ locationStyle: 'absolute' })
    const token = await api.token()
    const answer = await api.call('POST', `/api/users/${SENDER}/transfer-sessions`, {
      token,
      json: { sender: { name: 'x', phone: 'y' }, recipients: { to: [{ mail: TO }] } }
    })
    expect(answer.headers.get('location')).toMatch(
      new RegExp(`^${emulator.url}/api/users/${SENDER}/transfer-sessions/\\d{8}-\\d{6}-\\w{8}$`)
    )
  })

  it('no recipient at all, or an invalid mail -> 400/1004', async () => {
    const { api } = await emulators.start()
    const token = await api.token()
    const path = `/api/users/${SENDER}/transfer-sessions`
    expectError(
      await api.call('POST', path, { token, json: { sender: {}, recipients: { to: [], cc: [], bcc: [] } } }),
      400,
      1004
    )
    expectError(
      await api.call('POST', path, { token, json: { recipients: { to: ['plain@string.example'] } } }),
      400,
      1004
    )
    expectError(await api.call('POST', path, { token, json: { recipients: { to: [{ mail: 'broken' }] } } }), 400, 1004)
    expectError(await api.call('POST', path, { token, json: { sender: {} } }), 400, 1004)
  })

  it('blocked recipient -> 403/3011; blocked sender -> 403/3010', async () => {
    const { api } = await emulators.start({ policy: { blockedRecipients: ['evil@blocked.example'] } })
    const token = await api.token()
    await expect(api.createSession(token, { to: [TO], bcc: ['EVIL@blocked.example'] })).rejects.toThrow(/403.*3011/)
    const { api: api2 } = await emulators.start({ policy: { blockedSenders: [SENDER] } })
    await expect(api2.createSession(await api2.token())).rejects.toThrow(/403.*3010/)
  })
})

describe('PATCH transfer session', () => {
  it('applies a partial update, records the body, stores a MANUAL password without echoing it', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const expirationDate = iso(Date.now() + 5 * DAY)
    const body = {
      expirationDate,
      ...manual('Sup3r!Secret#Pw'),
      notificationMessage: { subject: 'Release', body: 'Hi' },
      recipientLanguage: 'de'
    }
    const answer = await api.call('PATCH', api.sessionPath(tid), { token, json: body })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({
      expirationDate,
      securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'MANUAL' } },
      notificationMessage: { subject: 'Release', body: 'Hi' },
      recipientLanguage: 'de',
      senderLanguage: 'en',
      sendRecipientNotification: true
    })
    expect(answer.text).not.toContain('Sup3r!Secret#Pw')
    const record = emulator.sessions.get(tid)
    expect(record?.password).toBe('Sup3r!Secret#Pw')
    expect(record?.patches).toEqual([body])
    expect(record?.settings.expirationDate).toBe(expirationDate)
  })

  it('expiration date beyond maxRetentionPeriod, in the past, or malformed is refused', async () => {
    const { api } = await emulators.start({ policy: { maxRetentionPeriod: 10 } })
    const { token, tid } = await openSession(api)
    const patch = (expirationDate: string) =>
      api.call('PATCH', api.sessionPath(tid), { token, json: { expirationDate } })
    expectError(await patch(iso(Date.now() + 12 * DAY)), 409, 2001)
    expectError(await patch(iso(Date.now() - DAY)), 409, 2001)
    expectError(await patch('2031-01-31 23:00:00'), 400, 1004)
    expectError(await patch('2031-01-31T23:00:00'), 400, 1004)
    expect((await patch(iso(Date.now() + 10 * DAY))).status).toBe(200)
    expect((await patch(new Date(Date.now() + 3 * DAY).toISOString())).status).toBe(200) // Z offset is fine
  })

  it('password mode not allowed by the policy -> 409/2001', async () => {
    const { api } = await emulators.start({ policy: { allowedPasswordModes: ['GENERATED', 'MANUAL'] } })
    const { token, tid } = await openSession(api)
    const none = { securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'NONE' } } }
    expectError(await api.call('PATCH', api.sessionPath(tid), { token, json: none }), 409, 2001)
    // the 1.8 spec knows only ONE_TIME_PASSWORD: another mode is refused as off-spec, or by the policy
    const quick = { securityMode: { name: 'QUICK', config: { passwordMode: 'GENERATED' } } }
    expectError(await api.call('PATCH', api.sessionPath(tid), { token, json: quick }), 400, 1004)
  })

  it('a security mode other than ONE_TIME_PASSWORD -> 409/2001 when spec validation only records', async () => {
    const { api, emulator } = await emulators.start({ specValidation: 'record' })
    const { token, tid } = await openSession(api)
    const quick = { securityMode: { name: 'QUICK', config: { passwordMode: 'GENERATED' } } }
    expectError(await api.call('PATCH', api.sessionPath(tid), { token, json: quick }), 409, 2001)
    expect(emulator.specViolations()).toEqual([
      {
        method: 'PATCH',
        path: api.sessionPath(tid),
        problem: 'body.securityMode.name is "QUICK", not one of "ONE_TIME_PASSWORD"'
      }
    ])
  })

  it('MANUAL with a weak password -> 409/2001 naming the rules, not the password', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const before = emulator.sessions.get(tid)?.password
    const answer = await api.call('PATCH', api.sessionPath(tid), { token, json: manual('weakpass') })
    expectError(answer, 409, 2001)
    expect(answer.body.errorMessage).toContain('minimumLengthRequired')
    expect(answer.body.errorMessage).not.toContain('weakpass')
    expectError(
      await api.call('PATCH', api.sessionPath(tid), {
        token,
        json: { securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'MANUAL' } } }
      }),
      409,
      2001
    )
    expect(emulator.sessions.get(tid)?.password).toBe(before)
  })

  it('GENERATED computes a new password; NONE clears it', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const mode = (passwordMode: string) => ({ securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode } } })
    await api.call('PATCH', api.sessionPath(tid), { token, json: mode('NONE') })
    expect(emulator.sessions.get(tid)?.password).toBeUndefined()
    await api.call('PATCH', api.sessionPath(tid), { token, json: mode('GENERATED') })
    expect(emulator.sessions.get(tid)?.password).toMatch(/^.{16,}$/)
  })

  it.each([
    ['client', 'keeps the client password and shows it', true, true],
    ['server-shown', 'replaces the client password and shows its own', false, true],
    ['server-hidden', 'replaces the client password and shows none', false, false]
  ] as const)('GENERATED with a password, generatedPassword %s: %s', async (variant, _what, kept, shown) => {
    const { api, emulator } = await emulators.start({ generatedPassword: variant })
    const { token, tid } = await openSession(api)
    const sent = 'Fetched-Password-42'
    const json = {
      securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'GENERATED', password: sent } }
    }
    const answer = await api.call('PATCH', api.sessionPath(tid), { token, json })
    expect(answer.status).toBe(200)
    const stored = emulator.sessions.get(tid)?.password as string
    expect(stored === sent).toBe(kept)
    expect(stored).toMatch(/^.{10,}$/)
    const session = await api.call('GET', api.sessionPath(tid), { token })
    for (const body of [answer.body, session.body])
      expect(body.data.securityMode.config).toEqual(
        shown ? { passwordMode: 'GENERATED', password: stored } : { passwordMode: 'GENERATED' }
      )
  })

  it('GENERATED with a password that breaks the rules (kept by default) -> 409/2001', async () => {
    const { api } = await emulators.start()
    const { token, tid } = await openSession(api)
    const json = {
      securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'GENERATED', password: 'short' } }
    }
    expectError(await api.call('PATCH', api.sessionPath(tid), { token, json }), 409, 2001)
  })

  it('unknown fields and recipients -> 400/1004; a failed PATCH changes nothing', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    expectError(
      await api.call('PATCH', api.sessionPath(tid), { token, json: { recipients: { to: [{ mail: TO }] } } }),
      400,
      1004
    )
    expectError(
      await api.call('PATCH', api.sessionPath(tid), { token, json: { showFileNames: false, colour: 'red' } }),
      400,
      1004
    )
    expectError(await api.call('PATCH', api.sessionPath(tid), { token, json: { showFileNames: 'no' } }), 400, 1004)
    expect(emulator.sessions.get(tid)?.settings.showFileNames).toBe(true)
  })

  it('notificationMessage not editable, showFileNames / sendDownloadNotifications not changeable -> 409/2001', async () => {
    const { api } = await emulators.start({
      policy: {
        recipientNotificationEditable: false,
        showFileNamesChangeable: false,
        sendDownloadNotificationsChangeable: false
      }
    })
    const { token, tid } = await openSession(api)
    const patch = (json: unknown) => api.call('PATCH', api.sessionPath(tid), { token, json })
    expectError(await patch({ notificationMessage: { subject: 's', body: 'b' } }), 409, 2001)
    expectError(await patch({ showFileNames: false }), 409, 2001)
    expectError(await patch({ sendDownloadNotifications: true }), 409, 2001)
    expect((await patch({ showFileNames: true, sendDownloadNotifications: false })).status).toBe(200) // unchanged values
  })

  it('confidential message not allowed -> 409/2001; must be a registered file of the session', async () => {
    const { api } = await emulators.start({ policy: { confidentialMessageAllowed: false } })
    const { token, tid } = await openSession(api)
    const fileId = await api.registerFile(token, tid, { fileName: 'message.txt', size: 5 })
    expectError(
      await api.call('PATCH', api.sessionPath(tid), { token, json: { confidentialMessageFileId: fileId } }),
      409,
      2001
    )

    const { api: api2 } = await emulators.start()
    const s2 = await openSession(api2)
    expectError(
      await api2.call('PATCH', api2.sessionPath(s2.tid), {
        token: s2.token,
        json: { confidentialMessageFileId: 'AAAAAAAAAA' }
      }),
      409,
      2001
    )
    const id2 = await api2.registerFile(s2.token, s2.tid, { fileName: 'message.txt', size: 5 })
    const ok = await api2.call('PATCH', api2.sessionPath(s2.tid), {
      token: s2.token,
      json: { confidentialMessageFileId: id2 }
    })
    expect(ok.body.data.confidentialMessageFileId).toBe(id2)
  })
})

describe('deleting a transfer session', () => {
  it('204, then every session endpoint -> 404/2003', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const fileId = await api.addFile(token, tid, 'a.bin', Buffer.from('hello'))
    const stored = emulator.sessions.get(tid)?.files[0].storedPath as string
    const { existsSync } = await import('node:fs')
    expect(existsSync(stored)).toBe(true)
    const answer = await api.call('DELETE', api.sessionPath(tid), { token })
    expect(answer.status).toBe(204)
    expect(existsSync(stored)).toBe(false)
    expect(emulator.sessions.get(tid)?.state).toBe('DELETED')
    expect(emulator.liveSessions()).toHaveLength(0)
    const path = api.sessionPath(tid)
    expectError(await api.call('GET', path, { token }), 404, 2003)
    expectError(await api.call('PATCH', path, { token, json: { showFileNames: false } }), 404, 2003)
    expectError(await api.call('DELETE', path, { token }), 404, 2003)
    expectError(await api.call('POST', path, { token }), 404, 2003)
    expectError(await api.call('POST', `${path}/files`, { token, json: { fileName: 'b', size: 1 } }), 404, 2003)
    expectError(await api.call('DELETE', `${path}/files/${fileId}`, { token }), 404, 2003)
    expect((await api.upload(token, tid, fileId, Buffer.from('hello'))).status).toBe(404)
  })

  it('a malformed tracking id -> 400/1005, an unknown one -> 404/2003', async () => {
    const { api } = await emulators.start()
    const token = await api.token()
    expectError(await api.call('GET', api.sessionPath('nope'), { token }), 400, 1005)
    expectError(await api.call('GET', api.sessionPath('20240101-000000-AAAAAAAA'), { token }), 404, 2003)
  })
})
