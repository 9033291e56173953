// Attestations in the exact shapes the attest tools write, built in tests for given files:
// a Sigstore bundle v0.3 with a DSSE envelope of an in-toto v1 statement (actions/attest-build-
// provenance), and an .intoto.jsonl line of a v0.1 statement (the SLSA GitHub generator).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64')

function subject(paths: string[]) {
  return paths.map((path) => ({ name: basename(path), digest: { sha256: sha256(path) } }))
}

export function sigstoreBundle(paths: string[]): string {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subject(paths),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }, runDetails: {} }
  }
  return JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: 'MIIC' }, tlogEntries: [] },
    dsseEnvelope: {
      payload: b64(statement),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'MEUCIQ' }]
    }
  })
}

export function slsaJsonl(paths: string[]): string {
  const statement = {
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subject: subject(paths),
    predicate: { builder: { id: 'https://github.com/slsa-framework/slsa-github-generator' } }
  }
  return `${JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: b64(statement), signatures: [{ keyid: '', sig: 'MEQC' }] })}\n`
}
