// The delivery receipt runDelivery makes, in-process against the emulator: written for every
// outcome whose transfer exists or may exist (delivered, partly delivered, failed after
// finalize, uncertain), valid against its JSON Schema, its subjects the bytes the server
// received, never a secret of the run; none when nothing was created.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../../emulator/server.js'
import { runDelivery, type DeliveryOutcome } from '../../../src/core/commands/deliver.js'
import { readDeliverySettings } from '../../../src/core/options.js'
import { pseudonym } from '../../../src/core/receipt/recipients.js'
import { receiptProblems } from '../../receipt-schema.js'
import { useCoreBed } from '../host.js'
import { commandHost, options } from './commands-host.js'

const SENDER = 'release-bot@example.com'
const FINALIZE = '/transfer-sessions/[^/]+$'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 50_000, 'dist/notes.txt': 'release notes' }, () => emulator)

async function start(extra: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...extra })
  await emulator.start()
}

const GITHUB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/v1',
  GITHUB_SHA: 'c0ffee'
}

function deliver(values: Record<string, string> = {}): Promise<DeliveryOutcome> {
  const settings = readDeliverySettings(
    options({
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': SENDER,
      recipients: 'Customer@Example.org',
      cc: 'cc@example.org',
      files: 'dist/**',
      subject: 'Release 1.0',
      retries: '0',
      ...values
    }),
    { senderName: 'Test', workspace: bed.workspace }
  )
  return runDelivery({ settings, ownFiles: [], rerun: false, frontEnd: 'github-action' }, commandHost(GITHUB))
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/** The run's secrets: none may be anywhere in a receipt. */
function secretsOf(outcome: DeliveryOutcome): string[] {
  const result = outcome.result!
  return [
    DEMO_CLIENT_ID,
    result.password,
    result.verificationToken,
    ...result.downloadUrls.map((u) => u.url),
    ...emulator.transfers().map((t) => t.token)
  ].filter((s): s is string => !!s)
}

describe('the delivery receipt', () => {
  it('delivered: a valid in-toto statement of the bytes the server received, the run, the recipients pseudonymised', async () => {
    await start()
    const outcome = await deliver({ checksums: 'sha256,sha512' })
    const receipt = outcome.receipt!
    expect(receiptProblems(receipt)).toEqual([])
    const [transfer] = emulator.transfers()
    expect(receipt.subject.map((s) => [s.name, s.digest.sha256]).sort()).toEqual(
      transfer.files.map((f) => [f.fileName, sha256(f.storedPath!)]).sort()
    )
    expect(receipt.subject.every((s) => /^[0-9a-f]{128}$/.test(s.digest.sha512 ?? ''))).toBe(true)
    const p = receipt.predicate
    expect(p).toMatchObject({
      outcome: 'delivered',
      trackingId: transfer.trackingId,
      state: 'ACTIVE',
      removedFiles: [],
      server: { url: emulator.url },
      sender: SENDER,
      notificationSubject: 'Release 1.0',
      passwordMode: 'generated',
      ci: {
        system: 'github-actions',
        url: 'https://github.com/acme/app/actions/runs/42/attempts/2',
        commit: 'c0ffee',
        details: { workflowRef: 'acme/app/.github/workflows/release.yml@refs/tags/v1' }
      },
      tool: { name: 'cryptshare-ci', frontEnd: 'github-action' }
    })
    expect(p.expirationDate).toBe(outcome.result?.expirationDate)
    // Read from GET /api/status (API >= 1.13).
    expect(p.server.apiVersion).toMatch(/^1\.1[3-9]$/)
    expect(p.policy.maxTotalSize).toEqual(expect.any(Number))
    expect(Object.keys(p.timestamps).sort()).toEqual(['active', 'finalized', 'receiptWritten', 'sessionCreated'])
    // Pseudonymised with a salt of this receipt: who knows an address can check it, the list is not readable.
    const { salt } = p.recipients as { salt: string }
    expect(p.recipients).toEqual({
      form: 'hmac-sha256',
      keyed: false,
      salt: expect.stringMatching(/^[0-9a-f]{32}$/),
      to: [pseudonym('customer@example.org', Buffer.from(salt, 'hex'))],
      cc: [pseudonym('cc@example.org', Buffer.from(salt, 'hex'))],
      bcc: []
    })
    const text = JSON.stringify(receipt)
    expect(text).not.toMatch(/customer@example\.org/i)
    for (const secret of secretsOf(outcome)) expect(text).not.toContain(secret)
  })

  it('with a recipient-hash-key the pseudonyms are the HMAC under that key; receipt-recipients clear names them', async () => {
    await start()
    const keyed = (await deliver({ 'recipient-hash-key': 'k3y' })).receipt!
    expect(receiptProblems(keyed)).toEqual([])
    expect(keyed.predicate.recipients).toEqual({
      form: 'hmac-sha256',
      keyed: true,
      to: [pseudonym('customer@example.org', 'k3y')],
      cc: [pseudonym('cc@example.org', 'k3y')],
      bcc: []
    })
    expect(JSON.stringify(keyed)).not.toContain('k3y')
    const clear = (await deliver({ 'receipt-recipients': 'clear' })).receipt!
    expect(receiptProblems(clear)).toEqual([])
    expect(clear.predicate.recipients).toEqual({
      form: 'clear',
      to: ['Customer@Example.org'],
      cc: ['cc@example.org'],
      bcc: []
    })
  })

  it('partly delivered and FAILED transfers have receipts saying so, with the removed files and why', async () => {
    await start({ outcome: 'REMOVED_FILES', removeFiles: ['notes.txt'] })
    const partly = await deliver({ 'allow-removed-files': 'true' })
    expect(receiptProblems(partly.receipt)).toEqual([])
    expect(partly.receipt?.predicate).toMatchObject({
      outcome: 'partly-delivered',
      removedFiles: [{ name: 'notes.txt', cause: expect.any(String) }]
    })
    await emulator.stop()
    await start({ outcome: 'FAILED' })
    const failed = await deliver()
    expect(failed.status).toBe('failed')
    expect(receiptProblems(failed.receipt)).toEqual([])
    expect(failed.receipt?.predicate).toMatchObject({ outcome: 'failed', state: 'FAILED' })
  })

  it("uncertain (finalize's answer lost, the status never confirms): a receipt without a state", async () => {
    await start({
      faults: [
        { method: 'POST', path: FINALIZE, dropAfterProcessing: true, times: Infinity },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: Infinity }
      ]
    })
    const outcome = await deliver()
    expect(outcome.status).toBe('uncertain')
    expect(receiptProblems(outcome.receipt)).toEqual([])
    expect(outcome.receipt?.predicate.outcome).toBe('uncertain')
    expect(outcome.receipt?.predicate.state).toBeUndefined()
    expect(outcome.receipt?.predicate.trackingId).toBe(emulator.transfers()[0].trackingId)
  })

  it('none for a dry run, a failure before finalize, or bad input', async () => {
    await start()
    expect((await deliver({ 'dry-run': 'true' })).receipt).toBeUndefined()
    expect((await deliver({ files: 'missing/**' })).receipt).toBeUndefined()
    await emulator.stop()
    await start({ faults: [{ method: 'PUT', status: 403, errorCode: 3011, times: Infinity }] })
    const failed = await deliver()
    expect(failed.status).toBe('failed')
    expect(failed.receipt).toBeUndefined()
  })
})
