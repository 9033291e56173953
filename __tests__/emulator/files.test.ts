/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { expectError, openSession, sha256, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

describe('registering files', () => {
  it('201 with data.fileId and Location …/files/{fileId}', async () => {
    const { api } = await emulators.start()
    const { token, tid } = await openSession(api)
    const answer = await api.call('POST', `${api.sessionPath(tid)}/files`, {
      token,
      json: { fileName: 'app.zip', size: 3 }
    })
    expect(answer.status).toBe(201)
    expect(answer.body.data.fileId).toMatch(/^[A-Za-z0-9]{10}$/)
    expect(answer.headers.get('location')).toBe(`${api.sessionPath(tid)}/files/${answer.body.data.fileId}`)
    const session = await api.call('GET', api.sessionPath(tid), { token })
    expect(session.body.data.files).toEqual([
      {
        id: answer.body.data.fileId,
        fileName: 'app.zip',
        size: 3,
        checksum: null,
        state: 'INITIALIZED',
        href: answer.headers.get('location')
      }
    ])
  })

  it('invalid fileName, size or checksum -> 400/1004', async () => {
    const { api } = await emulators.start()
    const { token, tid } = await openSession(api)
    const register = (json: unknown) => api.call('POST', `${api.sessionPath(tid)}/files`, { token, json })
    expectError(await register({ fileName: '', size: 1 }), 400, 1004)
    expectError(await register({ fileName: 'dir/a.txt', size: 1 }), 400, 1004)
    expectError(await register({ fileName: 'dir\\a.txt', size: 1 }), 400, 1004)
    expectError(await register({ fileName: 'a.txt' }), 400, 1004)
    expectError(await register({ fileName: 'a.txt', size: -1 }), 400, 1004)
    expectError(await register({ fileName: 'a.txt', size: 1.5 }), 400, 1004)
    expectError(await register({ fileName: 'a.txt', size: '1' }), 400, 1004)
    expectError(await register({ fileName: 'a.txt', size: 1, checksum: 'abc' }), 400, 1004)
    expect((await register({ fileName: 'a.txt', size: 1, checksum: 'A'.repeat(64) })).status).toBe(201)
  })

  it('duplicate file name -> 409/2001; the name is free again after DELETE', async () => {
    const { api } = await emulators.start()
    const { token, tid } = await openSession(api)
    const fileId = await api.registerFile(token, tid, { fileName: 'app.zip', size: 1 })
    const dup = await api.call('POST', `${api.sessionPath(tid)}/files`, {
      token,
      json: { fileName: 'app.zip', size: 2 }
    })
    expectError(dup, 409, 2001)
    expect(dup.body.errorMessage).toMatch(/already exists/)
    expect(
      (await api.call('POST', `${api.sessionPath(tid)}/files`, { token, json: { fileName: 'App.zip', size: 2 } }))
        .status
    ).toBe(201)
    expect((await api.call('DELETE', `${api.sessionPath(tid)}/files/${fileId}`, { token })).status).toBe(204)
    expect(
      (await api.call('POST', `${api.sessionPath(tid)}/files`, { token, json: { fileName: 'app.zip', size: 2 } }))
        .status
    ).toBe(201)
  })

  it('total size over maxTotalSize -> 409/2001 naming the limit', async () => {
    const { api } = await emulators.start({ policy: { maxTotalSize: 100 } })
    const { token, tid } = await openSession(api)
    await api.registerFile(token, tid, { fileName: 'a', size: 60 })
    const over = await api.call('POST', `${api.sessionPath(tid)}/files`, { token, json: { fileName: 'b', size: 41 } })
    expectError(over, 409, 2001)
    expect(over.body.errorMessage).toContain('100')
    expect(
      (await api.call('POST', `${api.sessionPath(tid)}/files`, { token, json: { fileName: 'b', size: 40 } })).status
    ).toBe(201)
  })
})

describe('uploading content', () => {
  it('Content-Type other than application/octet-stream -> 415/1004', async () => {
    const { api } = await emulators.start()
    const { token, tid } = await openSession(api)
    const fileId = await api.registerFile(token, tid, { fileName: 'a', size: 5 })
    const wrong = await api.upload(token, tid, fileId, Buffer.from('hello'), { contentType: 'text/plain' })
    expectError(wrong, 415, 1004)
    expectError(await api.upload(token, tid, fileId, Buffer.from('hello'), { contentType: null }), 415, 1004)
    expect(
      (await api.upload(token, tid, fileId, Buffer.from('hello'), { contentType: 'application/octet-stream; x=y' }))
        .status
    ).toBe(200)
  })

  it('Content-Length different from the registered size -> 400/1004 before reading', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const fileId = await api.registerFile(token, tid, { fileName: 'a', size: 10 })
    expectError(await api.upload(token, tid, fileId, Buffer.from('hello')), 400, 1004)
    const file = emulator.sessions.get(tid)?.files[0]
    expect(file).toMatchObject({ state: 'INITIALIZED', uploads: 0, receivedBytes: 0 })
  })

  it('byte count (chunked) different from the size -> 400/1004 and the file stays as before', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const good = Buffer.from('0123456789')
    const fileId = await api.registerFile(token, tid, { fileName: 'a', size: 10 })
    expectError(await api.upload(token, tid, fileId, Buffer.from('01234'), { chunked: true }), 400, 1004)
    expect(emulator.sessions.get(tid)?.files[0].state).toBe('INITIALIZED')
    expect((await api.upload(token, tid, fileId, good, { chunked: true })).status).toBe(200)
    expectError(await api.upload(token, tid, fileId, Buffer.from('0123456789AB'), { chunked: true }), 400, 1004)
    const file = emulator.sessions.get(tid)?.files[0]
    expect(file).toMatchObject({ state: 'UPLOADED', uploads: 1, receivedBytes: 10, receivedSha256: sha256(good) })
    expect(readFileSync(file?.storedPath as string)).toEqual(good)
  })

  it('checksum mismatch -> 400/1004 and the file is not UPLOADED', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const content = Buffer.from('hello world')
    const fileId = await api.registerFile(token, tid, {
      fileName: 'a',
      size: content.length,
      checksum: sha256(Buffer.from('hello WORLD'))
    })
    const answer = await api.upload(token, tid, fileId, content)
    expectError(answer, 400, 1004)
    expect(answer.body.errorMessage).toMatch(/checksum mismatch/)
    expect(emulator.sessions.get(tid)?.files[0]).toMatchObject({
      state: 'INITIALIZED',
      uploads: 0,
      storedPath: undefined
    })
  })

  it('an upper-case registered checksum matches', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const content = Buffer.from('hello world')
    const fileId = await api.registerFile(token, tid, {
      fileName: 'a',
      size: content.length,
      checksum: sha256(content).toUpperCase()
    })
    expect((await api.upload(token, tid, fileId, content)).status).toBe(200)
    expect(emulator.sessions.get(tid)?.files[0].state).toBe('UPLOADED')
  })

  it('a 20 MiB streamed upload arrives byte-identical on disk; a second PUT replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cs-emu-test-'))
    try {
      const { api, emulator } = await emulators.start()
      const { token, tid } = await openSession(api)
      const content = randomBytes(20 * 1024 * 1024)
      const source = join(dir, 'big.bin')
      await writeFile(source, content)
      const fileId = await api.registerFile(token, tid, {
        fileName: 'big.bin',
        size: content.length,
        checksum: sha256(content)
      })
      const answer = await api.upload(token, tid, fileId, createReadStream(source, { highWaterMark: 256 * 1024 }), {
        contentLength: content.length
      })
      expect(answer.status).toBe(200)
      expect(answer.text).toBe('')
      const file = emulator.sessions.get(tid)?.files[0]
      expect(file).toMatchObject({
        state: 'UPLOADED',
        receivedBytes: content.length,
        receivedSha256: sha256(content),
        uploads: 1
      })
      expect(readFileSync(file?.storedPath as string).equals(content)).toBe(true)
      const again = await api.upload(
        token,
        tid,
        fileId,
        Readable.from([content.subarray(0, 1000), content.subarray(1000)])
      )
      expect(again.status).toBe(200)
      expect(file?.uploads).toBe(2)
      expect(readFileSync(file?.storedPath as string).equals(content)).toBe(true)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('DELETE file -> 204, bytes removed, file gone from the session', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const fileId = await api.addFile(token, tid, 'a', Buffer.from('abc'))
    const stored = emulator.sessions.get(tid)?.files[0].storedPath as string
    expect((await api.call('DELETE', `${api.sessionPath(tid)}/files/${fileId}`, { token })).status).toBe(204)
    expect(existsSync(stored)).toBe(false)
    expect(emulator.sessions.get(tid)?.files[0].deleted).toBe(true)
    expect((await api.call('GET', api.sessionPath(tid), { token })).body.data.files).toEqual([])
    expectError(await api.call('DELETE', `${api.sessionPath(tid)}/files/${fileId}`, { token }), 404, 2003)
    expectError(await api.call('DELETE', `${api.sessionPath(tid)}/files/bad`, { token }), 400, 1005)
  })
})
