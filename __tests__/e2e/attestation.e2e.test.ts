// require-attestation through the bundles against the emulator: an uncovered file is refused
// with zero requests; a covered set is delivered, with the attestation files alongside (exempt).
import { describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { sigstoreBundle, slsaJsonl } from '../attestations.js'
import { errorLines, runAction, runCli } from './harness.js'
import { perTest } from './per-test.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'
const bed = perTest()
let emulator: Emulator

async function start(): Promise<void> {
  emulator = await bed.start()
}

function workspace(): string {
  return bed.workspace({ 'dist/app.zip': 40_000, 'dist/lib.tar.gz': 20_000, 'dist/extra.bin': 100 })
}

function deliver(ws: string, ...extra: string[]) {
  return runCli(
    [
      'deliver',
      '--server-url',
      emulator.url,
      '--sender-email',
      SENDER,
      '--recipients',
      CUSTOMER,
      '--password-mode',
      'none',
      ...extra
    ],
    { cwd: ws, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } }
  )
}

describe('require-attestation', () => {
  it('a file no attestation covers: exit 2 naming it, zero requests to the server', async () => {
    await start()
    const ws = workspace()
    writeFileSync(join(ws, 'provenance.json'), sigstoreBundle([join(ws, 'dist/app.zip'), join(ws, 'dist/lib.tar.gz')]))
    const run = await deliver(ws, '--files', 'dist/*', '--require-attestation', 'provenance.json')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^error: 1 of 3 file\(s\) to deliver are not subjects of the attestations in "provenance\.json" \(compared by digest\): "dist\/extra\.bin"\. .*Nothing was sent\.$/m
    )
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })

  it('a covered set is delivered, the attestations with it; two forms together (Sigstore bundle, .intoto.jsonl)', async () => {
    await start()
    const ws = workspace()
    rmSync(join(ws, 'dist/extra.bin'))
    writeFileSync(join(ws, 'dist/app.sigstore.json'), sigstoreBundle([join(ws, 'dist/app.zip')]))
    writeFileSync(join(ws, 'dist/lib.intoto.jsonl'), slsaJsonl([join(ws, 'dist/lib.tar.gz')]))
    const run = await deliver(
      ws,
      '--files',
      'dist/*',
      '--require-attestation',
      'dist/*.sigstore.json',
      '--require-attestation',
      'dist/*.intoto.jsonl'
    )
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Checked by digest, not by signature')
    expect(
      emulator
        .transfers()[0]
        .files.map((f) => f.fileName)
        .sort()
    ).toEqual(['app.sigstore.json', 'app.zip', 'lib.intoto.jsonl', 'lib.tar.gz'])
  })

  it('a file that is not an attestation: one error naming it, nothing contacted (the action)', async () => {
    await start()
    const ws = workspace()
    writeFileSync(join(ws, 'provenance.json'), '{"hello": "world"}')
    const result = await runAction({
      workspace: ws,
      inputs: {
        'server-url': emulator.url,
        'client-id': DEMO_CLIENT_ID,
        'sender-email': SENDER,
        recipients: CUSTOMER,
        files: 'dist/*',
        'password-mode': 'none',
        'require-attestation': 'provenance.json'
      }
    })
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toEqual([
      expect.stringMatching(
        /Input "require-attestation": "provenance\.json" cannot be read as an attestation: it is not an in-toto statement/
      )
    ])
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })
})
