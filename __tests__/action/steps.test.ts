// The action's steps in-process against the emulator, as the runner calls them: inputs from
// INPUT_* variables, outputs and state in the runner's files, the step's result as the exit code
// and `::error::` lines. (The bundles themselves, signals and Node 24 stay in the end-to-end tests.)
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { run as mainStep } from '../../src/action/main.js'
import { run as postStep } from '../../src/action/post.js'
import { runRevoke, runStatus } from '../../src/action/sub-actions.js'
import { useCoreBed } from '../core/host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 30_000 }, () => emulator)

let runner: string
let stdout: string[]
const saved = { ...process.env }

beforeEach(() => {
  runner = mkdtempSync(join(tmpdir(), 'cs-action-'))
  for (const name of ['output', 'state', 'summary']) writeFileSync(join(runner, name), '')
  process.env = {
    ...saved,
    GITHUB_WORKSPACE: bed.workspace,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STATE: join(runner, 'state'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    RUNNER_TEMP: runner,
    CRYPTSHARE_RETRY_BASE_MS: '1',
    CRYPTSHARE_RETRY_MAX_MS: '2'
  }
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = 0
  rmSync(runner, { recursive: true, force: true })
})

function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value
}

/** The outputs the step wrote to GITHUB_OUTPUT (heredoc format). */
function outputs(): Record<string, string> {
  const text = readFileSync(join(runner, 'output'), 'utf8')
  return Object.fromEntries([...text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]))
}

const errors = (): string[] =>
  stdout
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::error::'))

const jobSummary = (): string => readFileSync(join(runner, 'summary'), 'utf8')

async function start(options: ConstructorParameters<typeof Emulator>[0] = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  inputs({ 'server-url': emulator.url, 'client-id': DEMO_CLIENT_ID, 'sender-email': SENDER, retries: '0' })
}

describe('the main step', () => {
  it('delivers: outputs as the server recorded them, the password masked first, the step passes', async () => {
    await start()
    inputs({ recipients: 'customer@example.org', files: 'dist/**' })
    await mainStep()
    const [transfer] = emulator.transfers()
    expect(errors()).toEqual([])
    expect(process.exitCode ?? 0).toBe(0)
    const out = outputs()
    expect(out).toMatchObject({ 'tracking-id': transfer.trackingId, state: 'ACTIVE' })
    expect(JSON.parse(out.files)).toEqual([expect.objectContaining({ name: 'app.bin', size: 30_000 })])
    // The runner's command escaping: % as %25 (a generated password may hold one).
    const maskLine = `::add-mask::${out.password.replace(/%/g, '%25')}`
    const lines = stdout.join('').split('\n')
    expect(lines).toContain(maskLine)
    expect(lines.filter((line) => line !== maskLine && line.includes(out.password))).toEqual([])
    // The job summary leads with the verdict and holds nothing secret.
    expect(jobSummary().trimStart().split('\n')[0]).toMatch(
      new RegExp(
        `^✅ \\*\\*Delivered\\*\\* 1 file to 1 recipient as transfer <code>${transfer.trackingId}</code>; expires in \\d+ days, on `
      )
    )
    expect(jobSummary()).toMatch(/\| app\.bin \| .* \| delivered \|/)
    expect(jobSummary()).not.toContain(out.password)
  })

  it('a failure before finalize: the step fails and the job summary says why and that nothing was sent', async () => {
    await start({ faults: [{ method: 'PUT', status: 403, errorCode: 3011, times: Infinity }] })
    inputs({ recipients: 'customer@example.org', files: 'dist/**' })
    await mainStep()
    expect(process.exitCode).toBe(1)
    expect(emulator.transfers()).toEqual([])
    const first = jobSummary().trimStart().split('\n')[0]
    expect(first).toMatch(/^❌ \*\*Not delivered\.\*\* .*errorCode 3011.* Nothing was sent\.$/)
    expect(errors()).toEqual([expect.stringContaining('errorCode 3011')])
  })

  it('a bad input: one error line naming it, the step fails, nothing contacted', async () => {
    await start()
    inputs({ recipients: 'not an address', files: 'dist/**' })
    await mainStep()
    expect(process.exitCode).toBe(1)
    expect(errors()).toEqual([expect.stringMatching(/^::error::.*"recipients"/)])
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
    expect(jobSummary()).toMatch(/^\n❌ \*\*Not delivered\.\*\* .*&#34;recipients&#34;.* Nothing was sent\.\n$/)
  })
})

describe('the post step and the status sub-action', () => {
  it('the post step deletes the session a killed main step left, with its saved token', async () => {
    await start()
    const client = (await import('../core/host.js')).clientOf(emulator, bed.transport)
    const { token } = await client.requestToken(SENDER)
    client.useToken(token)
    const { trackingId } = await client.createSession(SENDER, {
      sender: { name: 'CI', phone: '' },
      recipients: { to: [{ mail: 'customer@example.org' }], cc: [], bcc: [] }
    })
    process.env.STATE_session = JSON.stringify({ apiBase: `${emulator.url}/api`, sender: SENDER, trackingId, token })
    await postStep()
    expect(emulator.liveSessions()).toEqual([])
    expect(stdout.join('')).toContain(`::add-mask::${token}`)
    expect(errors()).toEqual([])
  })

  it('status: the state and downloads as outputs', async () => {
    await start()
    inputs({ recipients: 'customer@example.org', files: 'dist/**' })
    await mainStep()
    const id = emulator.transfers()[0].trackingId
    emulator.download(id, 'customer@example.org')
    writeFileSync(join(runner, 'output'), '')
    inputs({ 'tracking-id': id })
    await runStatus()
    expect(errors()).toEqual([])
    expect(outputs()).toMatchObject({ state: 'ACTIVE', 'all-downloaded': 'true' })
    expect(jobSummary()).toContain(`✅ Transfer <code>${id}</code>: every recipient has downloaded every file`)
    expect(jobSummary()).toMatch(/\| customer@example\.org \| downloaded \d+ \w+ \d{4} \d\d:\d\d UTC \|/)
  })

  it('revoke: the transfer revoked on the server, and a job summary saying so', async () => {
    await start()
    inputs({ recipients: 'customer@example.org', files: 'dist/**' })
    await mainStep()
    const id = emulator.transfers()[0].trackingId
    writeFileSync(join(runner, 'summary'), '')
    inputs({ 'tracking-id': id })
    await runRevoke()
    expect(errors()).toEqual([])
    expect(emulator.revocations()).toEqual([expect.objectContaining({ trackingId: id })])
    expect(outputs()).toMatchObject({ state: 'DELETED_BY_REVOCATION' })
    expect(jobSummary()).toMatch(
      new RegExp(`^\\n🗑️ Transfer <code>${id}</code> was revoked on \\d+ \\w+ \\d{4} \\d\\d:\\d\\d UTC`)
    )
  })
})
