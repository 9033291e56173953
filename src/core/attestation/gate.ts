// require-attestation: before anything is contacted, every file to deliver must be a subject of
// one of the given attestations, matched by digest (not by name). The attestation files
// themselves are exempt (they may be delivered with the files). Signatures are not verified.
import { promises as fs } from 'node:fs'
import type { HostEvents } from '../host.js'
import { NEUTRAL_NAMING, type OptionNaming } from '../contract.js'
import { findFiles } from '../file-walk.js'
import type { LocalFile } from '../local-files.js'
import { fileDigests } from '../lifecycle/file-digests.js'
import { escapeControls } from '../log-text.js'
import { InputError } from '../option-values.js'
import { inParallel } from '../wait.js'
import { AttestationFormatError, subjectsOf } from './subjects.js'

/** Attestations are small; a bigger file is not one (and is not read into memory). */
export const MAX_ATTESTATION_BYTES = 64 * 1024 * 1024

/** Digest algorithms this tool computes to match subjects (node:crypto names). */
const MATCHED = ['sha256', 'sha512'] as const

export async function requireAttestation(
  files: LocalFile[],
  patterns: string[],
  workspace: string,
  events: Pick<HostEvents, 'info'>,
  naming: OptionNaming = NEUTRAL_NAMING
): Promise<void> {
  const found = await findFiles(patterns, workspace, { includeHidden: true })
  const [unmatched] = found.unmatchedPatterns
  if (unmatched !== undefined)
    throw new InputError(
      `The pattern "${unmatched}" in ${naming.name('require-attestation')} matches no file in ${workspace}. Nothing was sent.`
    )
  if (!found.files.length)
    throw new InputError(
      `${naming.option('require-attestation')} names no attestation file in ${workspace}. Nothing was sent.`
    )

  const covered = new Map<string, Set<string>>(MATCHED.map((algorithm) => [algorithm, new Set<string>()]))
  for (const attestation of found.files) {
    for (const subject of await readSubjects(attestation, naming))
      for (const [algorithm, hex] of Object.entries(subject.digest)) covered.get(algorithm)?.add(hex)
  }
  const usable = MATCHED.filter((algorithm) => covered.get(algorithm)!.size > 0)
  if (!usable.length)
    throw new InputError(
      `The attestations in ${naming.name('require-attestation')} name no SHA-256 or SHA-512 digest, so no file can be matched to them. Nothing was sent.`
    )

  const attestationPaths = new Set(found.files.map((file) => file.absolutePath))
  const checked = files.filter((file) => !attestationPaths.has(file.absolutePath))
  const uncovered = (
    await inParallel(checked, 4, async (file) => {
      const { digests } = await fileDigests(file, [...usable])
      return usable.some((algorithm) => covered.get(algorithm)!.has(digests[algorithm])) ? undefined : file
    })
  ).filter((file): file is LocalFile => file !== undefined)

  const sources = found.files.map((file) => `"${escapeControls(file.relativePath)}"`).join(', ')
  if (uncovered.length) {
    const shown = uncovered.slice(0, 5).map((file) => `"${escapeControls(file.relativePath)}"`)
    const more = uncovered.length > shown.length ? ` and ${uncovered.length - shown.length} more` : ''
    throw new InputError(
      `${uncovered.length} of ${checked.length} file(s) to deliver are not subjects of the attestations in ${sources} (compared by digest): ${shown.join(', ')}${more}. ` +
        `Attest exactly the files you deliver in the build (e.g. actions/attest-build-provenance with subject-path), or correct ${naming.name('files')}. Nothing was sent.`
    )
  }
  events.info(
    `Every file to deliver (${checked.length}) is a subject of the attestations in ${sources}. Checked by digest, not by signature: verify the signatures with "gh attestation verify" or cosign.`
  )
}

async function readSubjects(file: LocalFile, naming: OptionNaming): Promise<ReturnType<typeof subjectsOf>> {
  const where = `${naming.option('require-attestation')}: "${escapeControls(file.relativePath)}"`
  if (file.size > MAX_ATTESTATION_BYTES)
    throw new InputError(
      `${where} is ${file.size} bytes, too big to be an attestation (at most 64 MiB). Nothing was sent.`
    )
  try {
    return subjectsOf(await fs.readFile(file.absolutePath, 'utf8'))
  } catch (error) {
    if (!(error instanceof AttestationFormatError)) throw error
    throw new InputError(
      `${where} cannot be read as an attestation: ${error.message}. Give in-toto statements, DSSE envelopes or Sigstore bundles (as actions/attest-build-provenance and the SLSA generators write them). Nothing was sent.`
    )
  }
}
