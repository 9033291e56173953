// Reading answers from a server the action does not control: every field is checked where it is
// read. What the delivery can do without is skipped with a warning naming the field; what it
// cannot do without becomes one protocol error naming the field. Never a TypeError.

export type Warn = (message: string) => void
export type Json = Record<string, unknown>

/** A JSON object (not a list, not null), else undefined. */
export function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A finite number, also written as a numeric string (`"1024"`). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value)
  return undefined
}

/** `true`/`false`, also written as a string in any case. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true'
  return undefined
}

/** What a value is, for a message (never the value itself: it may be a secret). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  return typeof value
}

const READERS = {
  text: { read: text, expected: 'a string' },
  num: { read: num, expected: 'a number' },
  bool: { read: bool, expected: 'a boolean' },
  record: { read: record, expected: 'an object' }
} as const
type Kind = keyof typeof READERS
type Read<K extends Kind> = NonNullable<ReturnType<(typeof READERS)[K]['read']>>

/**
 * A field of an answer that the caller cannot do without is missing or of the wrong shape. The
 * message is complete, for the user; `step` names the step it is reported in (the core passes it
 * on as it is, like its own step failures).
 */
export class AnswerShapeError extends Error {
  readonly step: string
  constructor(step: string, message: string) {
    super(message)
    this.name = 'AnswerShapeError'
    this.step = step
  }
}

/**
 * The readers for one answer (e.g. "transfer status"). Absent fields (`undefined`, `null`) are
 * simply absent; a field of the wrong shape is warned about once, naming it, and then ignored.
 */
export class AnswerReader {
  private readonly warned = new Set<string>()

  constructor(
    /** The answer as a message names it: `The server's ${name} has …`. */
    readonly name: string,
    private readonly warn: Warn,
    /** The step a protocol error is reported in. */
    readonly step: string = name
  ) {}

  text(value: unknown, field: string): string | undefined {
    return this.optional('text', value, field)
  }

  num(value: unknown, field: string): number | undefined {
    return this.optional('num', value, field)
  }

  bool(value: unknown, field: string): boolean | undefined {
    return this.optional('bool', value, field)
  }

  record(value: unknown, field: string): Json | undefined {
    return this.optional('record', value, field)
  }

  /** A list; anything else is warned about and read as an empty list. */
  list(value: unknown, field: string): unknown[] {
    if (Array.isArray(value)) return value
    if (value !== undefined && value !== null) this.ignore(field, value, 'a list')
    return []
  }

  /** A list of objects; entries that are not objects (`null`, numbers, …) are skipped with a warning. */
  records(value: unknown, field: string): Json[] {
    return this.entries(value, field, 'record')
  }

  /** A list of strings; entries that are not strings are skipped with a warning. */
  texts(value: unknown, field: string): string[] {
    return this.entries(value, field, 'text')
  }

  /**
   * A field the delivery cannot do without: one protocol error naming it when it has the wrong
   * shape, or when it is absent unless `absentOk`. `consequence` says what that means for the user.
   */
  must<K extends Kind>(kind: K, value: unknown, field: string, consequence: string, absentOk: true): Read<K> | undefined
  must<K extends Kind>(kind: K, value: unknown, field: string, consequence: string, absentOk?: false): Read<K>
  must<K extends Kind>(
    kind: K,
    value: unknown,
    field: string,
    consequence: string,
    absentOk = false
  ): Read<K> | undefined {
    const read = READERS[kind].read(value) as Read<K> | undefined
    if (read !== undefined || (absentOk && (value === undefined || value === null))) return read
    throw this.error(field, value, READERS[kind].expected, consequence)
  }

  /** The protocol error for a field the delivery cannot do without. */
  error(field: string, value: unknown, expected: string, consequence: string): AnswerShapeError {
    const what =
      value === undefined || value === null
        ? `has no "${field}" (expected ${expected})`
        : `has "${field}" of the wrong shape (${kindOf(value)}, expected ${expected})`
    return new AnswerShapeError(this.step, `The server's ${this.name} ${what}: ${consequence}`)
  }

  /** Warns (once per field and shape) that a field has the wrong shape and is ignored. */
  ignore(field: string, value: unknown, expected: string, outcome = 'ignored'): void {
    const message = `The server's ${this.name} has "${field}" of the wrong shape (${kindOf(value)}, expected ${expected}); ${outcome}.`
    if (this.warned.has(message)) return
    this.warned.add(message)
    this.warn(message)
  }

  private optional<K extends Kind>(kind: K, value: unknown, field: string): Read<K> | undefined {
    if (value === undefined || value === null) return undefined
    const read = READERS[kind].read(value) as Read<K> | undefined
    if (read === undefined) this.ignore(field, value, READERS[kind].expected)
    return read
  }

  private entries<K extends 'record' | 'text'>(value: unknown, field: string, kind: K): Read<K>[] {
    const out: Read<K>[] = []
    const bad: number[] = []
    const list = this.list(value, field)
    list.forEach((entry, index) => {
      const read = READERS[kind].read(entry) as Read<K> | undefined
      if (read === undefined) bad.push(index)
      else out.push(read)
    })
    if (bad.length) {
      const more = bad.length > 1 ? ` (and ${bad.length - 1} more entr${bad.length > 2 ? 'ies' : 'y'})` : ''
      this.ignore(`${field}[${bad[0]}]${more}`, list[bad[0]], READERS[kind].expected, 'skipped')
    }
    return out
  }
}

export function answer(name: string, warn: Warn, step?: string): AnswerReader {
  return new AnswerReader(name, warn, step)
}

/** @deprecated the former name of `AnswerReader`, kept while core modules still import it. */
export type Answer = AnswerReader

/** A file of a transfer session (`files[]` of a TransferSession), as far as it is readable. */
export interface SessionFileView {
  id?: string
  fileName?: string
  size?: number
  checksum?: string
  state?: string
  href?: string
}

/** `files` of a TransferSession (or of `transfer` in a TransferStatus), entry by entry. */
export function sessionFiles(files: unknown, read: AnswerReader, field = 'files'): SessionFileView[] {
  return read.records(files, field).map((file) => ({
    id: read.text(file.id, `${field}[].id`),
    fileName: read.text(file.fileName, `${field}[].fileName`),
    size: read.num(file.size, `${field}[].size`),
    checksum: read.text(file.checksum, `${field}[].checksum`),
    state: read.text(file.state, `${field}[].state`),
    href: read.text(file.href, `${field}[].href`)
  }))
}
