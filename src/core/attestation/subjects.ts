// The in-toto subjects of an attestation file, in every form the attest tools write: a plain
// statement, a DSSE envelope, a Sigstore bundle (its `dsseEnvelope`), one per line in a
// `.jsonl` file (the SLSA generator's `.intoto.jsonl`, `gh attestation download`), or an
// object holding a `bundle`. Signatures are not checked here: only which digests are covered.

export interface AttestedSubject {
  name?: string
  /** Algorithm (lower case, e.g. sha256) → lowercase hex. */
  digest: Record<string, string>
}

const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json'

/** Why a file is not an attestation this tool reads: one sentence. */
export class AttestationFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AttestationFormatError'
  }
}

/** Every subject of every statement in a file's text. */
export function subjectsOf(text: string): AttestedSubject[] {
  const values = parseJsonOrLines(text)
  const subjects = values.flatMap((value) => statementsOf(value)).flatMap(statementSubjects)
  if (!subjects.length) throw new AttestationFormatError('its statements name no subject with a digest')
  return subjects
}

/** The whole text as one JSON value, or one value per non-empty line (JSON Lines). */
function parseJsonOrLines(text: string): unknown[] {
  const trimmed = text.trim()
  if (!trimmed) throw new AttestationFormatError('it is empty')
  try {
    return [JSON.parse(trimmed) as unknown]
  } catch {
    return trimmed
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line, index) => {
        try {
          return JSON.parse(line) as unknown
        } catch {
          throw new AttestationFormatError(`it is neither JSON nor JSON Lines (line ${index + 1} does not parse)`)
        }
      })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The statements a parsed value carries, whatever its wrapping. */
function statementsOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(statementsOf)
  if (!isRecord(value)) throw new AttestationFormatError('it holds a value that is not a JSON object')
  if (typeof value._type === 'string') {
    if (!value._type.startsWith('https://in-toto.io/Statement/'))
      throw new AttestationFormatError(`its _type "${value._type.slice(0, 80)}" is not an in-toto statement`)
    return [value]
  }
  if ('payload' in value || 'payloadType' in value) return [envelopeStatement(value)]
  if (isRecord(value.dsseEnvelope)) return [envelopeStatement(value.dsseEnvelope)]
  if (isRecord(value.bundle)) return statementsOf(value.bundle)
  if (Array.isArray(value.attestations)) return value.attestations.flatMap(statementsOf)
  if (typeof value.mediaType === 'string' && value.mediaType.includes('sigstore.bundle'))
    throw new AttestationFormatError(
      'it is a Sigstore bundle without a DSSE envelope (a signature over a file, not an in-toto statement)'
    )
  throw new AttestationFormatError('it is not an in-toto statement, a DSSE envelope or a Sigstore bundle')
}

/** A DSSE envelope's statement: its payload, base64, of type in-toto JSON. */
function envelopeStatement(envelope: Record<string, unknown>): Record<string, unknown> {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD)
    throw new AttestationFormatError(
      `its DSSE envelope carries "${String(envelope.payloadType).slice(0, 80)}", not ${IN_TOTO_PAYLOAD}`
    )
  if (typeof envelope.payload !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(envelope.payload))
    throw new AttestationFormatError('its DSSE envelope has no base64 payload')
  const json = Buffer.from(envelope.payload, 'base64').toString('utf8')
  let statement: unknown
  try {
    statement = JSON.parse(json)
  } catch {
    throw new AttestationFormatError('its DSSE payload is not JSON')
  }
  const [inner] = statementsOf(statement)
  return inner
}

function statementSubjects(statement: Record<string, unknown>): AttestedSubject[] {
  if (!Array.isArray(statement.subject)) return []
  return statement.subject.filter(isRecord).flatMap((subject) => {
    if (!isRecord(subject.digest)) return []
    const digest = Object.fromEntries(
      Object.entries(subject.digest)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /^[0-9a-fA-F]+$/.test(entry[1]))
        .map(([algorithm, hex]) => [algorithm.toLowerCase(), hex.toLowerCase()])
    )
    if (!Object.keys(digest).length) return []
    return [{ ...(typeof subject.name === 'string' ? { name: subject.name } : {}), digest }]
  })
}
