/** The emulator's options, grouped and resolved once with their defaults. */
import { groupOptions, type EmulatorOptions, type FaultOptions, type ServerOptions } from './options.js'
import { resolvePolicy, type Policy } from './policy.js'
import { resolveTokenRules, type ResolvedTokenRules } from './token-rules.js'

/** The client id registered by default (64 alphanumerics; for local demos and tests only). */
export const DEMO_CLIENT_ID = 'CryptshareEmulatorDemoClientIdForLocalTestsOnly0123456789abcdefg'

export interface Settings {
  /** How the server behaves: a copy of those options as given. */
  server: ServerOptions
  policy: Policy
  /** The faults the emulator starts with (a copy; the pipeline arms them). */
  faults: FaultOptions
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
  const { server, policy, faults } = groupOptions(options)
  return {
    server,
    policy: resolvePolicy(policy),
    faults,
    registeredClientIds: new Set(options.clientIds ?? [DEMO_CLIENT_ID]),
    clientIdSenders: options.clientIdSenders ? new Set(options.clientIdSenders.map((e) => e.toLowerCase())) : undefined,
    maxMinorVersion: options.maxMinorVersion ?? 15,
    passwordMinLength: options.passwordMinLength ?? 10,
    checksumAlgorithm: options.fileChecksumAlgorithm ?? 'SHA256',
    tokenRules: resolveTokenRules(options),
    tokenValidityMs: options.tokenValidityMs ?? 86_400_000
  }
}
