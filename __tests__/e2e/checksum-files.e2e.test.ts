// Checksum files of what was delivered, through the bundles against the emulator: they verify
// with `sha256sum -c` / `sha512sum -c` against the bytes the server received, the copies added
// to the transfer are the same bytes, and a name clash or a size over the limit stops the
// delivery before anything is created.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { runAction, runCli } from './harness.js'
import { perTest } from './per-test.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'
const bed = perTest()
let emulator: Emulator

async function startEmulator(options: EmulatorOptions = {}): Promise<void> {
  emulator = await bed.start(options)
}

const temp = (): string => bed.temp()

function workspace(files: Record<string, string | number>): string {
  return bed.workspace(files)
}

/** The bytes the emulator received, each under the name the recipients see, in a folder of their own. */
function receivedFolder(): string {
  const dir = temp()
  for (const file of emulator.transfers()[0].files.filter((f) => !f.deleted))
    copyFileSync(file.storedPath!, join(dir, file.fileName))
  return dir
}

/** Runs `sha256sum -c` / `sha512sum -c` as a recipient would. */
function check(tool: 'sha256sum' | 'sha512sum', sums: string, cwd: string): string {
  return execFileSync(tool, ['--check', '--strict', sums], { cwd, encoding: 'utf8' })
}

function cli(ws: string, ...extra: string[]) {
  return runCli(
    [
      'deliver',
      '--server-url',
      emulator.url,
      '--sender-email',
      SENDER,
      '--recipients',
      CUSTOMER,
      '--files',
      'dist/**',
      '--password-mode',
      'none',
      ...extra
    ],
    { cwd: ws, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } }
  )
}

describe('checksum files through the CLI', () => {
  it('SHA256SUMS and SHA512SUMS verify against the received bytes, here and inside the transfer', async () => {
    await startEmulator()
    const ws = workspace({ 'dist/app.zip': 300_000, 'dist/notes v1 ü.txt': 'spaces and umlaut', 'dist/empty.sig': '' })
    const out = temp()
    const run = await cli(ws, '--checksums', 'sha256,sha512', '--include-checksums', 'true', '--output-checksums', out)
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'SHA512SUMS'])
    const received = receivedFolder()
    expect(readdirSync(received).sort()).toEqual(['SHA256SUMS', 'SHA512SUMS', 'app.zip', 'empty.sig', 'notes v1 ü.txt'])
    // The copies in the transfer are the files written here, byte for byte.
    for (const name of ['SHA256SUMS', 'SHA512SUMS'])
      expect(readFileSync(join(received, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'))
    const lines = (text: string) => text.trim().split('\n').sort()
    expect(lines(check('sha256sum', join(out, 'SHA256SUMS'), received))).toEqual(
      ['app.zip: OK', 'empty.sig: OK', 'notes v1 ü.txt: OK'].sort()
    )
    expect(lines(check('sha512sum', 'SHA512SUMS', received))).toEqual(lines(check('sha256sum', 'SHA256SUMS', received)))
    expect(run.stderr).toContain(`Checksum files: ${join(out, 'SHA256SUMS')}, ${join(out, 'SHA512SUMS')}.`)
  })

  it("the digest list in the confidential message, after the sender's text; skipped with a warning where the policy forbids one", async () => {
    await startEmulator()
    const ws = workspace({ 'dist/app.zip': 5000 })
    const run = await cli(ws, '--checksums-in-message', 'true', '--confidential-message', 'Licence key 1234')
    expect(run.code).toBe(0)
    const [transfer] = emulator.transfers()
    const message = transfer.files.find((f) => f.fileName === 'confidential-message.txt')!
    const app = transfer.files.find((f) => f.fileName === 'app.zip')!
    expect(readFileSync(message.storedPath!, 'utf8')).toBe(
      `Licence key 1234\n\nSHA256SUMS:\n${app.receivedSha256}  app.zip\n`
    )

    await emulator.stop()
    await startEmulator({ policy: { confidentialMessageAllowed: false } })
    const refused = await cli(ws, '--checksums-in-message', 'true')
    expect(refused.code).toBe(0)
    expect(refused.stderr).toMatch(
      /^warning: The server's policy does not allow a confidential message .*the digest list is not added/m
    )
    expect(emulator.transfers()[0].files.map((f) => f.fileName)).toEqual(['app.zip'])
  })

  it('a delivered file named like an added checksum file: exit 2, nothing contacted', async () => {
    await startEmulator()
    const ws = workspace({ 'dist/app.zip': 'zip', 'dist/sha256sums': 'mine' })
    const run = await cli(ws, '--include-checksums', 'true')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^error: "dist\/sha256sums" has the name of the checksum file SHA256SUMS that --include-checksums adds/m
    )
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it("the added checksum files count against the server's size limit: refused before a session exists", async () => {
    await startEmulator({ policy: { maxTotalSize: 1000 } })
    const ws = workspace({ 'dist/app.bin': 950 })
    expect((await cli(ws, '--dry-run', 'true')).code).toBe(0)
    const run = await cli(ws, '--include-checksums', 'true')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /The files total .*\(1024 bytes, of which 74 bytes of checksum lists this tool adds\), above/
    )
    expect(emulator.transfers()).toEqual([])
    expect(emulator.liveSessions()).toEqual([])
  })
})

describe('checksum files through the action', () => {
  it('writes them outside the workspace, names the folder in checksums-path, and lists sha512 in files', async () => {
    await startEmulator()
    const ws = workspace({ 'dist/app.zip': 70_000, 'dist/readme.txt': 'read me' })
    const result = await runAction({
      workspace: ws,
      env: { RUNNER_TEMP: temp() },
      inputs: {
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        recipients: CUSTOMER,
        files: 'dist/**',
        'password-mode': 'none',
        checksums: 'sha512, sha256'
      }
    })
    expect(result.code).toBe(0)
    const folder = result.outputs['checksums-path']
    expect(folder).not.toBe('')
    expect(folder.startsWith(ws)).toBe(false)
    expect(readdirSync(folder).sort()).toEqual(['SHA256SUMS', 'SHA512SUMS'])
    const received = receivedFolder()
    expect(check('sha256sum', join(folder, 'SHA256SUMS'), received)).toBe('app.zip: OK\nreadme.txt: OK\n')
    expect(check('sha512sum', join(folder, 'SHA512SUMS'), received)).toBe('app.zip: OK\nreadme.txt: OK\n')
    const files = JSON.parse(result.outputs.files) as { name: string; sha512?: string }[]
    expect(files.every((f) => /^[0-9a-f]{128}$/.test(f.sha512 ?? ''))).toBe(true)
    // Not added to the transfer unless asked.
    expect(
      emulator
        .transfers()[0]
        .files.map((f) => f.fileName)
        .sort()
    ).toEqual(['app.zip', 'readme.txt'])
  })

  it('checksums: none writes nothing; a dry run writes nothing', async () => {
    await startEmulator()
    const ws = workspace({ 'dist/app.zip': 'zip' })
    const base = {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': SENDER,
      recipients: CUSTOMER,
      files: 'dist/**',
      'password-mode': 'none'
    }
    for (const inputs of [
      { ...base, checksums: 'none' },
      { ...base, 'dry-run': 'true' }
    ]) {
      const result = await runAction({ workspace: ws, inputs })
      expect(result.code).toBe(0)
      expect(result.outputs['checksums-path']).toBe('')
    }
  })
})
