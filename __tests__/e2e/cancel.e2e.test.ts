// What a person meets first and how a run ends when it is stopped: no command, repeated and
// hang-up signals, a cancel after finalize, a cancelled status wait and verify prompt, through the
// CLI bundle and the status sub-action, against the emulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { CLI, errorLines, makeWorkspace, removeWorkspace, runAction, runCli, type CliOptions } from './harness.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'

let emulator: Emulator
let workspace: string
let outDir: string

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.zip': 70_000 })
  outDir = mkdtempSync(join(tmpdir(), 'cs-cancel-'))
})
afterAll(() => {
  removeWorkspace(workspace)
  rmSync(outDir, { recursive: true, force: true })
})
afterEach(async () => {
  await emulator?.stop()
})

async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return emulator
}

function cli(args: string[], more: Partial<CliOptions> = {}) {
  return runCli(args, {
    cwd: workspace,
    ...more,
    env: {
      CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID,
      CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.05',
      // A generated password needs somewhere to go (outside the workspace).
      CRYPTSHARE_OUTPUT_PASSWORD: join(outDir, 'password'),
      ...more.env
    }
  })
}

function deliverArgs(...extra: string[]): string[] {
  return ['deliver', '--server-url', emulator.url, '--sender-email', SENDER, '--recipients', CUSTOMER].concat([
    '--files',
    'dist/*',
    ...extra
  ])
}

/** Sends `signals` to the child once `ready()` holds (checked every 20 ms). */
function signalWhen(ready: () => boolean, ...signals: NodeJS.Signals[]): (child: ChildProcess) => void {
  return (child) => {
    const poll = setInterval(() => {
      if (!ready()) return
      clearInterval(poll)
      for (const signal of signals) child.kill(signal)
    }, 20)
    child.on('exit', () => clearInterval(poll))
  }
}

describe('cryptshare-ci without a command', () => {
  it('exits 2 with the help on stderr (an empty $CMD must not pass); --help stays 0', async () => {
    const none = await runCli([], { cwd: workspace })
    expect(none.code).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('deliver')
    const help = await runCli(['--help'], { cwd: workspace })
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('deliver')
  })
})

describe('signals during a delivery', () => {
  const stalledUpload: EmulatorOptions = {
    faults: [{ method: 'PUT', path: /content$/, delayMs: 30_000, times: Infinity }]
  }

  it('takes SIGINT and SIGTERM sent together (a CI agent signalling the group) as one: the session is still deleted', async () => {
    await startEmulator(stalledUpload)
    const run = await cli(deliverArgs('--json'), {
      onSpawn: signalWhen(() => emulator.requestsTo('PUT', /content$/).length > 0, 'SIGINT', 'SIGTERM')
    })
    expect([130, 143]).toContain(run.code)
    expect(run.stderr).not.toMatch(/Received \w+ again/)
    expect(run.stderr).toMatch(/Deleted the unfinished transfer session/)
    expect(emulator.liveSessions()).toHaveLength(0)
    expect(emulator.transfers()).toHaveLength(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'cancelled', exitCode: run.code })
  })

  it('on SIGHUP (a closed terminal) deletes the unfinished session, writes the result file and exits 129', async () => {
    await startEmulator(stalledUpload)
    const json = join(outDir, `hup-${Date.now()}.json`)
    const run = await cli(deliverArgs('--output-json', json), {
      onSpawn: signalWhen(() => emulator.requestsTo('PUT', /content$/).length > 0, 'SIGHUP')
    })
    expect(run.signal).toBeNull()
    expect(run.code).toBe(129)
    expect(run.stderr).toContain('Received SIGHUP')
    expect(emulator.sessions.size).toBe(1)
    expect(emulator.liveSessions()).toHaveLength(0)
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ status: 'cancelled', exitCode: 129 })
  })

  it('reports a transfer cancelled after finalize as delivered (exit 0), not failed', async () => {
    await startEmulator({
      processingPolls: 1000,
      faults: [{ method: 'GET', path: '/transfers/', delayMs: 30_000, times: Infinity }]
    })
    const run = await cli(deliverArgs('--json'), {
      onSpawn: signalWhen(() => emulator.requestsTo('GET', /\/transfers\//).length > 0, 'SIGINT')
    })
    const [transfer] = emulator.transfers()
    expect(transfer).toBeDefined()
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'delivered',
      exitCode: 0,
      trackingId: transfer.trackingId,
      state: 'PROCESSING'
    })
    expect(run.stderr).toMatch(/^warning: Cancelled after transfer .* was finalized: the files are sent/m)
    expect(run.stderr).not.toMatch(/^error:/m)
  })
})

describe('cancelling status', () => {
  async function deliveredId(): Promise<string> {
    const run = await cli(deliverArgs('--json'))
    expect(run.code).toBe(0)
    return (JSON.parse(run.stdout) as { trackingId: string }).trackingId
  }
  /**
   * The first status read is answered, later ones hang: whether the second read began, so that a
   * signal then comes during the wait.
   */
  function hangAfterFirstRead(): () => boolean {
    emulator.addFault({ method: 'GET', path: '/transfers/', skip: 1, delayMs: 30_000, times: Infinity })
    const before = emulator.requestsTo('GET', /\/transfers\//).length
    return () => emulator.requestsTo('GET', /\/transfers\//).length >= before + 2
  }

  it('the CLI exits 130 with one line and the last state read in --json', async () => {
    await startEmulator()
    const id = await deliveredId()
    const waiting = hangAfterFirstRead()
    const statusArgs = ['status', '--server-url', emulator.url, '--sender-email', SENDER, '--tracking-id', id]
    const run = await cli([...statusArgs, '--wait-for-download', '--json'], {
      onSpawn: signalWhen(waiting, 'SIGINT')
    })
    expect(run.code).toBe(130)
    expect(run.stderr).not.toMatch(/bug/)
    expect(run.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([
      expect.stringMatching(/^error: Cancelled by SIGINT[.:]/)
    ])
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'cancelled',
      exitCode: 130,
      trackingId: id,
      state: 'ACTIVE',
      allDownloaded: false
    })
  })

  it('the sub-action sets the outputs of the last state read', async () => {
    await startEmulator()
    const id = await deliveredId()
    const waiting = hangAfterFirstRead()
    const run = await runAction({
      inputs: {
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        'tracking-id': id,
        'wait-for-download': 'true'
      },
      workspace,
      subAction: 'status',
      env: { CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.05' },
      onSpawn: signalWhen(waiting, 'SIGTERM')
    })
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toEqual([expect.stringMatching(/^::error::The status step was cancelled/)])
    expect(run.outputs.state).toBe('ACTIVE')
    expect(run.outputs['all-downloaded']).toBe('false')
  })
})

describe('the verify code prompt', () => {
  it.each([
    ['Ctrl+C', '\u0003'],
    ['Ctrl+D', '\u0004']
  ])('%s is a plain cancellation: exit 130, one line', async (_label, key) => {
    await startEmulator({ emailVerification: true, clientIdSenders: ['someone-else@example.com'] })
    const command = [process.execPath, CLI, 'verify', '--server-url', emulator.url, '--sender-email', SENDER].join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: workspace,
      env: { PATH: process.env.PATH ?? '', HOME: outDir, TERM: 'dumb', CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID }
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    const poll = setInterval(() => {
      if (!output.includes('Verification code:')) return
      clearInterval(poll)
      child.stdin.write(key)
    }, 20)
    const exit = await new Promise<number | null>((resolve) => child.on('close', resolve))
    clearInterval(poll)
    expect(exit).toBe(130)
    expect(output).not.toMatch(/bug|Unexpected/)
    expect(output).toMatch(/error: Cancelled at the code prompt/)
    expect(emulator.tokensIssued).toBe(0)
  })
})

describe('a tracking id that cannot be one', () => {
  it.each(['.', '..', 'a b', 'x/y'])(
    '"%s" is refused before anything is sent, saying what one looks like',
    async (id) => {
      await startEmulator()
      const run = await cli(['status', '--server-url', emulator.url, '--sender-email', SENDER, '--tracking-id', id])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^error: --tracking-id is not a tracking id: .*looks like 20240522-065711-H8UoUSI6/m)
      expect(emulator.requests).toHaveLength(0)
    }
  )
})

describe('CLI messages', () => {
  it('name options as the CLI spells them: --expiration-days', async () => {
    await startEmulator({ policy: { maxRetentionPeriod: 14 } })
    const run = await cli(deliverArgs('--expiration-days', '30'))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: --expiration-days is 30, but the server keeps transfers at most 14 days/m)
    expect(run.stderr).not.toContain('"expiration-days"')
  })

  it('say the password rules in words, naming --password-mode', async () => {
    await startEmulator()
    const run = await cli(deliverArgs('--password-mode', 'manual'), { env: { CRYPTSHARE_PASSWORD: 'short' } })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^error: The password of --password does not meet the server's password rules: at least 10 characters.*use --password-mode generated\.$/m
    )
    expect(emulator.sessions.size).toBe(0)
  })

  it('refuse an address with a display name, asking for the bare address', async () => {
    await startEmulator()
    const run = await cli([...deliverArgs(), '--cc', 'Jane Doe <jane@example.org>'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^error: --cc has an address with a display name .*display names are not supported: give the bare address, e\.g\. jane@example\.org\.$/m
    )
    expect(emulator.requests).toHaveLength(0)
  })

  it('name --files in the warning about a pattern that matches nothing', async () => {
    await startEmulator()
    const run = await cli(deliverArgs('--files', 'missing/*.bin'))
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^warning: The pattern "missing\/\*\.bin" in --files matches no file/m)
  })

  it('speak of this machine, not of a runner', async () => {
    await startEmulator()
    await emulator.stop()
    const run = await cli(deliverArgs('--retries', '0'))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: .*ECONNREFUSED.*reachable from this machine/m)
    expect(run.stderr).not.toContain('runner')
  })
})

describe('signals in the action', () => {
  const uploading = (): boolean => emulator.requestsTo('PUT', /content$/).length > 0
  const deliverInputs = (): Record<string, string> => ({
    'server-url': emulator.url,
    'client-id': DEMO_CLIENT_ID,
    'sender-email': SENDER,
    recipients: CUSTOMER,
    files: 'dist/*'
  })

  it('SIGHUP during an upload cancels like SIGTERM: the session is deleted, the step fails as cancelled', async () => {
    await startEmulator({ faults: [{ method: 'PUT', path: /content$/, delayMs: 30_000, times: Infinity }] })
    const run = await runAction({ inputs: deliverInputs(), workspace, onSpawn: signalWhen(uploading, 'SIGHUP') })
    expect(run.signal).toBeNull()
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::warning::Received SIGHUP: cancelling the delivery.')
    expect(errorLines(run.stdout)).toEqual([expect.stringMatching(/^::error::The delivery was cancelled/)])
    expect(emulator.liveSessions()).toHaveLength(0)
    expect(emulator.transfers()).toHaveLength(0)
    expect(run.state.session).toBe('')
  })

  it('a cancel after finalize says the files are sent, and publishes the transfer', async () => {
    await startEmulator({
      processingPolls: 1000,
      faults: [{ method: 'GET', path: '/transfers/', delayMs: 30_000, times: Infinity }]
    })
    const polling = (): boolean => emulator.requestsTo('GET', /\/transfers\//).length > 0
    const run = await runAction({ inputs: deliverInputs(), workspace, onSpawn: signalWhen(polling, 'SIGTERM') })
    const [transfer] = emulator.transfers()
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toEqual([
      `::error::Cancelled after transfer ${transfer.trackingId} was finalized: the files are sent and the recipients notified as configured; it was last seen PROCESSING, and the run did not wait for it to become ACTIVE.`
    ])
    expect(run.outputs['tracking-id']).toBe(transfer.trackingId)
    expect(run.outputs.state).toBe('PROCESSING')
  })

  it('SIGINT and SIGTERM sent together are one cancellation, said once', async () => {
    await startEmulator({ faults: [{ method: 'PUT', path: /content$/, delayMs: 30_000, times: Infinity }] })
    const run = await runAction({
      inputs: deliverInputs(),
      workspace,
      onSpawn: signalWhen(uploading, 'SIGINT', 'SIGTERM')
    })
    expect(run.code).toBe(1)
    expect(run.stdout.match(/::warning::Received SIG/g)).toHaveLength(1)
    expect(emulator.liveSessions()).toHaveLength(0)
  })
})
