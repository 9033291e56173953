// Never twice, across re-runs: attempt 1 finalizes and then fails while polling; attempt 2
// (GITHUB_RUN_ATTEMPT=2) finds that transfer and publishes it instead of sending again.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun } from './harness.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const workspaces: string[] = []

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'server-url': emulator.url,
  'client-id': DEMO_CLIENT_ID,
  'sender-email': SENDER,
  recipients: 'customer@example.org',
  cc: 'Lead@Example.org',
  files: 'dist/**',
  ...extra
})

function workspace(files: Record<string, string | number>): string {
  const ws = makeWorkspace(files)
  workspaces.push(ws)
  return ws
}

const FILES = { 'dist/app.bin': 'application v1', 'dist/notes.txt': 'release notes' }

/** Attempt 1: finalizes, then every status read fails; the fault is lifted afterwards. */
async function firstAttempt(
  ws: string,
  options: EmulatorOptions = {}
): Promise<{ run: ActionRun; trackingId: string; token: string }> {
  emulator = new Emulator({ processingPolls: 0, ...options })
  emulator.addFault({ method: 'GET', path: '/transfers/[^/]+$', status: 500, times: Infinity })
  await emulator.start()
  const run = await runAction({ inputs: inputs(), workspace: ws, env: { GITHUB_RUN_ATTEMPT: '1' } })
  expect(run.code).toBe(1)
  const [transfer] = emulator.transfers()
  expect(run.outputs['tracking-id']).toBe(transfer.trackingId)
  // Attempt 1 is no re-run: it does not look at earlier transfers.
  expect(emulator.requests.filter((r) => r.path.endsWith('/transfers'))).toHaveLength(0)
  liftFaults()
  return { run, trackingId: transfer.trackingId, token: transfer.token }
}

/** A re-run meets a healthy server. */
function liftFaults(): void {
  emulator.clearFaults()
}

const notices = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::notice'))

afterEach(async () => {
  await emulator?.stop()
  for (const ws of workspaces.splice(0)) removeWorkspace(ws)
})

describe('a re-run does not deliver a second time', () => {
  it('publishes the transfer attempt 1 finalized: same tracking id, one transfer, no new session', async () => {
    const ws = workspace(FILES)
    const first = await firstAttempt(ws)
    const before = emulator.requests.length
    // The workflow passes a fixed verification token: the server lets it read its own transfers.
    const second = await runAction({
      inputs: inputs({ 'verification-token': first.token }),
      workspace: ws,
      env: { GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errorLines(second.stdout)).toEqual([])
    expect(second.code).toBe(0)
    expect(second.outputs['tracking-id']).toBe(first.trackingId)
    expect(second.outputs.state).toBe('ACTIVE')
    expect(JSON.parse(second.outputs['download-urls'])).toHaveLength(2)
    const files = JSON.parse(second.outputs.files) as { path: string }[]
    expect(files.map((f) => f.path).sort()).toEqual(['dist/app.bin', 'dist/notes.txt'])
    expect(second.outputs['expiration-date']).not.toBe('')
    expect(notices(second.stdout)).toEqual([
      expect.stringContaining(
        `Transfer ${first.trackingId} (state ACTIVE) with the same recipients and files was delivered by an earlier attempt`
      )
    ])
    expect(notices(second.stdout)[0]).toContain('deliver-again: true')
    expect(emulator.transfers()).toHaveLength(1)
    expect(emulator.sessions.size).toBe(1)
    const methods = emulator.requests.slice(before).map((r) => `${r.method} ${r.path.replace(/^.*\/users\/[^/]+/, '')}`)
    expect(methods.filter((m) => !m.startsWith('GET'))).toEqual(['POST /transfer-policy'])
    expect(methods).toContain('GET /transfers')
    // The download URLs are masked before they are published.
    for (const { url } of JSON.parse(second.outputs['download-urls']) as { url: string }[]) {
      expect(second.stdout).toContain(`::add-mask::${url}`)
    }
  })

  it('"deliver-again: true" sends a second transfer', async () => {
    const ws = workspace(FILES)
    const first = await firstAttempt(ws)
    const second = await runAction({
      inputs: inputs({ 'verification-token': first.token, 'deliver-again': 'true' }),
      workspace: ws,
      env: { GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(second.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(2)
    expect(second.outputs['tracking-id']).not.toBe(first.trackingId)
    expect(notices(second.stdout)).toEqual([])
  })

  it('different files are a new delivery', async () => {
    const first = await firstAttempt(workspace(FILES))
    const changed = workspace({ ...FILES, 'dist/app.bin': 'application v2' })
    const second = await runAction({
      inputs: inputs({ 'verification-token': first.token }),
      workspace: changed,
      env: { GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(second.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(2)
    expect(second.outputs['tracking-id']).not.toBe(first.trackingId)
    expect(notices(second.stdout)).toEqual([])
  })

  it('a lookup the server refuses (another token) fails naming deliver-again, and sends nothing', async () => {
    const ws = workspace(FILES)
    // A server that lets only the creating token read its transfers.
    const first = await firstAttempt(ws, { transferReads: 'creator' })
    // Client-id verification: a new token, which may not read attempt 1's transfer (401/3002).
    const second = await runAction({ inputs: inputs(), workspace: ws, env: { GITHUB_RUN_ATTEMPT: '3' } })
    expect(second.code).toBe(1)
    expect(errorLines(second.stdout)).toEqual([
      expect.stringMatching(
        /^::error::This is a re-run, and this run could not check whether an earlier attempt already delivered these files \(the list of the sender's transfers: HTTP 401, errorCode 3002.*"deliver-again: true"\.$/
      )
    ])
    expect(emulator.transfers().map((t) => t.trackingId)).toEqual([first.trackingId])
    expect(emulator.sessions.size).toBe(1)

    const again = await runAction({
      inputs: inputs({ 'deliver-again': 'true' }),
      workspace: ws,
      env: { GITHUB_RUN_ATTEMPT: '4' }
    })
    expect(again.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(2)
  })
})
