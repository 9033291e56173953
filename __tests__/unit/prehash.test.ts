// Hashing ahead of the network: the digests a file gets are those of its bytes, whether they were
// computed ahead or later for an algorithm the session named; a stopped hashing reads no further.
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Prehash } from '../../src/core/lifecycle/prehash.js'
import { fileStamp } from '../../src/core/lifecycle/checksum.js'

const dir = mkdtempSync(join(tmpdir(), 'cs-prehash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string) {
  writeFileSync(join(dir, name), content)
  return { absolutePath: join(dir, name), relativePath: name, name, size: content.length }
}
const hex = (algorithm: string, text: string): string => createHash(algorithm).update(text).digest('hex')

describe('hashing ahead', () => {
  it('gives each file its digests, the ones computed ahead and the ones asked for later', async () => {
    const files = ['one', 'two', 'three'].map((text) => file(`${text}.bin`, text))
    const prehash = new Prehash(files, ['sha256'], 2)
    expect((await prehash.digests(files[2], ['sha256'])).digests).toEqual({ sha256: hex('sha256', 'three') })
    expect((await prehash.digests(files[0], ['sha256', 'md5'])).digests).toEqual({
      sha256: hex('sha256', 'one'),
      md5: hex('md5', 'one')
    })
    prehash.stop()
  })

  it('stamps a file before reading it: the stamp moves with a write of the same size, racy while recent', async () => {
    const [one] = [file('stamp.bin', 'abcd')]
    const old = new Date(Date.now() - 60_000)
    utimesSync(one.absolutePath, old, old)
    const prehash = new Prehash([one], ['sha256'], 1)
    const { stamp } = await prehash.digests(one, ['sha256'])
    expect(stamp.racy).toBe(false)
    expect((await fileStamp(one.absolutePath)).key).toBe(stamp.key)
    writeFileSync(one.absolutePath, 'wxyz')
    const after = await fileStamp(one.absolutePath)
    expect(after.key).not.toBe(stamp.key)
    expect(after.racy).toBe(true)
  })

  it('a file that cannot be read fails when its digests are asked for, not before', async () => {
    const missing = { absolutePath: join(dir, 'gone.bin'), relativePath: 'gone.bin', name: 'gone.bin', size: 1 }
    const prehash = new Prehash([missing], ['sha256'], 1)
    await expect(prehash.digests(missing, ['sha256'])).rejects.toThrow(/ENOENT/)
  })

  it('stopped, it starts no further read', async () => {
    const files = Array.from({ length: 5 }, (_, i) => file(`f${i}.bin`, `content ${i}`))
    const prehash = new Prehash(files, ['sha256'], 1)
    prehash.stop()
    await expect(prehash.digests(files[4], ['sha256'])).rejects.toThrow(/abort/i)
  })
})
