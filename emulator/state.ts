/** What the emulator knows: requests, tokens, sessions and transfers, recipient copies, counters. */
import { randomAlnum } from './random.js'
import type { RecordedRequest, RevocationRecord, SessionRecord } from './types.js'
import type { RecipientCopy } from './views.js'

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
  /** Issued tokens of each sender + client id, newest last (the valid ones among them). */
  private readonly tokens = new Map<string, IssuedToken[]>()
  private uploadSeq = 0

  /**
   * A verification of this sender + client id: by `issuing`, the current token again (`same`,
   * while valid), a new one beside the older ones (`new`), or a new one that invalidates them
   * (`replace`). Every verification counts in `tokensIssued`.
   */
  issueToken(email: string, clientId: string, issuing: 'same' | 'new' | 'replace', validityMs: number): IssuedToken {
    const key = tokenKey(email, clientId)
    const now = Date.now()
    const valid = (this.tokens.get(key) ?? []).filter((t) => t.validUntil > now)
    this.tokensIssued++
    if (issuing === 'same' && valid.length) return valid[valid.length - 1]
    const issued: IssuedToken = { token: randomAlnum(40), validUntil: now + validityMs }
    this.tokens.set(key, issuing === 'replace' ? [issued] : [...valid, issued])
    return issued
  }

  /** The issued token when `token` is a valid (issued, not replaced, unexpired) one of this sender + client id. */
  validToken(email: string, clientId: string, token: string): IssuedToken | undefined {
    const issued = this.tokens.get(tokenKey(email, clientId))?.find((t) => t.token === token)
    return issued && issued.validUntil > Date.now() ? issued : undefined
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
