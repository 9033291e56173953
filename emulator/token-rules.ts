/**
 * The token rules a Cryptshare server may follow: nothing documents whether a new verification
 * returns the same token, a new one beside the old, or a new one that invalidates the old, nor
 * which token may use a session, read a transfer or revoke it. The emulator plays each.
 */
export interface TokenRules {
  /**
   * What a new verification returns for a sender + client id: `same` = the current token while it
   * is valid; `new` = a new token, older ones stay valid until they expire (default); `replace` =
   * a new token that invalidates every older one.
   */
  tokenIssuing?: 'same' | 'new' | 'replace'
  /**
   * Who may use an open session (read, patch, delete, files, finalize): only the token that created
   * it (default; the OpenAPI tag: "Transfer sessions may only be modified using the same
   * verification token they were created with") or any valid token of the sender.
   */
  sessionAccess?: 'creator' | 'sender'
  /**
   * Who may read a finalized transfer's status and the transfer list: any valid token of the sender
   * (default; `downloadUrl` is then null for another token in password mode NONE, as the spec says)
   * or only the creating token (401/3002, and a list page holding another token's transfer).
   */
  transferReads?: 'creator' | 'sender'
  /** Who may revoke: any valid token of the sender (default; the docs ask only for a verified sender) or only the creator. */
  revocationAccess?: 'creator' | 'sender'
}

export type ResolvedTokenRules = Required<TokenRules>

export const DEFAULT_TOKEN_RULES: ResolvedTokenRules = {
  tokenIssuing: 'new',
  sessionAccess: 'creator',
  transferReads: 'sender',
  revocationAccess: 'sender'
}

export function resolveTokenRules(rules: TokenRules): ResolvedTokenRules {
  return {
    tokenIssuing: rules.tokenIssuing ?? DEFAULT_TOKEN_RULES.tokenIssuing,
    sessionAccess: rules.sessionAccess ?? DEFAULT_TOKEN_RULES.sessionAccess,
    transferReads: rules.transferReads ?? DEFAULT_TOKEN_RULES.transferReads,
    revocationAccess: rules.revocationAccess ?? DEFAULT_TOKEN_RULES.revocationAccess
  }
}

/** The rule sets the tool is tested under: what the evidence says, the strictest, the most lenient, and between. */
export const TOKEN_RULE_MATRIX: { name: string; rules: ResolvedTokenRules }[] = [
  { name: 'evidence', rules: DEFAULT_TOKEN_RULES },
  {
    name: 'strict',
    rules: { tokenIssuing: 'replace', sessionAccess: 'creator', transferReads: 'creator', revocationAccess: 'creator' }
  },
  {
    name: 'new-creator',
    rules: { tokenIssuing: 'new', sessionAccess: 'creator', transferReads: 'creator', revocationAccess: 'creator' }
  },
  {
    name: 'same-lenient',
    rules: { tokenIssuing: 'same', sessionAccess: 'sender', transferReads: 'sender', revocationAccess: 'sender' }
  },
  {
    name: 'replace-lenient',
    rules: { tokenIssuing: 'replace', sessionAccess: 'sender', transferReads: 'sender', revocationAccess: 'sender' }
  }
]

/** `token rules: issuing=new, sessions=creator, transfer reads=sender, revocation=sender` */
export function describeTokenRules(rules: TokenRules): string {
  const r = resolveTokenRules(rules)
  return `token rules: issuing=${r.tokenIssuing}, sessions=${r.sessionAccess}, transfer reads=${r.transferReads}, revocation=${r.revocationAccess}`
}
