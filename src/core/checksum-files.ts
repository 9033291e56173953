// Checksum files of what was delivered, in the format `sha256sum -c` / `sha512sum -c` read
// (GNU coreutils): one line per file, "<hex digest>  <name>", under the names the recipients
// see. Written beside the run (never in the delivered folder) and, when asked, added to the
// transfer itself. The digests come from the one read that hashes each file for its upload.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import {
  NEUTRAL_NAMING,
  type ChecksumAlgorithm,
  type DeliveredFile,
  type DeliveryResult,
  type OptionNaming
} from './contract.js'
import { nameKey, type LocalFile } from './local-files.js'
import { InputError } from './option-values.js'

export const CHECKSUM_FILE_NAMES: Record<ChecksumAlgorithm, string> = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' }
const HEX_LENGTH: Record<ChecksumAlgorithm, number> = { sha256: 64, sha512: 128 }

/**
 * A name as coreutils writes it: a name holding a backslash, a line feed or a carriage return
 * has them escaped, and its line starts with a backslash.
 */
function escapedName(name: string): { prefix: string; name: string } {
  if (!/[\\\n\r]/.test(name)) return { prefix: '', name }
  return { prefix: '\\', name: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') }
}

/** The checksum file's text for these files (in their order). */
export function checksumFileText(
  files: Pick<DeliveredFile, 'name' | 'sha256' | 'sha512'>[],
  algorithm: ChecksumAlgorithm
): string {
  return files
    .map((file) => {
      const digest = file[algorithm]
      if (!digest) throw new Error(`no ${algorithm} digest of ${file.name}`)
      const { prefix, name } = escapedName(file.name)
      return `${prefix}${digest}  ${name}\n`
    })
    .join('')
}

/** The size the checksum file will have, known before any file is hashed (for the policy's size limit). */
export function checksumFileSize(files: Pick<LocalFile, 'name'>[], algorithm: ChecksumAlgorithm): number {
  return files.reduce((sum, file) => {
    const { prefix, name } = escapedName(file.name)
    return sum + prefix.length + HEX_LENGTH[algorithm] + 2 + Buffer.byteLength(name) + 1
  }, 0)
}

/** Checksum files added to the transfer must not take the name of a delivered file (as the recipients compare names). */
export function assertNoChecksumFileClash(
  files: LocalFile[],
  algorithms: ChecksumAlgorithm[],
  naming: OptionNaming = NEUTRAL_NAMING
): void {
  for (const algorithm of algorithms) {
    const name = CHECKSUM_FILE_NAMES[algorithm]
    const clash = files.find((file) => nameKey(file.name) === nameKey(name))
    if (clash)
      throw new InputError(
        `"${clash.relativePath}" has the name of the checksum file ${name} that ${naming.name('include-checksums')} adds to the transfer: rename it, exclude it with a "!" pattern in ${naming.name('files')}, or set ${naming.setting('include-checksums', 'false')}. Nothing was sent.`
      )
  }
}

/** Writes the checksum files of `files` into `folder` (created if needed); returns their paths. */
export async function writeChecksumFiles(
  folder: string,
  files: DeliveredFile[],
  algorithms: ChecksumAlgorithm[]
): Promise<string[]> {
  await fs.mkdir(folder, { recursive: true })
  const written: string[] = []
  for (const algorithm of algorithms) {
    const file = path.join(folder, CHECKSUM_FILE_NAMES[algorithm])
    await fs.writeFile(file, checksumFileText(files, algorithm))
    written.push(file)
  }
  return written
}

/** The files the recipients can download: the delivered ones less those the server removed. */
export function keptFiles(result: { files: DeliveredFile[]; removedFiles: { name: string }[] }): DeliveredFile[] {
  const removed = new Set(result.removedFiles.map((f) => f.name))
  return result.files.filter((file) => !removed.has(file.name))
}

/** The confidential message with the digest lists after the sender's own text. */
export function messageWithChecksums(
  message: string | undefined,
  files: Pick<DeliveredFile, 'name' | 'sha256' | 'sha512'>[],
  algorithms: ChecksumAlgorithm[]
): string {
  const lists = algorithms.map(
    (algorithm) => `${CHECKSUM_FILE_NAMES[algorithm]}:\n${checksumFileText(files, algorithm)}`
  )
  return `${message ? `${message}\n\n` : ''}${lists.join('\n')}`
}

/** The bytes `messageWithChecksums` will have, known before any file is hashed. */
export function messageWithChecksumsSize(
  message: string | undefined,
  files: Pick<LocalFile, 'name'>[],
  algorithms: ChecksumAlgorithm[]
): number {
  const lists = algorithms.map(
    (algorithm) => Buffer.byteLength(`${CHECKSUM_FILE_NAMES[algorithm]}:\n`) + checksumFileSize(files, algorithm)
  )
  return (
    (message ? Buffer.byteLength(`${message}\n\n`) : 0) +
    lists.reduce((sum, bytes) => sum + bytes, 0) +
    Math.max(0, algorithms.length - 1)
  )
}

/** The bytes the checksum files add to the transfer (include-checksums). */
export function includedChecksumBytes(files: Pick<LocalFile, 'name'>[], algorithms: ChecksumAlgorithm[]): number {
  return algorithms.reduce((sum, algorithm) => sum + checksumFileSize(files, algorithm), 0)
}

/**
 * Writes the checksum files of a delivery whose transfer exists (or may: finalize sent), for the
 * files the recipients can download; nothing for a dry run or a delivery that sent nothing.
 * Returns the paths written.
 */
export async function writeDeliveredChecksums(
  folder: string,
  result: DeliveryResult | undefined,
  algorithms: ChecksumAlgorithm[]
): Promise<string[]> {
  if (!result || result.dryRun || !result.trackingId || !algorithms.length) return []
  return writeChecksumFiles(folder, keptFiles(result), algorithms)
}

/** The paths the checksum files get in `folder` (the front-end's own files: never delivered). */
export function checksumFilePaths(folder: string): string[] {
  return Object.values(CHECKSUM_FILE_NAMES).map((name) => path.join(folder, name))
}
