// Where the password of a CLI delivery goes: a generated password must have a destination before
// anything is sent (else the recipients get a transfer nobody can open), and the final line says
// where the secrets went.
import type { DeliverySettings } from '../core/options.js'
import type { CliResult } from './results.js'

export interface WrittenOutput {
  /** `output-json`, `output-password`, `output-env`. */
  option: string
  /** The absolute path written. */
  file: string
}

/**
 * Why a run must not start (one line), or undefined: a generated password of a real delivery
 * needs --output-password, --output-json or --show-secrets.
 */
export function passwordDestinationProblem(
  settings: Pick<DeliverySettings, 'passwordMode' | 'dryRun'>,
  values: Record<string, string | undefined>,
  showsSecrets: boolean
): string | undefined {
  if (settings.passwordMode !== 'generated' || settings.dryRun) return undefined
  if (values['output-password'] || values['output-json'] || showsSecrets) return undefined
  return (
    'With --password-mode generated the recipients need a password that this run would put nowhere: ' +
    'pass --output-password FILE (a file outside every folder the job archives, e.g. from mktemp), ' +
    '--output-json FILE or --show-secrets, or use --password-mode manual with a password from a CI secret ' +
    "(CRYPTSHARE_PASSWORD), or --password-mode none where the server's policy allows it. Nothing was sent."
  )
}

/** The final line about the secrets (never shown here): where they went, and what was not kept. */
export function writtenSecrets(result: CliResult, written: WrittenOutput[]): string {
  const json = written.find((w) => w.option === 'output-json')?.file
  const passwordFile = written.find((w) => w.option === 'output-password')?.file
  const byFile = new Map<string, string[]>()
  const lost: string[] = []
  const keep = (what: string, files: (string | undefined)[]): void => {
    const where = files.filter((file): file is string => file !== undefined)
    for (const file of where) byFile.set(file, [...(byFile.get(file) ?? []), what])
    if (!where.length) lost.push(what)
  }
  if (result.password) keep('password', [passwordFile, json])
  if (result.downloadUrls.length) keep('download URLs', [json])
  const places = [...byFile].map(([file, what]) => `${what.join(' and ')} in ${file} (0600)`)
  const never = byFile.size > 1 ? 'these files' : 'this file'
  const kept = places.length ? `Secrets (not shown): ${places.join('; ')}. Never archive ${never}.` : ''
  if (!lost.length) return kept
  const them = lost.length > 1 || lost[0] === 'download URLs' ? ['are secrets', 'them'] : ['is a secret', 'it']
  const writers = lost.includes('password') ? '--output-password FILE or --output-json FILE' : '--output-json FILE'
  const advice = `The ${lost.join(' and ')} ${them[0]} and not kept: write ${them[1]} with ${writers}, or print ${them[1]} with --show-secrets.`
  return kept ? `${kept} ${advice}` : advice
}
