/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { createHash } from 'node:crypto'
import { expectError, openSession, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const digest = (algorithm: string, data: Buffer) => createHash(algorithm).update(data).digest('hex')
const content = Buffer.from('the build artifact')

describe('file checksum algorithm', () => {
  it.each([
    ['SHA-256', 'sha256'],
    ['SHA512', 'sha512'],
    ['SHA-512', 'sha512'],
    ['SHA1', 'sha1'],
    ['MD5', 'md5']
  ])('%s: reported by the session and the status, computed and compared (hex in any case)', async (name, hash) => {
    const { api, emulator } = await emulators.start({ fileChecksumAlgorithm: name, processingPolls: 0 })
    const { token, tid } = await openSession(api)
    expect((await api.call('GET', api.sessionPath(tid), { token })).body.data.fileChecksumAlgorithm).toBe(name)
    const good = digest(hash, content).toUpperCase()
    const fileId = await api.registerFile(token, tid, { fileName: 'a.bin', size: content.length, checksum: good })
    expect((await api.upload(token, tid, fileId, content)).status).toBe(200)
    expect(emulator.sessions.get(tid)?.files[0]).toMatchObject({ receivedDigest: good.toLowerCase() })
    const wrong = digest(hash, Buffer.from('other'))
    const badId = await api.registerFile(token, tid, { fileName: 'b.bin', size: content.length, checksum: wrong })
    const refused = await api.upload(token, tid, badId, content)
    expectError(refused, 400, 1004)
    expect(refused.body.errorMessage).toContain(`the ${name} of the received bytes differs`)
    // a SHA-256 digest where another length is due is refused at registration (except for SHA-256 itself)
    if (hash !== 'sha256') {
      const sha256 = await api.call('POST', `${api.sessionPath(tid)}/files`, {
        token,
        json: { fileName: 'c.bin', size: 1, checksum: digest('sha256', content) }
      })
      expectError(sha256, 400, 1004)
    }
    await api.call('DELETE', `${api.sessionPath(tid)}/files/${badId}`, { token })
    expect((await api.finalize(token, tid)).status).toBe(201)
    const status = await api.call('GET', api.statusPath(tid), { token })
    expect(status.body.data.transfer.fileChecksumAlgorithm).toBe(name)
    expect(emulator.responseViolations()).toEqual([])
  })

  it('an unknown algorithm (CRC32) takes any checksum string and cannot check it', async () => {
    const { api, emulator } = await emulators.start({ fileChecksumAlgorithm: 'CRC32' })
    const { token, tid } = await openSession(api)
    const fileId = await api.registerFile(token, tid, { fileName: 'a.bin', size: content.length, checksum: 'deadbeef' })
    expect((await api.upload(token, tid, fileId, content)).status).toBe(200)
    expect(emulator.sessions.get(tid)?.files[0]).toMatchObject({ state: 'UPLOADED', receivedDigest: undefined })
  })

  it('a PATCH may only set the configured algorithm', async () => {
    const { api } = await emulators.start({ fileChecksumAlgorithm: 'SHA512' })
    const { token, tid } = await openSession(api)
    const patch = (fileChecksumAlgorithm: string) =>
      api.call('PATCH', api.sessionPath(tid), { token, json: { fileChecksumAlgorithm } })
    expectError(await patch('SHA256'), 409, 2001)
    expect((await patch('SHA512')).body.data.fileChecksumAlgorithm).toBe('SHA512')
  })
})

describe("checksumCheck 'finalization'", () => {
  it('accepts a mismatching PUT and removes the file during processing (CHECKSUM_MISMATCH, warnings)', async () => {
    const { api, emulator } = await emulators.start({ checksumCheck: 'finalization', processingPolls: 1 })
    const { token, tid } = await openSession(api)
    await api.addFile(token, tid, 'good.bin', content)
    const badId = await api.registerFile(token, tid, {
      fileName: 'bad.bin',
      size: content.length,
      checksum: digest('sha256', Buffer.from('other'))
    })
    expect((await api.upload(token, tid, badId, content)).status).toBe(200)
    expect(emulator.sessions.get(tid)?.files[1]).toMatchObject({ state: 'UPLOADED', checksumMismatch: true })
    expect((await api.finalize(token, tid)).status).toBe(201)
    const processing = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(processing).toMatchObject({ state: 'PROCESSING', warnings: false })
    const done = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(done.state).toBe('ACTIVE')
    expect(done.warnings).toBe(true)
    expect(done.files).toEqual([
      { id: expect.any(String), removed: false, removalCause: null },
      { id: badId, removed: true, removalCause: 'CHECKSUM_MISMATCH' }
    ])
  })

  it('every file mismatching -> the transfer ends FAILED', async () => {
    const { api } = await emulators.start({ checksumCheck: 'finalization', processingPolls: 0 })
    const { token, tid } = await openSession(api)
    const id = await api.registerFile(token, tid, {
      fileName: 'bad.bin',
      size: content.length,
      checksum: 'a'.repeat(64)
    })
    expect((await api.upload(token, tid, id, content)).status).toBe(200)
    expect((await api.finalize(token, tid)).status).toBe(201)
    const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status
    expect(status).toMatchObject({ state: 'FAILED', files: [{ id, removed: true, removalCause: 'CHECKSUM_MISMATCH' }] })
  })
})
