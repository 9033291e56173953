// Checksums in the session's fileChecksumAlgorithm (item 13) and the server checking them at
// upload or after finalization (item 14).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun } from './harness.js'

let emulator: Emulator
let workspace: string

async function start(options: EmulatorOptions): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': 'release-bot@example.com',
      recipients: 'customer@example.org',
      files: 'dist/**',
      ...inputs
    },
    workspace
  })
}

const digest = (algorithm: string, name: string): string =>
  createHash(algorithm)
    .update(readFileSync(join(workspace, 'dist', name)))
    .digest('hex')

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.bin': 300_000, 'dist/notes.txt': 'release notes' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe("checksums in the session's fileChecksumAlgorithm", () => {
  it.each([
    ['SHA256', 'sha256'],
    ['SHA-256', 'sha256'],
    ['SHA-512', 'sha512'],
    ['SHA512', 'sha512'],
    ['SHA-1', 'sha1'],
    ['MD5', 'md5']
  ])('%s: every file registered with its %s digest; the files output keeps SHA-256', async (named, algorithm) => {
    await start({ fileChecksumAlgorithm: named })
    const result = await run({ 'confidential-message': 'the key is in the safe' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    const [transfer] = emulator.transfers()
    for (const name of ['app.bin', 'notes.txt']) {
      expect(transfer.files.find((f) => f.fileName === name)?.checksum).toBe(digest(algorithm, name))
    }
    const message = transfer.files.find((f) => f.fileName === 'confidential-message.txt')
    expect(message?.checksum).toBe(createHash(algorithm).update('the key is in the safe').digest('hex'))
    const files = JSON.parse(result.outputs.files) as { name: string; sha256: string }[]
    expect(files.map((f) => f.sha256)).toEqual([digest('sha256', 'app.bin'), digest('sha256', 'notes.txt')])
  })

  it('an algorithm the action does not know: registered without a checksum, with a warning', async () => {
    await start({ fileChecksumAlgorithm: 'CRC32' })
    const result = await run()
    expect(result.code).toBe(0)
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/checksum algorithm "CRC32", which the action does not know: .*without a checksum/)
    expect(emulator.transfers()[0].files.every((f) => f.checksum === undefined)).toBe(true)
  })
})
