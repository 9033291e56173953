import { afterEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { errorLines, escapeCommandValue, makeWorkspace, removeWorkspace, runAction } from './harness.js'

let emulator: Emulator | undefined
const cleanup: string[] = []
afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
  for (const dir of cleanup.splice(0)) removeWorkspace(dir)
})

function workspaceWith(files: Record<string, string>): string {
  const ws = makeWorkspace(files)
  cleanup.push(ws)
  return ws
}

async function deliver(workspace: string, extra: Record<string, string> = {}) {
  emulator = new Emulator({ processingPolls: 1 })
  await emulator.start()
  return runAction({
    workspace,
    inputs: {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': 'release-bot@example.com',
      recipients: 'customer@example.org',
      files: 'dist',
      ...extra
    }
  })
}

const delivered = (): string[] =>
  (emulator?.transfers()[0]?.files ?? [])
    .filter((f) => !f.deleted)
    .map((f) => f.fileName)
    .sort()
const warnings = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::warning::'))

describe('hidden files', () => {
  const files = { 'dist/app.zip': 'zip', 'dist/.env': 'TOKEN=x', 'dist/.cache/blob.bin': 'blob' }

  it('are left out by default, and the log says so', async () => {
    const result = await deliver(workspaceWith(files))
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(delivered()).toEqual(['app.zip'])
    expect(JSON.parse(result.outputs.files)).toHaveLength(1)
    expect(result.stdout).toContain(
      '2 hidden file(s) or folder(s) matched but are left out ("dist/.cache", "dist/.env"); set "include-hidden-files: true" to deliver them.'
    )
  })

  it('are delivered with include-hidden-files: true', async () => {
    const result = await deliver(workspaceWith(files), { 'include-hidden-files': 'true' })
    expect(result.code).toBe(0)
    expect(delivered()).toEqual(['.env', 'app.zip', 'blob.bin'])
  })

  it('that are all there is make "no files match" name them', async () => {
    const result = await deliver(workspaceWith({ 'dist/.env': 'x' }))
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toContain(
      '1 hidden file(s) or folder(s) matched but are left out ("dist/.env")'
    )
    expect(emulator?.requests).toEqual([])
  })
})

describe('links and file system trouble', () => {
  it('warns about a file outside the workspace, a directory cycle and a broken link, and delivers the rest', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cs-outside-'))
    cleanup.push(outside)
    writeFileSync(join(outside, 'from-bazel.zip'), 'bazel output')
    const ws = workspaceWith({ 'dist/app.zip': 'zip' })
    symlinkSync(join(outside, 'from-bazel.zip'), join(ws, 'dist', 'linked.zip'))
    symlinkSync(join(ws, 'dist'), join(ws, 'dist', 'loop'))
    symlinkSync(join(ws, 'dist', 'gone.zip'), join(ws, 'dist', 'broken.zip'))

    const result = await deliver(ws)
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(delivered()).toEqual(['app.zip', 'linked.zip'])
    expect(warnings(result.stdout)).toEqual([
      '::warning::Skipped "dist/broken.zip": it is a broken symbolic link.',
      '::warning::Skipped "dist/loop": it links back to the folder "dist" above it (a directory cycle).',
      escapeCommandValue(
        `::warning::"dist/linked.zip" lies outside the workspace: it is ${realpathSync(join(outside, 'from-bazel.zip'))}. It is delivered; exclude it with a "!" pattern if that was not meant.`
      )
    ])
  })

  it('stops before anything is created at a link that leads to itself (ELOOP)', async () => {
    const ws = workspaceWith({ 'dist/app.zip': 'zip' })
    symlinkSync(join(ws, 'dist', 'self'), join(ws, 'dist', 'self'))
    const result = await deliver(ws)
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toEqual([
      '::error::Cannot read the path "dist/self" (ELOOP: too many levels of symbolic links: a link that leads back to itself). Fix or remove the link, or exclude it with a "!" pattern in "files".'
    ])
    expect(emulator?.requests).toEqual([])
  })

  const asRoot = process.getuid?.() === 0
  it(`stops before anything is created at an unreadable file${asRoot ? ' (skipped: running as root, which ignores permissions)' : ''}`, async () => {
    if (asRoot) return
    const ws = workspaceWith({ 'dist/app.zip': 'zip', 'dist/locked.bin': 'locked' })
    chmodSync(join(ws, 'dist', 'locked.bin'), 0o000)
    const result = await deliver(ws)
    chmodSync(join(ws, 'dist', 'locked.bin'), 0o644)
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toContain('Cannot read the file "dist/locked.bin" (EACCES')
    expect(emulator?.requests).toEqual([])
  })
})

describe('duplicate names as recipients see them', () => {
  it('refuses NFC and NFD spellings of one name before anything is created', async () => {
    const ws = workspaceWith({ 'dist/a/r\u00e9sum\u00e9.pdf': 'nfc', 'dist/b/RE\u0301SUME\u0301.pdf': 'nfd' })
    const result = await deliver(ws)
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toMatch(/^::error::Two files would be delivered under the same name/)
    expect(emulator?.requests).toEqual([])
  })
})
