// Identifiers the server names in `Location` headers (tracking ids, file ids). A value no real
// server would send (broken percent-encoding, a `/` or control characters once decoded) is refused
// rather than used in later URLs, log lines and outputs.

import { IMPLAUSIBLE_ID as IMPLAUSIBLE, MAX_ID_LENGTH, QUOTE_ESCAPES } from '../http/text.js'

export type LocationId = { id: string; raw: string } | { problem: string; raw?: string }

/** The decoded last path segment of a `Location` value, or why it cannot be an identifier. */
export function idFromLocation(location: string): LocationId {
  const path = location.split(/[?#]/)[0].replace(/\/+$/, '')
  const raw = path.slice(path.lastIndexOf('/') + 1)
  if (!raw) return { problem: 'it ends in no path segment' }
  let id: string
  try {
    id = decodeURIComponent(raw)
  } catch {
    return { problem: `its last segment ${quoted(raw)} is not a valid percent-encoding`, raw }
  }
  if (id.length > MAX_ID_LENGTH) return { problem: `its last segment is ${id.length} characters long`, raw }
  if (IMPLAUSIBLE.test(id)) return { problem: `its last segment decodes to ${quoted(id)}`, raw }
  if (!id.trim()) return { problem: 'its last segment is blank', raw }
  return { id, raw }
}

/** A value in double quotes with every invisible or line-breaking character shown escaped. */
export function quoted(value: string): string {
  const short = value.length > 120 ? `${value.slice(0, 120)}…` : value
  return `"${short.replace(QUOTE_ESCAPES, escapeChar)}"`
}

function escapeChar(c: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' }
  return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}
