import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, promises as fsp, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { sha256File } from '../../src/core/lifecycle/checksum.js'
import { Match, PatternSet } from '../../src/core/file-patterns.js'
import {
  anchorPattern,
  assertUniqueNames,
  findFiles,
  humanSize,
  relativePosix,
  type LocalFile,
  type WalkFs
} from '../../src/core/files.js'

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

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) {
    chmodAll(dir)
    rmSync(dir, { recursive: true, force: true })
  }
})
function chmodAll(dir: string): void {
  try {
    chmodSync(dir, 0o755)
  } catch {
    // already gone
  }
}

/** A fresh tree: path → content; `links`: link path → target (relative to the tree or absolute). */
function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cs-tree-'))
  temporary.push(root)
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true })
    symlinkSync(path.isAbsolute(target) ? target : path.join(root, target), path.join(root, link))
  }
  return root
}

const paths = (files: LocalFile[]): string[] => files.map((f) => f.relativePath)
const asRoot = process.getuid?.() === 0

describe('hidden files', () => {
  const files = {
    'dist/app.zip': 'a',
    'dist/.env': 'secret',
    'dist/.cache/blob.bin': 'b',
    '.github/config.yml': 'c',
    'top.txt': 't'
  }
  it('leaves out every file with a path segment below the workspace that starts with "."', async () => {
    const ws = tree(files)
    const search = await findFiles(['dist', '**/*.yml', '.github/*.yml', 'top.txt'], ws)
    expect(paths(search.files)).toEqual(['dist/app.zip', 'top.txt'])
    // What matched, or a pattern named; hidden folders are not searched (`**/*.yml`).
    expect(search.hidden.sort()).toEqual(['.github', 'dist/.cache', 'dist/.env'])
    expect(search.unmatchedPatterns).toEqual(['**/*.yml', '.github/*.yml'])
  })

  it('delivers them with includeHidden', async () => {
    const ws = tree(files)
    const search = await findFiles(['dist', '**/*.yml'], ws, { includeHidden: true })
    expect(paths(search.files)).toEqual(['.github/config.yml', 'dist/.cache/blob.bin', 'dist/.env', 'dist/app.zip'])
    expect(search.hidden).toEqual([])
  })

  it('does not count the folders above the workspace (a workspace inside a hidden folder)', async () => {
    const outer = tree({ '.work/ws/dist/app.zip': 'a', '.work/ws/dist/.x': 'x' })
    const search = await findFiles(['dist/**'], path.join(outer, '.work', 'ws'))
    expect(paths(search.files)).toEqual(['dist/app.zip'])
  })

  it('for an absolute pattern outside the workspace, counts only segments below its fixed folder', async () => {
    const ws = tree({ 'in.txt': 'i' })
    const outside = tree({ '.bazel-out/bin/app.zip': 'a', '.bazel-out/bin/.stamp': 's' })
    const search = await findFiles([path.join(outside, '.bazel-out', 'bin', '*')], ws)
    expect(search.files.map((f) => f.name)).toEqual(['app.zip'])
    expect(search.hidden).toEqual([relativePosix(ws, path.join(outside, '.bazel-out', 'bin', '.stamp'))])
  })
})

describe('files outside the workspace', () => {
  it('warns about a file whose real path is outside the workspace, naming where it is', async () => {
    const outside = tree({ 'bazel-out/app.zip': 'z' })
    const ws = tree({ 'dist/own.txt': 'o' }, { 'dist/app.zip': path.join(outside, 'bazel-out', 'app.zip') })
    const search = await findFiles(['dist'], ws)
    expect(paths(search.files)).toEqual(['dist/app.zip', 'dist/own.txt'])
    expect(search.warnings).toEqual([
      `"dist/app.zip" lies outside the workspace: it is ${await fsp.realpath(path.join(outside, 'bazel-out', 'app.zip'))}. It is delivered; exclude it with a "!" pattern if that was not meant.`
    ])
  })

  it('warns for ../ and absolute patterns too, and not for links inside the workspace', async () => {
    const parent = tree({ 'ws/in.txt': 'i', 'ws/link-target/t.txt': 't', 'sibling/s.txt': 's' })
    const ws = path.join(parent, 'ws')
    symlinkSync(path.join(ws, 'link-target', 't.txt'), path.join(ws, 'inner-link.txt'))
    const search = await findFiles(['../sibling/*.txt', path.join(parent, 'sibling', 's.txt'), '*.txt'], ws)
    expect(paths(search.files)).toEqual(['../sibling/s.txt', 'in.txt', 'inner-link.txt'])
    expect(search.warnings).toHaveLength(1)
    expect(search.warnings[0]).toMatch(/^"\.\.\/sibling\/s\.txt" lies outside the workspace/)
  })
})

describe('names with control characters', () => {
  it.each([
    ['a newline and a runner command', 'x\n::stop-commands::abc\n.txt', 'x\\n::stop-commands::abc\\n.txt'],
    ['a C1 control', 'report\u009b.pdf', 'report\\u009b.pdf'],
    ['a bidi override', 'invoice\u202egpj.exe', 'invoice\\u202egpj.exe'],
    ['an escape sequence', 'a\u001b[2Jb.bin', 'a\\u001b[2Jb.bin']
  ])('refuses a file name with %s, showing the path escaped', async (_label, name, shown) => {
    const ws = tree({ [`dist/${name}`]: 'x', 'dist/ok.txt': 'ok' })
    await expect(findFiles(['dist'], ws)).rejects.toThrow(
      `File name "dist/${shown}" contains control characters or bidirectional overrides (shown escaped); rename it or exclude it with a "!" pattern in "files".`
    )
  })

  it('refuses a folder name with control characters too, and accepts the file once excluded', async () => {
    const ws = tree({ 'dist/we\u0007ird/x.txt': 'x', 'dist/ok.txt': 'ok' })
    await expect(findFiles(['dist'], ws)).rejects.toThrow('"dist/we\\u0007ird/x.txt"')
    expect(paths((await findFiles(['dist', '!dist/we?ird'], ws)).files)).toEqual(['dist/ok.txt'])
  })
})

describe('file system trouble', () => {
  it('warns about a directory cycle and a broken link, and skips them', async () => {
    const ws = tree({ 'dist/a/file.txt': 'f' }, { 'dist/a/loop': 'dist', 'dist/broken.zip': 'dist/missing.zip' })
    const search = await findFiles(['dist'], ws)
    expect(paths(search.files)).toEqual(['dist/a/file.txt'])
    expect(search.warnings).toEqual([
      'Skipped "dist/a/loop": it links back to the folder "dist" above it (a directory cycle).',
      'Skipped "dist/broken.zip": it is a broken symbolic link.'
    ])
  })

  it('does not warn about a broken link that the patterns do not select', async () => {
    const ws = tree({ 'dist/app.zip': 'z' }, { 'dist/broken.map': 'dist/missing' })
    expect((await findFiles(['dist/*.zip'], ws)).warnings).toEqual([])
    expect((await findFiles(['dist', '!**/*.map'], ws)).warnings).toEqual([])
  })

  it('stops with one error naming a link that leads to itself (ELOOP)', async () => {
    const ws = tree({ 'dist/app.zip': 'z' }, { 'dist/self': 'dist/self' })
    await expect(findFiles(['dist'], ws)).rejects.toThrow(
      'Cannot read the path "dist/self" (ELOOP: too many levels of symbolic links: a link that leads back to itself). Fix or remove the link, or exclude it with a "!" pattern in "files".'
    )
    expect(paths((await findFiles(['dist', '!dist/self'], ws)).files)).toEqual(['dist/app.zip'])
  })

  /** The real file system, except that the given paths answer EACCES to `what`. */
  function denying(what: 'readdir' | 'open', denied: string): WalkFs {
    const eacces = (p: string): Error =>
      Object.assign(new Error(`EACCES: permission denied, ${what} '${p}'`), { code: 'EACCES' })
    return {
      readdir: async (dir) => {
        if (what === 'readdir' && dir === denied) throw eacces(dir)
        return fsp.readdir(dir)
      },
      stat: (p) => fsp.stat(p),
      lstat: (p) => fsp.lstat(p),
      realpath: (p) => fsp.realpath(p),
      open: async (p, flags) => {
        if (what === 'open' && p === denied) throw eacces(p)
        return fsp.open(p, flags)
      }
    }
  }

  it('stops with one error naming a folder it may not read', async () => {
    const ws = tree({ 'dist/app.zip': 'z', 'dist/secret/key.pem': 'k' })
    await expect(findFiles(['dist'], ws, { fs: denying('readdir', path.join(ws, 'dist', 'secret')) })).rejects.toThrow(
      'Cannot read the folder "dist/secret" (EACCES: permission denied). Give read access to the user this tool runs as, or exclude it with a "!" pattern in "files".'
    )
  })

  it('opens every file before anything is sent: an unreadable file is one error naming it', async () => {
    const ws = tree({ 'dist/app.zip': 'z', 'dist/locked.bin': 'l' })
    await expect(findFiles(['dist'], ws, { fs: denying('open', path.join(ws, 'dist', 'locked.bin')) })).rejects.toThrow(
      'Cannot read the file "dist/locked.bin" (EACCES: permission denied).'
    )
  })

  it(`refuses a chmod 000 folder and file on the real file system${asRoot ? ' (skipped: running as root, which ignores permissions)' : ''}`, async () => {
    if (asRoot) return
    const ws = tree({ 'dist/app.zip': 'z', 'dist/locked/x.txt': 'x', 'other/locked.bin': 'l' })
    chmodSync(path.join(ws, 'dist', 'locked'), 0o000)
    chmodSync(path.join(ws, 'other', 'locked.bin'), 0o000)
    try {
      await expect(findFiles(['dist'], ws)).rejects.toThrow('Cannot read the folder "dist/locked" (EACCES')
      await expect(findFiles(['other'], ws)).rejects.toThrow('Cannot read the file "other/locked.bin" (EACCES')
    } finally {
      chmodSync(path.join(ws, 'dist', 'locked'), 0o755)
      chmodSync(path.join(ws, 'other', 'locked.bin'), 0o644)
    }
  })
})

describe('one walk, however many patterns', () => {
  /** The real file system, counting directory reads per folder. */
  function counting(): { fs: WalkFs; reads: Map<string, number> } {
    const reads = new Map<string, number>()
    return {
      reads,
      fs: {
        readdir: async (dir) => {
          reads.set(dir, (reads.get(dir) ?? 0) + 1)
          return fsp.readdir(dir)
        },
        stat: (p) => fsp.stat(p),
        lstat: (p) => fsp.lstat(p),
        realpath: (p) => fsp.realpath(p),
        open: (p, flags) => fsp.open(p, flags)
      }
    }
  }

  it('reads each folder once for 30 patterns and still names the patterns that matched nothing', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 10; i++) for (let j = 0; j < 5; j++) files[`out/m${i}/sub${j}/f${i}-${j}.txt`] = `${i}${j}`
    const ws = tree(files)
    const patterns = [
      ...Array.from({ length: 26 }, (_, i) => `out/**/f${i}-*.txt`),
      'out/m1',
      'out/**/sub4/',
      '**/*.none',
      '!**/sub0/**'
    ]
    const { fs, reads } = counting()
    const search = await findFiles(patterns, ws, { fs })
    expect(search.files).toHaveLength(10 * 4)
    expect(search.unmatchedPatterns).toEqual([
      ...Array.from({ length: 16 }, (_, i) => `out/**/f${i + 10}-*.txt`),
      '**/*.none'
    ])
    // Every folder of the tree (but those an exclude covers entirely) is read exactly once.
    expect([...reads.values()].every((n) => n === 1)).toBe(true)
    expect(reads.size).toBe(1 + 1 + 10 + 10 * 4)
  })

  it('walks separate roots once each and a root below another not at all', async () => {
    const ws = tree({ 'a/x/1.txt': '1', 'b/2.txt': '2', 'c/3.txt': '3' })
    const { fs, reads } = counting()
    const search = await findFiles(['a/**', 'a/x/*.txt', 'b/*.txt', 'b'], ws, { fs })
    expect(paths(search.files)).toEqual(['a/x/1.txt', 'b/2.txt'])
    expect([...reads.keys()].map((d) => relativePosix(ws, d)).sort()).toEqual(['a', 'a/x', 'b'])
  })
})

describe('pattern semantics of @actions/glob', () => {
  it('expands ~ to the home folder', async () => {
    const home = tree({ 'builds/app.zip': 'z' })
    const ws = tree({})
    const search = await findFiles(['~/builds/*.zip'], ws, { homedir: home })
    expect(search.files.map((f) => f.absolutePath)).toEqual([path.join(home, 'builds', 'app.zip')])
  })

  it('treats glob characters in the workspace path literally', async () => {
    const outer = tree({ 'ws[1]/dist/app.zip': 'z', 'ws1/dist/other.zip': 'o' })
    const search = await findFiles(['dist/*.zip'], path.join(outer, 'ws[1]'))
    expect(paths(search.files)).toEqual(['dist/app.zip'])
  })

  it('matches Windows paths case-insensitively, with either separator', () => {
    const set = new PatternSet(['dist/**/*.ZIP', 'docs\\', '!dist\\private'], 'C:\\a\\ws', 'C:\\Users\\me', path.win32)
    expect(set.searchRoots()).toEqual(['C:\\a\\ws\\dist', 'C:\\a\\ws\\docs'])
    expect(set.match(set.subject('C:\\a\\ws\\dist\\x64\\app.zip')) & Match.File).toBeTruthy()
    expect(set.match(set.subject('c:\\A\\WS\\Dist\\app.zip')) & Match.File).toBeTruthy()
    expect(set.match(set.subject('C:\\a\\ws\\dist\\private\\app.zip')) & Match.File).toBeFalsy()
    expect(set.match(set.subject('C:\\a\\ws\\docs')) & Match.Directory).toBeTruthy()
    expect(set.match(set.subject('C:\\a\\ws\\docs\\guide.pdf')) & Match.File).toBeTruthy()
    expect(set.excludesAllBelow(set.subject('C:\\a\\ws\\dist\\private'))).toBe(true)
  })
})

describe('duplicate names as recipients see them', () => {
  const file = (relativePath: string): LocalFile => ({
    absolutePath: `/ws/${relativePath}`,
    relativePath,
    name: path.posix.basename(relativePath),
    size: 1
  })
  it('treats NFC and NFD spellings of é, in any case, as one name', () => {
    const nfc = 'r\u00e9sum\u00e9.pdf'
    const nfd = 're\u0301sume\u0301.pdf'
    expect(nfc).not.toBe(nfd)
    expect(() => assertUniqueNames([file(`a/${nfc}`), file(`b/${nfd}`)])).toThrow(`"a/${nfc}" and "b/${nfd}"`)
    expect(() => assertUniqueNames([file(`a/${nfc}`), file(`b/${nfd.toUpperCase()}`)])).toThrow(/same name/)
  })
  it('keeps the original name for the server', async () => {
    const nfd = 're\u0301sume\u0301.pdf'
    const ws = tree({ [`dist/${nfd}`]: 'cv' })
    const { files } = await findFiles(['dist'], ws)
    expect(files.map((f) => f.name)).toEqual([nfd])
    expect(() => assertUniqueNames(files)).not.toThrow()
  })
})
