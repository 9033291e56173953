import { describe, expect, it } from '@jest/globals'
import { describeFailure } from '../../src/core/commands/outcome.js'
import { DeliveryError, labelledError } from '../../src/core/errors.js'
import { answer, AnswerShapeError, bool, kindOf, num, record, sessionFiles, text } from '../../src/cryptshare/shape.js'

function reader(): { read: ReturnType<typeof answer>; warnings: string[] } {
  const warnings: string[] = []
  return { read: answer('transfer status', (m) => warnings.push(m)), warnings }
}

describe('plain readers', () => {
  it('record accepts objects only', () => {
    expect(record({ a: 1 })).toEqual({ a: 1 })
    for (const v of [null, [], 'x', 1, true, undefined]) expect(record(v)).toBeUndefined()
  })

  it('text accepts strings only', () => {
    expect(text('a')).toBe('a')
    expect(text('')).toBe('')
    for (const v of [null, 1, {}, [], true]) expect(text(v)).toBeUndefined()
  })

  it('num accepts finite numbers and numeric strings', () => {
    expect(num(5)).toBe(5)
    expect(num('1024')).toBe(1024)
    expect(num(' 2.5 ')).toBe(2.5)
    expect(num('-3')).toBe(-3)
    for (const v of [NaN, Infinity, '12abc', '', '0x10', null, {}, true]) expect(num(v)).toBeUndefined()
  })

  it('bool accepts booleans and "true"/"false" in any case', () => {
    expect(bool(true)).toBe(true)
    expect(bool('FALSE')).toBe(false)
    expect(bool(' true ')).toBe(true)
    for (const v of [0, 1, 'yes', null, {}, []]) expect(bool(v)).toBeUndefined()
  })

  it('kindOf names a value without showing it', () => {
    expect([null, [], {}, 'secret', 1, true, undefined].map(kindOf)).toEqual([
      'null',
      'list',
      'object',
      'string',
      'number',
      'boolean',
      'undefined'
    ])
  })
})

describe('an answer reader', () => {
  it('reads absent fields as absent, without a warning', () => {
    const { read, warnings } = reader()
    expect(read.text(undefined, 'a')).toBeUndefined()
    expect(read.num(null, 'a')).toBeUndefined()
    expect(read.list(undefined, 'a')).toEqual([])
    expect(read.records(null, 'a')).toEqual([])
    expect(warnings).toEqual([])
  })

  it('ignores a list of the wrong shape with one warning naming the field', () => {
    const { read, warnings } = reader()
    expect(read.records({}, 'status.recipients')).toEqual([])
    expect(read.records({}, 'status.recipients')).toEqual([])
    expect(warnings).toEqual([
      'The server\'s transfer status has "status.recipients" of the wrong shape (object, expected a list); ignored.'
    ])
  })

  it('skips entries of the wrong shape with one warning per list', () => {
    const { read, warnings } = reader()
    expect(read.records([null, { a: 1 }, 3, 'x'], 'status.files')).toEqual([{ a: 1 }])
    expect(read.texts([1, 'EMAIL', 2], 'verificationMethods')).toEqual(['EMAIL'])
    expect(warnings).toEqual([
      'The server\'s transfer status has "status.files[0] (and 2 more entries)" of the wrong shape (null, expected an object); skipped.',
      'The server\'s transfer status has "verificationMethods[0] (and 1 more entry)" of the wrong shape (number, expected a string); skipped.'
    ])
  })

  it('ignores a scalar of the wrong shape, accepting numeric and boolean strings', () => {
    const { read, warnings } = reader()
    expect(read.num('42', 'size')).toBe(42)
    expect(read.bool('true', 'removed')).toBe(true)
    expect(read.text(17, 'transfer.expirationDate')).toBeUndefined()
    expect(read.record('x', 'transfer')).toBeUndefined()
    expect(warnings).toEqual([
      'The server\'s transfer status has "transfer.expirationDate" of the wrong shape (number, expected a string); ignored.',
      'The server\'s transfer status has "transfer" of the wrong shape (string, expected an object); ignored.'
    ])
  })

  it('makes a field the delivery needs one protocol error naming it', () => {
    const { read, warnings } = reader()
    expect(read.must('text', 'ACTIVE', 'status.state', 'no state')).toBe('ACTIVE')
    expect(read.must('text', undefined, 'status.state', 'no state', true)).toBeUndefined()
    const wrong = (): unknown => read.must('text', 7, 'status.state', 'the state is unknown.', true)
    expect(wrong).toThrow(AnswerShapeError)
    expect(wrong).toThrow(
      'The server\'s transfer status has "status.state" of the wrong shape (number, expected a string): the state is unknown.'
    )
    expect(() => read.must('bool', undefined, 'allowed', 'nothing to decide on.')).toThrow(
      'The server\'s transfer status has no "allowed" (expected a boolean): nothing to decide on.'
    )
    expect(warnings).toEqual([])
  })

  it('a shape error is a cryptshare-level error: not a DeliveryError, with its step and message kept when labelled', () => {
    const error = answer('transfer policy', () => undefined, 'transfer policy check').error(
      'allowed',
      undefined,
      'a boolean',
      'nothing to decide on.'
    )
    expect(error).toBeInstanceOf(AnswerShapeError)
    expect(error).not.toBeInstanceOf(DeliveryError)
    expect(error.step).toBe('transfer policy check')
    const labelled = labelledError('some step', error)
    expect(labelled).toBeInstanceOf(DeliveryError)
    expect(labelled.cause).toBe(error)
    expect(labelled.message).toBe(
      'The server\'s transfer policy has no "allowed" (expected a boolean): nothing to decide on.'
    )
    expect(labelled.step).toBe('transfer policy check')
    expect(describeFailure(error)).toBe(labelled.message)
  })

  it('never puts the value itself into a warning', () => {
    const { read, warnings } = reader()
    read.text({ token: 'SECRET-TOKEN' }, 'downloadUrl')
    read.num('SECRET-TOKEN', 'size')
    expect(warnings.join('\n')).not.toContain('SECRET')
  })
})

describe('sessionFiles', () => {
  it('reads each file field by field, skipping what has the wrong shape', () => {
    const { read, warnings } = reader()
    expect(
      sessionFiles(
        [{ id: 'f1', fileName: 'a.zip', size: '10', state: 'UPLOADED' }, null, { id: 2, fileName: 'b' }],
        read
      )
    ).toEqual([
      { id: 'f1', fileName: 'a.zip', size: 10, checksum: undefined, state: 'UPLOADED' },
      { id: undefined, fileName: 'b', size: undefined, checksum: undefined, state: undefined }
    ])
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain('"files[1]"')
    expect(warnings[1]).toContain('"files[].id" of the wrong shape (number, expected a string)')
  })

  it('reads a files object as no files, with a warning', () => {
    const { read, warnings } = reader()
    expect(sessionFiles({}, read)).toEqual([])
    expect(warnings).toEqual([
      'The server\'s transfer status has "files" of the wrong shape (object, expected a list); ignored.'
    ])
  })
})
