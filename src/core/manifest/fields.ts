// Which settings a delivery manifest may hold, and where: the single delivery's option names
// (kebab-case), at the top as defaults for every entry or in an entry. The server, the sender,
// the client id and every secret stay inputs of the run, never in the manifest.
import { OPTIONS, type OptionSpec } from '../option-table.js'

/** Settings of the whole run: inputs (flags), never in the manifest. */
export const RUN_ONLY = [
  'server-url',
  'client-id',
  'sender-email',
  'verification-token',
  'password',
  'retries',
  'dry-run',
  'deliver-again',
  'recipient-hash-key',
  'manifest',
  'delivery-concurrency',
  'fail-fast'
] as const

/** The manifest's own fields, besides the single delivery's options. */
export const MANIFEST_FIELDS: Record<string, OptionSpec> = {
  'password-env': {
    kind: 'text',
    help: "The environment variable holding this entry's password (password-mode manual): secrets stay out of the manifest"
  }
}

/** The fields the top of a manifest may set for every entry. */
export const DEFAULT_FIELDS: Record<string, OptionSpec> = Object.fromEntries(
  Object.entries({ ...(OPTIONS as Record<string, OptionSpec>), ...MANIFEST_FIELDS }).filter(
    ([name]) => !(RUN_ONLY as readonly string[]).includes(name) && name !== 'recipients' && name !== 'password-env'
  )
)

/** The fields an entry of `deliveries:` may set: the defaults', its name, its recipients, its password's variable. */
export const ENTRY_FIELDS: Record<string, OptionSpec> = {
  name: { kind: 'text', required: true, help: 'A unique name of the delivery (its outputs are keyed by it)' },
  ...DEFAULT_FIELDS,
  recipients: OPTIONS.recipients,
  'password-env': MANIFEST_FIELDS['password-env']
}
