// A file changed between hashing and upload: the upload is checked by the file's stamp (inode,
// size, times) rather than by hashing the sent bytes again, so a change must still be caught and
// named whether or not the server checks the checksum itself, and a file only touched still goes.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { deliver } from '../../src/core/lifecycle/index.js'
import { clientOf, deliveryOptions, fakeClock, recordingHost, useCoreBed } from './host.js'

const SENDER = 'release-bot@example.com'
const ORIGINAL = 'a'.repeat(50_000)
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': ORIGINAL }, () => emulator)
const appBin = (): string => join(bed.workspace, 'dist/app.bin')

beforeEach(() => {
  writeFileSync(appBin(), ORIGINAL)
  // Modified long ago: the stamp alone decides (no second hash of the bytes sent).
  const old = new Date(Date.now() - 3_600_000)
  utimesSync(appBin(), old, old)
})

/** Runs a delivery whose registration is held 400 ms, doing `meanwhile` once the file was registered. */
async function deliverChangingFile(meanwhile: () => void, options: EmulatorOptions = {}) {
  emulator = new Emulator({ faults: [{ method: 'POST', path: '/files$', delayMs: 400 }], ...options })
  await emulator.start()
  const watch = setInterval(() => {
    if (emulator.requests.some((r) => r.method === 'POST' && r.path.endsWith('/files'))) {
      clearInterval(watch)
      meanwhile()
    }
  }, 5)
  try {
    const options = await deliveryOptions(bed.workspace, SENDER, { passwordMode: 'none' })
    return await deliver(clientOf(emulator, bed.transport), options, recordingHost(), undefined, fakeClock())
  } finally {
    clearInterval(watch)
  }
}

describe('a file changed between hashing and upload', () => {
  for (const checksumCheck of ['upload', 'finalization'] as const)
    it(`same size, other bytes: named, the session deleted, nothing finalized (server checks at ${checksumCheck})`, async () => {
      const error = await deliverChangingFile(() => writeFileSync(appBin(), 'b'.repeat(ORIGINAL.length)), {
        checksumCheck
      }).catch((e: unknown) => e as Error)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(/"dist\/app\.bin" changed content between hashing and upload/)
      expect(emulator.transfers()).toHaveLength(0)
      expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    })

  it('deleted: named before any byte is sent, the session deleted, nothing finalized', async () => {
    const error = await deliverChangingFile(() => rmSync(appBin())).catch((e: unknown) => e as Error)
    expect((error as Error).message).toMatch(
      /"dist\/app\.bin" was deleted or became unreadable between hashing and upload/
    )
    expect(emulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(0)
    expect(emulator.transfers()).toHaveLength(0)
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
  })

  it('touched but unchanged: read again, found equal, delivered', async () => {
    const result = await deliverChangingFile(() => utimesSync(appBin(), new Date(), new Date()))
    expect(result.state).toBe('ACTIVE')
    expect(emulator.transfers()).toHaveLength(1)
    const [file] = result.files
    expect(file.size).toBe(ORIGINAL.length)
  })
})
