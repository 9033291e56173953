import { describe, expect, it } from '@jest/globals'
import {
  CONTROL_CHARACTERS,
  escapeControls,
  hasControlCharacters,
  isPlausibleId,
  QUOTE_ESCAPES
} from '../../src/http/text.js'
import { idFromLocation, quoted } from '../../src/cryptshare/location.js'
import { NEUTRAL_NAMING } from '../../src/core/contract.js'
import { InputError } from '../../src/core/options.js'
import { readRevokeSettings, readStatusSettings } from '../../src/core/transfer-options.js'
import { logText } from '../../src/core/log-text.js'
import { logSafeJson } from '../../src/cli/results.js'

/** Characters one set refuses everywhere: bidi controls, C0, DEL, and the path separators of an id. */
const BAD_IN_IDS = ['\u202e', '\u2066', '\u0000', '\u007f', '/', '\\']
const CLIENT_ID = 'A'.repeat(64)

function source(values: Record<string, string>) {
  return { get: (name: string) => values[name] ?? '', naming: NEUTRAL_NAMING }
}

function typed(trackingId: string): Record<string, string> {
  return {
    'server-url': 'https://cs.example.com',
    'client-id': CLIENT_ID,
    'sender-email': 'bot@example.com',
    'tracking-id': trackingId
  }
}

describe('one set of control characters', () => {
  it('is what logs, quotes, JSON output and ids all use', () => {
    for (const c of [
      '\u0000',
      '\u001b',
      '\n',
      '\u007f',
      '\u0085',
      '\u061c',
      '\u200e',
      '\u2028',
      '\u202e',
      '\u2066',
      '\u2069'
    ]) {
      expect(hasControlCharacters(`a${c}b`)).toBe(true)
      expect(escapeControls(`a${c}b`)).not.toContain(c)
      expect(logText(`a${c}b`)).not.toContain(c)
      expect(quoted(`a${c}b`)).not.toContain(c)
      expect(logSafeJson(`a${c}b`)).not.toContain(c)
      expect(JSON.parse(logSafeJson(`a${c}b`))).toBe(`a${c}b`)
      expect(isPlausibleId(`a${c}b`)).toBe(false)
    }
    expect(hasControlCharacters('plain text, ü and 漢字')).toBe(false)
    expect(CONTROL_CHARACTERS.flags).toContain('g')
    expect(QUOTE_ESCAPES.flags).toContain('g')
  })

  it('takes an id the server could name, and nothing that is not one path segment', () => {
    expect(isPlausibleId('20240522-065711-H8UoUSI6')).toBe(true)
    for (const id of ['', ' ', 'a b', '.', '..', 'x'.repeat(201)]) expect(isPlausibleId(id)).toBe(false)
    expect(isPlausibleId('x'.repeat(200))).toBe(true)
  })
})

describe('a tracking id typed as an option and one read from Location follow the same rule', () => {
  it.each(BAD_IN_IDS)('%j inside a typed tracking id is a usage error naming the option', (c) => {
    for (const read of [readRevokeSettings, readStatusSettings]) {
      expect(() => read(source(typed(`T${c}1`)))).toThrow(InputError)
      expect(() => read(source(typed(`T${c}1`)))).toThrow(/"tracking-id" is not a tracking id/)
    }
  })

  it.each(BAD_IN_IDS)('%j inside the id a Location names is refused', (c) => {
    const named = idFromLocation(`/api/users/bot@example.com/transfer-sessions/T${encodeURIComponent(c)}1`)
    expect('problem' in named).toBe(true)
  })

  it('both take a real tracking id', () => {
    expect(readStatusSettings(source(typed('20240522-065711-H8UoUSI6'))).trackingId).toBe('20240522-065711-H8UoUSI6')
    expect(idFromLocation('/api/users/bot@example.com/transfer-sessions/20240522-065711-H8UoUSI6')).toEqual({
      id: '20240522-065711-H8UoUSI6',
      raw: '20240522-065711-H8UoUSI6'
    })
  })
})
