// Everything the action prints goes through here, so that no file name, server answer or input
// can start a runner command or spread one message over several log lines.

/**
 * Characters that must never reach the log as they are: C0 controls (line breaks among them),
 * DEL, C1 controls, the Unicode line/paragraph separators and the bidirectional controls that can
 * make a text read differently from what it is (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Runner command prefixes: GitHub's `::name::` at the start of a line, `##[` and `##vso[` anywhere. */
const LINE_COMMAND = /^(\s*)::/
const BRACKET_COMMAND = /##(vso)?\[/g

/** Whether `text` holds a character that `escapeControls` would rewrite. */
export function hasControlCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0
  return UNSAFE.test(text)
}

/** Shows control and bidi characters as visible escapes (`\n`, `\u001b`, `\u202e`): one line. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Makes a message safe to print as a plain log line (`core.info`, group titles): control
 * characters escaped, and a runner command prefix neutralised visibly with a backslash
 * (`\::stop-commands::x`, `##\[group]`, `##vso\[task.setvariable]`).
 */
export function logText(text: string): string {
  return escapeControls(text)
    .replace(LINE_COMMAND, '$1\\::')
    .replace(BRACKET_COMMAND, (prefix) => `${prefix.slice(0, -1)}\\[`)
}
