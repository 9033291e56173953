import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  anchorPattern,
  assertUniqueNames,
  findFiles,
  humanSize,
  relativePosix,
  sha256File,
  type LocalFile
} from '../../src/files.js'

let ws: string

beforeAll(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'cs-files-'))
  const write = (rel: string, content: string): void => {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
    writeFileSync(path.join(ws, rel), content)
  }
  write('dist/app.zip', 'zip')
  write('dist/app.zip.map', 'map')
  write('dist/sub/deep/lib.so', 'lib')
  write('dist/empty.txt', '')
  write('docs/guide.pdf', 'pdf')
  mkdirSync(path.join(ws, 'elsewhere'))
  writeFileSync(path.join(ws, 'elsewhere', 'target.bin'), 'linked')
  symlinkSync(path.join(ws, 'elsewhere', 'target.bin'), path.join(ws, 'dist', 'link.bin'))
})
afterAll(() => rmSync(ws, { recursive: true, force: true }))

describe('findFiles', () => {
  it('expands a matched directory into its files, follows symlinks, keeps empty files', async () => {
    const { files, unmatchedPatterns } = await findFiles(['dist'], ws)
    expect(files.map((f) => f.relativePath)).toEqual([
      'dist/app.zip',
      'dist/app.zip.map',
      'dist/empty.txt',
      'dist/link.bin',
      'dist/sub/deep/lib.so'
    ])
    expect(files.find((f) => f.name === 'link.bin')?.size).toBe(6)
    expect(files.find((f) => f.name === 'empty.txt')?.size).toBe(0)
    expect(unmatchedPatterns).toEqual([])
  })

  it('applies ! excludes and reports patterns that match nothing', async () => {
    const { files, unmatchedPatterns } = await findFiles(['dist/**', '!**/*.map', 'docs/*.pdf', 'nothing/*.zip'], ws)
    expect(files.map((f) => f.name)).toEqual(['app.zip', 'empty.txt', 'link.bin', 'lib.so', 'guide.pdf'])
    expect(unmatchedPatterns).toEqual(['nothing/*.zip'])
  })

  it('finds nothing for a pattern outside the tree', async () => {
    const { files, unmatchedPatterns } = await findFiles(['missing/**'], ws)
    expect(files).toEqual([])
    expect(unmatchedPatterns).toEqual(['missing/**'])
  })
})

describe('anchorPattern', () => {
  it('anchors relative patterns at the workspace and keeps absolute ones (posix and windows)', () => {
    expect(anchorPattern('dist/*.zip', '/ws')).toBe('/ws/dist/*.zip')
    expect(anchorPattern('!dist/*.map', '/ws')).toBe('!/ws/dist/*.map')
    expect(anchorPattern('/abs/x', '/ws')).toBe('/abs/x')
    expect(anchorPattern('dist\\*.zip', 'C:\\ws', path.win32)).toBe('C:\\ws\\dist\\*.zip')
    expect(anchorPattern('D:\\out\\*.zip', 'C:\\ws', path.win32)).toBe('D:\\out\\*.zip')
  })
})

describe('Windows paths', () => {
  it('anchors forward-slash patterns under a drive-letter workspace', () => {
    expect(anchorPattern('dist/*.zip', 'C:\\a\\ws', path.win32)).toBe('C:\\a\\ws\\dist\\*.zip')
    expect(anchorPattern('!dist/**/*.pdb', 'C:\\a\\ws', path.win32)).toBe('!C:\\a\\ws\\dist\\**\\*.pdb')
  })
  it('reports workspace-relative paths with / separators, whatever the drive letter case', () => {
    expect(relativePosix('C:\\a\\ws', 'C:\\a\\ws\\dist\\x64\\setup.exe', path.win32)).toBe('dist/x64/setup.exe')
    expect(relativePosix('c:\\a\\ws', 'C:\\A\\WS\\dist\\app.zip', path.win32)).toBe('dist/app.zip')
    expect(relativePosix('/ws', '/ws/dist/app.zip', path.posix)).toBe('dist/app.zip')
  })
})

describe('assertUniqueNames', () => {
  const file = (relativePath: string): LocalFile => ({
    absolutePath: `/ws/${relativePath}`,
    relativePath,
    name: path.posix.basename(relativePath),
    size: 1
  })
  it('names both paths of a duplicate (case-insensitively)', () => {
    expect(() => assertUniqueNames([file('a/app.zip'), file('b/c/App.zip')])).toThrow(
      /"a\/app\.zip" and "b\/c\/App\.zip"/
    )
    expect(() => assertUniqueNames([file('a/app.zip'), file('b/app.tar')])).not.toThrow()
  })
})

describe('sha256File and humanSize', () => {
  it('hashes as lowercase hex', async () => {
    expect(await sha256File(path.join(ws, 'dist/empty.txt'))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })
  it('formats sizes in binary units', () => {
    expect(humanSize(512)).toBe('512 B')
    expect(humanSize(1536)).toBe('1.50 KiB')
    expect(humanSize(3 * 1024 ** 3)).toBe('3.00 GiB')
  })
})
