import { describe, expect, it } from '@jest/globals'
import { escapeControls, hasControlCharacters, logText } from '../../src/core/log-text.js'

describe('logText', () => {
  it('keeps a message on one line, showing control characters escaped', () => {
    expect(logText('a\nb\r\nc\td')).toBe('a\\nb\\r\\nc\\td')
    expect(logText('x\u001b[31mred\u0000\u007f')).toBe('x\\u001b[31mred\\u0000\\u007f')
    expect(logText('c1 \u0085 \u009b end')).toBe('c1 \\u0085 \\u009b end')
    expect(logText('line\u2028sep\u2029')).toBe('line\\u2028sep\\u2029')
  })

  it('shows bidirectional overrides and isolates escaped', () => {
    expect(logText('invoice\u202egpj.exe')).toBe('invoice\\u202egpj.exe')
    for (const c of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f'
    ])
      expect(logText(`a${c}b`)).toBe(`a\\u${c.charCodeAt(0).toString(16)}b`)
  })

  it('neutralises a line that would start a runner command, visibly', () => {
    expect(logText('::stop-commands::abc')).toBe('\\::stop-commands::abc')
    expect(logText('   ::error title=x::forged')).toBe('   \\::error title=x::forged')
    expect(logText('x\n::add-mask::y')).toBe('x\\n::add-mask::y')
    expect(logText('##[group]forged')).toBe('##\\[group]forged')
    expect(logText('see ##vso[task.setvariable variable=x]1')).toBe('see ##vso\\[task.setvariable variable=x]1')
  })

  it('leaves ordinary text, Windows paths and non-ASCII names alone', () => {
    for (const text of ['Uploaded dist/app.zip (2.00 MiB).', 'C:\\ws\\dist\\app.zip', 'Ünïcödé 日本 😀', 'a :: b'])
      expect(logText(text)).toBe(text)
  })

  it('escapes the same set that hasControlCharacters reports, and is idempotent', () => {
    expect(hasControlCharacters('plain name.zip')).toBe(false)
    expect(hasControlCharacters('x\n.txt')).toBe(true)
    expect(hasControlCharacters('a\u202eb')).toBe(true)
    expect(hasControlCharacters('a\u0085b')).toBe(true)
    const once = escapeControls('a\n\u001b\u202e')
    expect(hasControlCharacters(once)).toBe(false)
    expect(escapeControls(once)).toBe(once)
  })
})
