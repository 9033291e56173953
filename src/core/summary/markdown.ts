// The pieces of a Markdown summary (a GitHub job summary, a GitLab note, a release description).
// Every text that comes from a file name, an option or the server goes through `text` or `code`:
// it can neither break a table nor inject HTML, Markdown or a line of its own.
import { escapeControls } from '../log-text.js'

/** Characters that mean something in Markdown or HTML, written as numeric character references. */
const MARKUP = /[&<>"'|`*_[\]\\~]/g

/** Plain text, safe anywhere in a Markdown line or a table cell. */
export function text(value: string): string {
  return escapeControls(value).replace(MARKUP, (c) => `&#${c.charCodeAt(0)};`)
}

/** Monospace text (a tracking id, a digest), as escaped as `text`. */
export function code(value: string): string {
  return `<code>${text(value)}</code>`
}

/** A table: the cells are already escaped (built with `text`/`code`). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** The bytes one table row adds to the summary. */
export function rowBytes(cells: string[]): number {
  return Buffer.byteLength(`| ${cells.join(' | ')} |\n`)
}

/** "1 file", "3 files". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}
