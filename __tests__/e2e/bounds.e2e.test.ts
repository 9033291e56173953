// Nothing hangs past its bounds: answers that trickle in (one byte at a time, so the idle timer
// never trips) are cut off by the request deadline or by processing-timeout.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, runCli, type ActionRun } from './harness.js'

let emulator: Emulator
let workspace: string

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

function run(
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
  onSpawn?: (child: ChildProcess) => void
): Promise<ActionRun> {
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
    env,
    onSpawn
  })
}

const STATUS_PATH = '/transfers/[^/]+$'

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.txt': 'hello' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('the request deadline', () => {
  it.each([
    ['body', false],
    ['status line and headers', true]
  ])(
    'a transfer-policy answer whose %s trickle in fails once the deadline passes; nothing is created',
    async (_what, trickleHeaders) => {
      await start({
        faults: [{ method: 'POST', path: '/transfer-policy$', trickleMs: 40, trickleHeaders, times: Infinity }]
      })
      const result = await run({ retries: '1' }, { CRYPTSHARE_REQUEST_TIMEOUT_SECONDS: '0.5' })
      expect(result.code).toBe(1)
      const errors = errorLines(result.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(
        'transfer policy check failed: no complete answer within 0.5 s of sending the request (request deadline; CRYPTSHARE_REQUEST_TIMEOUT_SECONDS sets it)'
      )
      expect(errors[0]).toContain('/transfer-policy')
      // Transient: retried once (retries: 1), then given up.
      expect(emulator.requestsTo('POST', '/transfer-policy$')).toHaveLength(2)
      expect(emulator.sessions.size).toBe(0)
      expect(emulator.transfers()).toHaveLength(0)
      expect(result.outputs['tracking-id'] ?? '').toBe('')
    }
  )

  it('a status answer that trickles in fails after finalize with the tracking id published', async () => {
    await start({ faults: [{ method: 'GET', path: STATUS_PATH, trickleMs: 40, times: Infinity }] })
    const result = await run({ retries: '0' }, { CRYPTSHARE_REQUEST_TIMEOUT_SECONDS: '0.5' })
    expect(result.code).toBe(1)
    const [transfer] = emulator.transfers()
    expect(transfer).toBeDefined()
    expect(transfer.finalizeCount).toBe(1)
    expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('transfer status failed: no complete answer within 0.5 s of sending the request')
    expect(errors[0]).toContain('CRYPTSHARE_REQUEST_TIMEOUT_SECONDS')
  })
})

describe('processing-timeout', () => {
  it('caps a status poll whose answer trickles in longer than the time left', async () => {
    // The request deadline (default 120 s) is far away; processing-timeout (1 s) ends the poll.
    await start({ faults: [{ method: 'GET', path: STATUS_PATH, trickleMs: 100, times: Infinity }] })
    const result = await run({ 'processing-timeout': '1' })
    expect(result.code).toBe(1)
    const [transfer] = emulator.transfers()
    expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    expect(result.outputs.state).toBe('PROCESSING')
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('still PROCESSING after 1 s (processing-timeout)')
    expect(emulator.requestsTo('GET', STATUS_PATH)).toHaveLength(1)
  })
})

describe('numbers beyond what a timer can hold', () => {
  it.each([
    ['processing-timeout', '99999999', '"processing-timeout" must be at most 2147483 (seconds'],
    ['expiration-days', '99999999', '"expiration-days" must be at most 36500 (days'],
    ['download-timeout', '2147484', '"download-timeout" must be at most 2147483 (seconds']
  ])('%s: %s is refused before any request, naming the bound', async (input, value, message) => {
    await start()
    const result =
      input === 'download-timeout'
        ? await runAction({
            inputs: {
              'server-url': emulator.url,
              'client-id': DEMO_CLIENT_ID,
              'sender-email': 'release-bot@example.com',
              'tracking-id': '20260101-120000-abcd1234',
              'wait-for-download': 'true',
              [input]: value
            },
            workspace,
            subAction: 'status'
          })
        : await run({ [input]: value })
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toEqual([expect.stringContaining(message)])
    expect(emulator.requestsTo(undefined, '.')).toHaveLength(0)
  })

  it('the CLI exits 2 for such a number, with no request sent', async () => {
    await start()
    const result = await runCli(
      [
        'deliver',
        '--server-url',
        emulator.url,
        '--sender-email',
        'release-bot@example.com',
        '--recipients',
        'customer@example.org',
        '--files',
        'dist/**',
        '--processing-timeout',
        '2147484'
      ],
      { cwd: workspace, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } }
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--processing-timeout must be at most 2147483 (seconds')
    expect(emulator.requestsTo(undefined, '.')).toHaveLength(0)
  })

  it('a request deadline beyond the longest timer counts as the longest: the delivery succeeds', async () => {
    await start()
    const result = await run({}, { CRYPTSHARE_REQUEST_TIMEOUT_SECONDS: '99999999', CRYPTSHARE_TIMEOUT_SECONDS: '1e9' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.outputs.state).toBe('ACTIVE')
    expect(emulator.transfers()).toHaveLength(1)
  })
})

describe('retries: 0', () => {
  it('makes one attempt and no retry', async () => {
    await start({ faults: [{ method: 'POST', path: '/transfer-policy$', status: 503, times: Infinity }] })
    const result = await run({ retries: '0' })
    expect(result.code).toBe(1)
    expect(emulator.requestsTo('POST', '/transfer-policy$')).toHaveLength(1)
    expect(result.stdout).not.toMatch(/attempt \d+ of/)
    expect(errorLines(result.stdout)[0]).toContain('HTTP 503')
  })
})

describe('cancellation wording', () => {
  it('a failure that is not the cancellation is not called a cancellation', async () => {
    // The settings are refused; while the clean-up DELETE is slow (and then fails), SIGTERM arrives.
    await start({
      faults: [
        { method: 'PATCH', status: 400, errorCode: 1004 },
        { method: 'DELETE', delayMs: 1500 },
        { method: 'DELETE', status: 500, times: Infinity }
      ]
    })
    const result = await run({ retries: '0' }, {}, (child) => {
      const timer = setInterval(() => {
        if (emulator.requestsTo('DELETE', '/transfer-sessions/').length) {
          clearInterval(timer)
          child.kill('SIGTERM')
        }
      }, 20)
      child.on('close', () => clearInterval(timer))
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Received SIGTERM')
    expect(result.stdout).toContain('Could not delete the unfinished transfer session')
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('transfer settings failed: HTTP 400')
    expect(errors[0]).not.toContain('cancelled')
  })
})

describe('long values', () => {
  it('a very long server URL is shortened in retry warnings and in the error', async () => {
    await start()
    const port = new URL(emulator.url).port
    await emulator.stop()
    const longPath = 'p'.repeat(5000)
    const result = await runAction({
      inputs: {
        'server-url': `http://127.0.0.1:${port}/${longPath}`,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': 'release-bot@example.com',
        recipients: 'customer@example.org',
        files: 'dist/**',
        retries: '1'
      },
      workspace
    })
    expect(result.code).toBe(1)
    const warnings = result.stdout.split('\n').filter((l) => /retry 1\/1 in /.test(l))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^::warning::retry 1\/1 in \d+(\.\d)? s: connection refused$/)
    const [error] = errorLines(result.stdout)
    expect(error).toContain('ECONNREFUSED')
    expect(error).not.toContain(longPath)
    expect(error.length).toBeLessThan(800)
  })
})
