// A server's answer to one call, and reading its body: JSON (unwrapped from `{data, meta}`), a
// body cut short, a body that is no API answer at all (a proxy's or login page's), headers.
import type { HttpResponse } from '../http/transport.js'
import { CryptshareError } from './errors.js'

/** An answer together with the request it answers (for error messages). */
export interface Reply extends HttpResponse {
  method: string
  /** The request's URL, redacted (no query string). */
  url: string
}

/** A protocol error about `reply`: the request is named, `what` says what is wrong with the answer. */
export function protocolError(reply: Reply, what: string): CryptshareError {
  return new CryptshareError({
    kind: 'protocol',
    status: reply.status,
    method: reply.method,
    url: reply.url,
    message: what
  })
}

/** Parses a success body and unwraps `{data, meta}`; an unwrapped body is accepted too. */
export function replyJson<T>(reply: Reply): T {
  const parsed = parseJson(reply.body)
  if (parsed === undefined && looksTruncated(reply.body)) {
    throw new CryptshareError({
      kind: 'protocol',
      status: reply.status,
      method: reply.method,
      url: reply.url,
      code: 'ETRUNCATED',
      message: `the answer was truncated: its JSON ends early after ${reply.body.length} bytes`
    })
  }
  if (parsed === undefined || typeof parsed !== 'object' || parsed === null) {
    throw protocolError(
      reply,
      `expected a JSON answer but got ${reply.body.length ? `a ${contentType(reply)} body` : 'an empty body'}`
    )
  }
  const record = parsed as Record<string, unknown>
  return ('data' in record ? (record.data ?? {}) : record) as T
}

/**
 * Whether a body that failed to parse is JSON cut short: it opens an object or array, and at its
 * end a string or a bracket is still open, with no bracket closed wrongly before.
 */
export function looksTruncated(body: Buffer): boolean {
  const text = body.toString('utf8').trim()
  if (!/^[[{]/.test(text)) return false
  const open: string[] = []
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') open.push(c === '{' ? '}' : ']')
    else if (c === '}' || c === ']') {
      if (open.pop() !== c) return false
      if (open.length === 0) return false
    }
  }
  return inString || open.length > 0
}

/** The body as JSON, or undefined when it is empty or no JSON. */
export function parseJson(body: Buffer): unknown {
  if (!body.length) return undefined
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

/** A success body the API could have sent: none, JSON by its type, or a JSON object or array. */
export function isApiAnswer(response: HttpResponse): boolean {
  if (!response.body.length) return true
  if (/json/i.test(contentType(response))) return true
  const parsed = parseJson(response.body)
  return typeof parsed === 'object' && parsed !== null
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The media type of the body (`untyped` when the server names none). */
export function contentType(response: HttpResponse): string {
  return (header(response, 'content-type') ?? 'untyped').split(';')[0].trim() || 'untyped'
}
