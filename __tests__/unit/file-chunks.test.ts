// Reading files in chunks into reused buffers (hashing and uploading): every byte in order,
// exactly `length` bytes when asked, the file closed however the reading ends; and each file's
// digests read once per run.
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { appendFileSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { CHUNK_BYTES, fileChunks } from '../../src/core/lifecycle/file-chunks.js'
import { digestFile } from '../../src/core/lifecycle/checksum.js'
import { fileDigests } from '../../src/core/lifecycle/file-digests.js'
import type { LocalFile } from '../../src/core/files.js'

const dir = mkdtempSync(join(tmpdir(), 'file-chunks-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function fileOf(name: string, bytes: Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

const openFiles = (): number => readdirSync('/proc/self/fd').length

/** Hashes the chunks as they come (a chunk is only valid until the next is asked for). */
async function hashOf(chunks: AsyncIterable<Buffer>): Promise<{ sha256: string; bytes: number; sizes: number[] }> {
  const hash = createHash('sha256')
  const sizes: number[] = []
  for await (const chunk of chunks) {
    hash.update(chunk)
    sizes.push(chunk.length)
  }
  return { sha256: hash.digest('hex'), bytes: sizes.reduce((a, b) => a + b, 0), sizes }
}

describe('fileChunks', () => {
  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 5])(
    'yields every byte of a %i-byte file in order, to its end or to a given length',
    async (size) => {
      const bytes = randomBytes(size)
      const path = fileOf(`f${size}`, bytes)
      const expected = createHash('sha256').update(bytes).digest('hex')
      const toEnd = await hashOf(fileChunks(path))
      const exact = await hashOf(fileChunks(path, size))
      expect(toEnd).toMatchObject({ sha256: expected, bytes: size })
      expect(exact).toMatchObject({ sha256: expected, bytes: size })
      expect(Math.max(0, ...exact.sizes)).toBeLessThanOrEqual(CHUNK_BYTES)
    }
  )

  it('reads chunks into the same two buffers, so that a big file makes no garbage', async () => {
    const path = fileOf('four', randomBytes(4 * CHUNK_BYTES))
    const buffers = new Set<ArrayBufferLike>()
    for await (const chunk of fileChunks(path, 4 * CHUNK_BYTES)) buffers.add(chunk.buffer)
    expect(buffers.size).toBe(2)
  })

  it('reads no more than `length` of a file that grew, and fails for one that shrank', async () => {
    const bytes = randomBytes(CHUNK_BYTES + 100)
    const path = fileOf('grows', bytes)
    appendFileSync(path, 'more')
    expect((await hashOf(fileChunks(path, bytes.length))).sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    truncateSync(path, 1000)
    await expect(hashOf(fileChunks(path, bytes.length))).rejects.toThrow(`read 1000 of ${bytes.length} bytes`)
  })

  it('closes the file when the reader stops early, when reading fails and when cancelled', async () => {
    const path = fileOf('closes', randomBytes(3 * CHUNK_BYTES))
    const before = openFiles()
    for await (const chunk of fileChunks(path)) if (chunk.length > 0) break
    expect(openFiles()).toBe(before)
    await expect(hashOf(fileChunks(path, 4 * CHUNK_BYTES))).rejects.toThrow('read')
    expect(openFiles()).toBe(before)
    const controller = new AbortController()
    controller.abort(new Error('stopped'))
    await expect(hashOf(fileChunks(path, undefined, controller.signal))).rejects.toThrow('stopped')
    expect(openFiles()).toBe(before)
    await expect(hashOf(fileChunks(join(dir, 'missing')))).rejects.toThrow('ENOENT')
  })
})

describe('digestFile', () => {
  it('gives every algorithm asked for from one read', async () => {
    const bytes = randomBytes(2 * CHUNK_BYTES + 3)
    const path = fileOf('digests', bytes)
    expect(await digestFile(path, ['sha256', 'sha512', 'sha256'])).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sha512: createHash('sha512').update(bytes).digest('hex')
    })
  })
})

describe('fileDigests', () => {
  const local = (path: string, size: number): LocalFile => ({
    absolutePath: path,
    relativePath: basename(path),
    name: basename(path),
    size
  })
  const sha = (algorithm: string, bytes: Buffer | string): string => createHash(algorithm).update(bytes).digest('hex')

  it('reads a file once per run: the digests known are given again, only those missing are read', async () => {
    const path = fileOf('once', Buffer.from('first'))
    const file = local(path, 5)
    const first = await fileDigests(file, ['sha256'])
    expect(first.digests.sha256).toBe(sha('sha256', 'first'))
    // Changed behind the run's back: what was read stays (the upload's stamp check catches the change) ...
    writeFileSync(path, 'other')
    const again = await fileDigests(file, ['sha256', 'sha512'])
    expect(again.digests.sha256).toBe(first.digests.sha256)
    expect(again.stamp).toEqual(first.stamp)
    // ... and only the algorithm not yet known was read now.
    expect(again.digests.sha512).toBe(sha('sha512', 'other'))
    // Another selection (another run) reads the file again.
    expect((await fileDigests(local(path, 5), ['sha256'])).digests.sha256).toBe(sha('sha256', 'other'))
  })

  it('does not remember a read that failed', async () => {
    const path = join(dir, 'later')
    const file = local(path, 4)
    await expect(fileDigests(file, ['sha256'])).rejects.toThrow('ENOENT')
    writeFileSync(path, 'late')
    expect((await fileDigests(file, ['sha256'])).digests.sha256).toBe(sha('sha256', 'late'))
    const cancelled = new AbortController()
    cancelled.abort(new Error('stopped'))
    await expect(fileDigests(file, ['md5'], cancelled.signal)).rejects.toThrow('stopped')
    expect((await fileDigests(file, ['md5'])).digests).toEqual({
      sha256: sha('sha256', 'late'),
      md5: sha('md5', 'late')
    })
  })
})
