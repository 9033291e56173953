import { CryptshareError } from './errors.js'

/** What to do about well-known Cryptshare error codes. */
const HINTS: Record<number, string> = {
  1002: 'a required header or parameter is missing; this is a bug in the action, please report it',
  1004: 'the server refused a value the action sent; check the inputs named in the message',
  1005: 'the server refused the sender address or an id in the URL; check sender-email',
  2001: "the server's transfer rules do not allow these settings; ask the administrator or change the inputs",
  2004: 'the server does not support the API version this action needs (REST API 1.8 or later); ask the administrator to update Cryptshare',
  2007: 'the server is rate limiting; try again later',
  3001: 'the REST API is not licensed on this server; ask the administrator',
  3002: 'the verification is not valid: the client id must be registered by an administrator for this sender, or the verification token is expired',
  3010: "the server's transfer policy does not allow this sender; ask the administrator",
  3011: "the server's transfer policy does not allow this sender and recipient combination; ask the administrator"
}

/** One line that says what went wrong in a request, with the server's code and text. */
export function explainRequestFailure(error: CryptshareError): string {
  switch (error.kind) {
    case 'http': {
      if (error.errorCode === undefined && !error.errorMessage && error.message.includes('not a Cryptshare API')) {
        return `${error.message} (${error.method} ${error.url}). The server URL does not look like a Cryptshare API: check "server-url" (the action adds /api) and any proxy in between.`
      }
      const server =
        error.errorCode !== undefined || error.errorMessage
          ? `, errorCode ${error.errorCode ?? 'none'}: ${error.errorMessage ?? '(no message)'}`
          : ''
      const hint = error.errorCode !== undefined ? HINTS[error.errorCode] : undefined
      return `HTTP ${error.status}${server} (${error.method} ${error.url})${hint ? `. Hint: ${hint}` : ''}`
    }
    case 'protocol':
      return `${error.message} (${error.method} ${error.url}). The server URL does not look like a Cryptshare API: check "server-url" (the action adds /api).`
    case 'timeout':
      return `${error.message} (${error.method} ${error.url}). The server stopped answering: check that it is up and reachable from the runner (firewall, https_proxy/no_proxy); CRYPTSHARE_TIMEOUT_SECONDS sets the limit.`
    default:
      return `${error.message}${error.url ? ` (${error.method} ${error.url})` : ''}`
  }
}
