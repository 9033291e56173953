// runManifest in-process against the emulator: what each entry's outcome says, matched with what
// the server recorded; the checks before anything is created; one verification for the run.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../../emulator/server.js'
import { runManifest, type ManifestOutcome } from '../../../src/core/commands/deliver-many.js'
import { deliveriesMap, deliverySecrets, manifestError, manifestSummary } from '../../../src/core/summary/manifest.js'
import { sigstoreBundle } from '../../attestations.js'
import { useCoreBed } from '../host.js'
import { commandHost, options, type CommandHost } from './commands-host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed(
  {
    'dist/app.msi': 30_000,
    'lic/a.lic': 'A',
    'lic/b.lic': 'B',
    'notes/b.txt': 'Notes for B\n',
    'secret/c.txt': 'Licence key C'
  },
  () => emulator
)

async function start(extra: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...extra })
  await emulator.start()
}

function run(
  manifest: string,
  inputs: Record<string, string> = {},
  host: CommandHost = commandHost(),
  stateFile?: string
): Promise<ManifestOutcome> {
  writeFileSync(join(bed.workspace, 'manifest.yml'), manifest)
  return runManifest(
    {
      run: options({
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        manifest: 'manifest.yml',
        retries: '0',
        ...inputs
      }),
      frontEnd: { senderName: 'Test', workspace: bed.workspace },
      frontEndName: 'cli',
      ownFiles: [],
      rerun: false,
      stateFile
    },
    host
  )
}

const THREE = `
files: dist/app.msi
deliveries:
  - name: a
    recipients: a@example.org
    files: lic/a.lic
  - name: b
    recipients: b@example.org
    bcc: archive@example.com
    files: lic/b.lic
    message-file: notes/b.txt
    password-mode: none
  - name: c
    recipients: c@example.org
    password-mode: manual
    password-env: C_PASSWORD
    confidential-message-file: secret/c.txt
`

describe('runManifest', () => {
  it('delivers every entry with one verification; the map, the secrets and the summary say what the server recorded', async () => {
    await start()
    const host = commandHost({ C_PASSWORD: 'Correct-Horse-9' })
    const outcome = await run(THREE, {}, host)
    expect(outcome).toMatchObject({ status: 'delivered', failed: false })
    expect(emulator.tokensIssued).toBe(1)
    const map = deliveriesMap(outcome)
    const transfer = (name: string) => emulator.transfers().find((t) => t.trackingId === map[name].trackingId)!
    expect(
      transfer('a')
        .files.map((f) => f.fileName)
        .sort()
    ).toEqual(['a.lic', 'app.msi'])
    expect(transfer('b').recipients).toEqual({ to: ['b@example.org'], cc: [], bcc: ['archive@example.com'] })
    expect(JSON.stringify(transfer('b').patches)).toContain('Notes for B')
    expect(transfer('c').password).toBe('Correct-Horse-9')
    expect(
      transfer('c')
        .files.map((f) => f.fileName)
        .sort()
    ).toEqual(['app.msi', 'confidential-message.txt'])
    // A generated password is published (secrets only); a manual one the caller has already.
    expect(deliverySecrets(outcome).a.password).toBe(transfer('a').password)
    expect(deliverySecrets(outcome).c.password).toBeUndefined()
    expect(JSON.stringify(map)).not.toContain('Correct-Horse-9')
    expect(outcome.entries.every((e) => e.receipt?.predicate.trackingId === map[e.name].trackingId)).toBe(true)
    expect(manifestError(outcome)).toBeUndefined()
    expect(manifestSummary(outcome, Date.now()).split('\n')[0]).toBe('✅ **Delivered all 3 deliveries.**')
  })

  it('a dry run checks every entry and creates nothing', async () => {
    await start()
    const outcome = await run(THREE, { 'dry-run': 'true' }, commandHost({ C_PASSWORD: 'x-Y-1234567' }))
    expect(outcome.status).toBe('dry-run')
    expect(outcome.entries.map((e) => [e.name, e.status, e.result?.files.length])).toEqual([
      ['a', 'dry-run', 2],
      ['b', 'dry-run', 2],
      ['c', 'dry-run', 1]
    ])
    expect(emulator.requestsTo('POST', /\/transfer-sessions$/)).toEqual([])
    expect(manifestSummary(outcome, Date.now())).toMatch(/^🧪 \*\*Dry run of 3 deliveries: nothing was sent\.\*\*/)
  })

  it.each([
    [
      'a password variable that is not set',
      THREE,
      {},
      /Field "password-env" of delivery "c" in the manifest names the environment variable C_PASSWORD, which is not set/
    ],
    [
      'a message file that does not exist',
      THREE.replace('notes/b.txt', 'notes/none.txt'),
      { C_PASSWORD: 'x' },
      /"message-file" .* names "notes\/none.txt", which is not a file/
    ],
    [
      'a message and a message file',
      THREE.replace('    message-file:', '    message: hi\n    message-file:'),
      { C_PASSWORD: 'x' },
      /Field "message" of delivery "b" in the manifest and "message-file" \(delivery "b"\) are both set: give one\./
    ],
    ['a bad address', THREE.replace('c@example.org', 'not-an-address'), { C_PASSWORD: 'x' }, /delivery "c"/],
    ['an empty manifest', '', {}, /must be a mapping with "deliveries:"/]
  ])('%s: a usage failure naming it, nothing contacted', async (_what, manifest, env, reason) => {
    await start()
    const outcome = await run(manifest, {}, commandHost(env))
    expect(outcome).toMatchObject({ status: 'failed', failed: true, usage: true, entries: [] })
    expect(outcome.message).toMatch(reason)
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
    expect(manifestSummary(outcome, Date.now())).toMatch(/^❌ \*\*Not delivered\.\*\* .*Nothing was sent\.\n$/)
  })

  it('recipients or files given as inputs with a manifest: refused', async () => {
    await start()
    const outcome = await run(THREE, { files: 'dist/*' }, commandHost({ C_PASSWORD: 'x' }))
    expect(outcome.message).toMatch(/"files" is set, but with "manifest" each delivery's files come from the manifest/)
  })

  it('fail-fast: after one failure no further delivery starts; the others are reported as not started', async () => {
    await start({ outcome: 'FAILED' })
    const outcome = await run(THREE.replace(/ {4}password-mode: manual\n {4}password-env: C_PASSWORD\n/, ''), {
      'fail-fast': 'true',
      'delivery-concurrency': '1'
    })
    expect(outcome.status).toBe('failed')
    expect(outcome.entries.map((e) => [e.name, e.status, e.skipped ?? false])).toEqual([
      ['a', 'failed', false],
      ['b', 'failed', true],
      ['c', 'failed', true]
    ])
    expect(emulator.transfers()).toHaveLength(1)
    expect(deliveriesMap(outcome).b.status).toBe('skipped')
    expect(manifestError(outcome)).toMatch(/^3 of 3 deliveries did not deliver: "a" \(Transfer \S+ FAILED/)
  })

  it('require-attestation per entry: an uncovered file stops the run before anything is contacted', async () => {
    await start()
    writeFileSync(join(bed.workspace, 'prov.json'), sigstoreBundle([join(bed.workspace, 'dist/app.msi')]))
    const outcome = await run(
      `require-attestation: prov.json\npassword-mode: none\n${THREE.replace(/ {4}password-mode: manual\n {4}password-env: C_PASSWORD\n/, '')}`
    )
    expect(outcome.usage).toBe(true)
    expect(outcome.message).toMatch(
      /are not subjects of the attestations in "prov\.json" \(compared by digest\): "lic\/a\.lic"/
    )
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('a state file: a second run sends nothing and publishes what the first made, without passwords', async () => {
    await start()
    const state = join(bed.workspace, 'state.json')
    const host = () => commandHost({ C_PASSWORD: 'Correct-Horse-9' })
    const first = await run(THREE, {}, host(), state)
    expect(first.status).toBe('delivered')
    const second = await run(THREE, {}, host(), state)
    expect(second.status).toBe('delivered')
    expect(emulator.transfers()).toHaveLength(3)
    expect(deliveriesMap(second)).toEqual(deliveriesMap(first))
    expect(deliverySecrets(second).a).toEqual({ downloadUrls: [] })
    expect(second.entries.every((e) => /earlier attempt/.test(e.message ?? ''))).toBe(true)
  })
})
