// Hashing ahead of the network: the digests a file gets are those of its bytes, whether they were
// computed ahead or later for an algorithm the session named; a stopped hashing reads no further.
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Prehash } from '../../src/core/lifecycle/prehash.js'

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
    expect(await prehash.digests(files[2], ['sha256'])).toEqual({ sha256: hex('sha256', 'three') })
    expect(await prehash.digests(files[0], ['sha256', 'md5'])).toEqual({
      sha256: hex('sha256', 'one'),
      md5: hex('md5', 'one')
    })
    prehash.stop()
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
