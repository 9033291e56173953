// Everything the action prints goes through here, so that no file name, server answer or input
// can start a runner command or spread one message over several log lines. The characters that
// are escaped are the one set of src/http/text.ts.
import { escapeControls } from '../http/text.js'

export { CONTROL_CHARACTERS_IN_JSON, escapeControls, hasControlCharacters } from '../http/text.js'

/** Runner command prefixes: GitHub's `::name::` at the start of a line, `##[` and `##vso[` anywhere. */
const LINE_COMMAND = /^(\s*)::/
const BRACKET_COMMAND = /##(vso)?\[/g

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
