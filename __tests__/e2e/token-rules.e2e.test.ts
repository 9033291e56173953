// The flows a release engineer runs in the first week, end to end through the bundles, under
// every token rule a Cryptshare server may follow (emulator/token-rules.ts): parallel deliveries
// for one sender, a dry run and a status poller during a delivery, and deliver → status → revoke
// in one job (the delivery's own token) and in a later job (its own verification).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, TOKEN_RULE_MATRIX, type TokenRules } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, runCli, type CliRun } from './harness.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'
const TAKEN =
  /another run verified the same sender release-bot@example\.com meanwhile .*"concurrency:".*"resource_group:".*"lock\(\)"/

let emulator: Emulator
let workspace: string
let outDir: string

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.zip': 50_000, 'dist/notes.txt': 'Release notes\n' })
  outDir = mkdtempSync(join(tmpdir(), 'cs-tokens-'))
})
afterAll(() => {
  removeWorkspace(workspace)
  rmSync(outDir, { recursive: true, force: true })
})
afterEach(async () => {
  await emulator?.stop()
})

async function start(rules: TokenRules): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...rules })
  await emulator.start()
}

let runs = 0
/** A fresh output file path outside the workspace. */
function outFile(name: string): string {
  return join(outDir, `${++runs}-${name}`)
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, {
    cwd: workspace,
    env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID, CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.05', ...env }
  })
}

const connection = (): string[] => ['--server-url', emulator.url, '--sender-email', SENDER]

function deliver(...extra: string[]): Promise<CliRun> {
  return cli(['deliver', ...connection(), '--recipients', CUSTOMER, '--files', 'dist/*', ...extra])
}

interface Result {
  status: string
  trackingId: string | null
  state: string | null
  verificationToken?: string | null
}

function readJson(file: string): Result {
  return JSON.parse(readFileSync(file, 'utf8')) as Result
}

/**
 * The run's own outcome matches the emulator: `delivered` ⇔ a transfer with its tracking id
 * exists (exit 0, or 1 when its final state could not be read); `failed` ⇔ nothing was sent.
 */
function expectTruthful(run: CliRun, file: string): Result {
  const result = readJson(file)
  const exists = emulator.transfers().some((t) => t.trackingId === result.trackingId)
  expect({ status: result.status, exists }).toEqual({ status: exists ? 'delivered' : 'failed', exists })
  expect(run.code === 0 ? 'delivered' : result.status).toBe(result.status)
  return result
}

/** Holds every upload of the run that gets to upload first until `release` is called. */
function holdUploads(): void {
  emulator.addFault({ method: 'PUT', path: '/content$', delayMs: 1500, times: Infinity })
}

async function whenSessionOpen(): Promise<void> {
  for (let i = 0; i < 400 && emulator.liveSessions().length === 0; i++) await new Promise((r) => setTimeout(r, 10))
  expect(emulator.liveSessions()).toHaveLength(1)
}

const keepsTokens = (rules: TokenRules): boolean => rules.tokenIssuing !== 'replace'
const sessionsForAnyToken = (rules: TokenRules): boolean => rules.sessionAccess === 'sender'
const readsForAnyToken = (rules: TokenRules): boolean =>
  rules.transferReads !== 'creator' || rules.tokenIssuing === 'same'
const revokesForAnyToken = (rules: TokenRules): boolean =>
  rules.revocationAccess !== 'creator' || rules.tokenIssuing === 'same'

describe.each(TOKEN_RULE_MATRIX)('token rules "$name"', ({ rules }) => {
  it('three parallel deliveries for one sender: each reports exactly what happened, none twice', async () => {
    await start(rules)
    const files = [outFile('a.json'), outFile('b.json'), outFile('c.json')]
    const done = await Promise.all(files.map((file) => deliver('--output-json', file)))
    const results = done.map((run, i) => expectTruthful(run, files[i]))
    const delivered = results.filter((r) => r.status === 'delivered').map((r) => r.trackingId)
    expect(new Set(delivered).size).toBe(delivered.length)
    expect(emulator.transfers()).toHaveLength(delivered.length)
    // A run that failed says why: its token was refused (errorCode 3002).
    const failures = done.filter((r) => r.code !== 0)
    expect(failures.filter((r) => !/^error: .*errorCode 3002/m.test(r.stderr))).toEqual([])
    // Where a new verification leaves the older tokens valid, every run delivers.
    expect(keepsTokens(rules) ? done.map((r) => r.code) : []).toEqual(keepsTokens(rules) ? [0, 0, 0] : [])
    expect(keepsTokens(rules) ? emulator.liveSessions() : []).toEqual([])
  })

  it('a dry run and a status poller during a delivery', async () => {
    await start(rules)
    const earlier = outFile('earlier.json')
    expect((await deliver('--output-json', earlier)).code).toBe(0)
    const earlierId = readJson(earlier).trackingId ?? ''

    holdUploads()
    const file = outFile('release.json')
    const release = deliver('--output-json', file)
    await whenSessionOpen()
    const dryRun = await deliver('--dry-run')
    const poller = await cli(['status', ...connection(), '--tracking-id', earlierId])
    const run = await release

    expect(dryRun.code).toBe(0)
    expect(poller.code).toBe(readsForAnyToken(rules) ? 0 : 1)
    const result = expectTruthful(run, file)
    // Only where the dry run took the token the session was bound to does the delivery fail, saying why.
    const recovers = keepsTokens(rules) || sessionsForAnyToken(rules)
    expect([run.code, result.state]).toEqual(recovers ? [0, 'ACTIVE'] : [1, null])
    expect(TAKEN.test(run.stderr)).toBe(!recovers)
    expect(/nothing was sent/.test(run.stderr)).toBe(!recovers)
  })

  it("deliver → status → revoke in one job with the delivery's token from --output-json", async () => {
    await start(rules)
    const file = outFile('delivery.json')
    expect((await deliver('--output-json', file, '--json')).code).toBe(0)
    const { trackingId, verificationToken } = readJson(file)
    expect(verificationToken).toMatch(/^\S+$/)
    const env = { CRYPTSHARE_VERIFICATION_TOKEN: verificationToken ?? '' }
    const status = await cli(['status', ...connection(), '--tracking-id', trackingId ?? '', '--json'], env)
    expect(status.stderr).not.toMatch(/^error:/m)
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'ok', state: 'ACTIVE' })
    const revoke = await cli(['revoke', ...connection(), '--tracking-id', trackingId ?? '', '--json'], env)
    expect(revoke.stderr).not.toMatch(/^error:/m)
    expect(JSON.parse(revoke.stdout)).toMatchObject({ status: 'revoked', state: 'DELETED_BY_REVOCATION' })
    expect(emulator.revocations().map((r) => r.trackingId)).toEqual([trackingId])
  })

  it('deliver → status → revoke in a later job, the tracking id from the dotenv report', async () => {
    await start(rules)
    const dotenv = outFile('delivery.env')
    const run = await deliver('--output-env', dotenv, '--output-json', outFile('delivery.json'))
    expect(run.code).toBe(0)
    const later = Object.fromEntries(
      readFileSync(dotenv, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('=') as [string, string])
    )
    expect(Object.keys(later)).not.toContain('CRYPTSHARE_VERIFICATION_TOKEN')
    const status = await cli(['status', ...connection(), '--json'], later)
    const revoke = await cli(['revoke', ...connection(), '--json'], later)
    const reads = readsForAnyToken(rules)
    expect([status.code, (JSON.parse(status.stdout) as Result).state ?? null]).toEqual(
      reads ? [0, 'ACTIVE'] : [1, null]
    )
    expect(/In the job that delivered it, pass the delivery's token/.test(status.stderr)).toBe(!reads)
    const revokes = revokesForAnyToken(rules)
    expect([revoke.code, emulator.revocations().length]).toEqual(revokes ? [0, 1] : [1, 0])
    expect(/^error: .*errorCode 3002/m.test(revoke.stderr)).toBe(!revokes)
  })
})

describe('a given verification-token', () => {
  it('refused during the delivery (another run replaced it): fails saying it cannot be renewed', async () => {
    await start({ tokenIssuing: 'replace' })
    const answer = await fetch(`${emulator.url}/api/users/${SENDER}/verification/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-CS-ClientId': DEMO_CLIENT_ID,
        'X-CS-MajorApiVersion': '1',
        'X-CS-MinimumMinorApiVersion': '8'
      },
      body: '{}'
    })
    const { token } = ((await answer.json()) as { data: { token: string } }).data
    holdUploads()
    const file = outFile('given.json')
    const release = cli(
      ['deliver', ...connection(), '--recipients', CUSTOMER, '--files', 'dist/*', '--output-json', file],
      {
        CRYPTSHARE_VERIFICATION_TOKEN: token
      }
    )
    await whenSessionOpen()
    expect((await deliver('--dry-run')).code).toBe(0)
    const run = await release
    expectTruthful(run, file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: .*errorCode 3002.*a given token cannot be renewed: obtain a new one/m)
    expect(run.stderr).not.toContain('verifying the sender again')
    expect(emulator.tokensIssued).toBe(2)
  })
})

describe('the action and its sub-actions in one job, with the masked verification-token output', () => {
  it.each(TOKEN_RULE_MATRIX)('$name', async ({ rules }) => {
    await start(rules)
    const delivered = await runAction({
      inputs: {
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        recipients: CUSTOMER,
        files: 'dist/*'
      },
      workspace
    })
    expect(errorLines(delivered.stdout)).toEqual([])
    const token = delivered.outputs['verification-token']
    expect(token).toMatch(/^\S+$/)
    expect(delivered.stdout).toContain(`::add-mask::${token}`)
    expect(
      delivered.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain(token)
    const inputs = {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': SENDER,
      'tracking-id': delivered.outputs['tracking-id'],
      'verification-token': token
    }
    const status = await runAction({ inputs, workspace, subAction: 'status' })
    expect(errorLines(status.stdout)).toEqual([])
    expect(status.outputs.state).toBe('ACTIVE')
    const revoked = await runAction({ inputs, workspace, subAction: 'revoke' })
    expect(errorLines(revoked.stdout)).toEqual([])
    expect(revoked.outputs.state).toBe('DELETED_BY_REVOCATION')
  })
})
