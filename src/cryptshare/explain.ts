import { CryptshareError, TokenRefusedError } from './errors.js'

/** What to do about well-known Cryptshare error codes. */
const HINTS: Record<number, string> = {
  1002: 'a required header or parameter is missing; this is a bug in this tool, please report it',
  1004: 'the server refused a value that was sent; check the options named in the message',
  1005: 'the server refused the sender address or an id in the URL; check the sender address',
  2001: "the server's transfer rules do not allow these settings; ask the administrator or change the options",
  2004: 'the server does not support the API version this tool needs (REST API 1.8 or later); ask the administrator to update Cryptshare',
  2007: 'the server is rate limiting; try again later',
  3001: 'the REST API is not licensed on this server; ask the administrator',
  3002: 'the verification is not valid: the client id must be registered by an administrator for this sender, or the verification token is expired',
  3010: "the server's transfer policy does not allow this sender; ask the administrator",
  3011: "the server's transfer policy does not allow this sender and recipient combination; ask the administrator"
}

/** One line that says what went wrong in a request, with the server's code and text. */
export function explainRequestFailure(error: CryptshareError): string {
  const request = `(${error.method} ${shorten(error.url)})`
  if (error.code === 'ETRUNCATED') {
    return `${error.message} ${request}. The answer was cut short by the server or a proxy in between; try again, and check any proxy if it keeps happening.`
  }
  switch (error.kind) {
    case 'http': {
      if (error.status >= 300 && error.status < 400) {
        return `${error.message} ${request}: the server URL answers with a redirect; check the server URL (/api is added to it, and no redirect is followed) and any proxy or single sign-on page in front of the server.`
      }
      if (error.message.endsWith('(Retry-After); try again later')) return `${error.message} ${request}`
      if (error.errorCode === undefined && !error.errorMessage && error.message.includes('not a Cryptshare API')) {
        return `${error.message} ${request}. The server URL does not look like a Cryptshare API: check it (/api is added to it) and any proxy in between.`
      }
      const server =
        error.errorCode !== undefined || error.errorMessage
          ? `, errorCode ${error.errorCode ?? 'none'}: ${error.errorMessage ?? '(no message)'}`
          : ''
      const hint =
        error instanceof TokenRefusedError
          ? tokenHint(error)
          : error.errorCode !== undefined
            ? HINTS[error.errorCode]
            : undefined
      return `HTTP ${error.status}${server} ${request}${hint ? `. Hint: ${hint}` : ''}`
    }
    case 'protocol':
      return `${error.message} ${request}. The server URL does not look like a Cryptshare API: check it (/api is added to it).`
    case 'timeout':
      return `${error.message} ${request}. The server is not answering in time: check that it is up and reachable from this machine (firewall, https_proxy/no_proxy).`
    default:
      return `${error.message}${error.url ? ` ${request}` : ''}`
  }
}

/** Why a sender endpoint refused the token, once the client has done what it can. */
function tokenHint(error: TokenRefusedError): string {
  if (!error.renewable)
    return 'the server refused the given verification token (expired, replaced by a newer verification of this sender, or not the token this transfer was created with); a given token cannot be renewed: obtain a new one, or use client-id verification'
  return "the server refused this run's verification token even after verifying the sender again: it accepts here only the token the session or transfer was created with, and another run for the same sender (a parallel job, a dry run, a status poller) may have made the server drop that token"
}

/** Longest piece of a value (an input, a URL) quoted in a message. */
export const QUOTE_LIMIT = 200

/** A value as a message may quote it: at most `limit` characters, then `…` and the full length. */
export function shorten(value: string, limit: number = QUOTE_LIMIT): string {
  const chars = Array.from(value)
  if (chars.length <= limit) return value
  return `${chars.slice(0, limit).join('')}… (${chars.length} characters)`
}
