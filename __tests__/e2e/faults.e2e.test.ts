import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun } from './harness.js'

let emulator: Emulator
let workspace: string
const MiB = 1024 * 1024

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

function run(extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': 'release-bot@example.com',
      recipients: 'customer@example.org',
      files: 'dist/**',
      ...extra
    },
    workspace,
    env
  })
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/** One transfer, finalized once, every file byte-identical, no session left open. */
function deliveredIntact(result: ActionRun): void {
  expect(errorLines(result.stdout)).toEqual([])
  expect(result.code).toBe(0)
  expect(emulator.transfers()).toHaveLength(1)
  expect(emulator.liveSessions()).toHaveLength(0)
  const [transfer] = emulator.transfers()
  expect(transfer.finalizeCount).toBe(1)
  for (const name of ['big.bin', 'small.txt']) {
    const file = transfer.files.find((f) => f.fileName === name && !f.deleted)
    expect(file?.storedPath && sha(file.storedPath)).toBe(sha(join(workspace, 'dist', name)))
  }
}

function retryWarnings(result: ActionRun): string[] {
  return result.stdout
    .split('\n')
    .filter((l) => l.startsWith('::warning::') && /^::warning::(retry \d+\/\d+ in |rate limited )/.test(l))
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/big.bin': 3 * MiB + 123, 'dist/small.txt': 'hello' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('transient faults are retried without sending twice', () => {
  it('429 with Retry-After on the token request waits as asked and retries, not counted against retries', async () => {
    await start({
      faults: [{ method: 'POST', path: '/verification/token$', status: 429, retryAfter: '1', times: 2 }]
    })
    const result = await run({ retries: '1' })
    deliveredIntact(result)
    expect(emulator.tokensIssued).toBe(1)
    expect(retryWarnings(result)).toEqual([
      '::warning::rate limited (HTTP 429): waiting 1 s as the server asks (Retry-After)',
      '::warning::rate limited (HTTP 429): waiting 1 s as the server asks (Retry-After)'
    ])
  })

  it('a Retry-After over 120 s fails at once, naming the wait', async () => {
    await start({ faults: [{ method: 'POST', path: '/verification/token$', status: 429, retryAfter: '300' }] })
    const result = await run()
    expect(result.code).toBe(1)
    expect(retryWarnings(result)).toEqual([])
    expect(emulator.requests.filter((r) => r.path.endsWith('/verification/token'))).toHaveLength(1)
    expect(result.stdout).toContain('the server asks to wait 300 s (Retry-After); try again later')
  })

  it('503 on the first upload replays the upload; the retry line is short, the request only in debug', async () => {
    await start({ faults: [{ method: 'PUT', status: 503 }] })
    const result = await run()
    deliveredIntact(result)
    expect(retryWarnings(result)).toHaveLength(1)
    expect(retryWarnings(result)[0]).toMatch(/^::warning::retry 1\/5 in \d+(\.\d)? s: HTTP 503$/)
    expect(result.stdout).toMatch(/::debug::retried request: PUT http:\/\/\S+\/content failed: HTTP 503/)
  })

  it('a connection reset after 1 MiB of an upload body replays it from byte 0', async () => {
    await start({ faults: [{ method: 'PUT', path: '/content$', resetAfterBytes: MiB }] })
    const result = await run({ 'upload-concurrency': '1' })
    deliveredIntact(result)
    const big = emulator.transfers()[0].files.find((f) => f.fileName === 'big.bin')
    expect(big?.uploads).toBe(1)
    expect(retryWarnings(result).length).toBeGreaterThanOrEqual(1)
  })

  it('a stalled upload times out and is retried', async () => {
    await start({ faults: [{ method: 'PUT', stallMs: 20_000 }] })
    const result = await run({}, { CRYPTSHARE_TIMEOUT_SECONDS: '1' })
    deliveredIntact(result)
    const warnings = retryWarnings(result)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^::warning::retry 1\/5 in [\d.]+ s: no data moved for 1 s$/)
  })

  it('a 500 on finalize after the server finalized: no second finalize, one transfer', async () => {
    await start({ faults: [{ method: 'POST', path: '/transfer-sessions/[^/]+$', afterProcessing: 500 }] })
    const result = await run()
    deliveredIntact(result)
    expect(
      emulator.requests.filter((r) => r.method === 'POST' && /\/transfer-sessions\/[^/]+$/.test(r.path))
    ).toHaveLength(1)
  })

  it('a 500 on finalize before the server finalized: finalized on retry, one transfer', async () => {
    await start({ faults: [{ method: 'POST', path: '/transfer-sessions/[^/]+$', status: 500 }] })
    const result = await run()
    deliveredIntact(result)
    expect(
      emulator.requests.filter((r) => r.method === 'POST' && /\/transfer-sessions\/[^/]+$/.test(r.path))
    ).toHaveLength(2)
  })

  it('status polling that fails transiently keeps polling', async () => {
    await start({ processingPolls: 2, faults: [{ method: 'GET', path: '/transfers/', status: 502, times: 2 }] })
    const result = await run()
    deliveredIntact(result)
    expect(result.outputs.state).toBe('ACTIVE')
  })
})

describe('permanent faults fail fast and clean up', () => {
  it('a permanent 403 at file registration deletes the session without retrying', async () => {
    await start({ faults: [{ method: 'POST', path: '/files$', status: 403, errorCode: 3011, times: Infinity }] })
    const result = await run()
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toMatch(/registration of .*403.*3011/)
    expect(retryWarnings(result)).toHaveLength(0)
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
  })

  it('a session create whose answer was lost says so, and nothing reaches the recipients', async () => {
    await start({ faults: [{ method: 'POST', path: '/transfer-sessions$', afterProcessing: 500 }] })
    const result = await run()
    expect(result.code).toBe(1)
    const [error] = errorLines(result.stdout)
    expect(error).toContain('transfer session creation failed: HTTP 500')
    expect(error).toContain('may have created a session before the answer was lost')
    expect(emulator.transfers()).toHaveLength(0)
    expect(emulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(0)
  })

  it('a server that never answers fails within the timeouts and retries', async () => {
    await start({ faults: [{ stallMs: 60_000, times: Infinity }] })
    const started = Date.now()
    const result = await run({ retries: '2' }, { CRYPTSHARE_TIMEOUT_SECONDS: '1' })
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toMatch(/idle or stalled.*reachable from this machine/)
    expect(retryWarnings(result)).toHaveLength(2)
    expect(emulator.sessions.size).toBe(0)
  })
})

describe('soak', () => {
  it('20 deliveries against a server failing 10% of requests all succeed intact', async () => {
    await start({ randomFailureRate: 0.1, randomSeed: 7 })
    for (let i = 0; i < 20; i++) {
      const result = await run({ retries: '8' })
      expect(errorLines(result.stdout)).toEqual([])
      expect(result.code).toBe(0)
    }
    const transfers = emulator.transfers()
    expect(transfers).toHaveLength(20)
    expect(emulator.liveSessions()).toHaveLength(0)
    for (const transfer of transfers) {
      expect(transfer.finalizeCount).toBe(1)
      const big = transfer.files.find((f) => f.fileName === 'big.bin' && !f.deleted)
      expect(big?.receivedSha256).toBe(sha(join(workspace, 'dist', 'big.bin')))
    }
    expect(emulator.requests.filter((r) => r.status >= 500 || r.status === 429).length).toBeGreaterThan(10)
  }, 120_000)
})
