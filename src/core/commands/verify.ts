// Email verification as a command: the server mails a code to the sender, and the code is
// exchanged for a verification token (for servers without client-id verification).
import { openConnection, type Connection, type ConnectionSettings } from '../connection.js'
import { exchangeEmailCode, requestEmailCode } from '../email-verification.js'
import type { Host } from '../host.js'
import { optionReader, type OptionSource } from '../options.js'

export interface EmailVerificationSettings extends ConnectionSettings {
  serverUrl: string
  sender: string
  /** The mailed code, when given with the options. */
  code: string
}

export function readEmailVerificationSettings(source: OptionSource): EmailVerificationSettings {
  const read = optionReader(source)
  const serverUrl = read.serverUrl('server-url')
  return {
    serverUrl,
    apiBase: `${serverUrl}/api`,
    clientId: read.clientId('client-id'),
    sender: read.email('sender-email'),
    retries: read.nonNegative('retries'),
    language: read.language('language'),
    code: read.raw('code')
  }
}

/** The two steps of email verification over one connection; `close` when done. */
export interface EmailVerification {
  /** Has the server mail a code to the sender (once it is known to offer email verification). */
  requestCode(): Promise<void>
  /** Exchanges the code for a token (passed to the host's `secret` first). */
  exchange(code: string): Promise<{ token: string; validUntil?: string }>
  close(): void
}

export function openEmailVerification(settings: EmailVerificationSettings, host: Host): EmailVerification {
  const connection: Connection = openConnection(settings, host)
  return {
    requestCode: () => requestEmailCode(connection.client, settings.sender, (message) => host.warning(message)),
    async exchange(code) {
      host.secret(code)
      const verified = await exchangeEmailCode(connection.client, settings.sender, code)
      host.secret(verified.token)
      return verified
    },
    close: () => connection.close()
  }
}
