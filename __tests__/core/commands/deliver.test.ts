// runDelivery in-process against the emulator: what each outcome says, and that it matches what
// the server recorded (never "not sent" for a transfer that exists, nothing created on bad input).
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../../emulator/server.js'
import { runDelivery } from '../../../src/core/commands/deliver.js'
import { readDeliverySettings } from '../../../src/core/options.js'
import { useCoreBed } from '../host.js'
import { commandHost, options, type CommandHost } from './commands-host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 50_000, 'dist/notes.txt': 'release notes' }, () => emulator)

async function start(extra: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...extra })
  await emulator.start()
}

function settings(values: Record<string, string> = {}): ReturnType<typeof readDeliverySettings> {
  return readDeliverySettings(
    options({
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': SENDER,
      recipients: 'customer@example.org',
      files: 'dist/**',
      retries: '0',
      ...values
    }),
    { senderName: 'Test', workspace: bed.workspace }
  )
}

function deliver(values: Record<string, string> = {}, host: CommandHost = commandHost()) {
  return runDelivery({ settings: settings(values), ownFiles: [], rerun: false, frontEnd: 'cli' }, host)
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('runDelivery', () => {
  it('delivers: the outcome, the bytes on the server, the password masked, the session tracked', async () => {
    await start()
    const host = commandHost()
    const outcome = await deliver({}, host)
    expect(outcome).toMatchObject({ status: 'delivered', failed: false, usage: false, cancelled: false })
    expect(outcome.message).toMatch(/is ACTIVE/)
    const [transfer] = emulator.transfers()
    expect(emulator.transfers()).toHaveLength(1)
    expect(outcome.result?.trackingId).toBe(transfer.trackingId)
    const local = ['app.bin', 'notes.txt'].map((name) => [name, sha256(join(bed.workspace, 'dist', name))])
    expect(transfer.files.map((f) => [f.fileName, f.receivedSha256]).sort()).toEqual(local)
    expect(outcome.result?.files.map((f) => [f.name, f.sha256]).sort()).toEqual(local)
    expect(host.secrets).toContain(outcome.result?.password)
    expect(host.of('sessionCreated')).toEqual([transfer.trackingId])
    expect(host.of('sessionClosed')).toEqual([`${transfer.trackingId} finalized`])
    for (const request of emulator.requestsTo(undefined, /\/api\//))
      expect(request.headers['user-agent']).toBe('command-test/1')
  })

  it('no file matches, "if-no-files-found: warn": nothing sent, no request, one warning', async () => {
    await start()
    const host = commandHost()
    const outcome = await deliver({ files: 'missing/**', 'if-no-files-found': 'warn' }, host)
    expect(outcome).toMatchObject({ status: 'nothing-sent', failed: false })
    expect(host.of('warning').join('\n')).toMatch(/No files match "missing\/\*\*"/)
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('no file matches by default: a usage failure naming the option, nothing contacted', async () => {
    await start()
    const outcome = await deliver({ files: 'missing/**' })
    expect(outcome).toMatchObject({ status: 'failed', failed: true, usage: true })
    expect(outcome.message).toMatch(/Check the "files" patterns/)
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('cancelled before it starts: cancelled by the cancel itself, no transfer, no open session', async () => {
    await start()
    const host = commandHost()
    host.cancel()
    const outcome = await deliver({}, host)
    expect(outcome).toMatchObject({ status: 'cancelled', failed: true, cancelled: true, byCancel: true })
    expect(emulator.transfers()).toEqual([])
    expect(emulator.liveSessions()).toEqual([])
  })

  it('a transfer that FAILED on the server: failed, with what is known of it', async () => {
    await start({ outcome: 'FAILED' })
    const outcome = await deliver()
    expect(outcome).toMatchObject({ status: 'failed', failed: true, usage: false })
    expect(outcome.message).toMatch(/FAILED: the server could not process any file/)
    expect(outcome.result?.trackingId).toBe(emulator.transfers()[0].trackingId)
  })

  it('finalized but its state never read: never "not sent", the transfer is published', async () => {
    await start({ faults: [{ method: 'GET', path: '/transfers/', status: 500, times: Infinity }] })
    const outcome = await deliver()
    const [transfer] = emulator.transfers()
    expect(emulator.transfers()).toHaveLength(1)
    expect(outcome.failed).toBe(true)
    expect(['delivered', 'uncertain']).toContain(outcome.status)
    expect(outcome.result?.trackingId).toBe(transfer.trackingId)
    expect(outcome.message).toContain(transfer.trackingId)
  })

  it("a refused request: one line with the server's errorCode, the unfinished session deleted", async () => {
    await start({ faults: [{ method: 'PATCH', status: 400, errorCode: 1004 }] })
    const host = commandHost()
    const outcome = await deliver({}, host)
    expect(outcome).toMatchObject({ status: 'failed', failed: true, usage: false, cancelled: false })
    expect(outcome.message).toMatch(/^transfer settings failed: HTTP 400, errorCode 1004/)
    expect(outcome.message).not.toContain('\n')
    expect(emulator.transfers()).toEqual([])
    expect(emulator.liveSessions()).toEqual([])
    expect(host.of('sessionClosed')).toEqual([expect.stringMatching(/ deleted$/)])
  })
})
