/** What the emulator knows: requests, tokens, sessions and transfers, recipient copies, counters. */
import { randomAlnum } from './random.js'
import type { RecordedRequest, RevocationRecord, SessionRecord } from './types.js'
import type { RecipientCopy } from './views.js'

const TOKEN_VALIDITY = 86_400_000

export interface IssuedToken {
  token: string
  validUntil: number
}

export class EmulatorState {
  readonly requests: RecordedRequest[] = []
  readonly sessions = new Map<string, SessionRecord>()
  /** Last emailed verification code per sender (lower-case email), for email verification. */
  readonly emailCodes = new Map<string, string>()
  /** Recipient copies of each finalized transfer, by tracking id. */
  readonly copies = new Map<string, RecipientCopy[]>()
  /** Successful revocations in order. */
  readonly revocations: RevocationRecord[] = []
  tokensIssued = 0
  policyChecks = 0
  /** Base URL once started (no `/api`). */
  baseUrl = ''
  /** Where uploads are stored once started. */
  storageDir = ''
  private readonly tokens = new Map<string, IssuedToken>()
  private uploadSeq = 0

  /** A new token for this sender + client id; it replaces (invalidates) the previous one. */
  issueToken(email: string, clientId: string): IssuedToken {
    const issued: IssuedToken = { token: randomAlnum(40), validUntil: Date.now() + TOKEN_VALIDITY }
    this.tokens.set(tokenKey(email, clientId), issued)
    this.tokensIssued++
    return issued
  }

  /** The issued token when `token` is the current, unexpired one of this sender + client id. */
  validToken(email: string, clientId: string, token: string): IssuedToken | undefined {
    const issued = this.tokens.get(tokenKey(email, clientId))
    return issued && issued.token === token && issued.validUntil > Date.now() ? issued : undefined
  }

  /** A tracking id `YYYYMMDD-HHMMSS-xxxxxxxx` no session has yet. */
  newTrackingId(now: number): string {
    const stamp = new Date(now).toISOString() // YYYY-MM-DDTHH:MM:SS
    const prefix = `${stamp.slice(0, 10).replace(/-/g, '')}-${stamp.slice(11, 19).replace(/:/g, '')}`
    for (;;) {
      const id = `${prefix}-${randomAlnum(8)}`
      if (!this.sessions.has(id)) return id
    }
  }

  /** Numbers the uploads, so that parallel PUTs of one file never share a temporary file. */
  nextUploadSeq(): number {
    return ++this.uploadSeq
  }

  revocationOf(trackingId: string): RevocationRecord | undefined {
    return this.revocations.find((revocation) => revocation.trackingId === trackingId)
  }

  /** Sessions created and neither deleted nor finalized. */
  liveSessions(): SessionRecord[] {
    return [...this.sessions.values()].filter((s) => s.state === 'OPEN')
  }

  /** Finalized sessions (transfers). */
  transfers(): SessionRecord[] {
    return [...this.sessions.values()].filter((s) => s.state === 'FINALIZED')
  }
}

function tokenKey(email: string, clientId: string): string {
  return `${email.toLowerCase()}\u0000${clientId}`
}
