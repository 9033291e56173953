/** The emulator's options, resolved once with their defaults. */
import { resolvePolicy, type Policy } from './policy.js'
import { resolveTokenRules, type ResolvedTokenRules } from './token-rules.js'
import type { EmulatorOptions } from './types.js'

/** The client id registered by default (64 alphanumerics; for local demos and tests only). */
export const DEMO_CLIENT_ID = 'CryptshareEmulatorDemoClientIdForLocalTestsOnly0123456789abcdefg'

export interface Settings {
  /** A copy of the options as given. */
  options: EmulatorOptions
  policy: Policy
  registeredClientIds: Set<string>
  /** Lower-case; when set, only these senders may use client-id verification. */
  clientIdSenders?: Set<string>
  maxMinorVersion: number
  passwordMinLength: number
  checksumAlgorithm: string
  tokenRules: ResolvedTokenRules
  tokenValidityMs: number
}

export function resolveSettings(options: EmulatorOptions): Settings {
  return {
    options: { ...options },
    policy: resolvePolicy(options.policy),
    registeredClientIds: new Set(options.clientIds ?? [DEMO_CLIENT_ID]),
    clientIdSenders: options.clientIdSenders ? new Set(options.clientIdSenders.map((e) => e.toLowerCase())) : undefined,
    maxMinorVersion: options.maxMinorVersion ?? 15,
    passwordMinLength: options.passwordMinLength ?? 10,
    checksumAlgorithm: options.fileChecksumAlgorithm ?? 'SHA256',
    tokenRules: resolveTokenRules(options),
    tokenValidityMs: options.tokenValidityMs ?? 86_400_000
  }
}
