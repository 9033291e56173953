// The one set of characters that must never reach a log line, a message or a URL path segment as
// they are, and the helpers built on it: every layer above escapes, refuses or tests with these.

/**
 * The set, as regex class bodies: C0 controls (line breaks among them); then DEL, C1 controls,
 * the Arabic letter mark, the Unicode line/paragraph separators and the bidirectional controls
 * that can make a text read differently from what it is (U+200E/F, U+202A–U+202E, U+2066–U+2069).
 */
const C0 = '\\u0000-\\u001f'
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069'
const CONTROLS = `${C0}${BEYOND_C0}`

/** Matches every control character of the set (global: use with `replace`). */
export const CONTROL_CHARACTERS = new RegExp(`[${CONTROLS}]`, 'g')

/** Matches the characters of the set that JSON.stringify does not escape (all but C0; global). */
export const CONTROL_CHARACTERS_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g')

/** Matches every control character of the set, a double quote and a backslash (for quoting). */
export const QUOTE_ESCAPES = new RegExp(`[${CONTROLS}"\\\\]`, 'g')

/** The longest identifier (tracking id, file id) this tool takes. */
export const MAX_ID_LENGTH = 200

/**
 * Matches a value that cannot be an identifier the server names (a tracking id, a file id): one
 * holding a control character of the set, white space, `/` or `\`, or one that is `.` or `..`
 * (it becomes one path segment of the API's URLs). The same rule for an id typed as an option and
 * one read from a `Location` header.
 */
export const IMPLAUSIBLE_ID = new RegExp(`^\\.{1,2}$|[\\s/\\\\${CONTROLS}]`)

/** Whether `id` can be an identifier: 1 to MAX_ID_LENGTH characters, none that IMPLAUSIBLE_ID refuses. */
export function isPlausibleId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && !IMPLAUSIBLE_ID.test(id)
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Whether `text` holds a character that `escapeControls` would rewrite. */
export function hasControlCharacters(text: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0
  return CONTROL_CHARACTERS.test(text)
}

/** Shows control and bidi characters as visible escapes (`\n`, `\u001b`, `\u202e`): one line. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => NAMED[c] ?? unicodeEscape(c))
}

/** `\u202e` for U+202E: the JSON and JavaScript escape of one UTF-16 unit. */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}
