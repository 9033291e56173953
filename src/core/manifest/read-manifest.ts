// A delivery manifest read from YAML or JSON, checked field by field before anything else
// happens: every error names the entry and the field. Values become the text an option takes
// (a list of addresses or patterns one per line), so each entry is then read by the same
// reader as a single delivery.
import { parseDocument } from 'yaml'
import { isPlausibleId } from '../../http/text.js'
import { escapeControls } from '../log-text.js'
import { InputError } from '../option-values.js'
import { DEFAULT_FIELDS, ENTRY_FIELDS, RUN_ONLY } from './fields.js'

export interface ManifestEntry {
  name: string
  /** Field → the option's text. */
  values: Record<string, string>
}

export interface Manifest {
  defaults: Record<string, string>
  entries: ManifestEntry[]
}

/** The largest manifest read (it is settings, not data). */
export const MAX_MANIFEST_BYTES = 1024 * 1024

export function readManifest(text: string, source: string): Manifest {
  const where = `The manifest ${source}`
  if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES)
    throw new InputError(`${where} is over 1 MiB: it holds settings, not data.`)
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  if (document.errors.length) {
    const [error] = document.errors
    throw new InputError(`${where} is not valid YAML or JSON (${error.message.split('\n')[0]}).`)
  }
  const top: unknown = document.toJS()
  if (!isRecord(top)) throw new InputError(`${where} must be a mapping with "deliveries:" (a list of entries).`)
  const { deliveries, version, ...rest } = top
  if (version !== undefined && version !== 1)
    throw new InputError(`${where} has version ${JSON.stringify(version)}; this tool reads version 1.`)
  const defaults = fields(rest, DEFAULT_FIELDS, `${where}, at the top,`)
  if (!Array.isArray(deliveries) || deliveries.length === 0)
    throw new InputError(
      `${where} has no "deliveries:": give a list of entries, each with a "name", its "recipients" and "files".`
    )
  const seen = new Set<string>()
  const entries = deliveries.map((raw, index) => {
    const label = `${where}, delivery ${index + 1}`
    if (!isRecord(raw)) throw new InputError(`${label} is not a mapping of fields.`)
    const values = fields(raw, ENTRY_FIELDS, label)
    const name = values.name ?? ''
    if (!name) throw new InputError(`${label} has no "name": give each delivery a unique name.`)
    if (!isPlausibleId(name) || name.length > 100)
      throw new InputError(
        `${label} has the name "${escapeControls(name)}": use letters, digits, "-" or "_" (at most 100), no spaces or slashes.`
      )
    if (seen.has(name.toLowerCase()))
      throw new InputError(`${where} names two deliveries "${name}": each name must be unique.`)
    seen.add(name.toLowerCase())
    delete values.name
    return { name, values }
  })
  return { defaults, entries }
}

/** Checks every key of a mapping against the fields allowed there; values as option text. */
function fields(map: Record<string, unknown>, allowed: Record<string, unknown>, label: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(map)) {
    const field = `"${escapeControls(key)}"`
    if ((RUN_ONLY as readonly string[]).includes(key))
      throw new InputError(
        `${label} sets ${field}, which belongs to the run (an input or flag), never to the manifest.`
      )
    if (!(key in allowed)) throw new InputError(`${label} has an unknown field ${field}${suggestion(key, allowed)}.`)
    out[key] = optionText(value, `${label}, field ${field},`)
  }
  return out
}

/** A YAML value as option text: a list one item per line; a mapping is an error. */
function optionText(value: unknown, label: string): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => optionText(item, label)).join('\n')
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new InputError(`${label} must be text, a number, true/false or a list; got a mapping.`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `; did you mean "recipients"?` for a near miss. */
function suggestion(key: string, allowed: Record<string, unknown>): string {
  const near = Object.keys(allowed).find((name) => distance(name, key.toLowerCase()) <= 2)
  return near ? `; did you mean "${near}"?` : ''
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}
