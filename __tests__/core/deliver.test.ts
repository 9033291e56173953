// The core in-process: deliver() against the emulator with a recording host and a fake clock, so
// that the lifecycle's decisions are tested without a bundle and without real waiting.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { CryptshareClient } from '../../src/cryptshare/client.js'
import { deliver, FinalizedDeliveryError } from '../../src/core/delivery.js'
import type { Clock, DeliveryEvents, DeliveryOptions } from '../../src/core/contract.js'
import { findFiles } from '../../src/core/files.js'
import { Transport } from '../../src/http/transport.js'
import { makeWorkspace, removeWorkspace } from '../e2e/harness.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
let workspace: string
let transport: Transport

/** Every call the core made to its host, in order. */
interface RecordingHost extends DeliveryEvents {
  calls: [string, ...string[]][]
  secrets: string[]
}

function recordingHost(): RecordingHost {
  const calls: [string, ...string[]][] = []
  const secrets: string[] = []
  return {
    calls,
    secrets,
    info: (m) => calls.push(['info', m]),
    warning: (m) => calls.push(['warning', m]),
    debug: (m) => calls.push(['debug', m]),
    notice: (m) => calls.push(['notice', m]),
    secret: (v) => secrets.push(v),
    sessionCreated: (id) => calls.push(['sessionCreated', id]),
    finalizeSent: (id) => calls.push(['finalizeSent', id]),
    sessionClosed: (id, how) => calls.push(['sessionClosed', id, how])
  }
}

/** A clock whose sleeps return at once and move its time on: waiting bounds cost nothing. */
function fakeClock(): Clock & { slept: number } {
  let now = Date.parse('2026-12-01T12:00:00Z')
  const clock = {
    slept: 0,
    now: () => now,
    sleep: (ms: number) => {
      now += ms
      clock.slept += ms
      return Promise.resolve()
    }
  }
  return clock
}

async function start(options: EmulatorOptions = {}): Promise<CryptshareClient> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return new CryptshareClient({
    apiBase: `${emulator.url}/api`,
    clientId: DEMO_CLIENT_ID,
    transport,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 2, sleep: () => Promise.resolve() }
  })
}

async function options(extra: Partial<DeliveryOptions> = {}): Promise<DeliveryOptions> {
  const { files } = await findFiles(['dist/**'], workspace)
  return {
    senderEmail: SENDER,
    senderName: 'CI',
    senderPhone: '',
    recipients: { to: ['customer@example.org'], cc: [], bcc: [] },
    files,
    passwordMode: 'generated',
    notifyRecipients: true,
    notifyDownloads: false,
    showFileNames: true,
    uploadConcurrency: 2,
    waitForProcessing: true,
    processingTimeoutMs: 60_000,
    dryRun: false,
    ...extra
  }
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.bin': 100_000, 'dist/notes.txt': 'notes' })
  transport = new Transport({ idleTimeoutMs: 5000, requestTimeoutMs: 10_000, userAgent: 'core-test' })
})
afterAll(() => {
  transport.dispose()
  removeWorkspace(workspace)
})
afterEach(async () => {
  await emulator?.stop()
})

describe('deliver() in-process', () => {
  it('tells the host about the session in order and hands over every secret before it is published', async () => {
    const client = await start()
    const host = recordingHost()
    const result = await deliver(client, await options(), host, undefined, fakeClock())
    expect(result.state).toBe('ACTIVE')
    const lifecycle = host.calls.filter(([kind]) => kind.startsWith('session') || kind === 'finalizeSent')
    expect(lifecycle).toEqual([
      ['sessionCreated', result.trackingId],
      ['finalizeSent', result.trackingId],
      ['sessionClosed', result.trackingId, 'finalized']
    ])
    expect(host.secrets).toContain(result.password)
    for (const { url } of result.downloadUrls) expect(host.secrets).toContain(url)
    expect(emulator.transfers()).toHaveLength(1)
    expect(emulator.specViolations()).toEqual([])
  })

  it('an unclear finalize is confirmed for the whole 30 s window without real waiting, then reported unknown', async () => {
    const client = await start({
      faults: [
        { method: 'POST', path: '/transfer-sessions/[^/]+$', dropAfterProcessing: true, times: Infinity },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: Infinity }
      ]
    })
    const host = recordingHost()
    const clock = fakeClock()
    const error = (await deliver(client, await options(), host, undefined, clock).catch(
      (e: unknown) => e
    )) as FinalizedDeliveryError
    expect(error).toBeInstanceOf(FinalizedDeliveryError)
    expect(error.message).toMatch(/did not show within 30 s whether it went through/)
    expect(error.result.trackingId).toBe(emulator.transfers()[0].trackingId)
    expect(error.result.state).toBeUndefined()
    expect(clock.slept).toBeGreaterThanOrEqual(30_000)
    expect(host.calls.some(([kind]) => kind === 'sessionClosed')).toBe(false)
    expect(emulator.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0)
  })

  it('a refused upload deletes the session and reports the step', async () => {
    const client = await start({ faults: [{ method: 'PUT', status: 403, errorCode: 3011, times: Infinity }] })
    const host = recordingHost()
    await expect(deliver(client, await options(), host, undefined, fakeClock())).rejects.toThrow(
      /upload of "dist\/\S+" failed: HTTP 403, errorCode 3011/
    )
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    expect(host.calls.filter(([kind]) => kind === 'sessionClosed').map(([, , how]) => how)).toEqual(['deleted'])
  })
})
