// Checksums in the algorithm the session names (`fileChecksumAlgorithm`, API reference §3.11),
// and the SHA-256 file records the result lists.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { fileChunks } from './file-chunks.js'
import type { DeliveredFile } from '../contract.js'
import type { LocalFile } from '../files.js'

/**
 * The node:crypto name of a session's `fileChecksumAlgorithm` (`SHA256`, `SHA-256`, `sha512`, …):
 * `sha256` when the server names none, undefined for an algorithm the action does not know.
 */
export function checksumAlgorithm(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return 'sha256'
  if (typeof value !== 'string') return undefined
  const name = value.replace(/[-_\s]/g, '').toUpperCase()
  return ({ SHA256: 'sha256', SHA512: 'sha512', SHA1: 'sha1', MD5: 'md5' } as Record<string, string>)[name]
}

/** Lowercase hex digests of a file in each of `algorithms`, from one read in chunks. */
export async function digestFile(
  filePath: string,
  algorithms: string[],
  signal?: AbortSignal
): Promise<Record<string, string>> {
  const hashes = [...new Set(algorithms)].map((algorithm) => [algorithm, createHash(algorithm)] as const)
  for await (const chunk of fileChunks(filePath, undefined, signal)) for (const [, hash] of hashes) hash.update(chunk)
  return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]))
}

/**
 * What shows a file's content changed without reading it: device, inode, size, and modification
 * and change times in nanoseconds. `racy` when the file was modified so recently (or in the
 * future) that a write within the filesystem's timestamp granularity could leave the stamp as it
 * is (a write moves the modification time, so an old one cannot hide it).
 */
export interface FileStamp {
  key: string
  racy: boolean
}

const RACY_MS = 2000

export async function fileStamp(filePath: string): Promise<FileStamp> {
  const s = await fs.stat(filePath, { bigint: true })
  const modifiedMs = Number(s.mtimeNs / 1_000_000n)
  return {
    key: [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':'),
    racy: Math.abs(Date.now() - modifiedMs) < RACY_MS
  }
}

/** A file's digests and its stamp, taken before the read. */
export interface StampedDigests {
  stamp: FileStamp
  digests: Record<string, string>
}

export async function stampedDigests(
  filePath: string,
  algorithms: string[],
  signal?: AbortSignal
): Promise<StampedDigests> {
  const stamp = await fileStamp(filePath)
  return { stamp, digests: await digestFile(filePath, algorithms, signal) }
}

/** SHA-256 of a file as lowercase hex, read now (not the digest kept for the run). */
export async function sha256File(filePath: string): Promise<string> {
  return (await digestFile(filePath, ['sha256'])).sha256
}

/** What the result says of a delivered file: its SHA-256, and its SHA-512 when that was computed. */
export function fileRecord(file: LocalFile, digests: Record<string, string>): DeliveredFile {
  const record: DeliveredFile = { name: file.name, path: file.relativePath, size: file.size, sha256: digests.sha256 }
  if (digests.sha512) record.sha512 = digests.sha512
  return record
}
