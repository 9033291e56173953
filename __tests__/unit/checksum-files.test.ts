// The checksum files' text (the format `sha256sum -c` reads), the sizes known before hashing
// (counted against the server's size limit), and the clash rule for files added to the transfer.
import { describe, expect, it } from '@jest/globals'
import {
  assertNoChecksumFileClash,
  checksumFileSize,
  checksumFileText,
  keptFiles,
  messageWithChecksums,
  messageWithChecksumsSize
} from '../../src/core/checksum-files.js'
import type { LocalFile } from '../../src/core/local-files.js'

const file = (name: string) => ({ name, sha256: 'a'.repeat(64), sha512: 'b'.repeat(128) })
const NAMES = ['app.zip', 'back\\slash.txt', 'line\nbreak.txt', 'ünïcödé €.bin', 'ret\rurn']

describe('checksum files', () => {
  it('one "<digest>  <name>" line per file; a name with \\\\, \\n or \\r escaped behind a leading backslash', () => {
    expect(checksumFileText(NAMES.map(file), 'sha256')).toBe(
      [
        `${'a'.repeat(64)}  app.zip`,
        `\\${'a'.repeat(64)}  back\\\\slash.txt`,
        `\\${'a'.repeat(64)}  line\\nbreak.txt`,
        `${'a'.repeat(64)}  ünïcödé €.bin`,
        `\\${'a'.repeat(64)}  ret\\rurn`,
        ''
      ].join('\n')
    )
    expect(checksumFileText([file('x')], 'sha512')).toBe(`${'b'.repeat(128)}  x\n`)
    expect(() => checksumFileText([{ name: 'x', sha256: 'a' }], 'sha512')).toThrow(/no sha512 digest of x/)
  })

  it('knows the size of each text before hashing, also for escaped and multi-byte names', () => {
    for (const algorithm of ['sha256', 'sha512'] as const) {
      const files = NAMES.map(file)
      expect(checksumFileSize(files, algorithm)).toBe(Buffer.byteLength(checksumFileText(files, algorithm)))
      for (const message of [undefined, 'Licence key: 1234 ✓'])
        expect(messageWithChecksumsSize(message, files, [algorithm, 'sha256'])).toBe(
          Buffer.byteLength(messageWithChecksums(message, files, [algorithm, 'sha256']))
        )
    }
    expect(messageWithChecksums('Key', [file('a')], ['sha256'])).toBe(`Key\n\nSHA256SUMS:\n${'a'.repeat(64)}  a\n`)
  })

  it('refuses a delivered file named like a checksum file added to the transfer (any case, any normalisation)', () => {
    const local = (name: string, relativePath = `dist/${name}`) => ({ name, relativePath }) as LocalFile
    expect(() => assertNoChecksumFileClash([local('app.zip'), local('sha256sums')], ['sha256'])).toThrow(
      /"dist\/sha256sums" has the name of the checksum file SHA256SUMS .* Nothing was sent\./
    )
    expect(() => assertNoChecksumFileClash([local('SHA512SUMS')], ['sha256'])).not.toThrow()
  })

  it('lists only the files the recipients can download (not those the server removed)', () => {
    const files = [
      { name: 'a', path: 'a', size: 1, sha256: 'x' },
      { name: 'b', path: 'b', size: 1, sha256: 'y' }
    ]
    expect(keptFiles({ files, removedFiles: [{ name: 'b' }] })).toEqual([files[0]])
  })
})
