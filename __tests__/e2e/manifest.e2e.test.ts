// Many deliveries from one manifest, through the CLI bundle against the emulator: one
// verification, the right files and recipients per transfer, everything checked before anything
// is created, one entry's failure reported as its own.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { runAction, runCli } from './harness.js'
import { perTest } from './per-test.js'

const SENDER = 'release-bot@example.com'
const bed = perTest()
let emulator: Emulator

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = await bed.start(options)
}

const MANIFEST = `
# every delivery gets the installer; each its own licence and recipients
files: dist/installer.msi
subject: Release 2.4
password-mode: none
deliveries:
  - name: bank-a
    recipients: [ops@bank-a.example, qa@bank-a.example]
    files: licences/bank-a.lic
  - name: bank-b
    recipients: ops@bank-b.example
    cc: manager@example.com
    files: licences/bank-b.lic
    message-file: notes/bank-b.txt
  - name: insurer-c
    recipients: it@insurer-c.example
    files:
      - licences/insurer-c.lic
      - notes/*.pdf
`

function workspace(manifest = MANIFEST): string {
  return bed.workspace({
    'dist/installer.msi': 60_000,
    'licences/bank-a.lic': 'A',
    'licences/bank-b.lic': 'B',
    'licences/insurer-c.lic': 'C',
    'notes/bank-b.txt': 'Your release, bank B.\n',
    'notes/release.pdf': 300,
    'manifest.yml': manifest
  })
}

function deliver(ws: string, ...extra: string[]) {
  return runCli(
    ['deliver', '--server-url', emulator.url, '--sender-email', SENDER, '--manifest', 'manifest.yml', ...extra],
    { cwd: ws, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } }
  )
}

const files = (trackingId: string): string[] =>
  emulator
    .transfers()
    .find((t) => t.trackingId === trackingId)!
    .files.map((f) => f.fileName)
    .sort()

describe('deliver --manifest', () => {
  it('three deliveries, one verification, each with exactly its files and recipients; the map and the summary', async () => {
    await start()
    const ws = workspace()
    const out = bed.temp()
    const run = await deliver(
      ws,
      '--json',
      '--summary-file',
      join(out, 'summary.md'),
      '--output-json',
      join(out, 'result.json')
    )
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(3)
    expect(emulator.tokensIssued).toBe(1)
    const { deliveries } = JSON.parse(run.stdout) as {
      deliveries: Record<string, { status: string; trackingId: string }>
    }
    expect(Object.keys(deliveries)).toEqual(['bank-a', 'bank-b', 'insurer-c'])
    expect(files(deliveries['bank-a'].trackingId)).toEqual(['bank-a.lic', 'installer.msi'])
    expect(files(deliveries['bank-b'].trackingId)).toEqual(['bank-b.lic', 'installer.msi'])
    expect(files(deliveries['insurer-c'].trackingId)).toEqual(['installer.msi', 'insurer-c.lic', 'release.pdf'])
    const byId = (name: string) => emulator.transfers().find((t) => t.trackingId === deliveries[name].trackingId)!
    expect(byId('bank-a').recipients).toEqual({ to: ['ops@bank-a.example', 'qa@bank-a.example'], cc: [], bcc: [] })
    expect(byId('bank-b').recipients).toEqual({ to: ['ops@bank-b.example'], cc: ['manager@example.com'], bcc: [] })
    expect(JSON.stringify(byId('bank-b').patches)).toContain('Your release, bank B.')
    expect(JSON.stringify(byId('insurer-c').patches)).toContain('Release 2.4')
    const summary = readFileSync(join(out, 'summary.md'), 'utf8')
    expect(summary.split('\n')[0]).toBe('✅ **Delivered all 3 deliveries.**')
    expect(summary).toMatch(/^\| bank-b \| <code>\S+<\/code> \| 2 \| ✅ \*\*Delivered\*\* 2 files as transfer/m)
  })

  it.each([
    [
      'an unknown field',
      'deliveries:\n  - name: x\n    recipents: a@example.org\n    files: dist/*\n',
      /delivery 1 has an unknown field "recipents"; did you mean "recipients"\?/
    ],
    [
      'a run setting',
      'server-url: https://other.example\ndeliveries:\n  - name: x\n    recipients: a@example.org\n    files: dist/*\n',
      /sets "server-url", which belongs to the run/
    ],
    [
      'no files',
      'deliveries:\n  - name: x\n    recipients: a@example.org\n    files: missing/*\n',
      /No files match "missing\/\*"/
    ],
    [
      'two entries of one name',
      'deliveries:\n  - {name: x, recipients: a@example.org, files: dist/*}\n  - {name: X, recipients: b@example.org, files: dist/*}\n',
      /names two deliveries "X"/
    ]
  ])('%s: exit 2 naming it, nothing contacted', async (_what, manifest, reason) => {
    await start()
    const run = await deliver(workspace(manifest))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(reason)
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('a blocked recipient in one entry stops every entry before any session exists', async () => {
    await start({ policy: { blockedRecipients: ['it@insurer-c.example'] } })
    const run = await deliver(workspace())
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^error: Delivery "insurer-c": .*it@insurer-c\.example.* Nothing was sent to any delivery\./m
    )
    expect(emulator.requestsTo('POST', /\/transfer-sessions$/)).toEqual([])
  })

  it('one entry that does not deliver leaves the others delivered: exit 1, the map and summary say which', async () => {
    await start({ outcome: 'REMOVED_FILES', removeFiles: ['bank-b.lic'] })
    const ws = workspace()
    const out = bed.temp()
    const run = await deliver(ws, '--json', '--summary-file', join(out, 'summary.md'))
    expect(run.code).toBe(1)
    const { deliveries } = JSON.parse(run.stdout) as { deliveries: Record<string, { status: string }> }
    expect(Object.fromEntries(Object.entries(deliveries).map(([name, d]) => [name, d.status]))).toEqual({
      'bank-a': 'delivered',
      'bank-b': 'failed',
      'insurer-c': 'delivered'
    })
    expect(emulator.transfers()).toHaveLength(3)
    expect(run.stderr).toMatch(/^error: 1 of 3 deliveries did not deliver: "bank-b"/m)
    expect(readFileSync(join(out, 'summary.md'), 'utf8').split('\n')[0]).toBe(
      '⚠️ **2 of 3 deliveries delivered**; not delivered or uncertain: bank-b.'
    )
  })

  it('a dry run checks every entry and creates nothing; recipients and files as inputs are refused', async () => {
    await start()
    const ws = workspace()
    const dry = await deliver(ws, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stderr).toMatch(/Delivery "insurer-c": 3 file\(s\), 58\.9 KiB, to it@insurer-c\.example\./)
    expect(emulator.requestsTo('POST', /\/transfer-sessions$/)).toEqual([])
    const both = await deliver(ws, '--recipients', 'a@example.org')
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(
      /--recipients is set, but with --manifest each delivery's recipients come from the manifest/
    )
  })
})

describe('re-runs with --state-file', () => {
  it('a run where one entry failed before finalize, then a re-run: only that entry is sent', async () => {
    // Deliveries one at a time: the third upload is bank-b's first; refused, bank-b sends nothing.
    await start({ faults: [{ method: 'PUT', skip: 2, times: 1, status: 403, errorCode: 3011 }] })
    const ws = workspace()
    const state = join(ws, 'cryptshare-state.json')
    const first = await deliver(ws, '--json', '--delivery-concurrency', '1', '--state-file', state, '--retries', '0')
    expect(first.code).toBe(1)
    const firstMap = (
      JSON.parse(first.stdout) as { deliveries: Record<string, { status: string; trackingId?: string }> }
    ).deliveries
    expect(Object.fromEntries(Object.entries(firstMap).map(([n, d]) => [n, d.status]))).toEqual({
      'bank-a': 'delivered',
      'bank-b': 'failed',
      'insurer-c': 'delivered'
    })
    expect(emulator.transfers()).toHaveLength(2)
    expect(Object.keys((JSON.parse(readFileSync(state, 'utf8')) as { deliveries: object }).deliveries).sort()).toEqual([
      'bank-a',
      'insurer-c'
    ])

    emulator.clearFaults()
    const again = await deliver(ws, '--json', '--state-file', state)
    expect(again.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(3)
    const map = (JSON.parse(again.stdout) as { deliveries: Record<string, { status: string; trackingId?: string }> })
      .deliveries
    expect(map['bank-a'].trackingId).toBe(firstMap['bank-a'].trackingId)
    expect(map['insurer-c'].trackingId).toBe(firstMap['insurer-c'].trackingId)
    expect(emulator.transfers().map((t) => t.trackingId)).toContain(map['bank-b'].trackingId)
    expect(again.stderr).toMatch(
      /Delivery "bank-a" was made by an earlier attempt \(transfer \S+\): it is not sent again\./
    )

    // A third run sends nothing at all.
    const third = await deliver(ws, '--state-file', state)
    expect(third.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(3)
  })

  it('a single delivery with --state-file is sent once across attempts; --deliver-again sends anyway', async () => {
    await start()
    const ws = workspace()
    const state = join(ws, 'state.json')
    const once = (...extra: string[]) =>
      runCli(
        [
          'deliver',
          '--server-url',
          emulator.url,
          '--sender-email',
          SENDER,
          '--recipients',
          'a@example.org',
          '--files',
          'dist/*',
          '--password-mode',
          'none',
          '--state-file',
          state,
          ...extra
        ],
        { cwd: ws, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } }
      )
    expect((await once()).code).toBe(0)
    const second = await once()
    expect(second.code).toBe(0)
    expect(second.stderr).toMatch(/Delivered by an earlier attempt as transfer \S+ \(recorded in the state file/)
    expect(emulator.transfers()).toHaveLength(1)
    expect((await once('--deliver-again', 'true')).code).toBe(0)
    expect(emulator.transfers()).toHaveLength(2)
  })
})

describe('cancelled mid-run', () => {
  it('SIGTERM while the first delivery uploads: no open session is left, no further delivery starts', async () => {
    await start({ faults: [{ method: 'PUT', delayMs: 400, times: Infinity }] })
    const ws = workspace()
    const run = await runCli(
      [
        'deliver',
        '--server-url',
        emulator.url,
        '--sender-email',
        SENDER,
        '--manifest',
        'manifest.yml',
        '--delivery-concurrency',
        '1',
        '--json'
      ],
      {
        cwd: ws,
        env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID },
        onSpawn: (child) => {
          const poll = setInterval(() => {
            if (emulator.requestsTo('PUT', /./).length === 0) return
            clearInterval(poll)
            child.kill('SIGTERM')
          }, 10)
          child.on('exit', () => clearInterval(poll))
        }
      }
    )
    expect(run.code).toBe(143)
    expect(emulator.liveSessions()).toEqual([])
    expect(emulator.requestsTo('POST', /\/transfer-sessions$/).length).toBeLessThanOrEqual(1)
    const { deliveries } = JSON.parse(run.stdout) as { deliveries: Record<string, { status: string }> }
    expect(deliveries['insurer-c'].status).toBe('skipped')
  })
})

describe('the action with manifest', () => {
  it('publishes the map, the masked secrets, one receipt per delivery and a summary row per delivery', async () => {
    await start()
    const ws = workspace(MANIFEST.replace('password-mode: none\n', ''))
    const runnerTemp = bed.temp()
    const result = await runAction({
      workspace: ws,
      env: { RUNNER_TEMP: runnerTemp },
      inputs: {
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        manifest: 'manifest.yml'
      }
    })
    expect(result.code).toBe(0)
    const deliveries = JSON.parse(result.outputs.deliveries) as Record<
      string,
      { trackingId: string; receiptPath: string }
    >
    expect(Object.keys(deliveries)).toEqual(['bank-a', 'bank-b', 'insurer-c'])
    const secrets = JSON.parse(result.outputs.secrets) as Record<string, { password: string }>
    for (const [name, delivery] of Object.entries(deliveries)) {
      const transfer = emulator.transfers().find((t) => t.trackingId === delivery.trackingId)!
      expect(secrets[name].password).toBe(transfer.password)
      expect(result.stdout).toContain(`::add-mask::${transfer.password!.replace(/%/g, '%25')}`)
      expect(result.summary).not.toContain(transfer.password!)
      expect(JSON.parse(readFileSync(delivery.receiptPath, 'utf8'))).toMatchObject({
        predicate: { trackingId: delivery.trackingId }
      })
    }
    expect(result.outputs.deliveries).not.toMatch(/password/)
    expect(result.summary).toContain('✅ **Delivered all 3 deliveries.**')
    expect(result.summary).toMatch(/^\| insurer-c \| <code>/m)
    expect(emulator.tokensIssued).toBe(1)
  })

  it('a re-run of the job (attempt 2) delivers only the entry that failed; the others are published as they are', async () => {
    await start({ faults: [{ method: 'PUT', skip: 2, times: 1, status: 403, errorCode: 3011 }] })
    const ws = workspace()
    const inputs = {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': SENDER,
      manifest: 'manifest.yml',
      'delivery-concurrency': '1',
      retries: '0'
    }
    const first = await runAction({ workspace: ws, inputs })
    expect(first.code).toBe(1)
    expect(emulator.transfers()).toHaveLength(2)
    const before = JSON.parse(first.outputs.deliveries) as Record<string, { status: string; trackingId?: string }>
    expect(before['bank-b'].status).toBe('failed')

    emulator.clearFaults()
    const again = await runAction({ workspace: ws, inputs, env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect(again.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(3)
    const after = JSON.parse(again.outputs.deliveries) as Record<string, { status: string; trackingId?: string }>
    expect(after['bank-a'].trackingId).toBe(before['bank-a'].trackingId)
    expect(after['insurer-c'].trackingId).toBe(before['insurer-c'].trackingId)
    expect(after['bank-b'].trackingId).toBeDefined()
  })
})
