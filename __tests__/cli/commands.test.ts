// The CLI's commands in-process against the emulator: flags in, exit code, stderr lines, stdout
// and output files out, as a shell sees them (without a child process; signals and real exit
// codes stay in the end-to-end tests).
import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { parseCommandLine, type Command } from '../../src/cli/args.js'
import { DELIVER, REVOKE, STATUS, VERIFY } from '../../src/cli/commands.js'
import { deliverCommand, type CliContext } from '../../src/cli/deliver.js'
import { EXIT } from '../../src/cli/results.js'
import { revokeCommand, statusCommand } from '../../src/cli/status-revoke.js'
import { Terminal } from '../../src/cli/terminal.js'
import { verifyCommand } from '../../src/cli/verify.js'
import { useCoreBed } from '../core/host.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 20_000 }, () => emulator)

interface Run {
  code: number
  stderr: string
  stdout: string
  errors: string[]
}

const ENV = { CRYPTSHARE_RETRY_BASE_MS: '1', CRYPTSHARE_RETRY_MAX_MS: '2' }

/** Runs one command as `cryptshare-ci <command> <argv>` would, with a signal already received when asked. */
async function cli(command: Command, argv: string[], options: { signal?: 'SIGTERM' } = {}): Promise<Run> {
  const serverFlags = ['--server-url', emulator.url, '--client-id', DEMO_CLIENT_ID, '--sender-email', SENDER]
  const args = parseCommandLine(command, [...serverFlags, ...argv], ENV)
  let stderr = ''
  let stdout = ''
  const terminal = new Terminal(
    { write: (text: string) => (stderr += text) },
    { showSecrets: false, debug: false, env: ENV }
  )
  const controller = new AbortController()
  if (options.signal) controller.abort()
  const context: CliContext = {
    env: ENV,
    cwd: bed.workspace,
    stdout: { write: (text: string) => (stdout += text) },
    terminal,
    cancellation: {
      signal: controller.signal,
      exitCode: () => (options.signal ? EXIT[options.signal] : undefined),
      dispose: () => undefined
    }
  }
  const run =
    command === DELIVER
      ? deliverCommand
      : command === STATUS
        ? statusCommand
        : command === REVOKE
          ? revokeCommand
          : (a: typeof args, c: CliContext) =>
              verifyCommand(a, c, { available: false, ask: () => Promise.reject(new Error('no prompt')) })
  const code = await run(args, context)
  return { code, stderr, stdout, errors: stderr.split('\n').filter((line) => line.startsWith('error: ')) }
}

async function start(options: ConstructorParameters<typeof Emulator>[0] = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

async function delivered(): Promise<string> {
  const run = await cli(DELIVER, ['--recipients', CUSTOMER, '--files', 'dist/**', '--output-json', 'result.json'])
  expect(run.code).toBe(EXIT.ok)
  return emulator.transfers()[0].trackingId
}

describe('cryptshare-ci deliver', () => {
  it('delivers: the summary on stderr, secrets only in the 0600 file, none on stdout', async () => {
    await start()
    const run = await cli(DELIVER, [
      '--recipients',
      CUSTOMER,
      '--files',
      'dist/**',
      '--output-json',
      'out.json',
      '--json'
    ])
    const [transfer] = emulator.transfers()
    expect(run.code).toBe(EXIT.ok)
    expect(run.errors).toEqual([])
    expect(run.stderr).toContain(`Delivered: transfer ${transfer.trackingId} is ACTIVE`)
    const file = join(bed.workspace, 'out.json')
    const written = JSON.parse(readFileSync(file, 'utf8')) as { password: string; status: string; exitCode: number }
    expect(written).toMatchObject({ status: 'delivered', exitCode: 0, trackingId: transfer.trackingId })
    expect(written.password).toMatch(/\S{8,}/)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(run.stdout).not.toContain(written.password)
    expect(run.stderr).not.toContain(written.password)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'delivered', trackingId: transfer.trackingId })
  })

  it('a generated password with nowhere to go: exit 2 before any request', async () => {
    await start()
    const run = await cli(DELIVER, ['--recipients', CUSTOMER, '--files', 'dist/**'])
    expect(run.code).toBe(EXIT.usage)
    expect(run.errors).toEqual([expect.stringMatching(/--output-password/)])
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('cancelled by a signal before it starts: its exit code, one line, nothing sent', async () => {
    await start()
    const run = await cli(DELIVER, ['--recipients', CUSTOMER, '--files', 'dist/**', '--output-json', 'out.json'], {
      signal: 'SIGTERM'
    })
    expect(run.code).toBe(EXIT.SIGTERM)
    expect(run.errors).toEqual([expect.stringMatching(/^error: Cancelled by SIGTERM[.:]/)])
    expect(emulator.transfers()).toEqual([])
    expect(JSON.parse(readFileSync(join(bed.workspace, 'out.json'), 'utf8'))).toMatchObject({ status: 'cancelled' })
  })

  it('--summary-file: the same Markdown as the job summary, verdict first, nothing secret, never delivered itself', async () => {
    await start()
    const run = await cli(DELIVER, [
      '--recipients',
      CUSTOMER,
      '--files',
      'dist/**',
      '--output-json',
      'result.json',
      '--summary-file',
      'dist/summary.md'
    ])
    expect(run.code).toBe(EXIT.ok)
    const [transfer] = emulator.transfers()
    // The summary file is in the selection's way ("dist/**"), but is this tool's own file.
    expect(transfer.files.map((f) => f.fileName)).toEqual(['app.bin'])
    const summary = readFileSync(join(bed.workspace, 'dist/summary.md'), 'utf8')
    expect(summary.split('\n')[0]).toMatch(
      new RegExp(
        `^✅ \\*\\*Delivered\\*\\* 1 file to 1 recipient as transfer <code>${transfer.trackingId}</code>; expires in \\d+ days, on \\d+ \\w+ \\d{4}\\.$`
      )
    )
    expect(summary).toMatch(
      /^\| app\.bin \| 19\.5 KiB \(20,000 bytes\) \| <code>[0-9a-f]{64}<\/code> \| delivered \|$/m
    )
    const { password } = JSON.parse(readFileSync(join(bed.workspace, 'result.json'), 'utf8')) as {
      password: string
    }
    expect(summary).not.toContain(password)
    rmSync(join(bed.workspace, 'dist', 'summary.md'))
  })

  it('--summary-file after a failure before finalize: why, and that nothing was sent', async () => {
    await start({ faults: [{ method: 'PUT', status: 403, errorCode: 3011, times: Infinity }] })
    const run = await cli(DELIVER, [
      '--recipients',
      CUSTOMER,
      '--files',
      'dist/**',
      '--password-mode',
      'none',
      '--summary-file',
      'summary.md'
    ])
    expect(run.code).toBe(EXIT.failed)
    expect(emulator.transfers()).toEqual([])
    expect(readFileSync(join(bed.workspace, 'summary.md'), 'utf8')).toMatch(
      /^❌ \*\*Not delivered\.\*\* .*errorCode 3011.* Nothing was sent\.\n$/
    )
  })

  it("a server that refuses the settings: exit 1 with the server's errorCode, nothing sent", async () => {
    await start({ faults: [{ method: 'PATCH', status: 400, errorCode: 1004 }] })
    const run = await cli(DELIVER, ['--recipients', CUSTOMER, '--files', 'dist/**', '--output-json', 'out.json'])
    expect(run.code).toBe(EXIT.failed)
    expect(run.errors).toEqual([expect.stringMatching(/^error: transfer settings failed: HTTP 400, errorCode 1004/)])
    expect(emulator.transfers()).toEqual([])
  })
})

describe('cryptshare-ci status and revoke', () => {
  it('status: the state and the downloads, JSON on stdout', async () => {
    await start()
    const id = await delivered()
    emulator.download(id, CUSTOMER)
    const run = await cli(STATUS, ['--tracking-id', id, '--json'])
    expect(run.code).toBe(EXIT.ok)
    expect(run.stderr).toContain(`Transfer ${id} is ACTIVE`)
    expect(run.stderr).toContain('Every recipient has downloaded every file.')
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'ok', exitCode: 0, trackingId: id, allDownloaded: true })
  })

  it('status: an id that cannot be a tracking id is a usage error naming the flag', async () => {
    await start()
    const run = await cli(STATUS, ['--tracking-id', 'a/b', '--json'])
    expect(run.code).toBe(EXIT.usage)
    expect(run.errors).toEqual([expect.stringContaining('--tracking-id')])
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'failed', exitCode: 2 })
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('revoke: revoked once, as the server recorded', async () => {
    await start()
    const id = await delivered()
    const run = await cli(REVOKE, ['--tracking-id', id, '--json'])
    expect(run.code).toBe(EXIT.ok)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'revoked', state: 'DELETED_BY_REVOCATION' })
    expect(emulator.revocations()).toHaveLength(1)
  })

  it('--summary-file of revoke and of the status after it: revoked, never "every file downloaded"', async () => {
    await start()
    const id = await delivered()
    emulator.download(id, CUSTOMER)
    expect((await cli(REVOKE, ['--tracking-id', id, '--summary-file', 'revoke.md'])).code).toBe(EXIT.ok)
    expect(readFileSync(join(bed.workspace, 'revoke.md'), 'utf8')).toMatch(
      new RegExp(`^🗑️ Transfer <code>${id}</code> was revoked on \\d+ \\w+ \\d{4} \\d\\d:\\d\\d UTC: `)
    )
    const status = await cli(STATUS, ['--tracking-id', id, '--summary-file', 'status.md'])
    expect(status.code).toBe(EXIT.ok)
    expect(status.stderr).toContain('The transfer is revoked: its files are deleted and can no longer be downloaded.')
    const markdown = readFileSync(join(bed.workspace, 'status.md'), 'utf8')
    for (const text of [status.stderr, markdown]) expect(text).not.toMatch(/every recipient has downloaded/i)
    expect(markdown.split('\n')[0]).toBe(
      `🗑️ Transfer <code>${id}</code> is revoked: its files are deleted and can no longer be downloaded. Before that, 1 of 1 downloads were done.`
    )
    expect(markdown).toMatch(
      new RegExp(`^\\| ${CUSTOMER.replace(/\./g, '\\.')} \\| downloaded \\d+ \\w+ \\d{4} \\d\\d:\\d\\d UTC \\|$`, 'm')
    )
  })

  it('--summary-file that cannot be written: a usage error before anything is contacted', async () => {
    await start()
    const run = await cli(STATUS, ['--tracking-id', 'x', '--summary-file', 'no/such/folder/status.md'])
    expect(run.code).toBe(EXIT.usage)
    expect(run.errors).toEqual([
      expect.stringMatching(/--summary-file .*status\.md cannot be written: the folder .* does not exist/)
    ])
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })
})

describe('cryptshare-ci verify', () => {
  it('without a terminal: mails the code and shows the next command', async () => {
    await start({ emailVerification: true })
    const run = await cli(VERIFY, [])
    expect(run.code).toBe(EXIT.ok)
    expect(emulator.emailCodes.has(SENDER)).toBe(true)
    expect(run.stderr).toContain('--code <code>')
    expect(run.stdout).toBe('')
  })

  it('with a wrong code: exit 1, the code never printed', async () => {
    await start({ emailVerification: true })
    const run = await cli(VERIFY, ['--code', 'WRONG-CODE-123'])
    expect(run.code).toBe(EXIT.failed)
    expect(run.errors).toEqual([expect.stringMatching(/did not accept the verification code/)])
    expect(run.stderr).not.toContain('WRONG-CODE-123')
    expect(run.stdout).toBe('')
  })
})
