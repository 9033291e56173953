// The delivery receipt through the bundles against the emulator, as a runner and a shell run
// them: written where the output or flag says, valid against its schema, its subjects the bytes
// the server received, none of the run's secrets anywhere in it.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { receiptProblems } from '../receipt-schema.js'
import { runAction, runCli } from './harness.js'
import { perTest } from './per-test.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'
const bed = perTest()
let emulator: Emulator

async function start(): Promise<void> {
  emulator = await bed.start()
}

const temp = (): string => bed.temp()

function workspace(): string {
  return bed.workspace({ 'dist/app.zip': 120_000, 'dist/sbom.cdx.json': '{"bomFormat":"CycloneDX"}' })
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

interface Receipt {
  subject: { name: string; digest: { sha256: string } }[]
  predicate: { outcome: string; trackingId: string; ci: { system: string; url?: string }; tool: { frontEnd: string } }
}

/** The received bytes' digests, by file name. */
function receivedDigests(): [string, string][] {
  return emulator
    .transfers()[0]
    .files.map((f): [string, string] => [f.fileName, sha256(f.storedPath!)])
    .sort()
}

describe('the delivery receipt', () => {
  it('the action writes it to receipt-path: valid, the received bytes, the run, no secret of the run', async () => {
    await start()
    const runnerTemp = temp()
    const result = await runAction({
      workspace: workspace(),
      env: {
        RUNNER_TEMP: runnerTemp,
        GITHUB_ACTIONS: 'true',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: 'c0ffee'
      },
      inputs: {
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        recipients: CUSTOMER,
        files: 'dist/**'
      }
    })
    expect(result.code).toBe(0)
    const path = result.outputs['receipt-path']
    expect(path.startsWith(runnerTemp)).toBe(true)
    const text = readFileSync(path, 'utf8')
    const receipt = JSON.parse(text) as Receipt
    expect(receiptProblems(receipt)).toEqual([])
    expect(receipt.subject.map((s): [string, string] => [s.name, s.digest.sha256]).sort()).toEqual(receivedDigests())
    expect(receipt.predicate).toMatchObject({
      outcome: 'delivered',
      trackingId: result.outputs['tracking-id'],
      ci: { system: 'github-actions', url: 'https://github.com/acme/app/actions/runs/7/attempts/1' },
      tool: { frontEnd: 'github-action' }
    })
    const urls = (JSON.parse(result.outputs['download-urls']) as { url: string }[]).map((u) => u.url)
    const secrets = [DEMO_CLIENT_ID, result.outputs.password, result.outputs['verification-token'], ...urls]
    expect(secrets.every(Boolean)).toBe(true)
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).not.toContain(CUSTOMER)
    expect(result.summary).toContain(`Delivery receipt (an in-toto statement to archive or sign): <code>${path}</code>`)
  })

  it('the CLI writes it with --output-receipt; a dry run empties the file', async () => {
    await start()
    const ws = workspace()
    const out = temp()
    const file = join(out, 'receipt.json')
    const run = await runCli(
      [
        'deliver',
        '--server-url',
        emulator.url,
        '--sender-email',
        SENDER,
        '--recipients',
        CUSTOMER,
        '--files',
        'dist/**',
        '--output-password',
        join(out, 'password'),
        '--output-receipt',
        file,
        '--receipt-recipients',
        'clear'
      ],
      { cwd: ws, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID, GITLAB_CI: 'true', CI_JOB_URL: 'https://gl/j/1' } }
    )
    expect(run.code).toBe(0)
    const receipt = JSON.parse(readFileSync(file, 'utf8')) as Receipt & { predicate: { recipients: unknown } }
    expect(receiptProblems(receipt)).toEqual([])
    expect(receipt.subject.map((s): [string, string] => [s.name, s.digest.sha256]).sort()).toEqual(receivedDigests())
    expect(receipt.predicate).toMatchObject({
      ci: { system: 'gitlab-ci', url: 'https://gl/j/1' },
      tool: { frontEnd: 'cli' },
      recipients: { form: 'clear', to: [CUSTOMER] }
    })
    expect(readFileSync(file, 'utf8')).not.toContain(readFileSync(join(out, 'password'), 'utf8').trim())
    expect(run.stderr).toContain(`Delivery receipt: ${file}.`)

    writeFileSync(file, 'an earlier run')
    const dry = await runCli(
      [
        'deliver',
        '--server-url',
        emulator.url,
        '--sender-email',
        SENDER,
        '--recipients',
        CUSTOMER,
        '--files',
        'dist/**',
        '--dry-run',
        '--output-receipt',
        file
      ],
      { cwd: ws, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } }
    )
    expect(dry.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('')
  })
})
