// The API's URLs: the base as configured, the sender's resources below it, and `Location` values
// the server names (resolved, rebased onto our server, shown without their query string).
import { redact } from '../http/transport.js'

/** The URLs of one server's API, e.g. below `https://cs.example.com/api`. */
export class ApiUrls {
  /** The API base without trailing slashes. */
  readonly base: string

  constructor(apiBase: string) {
    this.base = apiBase.replace(/\/+$/, '')
  }

  /** A path below the API base (`password`, `status`, …). */
  api(path: string): string {
    return `${this.base}/${path}`
  }

  /** A path below the sender's resources: `…/users/{email}/{path}`. */
  user(email: string, path: string): string {
    return this.api(`users/${encodePathSegment(email)}/${path}`)
  }

  session(email: string, trackingId: string): string {
    return this.user(email, `transfer-sessions/${encodeURIComponent(trackingId)}`)
  }

  transfer(email: string, trackingId: string): string {
    return this.user(email, `transfers/${encodeURIComponent(trackingId)}`)
  }

  /**
   * Resolves a `Location` header (absolute or relative). An absolute URL on another origin
   * (e.g. an internal host name behind a reverse proxy) is rebased onto our server. A query
   * string is kept (after the path: see `appendPath`); a fragment is dropped.
   */
  resolve(location: string): string {
    const base = new URL(`${this.base}/`)
    const url = new URL(location, base)
    url.hash = ''
    if (url.origin === base.origin) return url.href
    const apiIndex = url.pathname.indexOf('/api/')
    const tail = apiIndex >= 0 ? url.pathname.slice(apiIndex + '/api/'.length) : url.pathname.replace(/^\/+/, '')
    return `${this.base}/${tail}${url.search}`
  }
}

/** `…/resource?q` + `content` → `…/resource/content?q`: a path is appended before the query. */
export function appendPath(resource: string, segment: string): string {
  const url = new URL(resource)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment}`
  return url.href
}

/** A redirect target as it may be shown: resolved against the request, without its query string. */
export function redactLocation(location: string, requestUrl: string): string {
  try {
    return redact(new URL(location, requestUrl))
  } catch {
    return location.split(/[?#]/)[0]
  }
}

/** The decoded last path segment of a `Location` value, if it has one. */
export function lastSegment(location: string | undefined): string | undefined {
  if (!location) return undefined
  const path = location.split(/[?#]/)[0].replace(/\/+$/, '')
  const segment = path.slice(path.lastIndexOf('/') + 1)
  return segment ? decodeURIComponent(segment) : undefined
}

/** Percent-encodes everything outside RFC 3986 `pchar`, so `@` and `+` stay as they are. */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value).replace(/%(40|2B|3A|21|24|26|27|28|29|2A|2C|3B|3D)/gi, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  )
}
