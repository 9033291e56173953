// Reading the subjects of attestation files in every form the attest tools write, and saying
// clearly why a file is not one.
import { describe, expect, it } from '@jest/globals'
import { subjectsOf } from '../../src/core/attestation/subjects.js'

const digest = 'AB'.repeat(32)
const statement = (
  type = 'https://in-toto.io/Statement/v1',
  subject: unknown = [{ name: 'app.zip', digest: { SHA256: digest } }]
) => ({
  _type: type,
  subject,
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {}
})
const envelope = (payload: unknown, payloadType = 'application/vnd.in-toto+json') => ({
  payloadType,
  payload: Buffer.from(JSON.stringify(payload)).toString('base64'),
  signatures: []
})
const expected = [{ name: 'app.zip', digest: { sha256: digest.toLowerCase() } }]

describe('attestation subjects', () => {
  it('reads a plain statement (v1 and v0.1), a DSSE envelope, a Sigstore bundle, JSON Lines and a "bundle" wrapper', () => {
    expect(subjectsOf(JSON.stringify(statement()))).toEqual(expected)
    expect(subjectsOf(JSON.stringify(statement('https://in-toto.io/Statement/v0.1')))).toEqual(expected)
    expect(subjectsOf(JSON.stringify(envelope(statement())))).toEqual(expected)
    const bundle = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: envelope(statement()) }
    expect(subjectsOf(JSON.stringify(bundle))).toEqual(expected)
    expect(subjectsOf(`${JSON.stringify(envelope(statement()))}\n\n${JSON.stringify(bundle)}\n`)).toEqual([
      ...expected,
      ...expected
    ])
    expect(subjectsOf(JSON.stringify({ bundle, repository_id: 1 }))).toEqual(expected)
  })

  it('skips subjects without a hex digest, keeps the others', () => {
    const text = JSON.stringify(
      statement(undefined, [
        { name: 'a', digest: { sha256: 'not hex' } },
        { name: 'b', digest: { sha512: 'CD'.repeat(64) } },
        'x'
      ])
    )
    expect(subjectsOf(text)).toEqual([{ name: 'b', digest: { sha512: 'cd'.repeat(64) } }])
  })

  it.each([
    ['', /it is empty/],
    ['{"a": 1', /neither JSON nor JSON Lines \(line 1 does not parse\)/],
    ['[1]', /a value that is not a JSON object/],
    [JSON.stringify({ hello: 'world' }), /not an in-toto statement, a DSSE envelope or a Sigstore bundle/],
    [
      JSON.stringify({ _type: 'https://example.com/x', subject: [] }),
      /_type "https:\/\/example.com\/x" is not an in-toto statement/
    ],
    [JSON.stringify(envelope(statement(), 'text/plain')), /carries "text\/plain", not application\/vnd\.in-toto\+json/],
    [JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: '***' }), /no base64 payload/],
    [
      JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: Buffer.from('nope').toString('base64') }),
      /payload is not JSON/
    ],
    [
      JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', messageSignature: {} }),
      /without a DSSE envelope/
    ],
    [JSON.stringify(statement(undefined, [])), /name no subject with a digest/]
  ])('refuses %j with one reason', (text, reason) => {
    expect(() => subjectsOf(text)).toThrow(reason)
  })
})
