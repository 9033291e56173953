/** Value formats: email addresses, ISO 8601 dates, language tags, identifiers. */

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/

/** A plain `local@domain.tld` address (no quoted local parts, no IP literals). */
export function isEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false
  const at = value.lastIndexOf('@')
  if (at <= 0) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (local.length > 64 || !LOCAL_PART.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false
  return !/^\d+$/.test(labels[labels.length - 1])
}

/** Decodes a percent-encoded path segment; undefined when the encoding is broken. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

/** Milliseconds of an ISO 8601 date-time with `Z` or `±HH:MM` offset; undefined if malformed. */
export function parseIsoWithOffset(value: string): number | undefined {
  const m = ISO_WITH_OFFSET.exec(value)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number)
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined
  const local = Date.UTC(year, month - 1, day, hour, minute, second)
  if (new Date(local).getUTCDate() !== day) return undefined
  let offsetMinutes = 0
  if (m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1
    const oh = Number(m[8].slice(1, 3))
    const om = Number(m[8].slice(4, 6))
    if (oh > 18 || om > 59) return undefined
    offsetMinutes = sign * (oh * 60 + om)
  }
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0
  return local - offsetMinutes * 60_000 + fraction
}

/** `YYYY-MM-DDTHH:MM:SS+00:00` (the server's own format). */
export function formatIso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`
}

/** A BCP 47-ish language tag such as `en`, `de-DE`, `en_US`. */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value)
}

/** The first usable language of an Accept-Language header, else undefined. */
export function firstLanguage(header: string | undefined): string | undefined {
  if (!header) return undefined
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim()
    if (isLanguageTag(tag)) return tag
  }
  return undefined
}

export const CLIENT_ID = /^[A-Za-z0-9]{50,4000}$/
export const TRACKING_ID = /^\d{8}-\d{6}-[A-Za-z0-9]{8}$/
export const FILE_ID = /^[A-Za-z0-9]{10}$/

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
