/** Streams an upload body to disk while counting and hashing it (never buffers the whole body). */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'

export interface Received {
  bytes: number
  sha256: string
  /** Hex digest in the extra algorithm, when one was asked for. */
  digest?: string
}

/** The node:crypto name of a Cryptshare checksum algorithm name, if the emulator can compute it. */
export function hashName(algorithm: string): string | undefined {
  const names: Record<string, string> = { SHA256: 'sha256', SHA512: 'sha512', SHA1: 'sha1', MD5: 'md5' }
  return names[algorithm.toUpperCase().replace(/-/g, '')]
}

/**
 * Writes at most `limit` bytes of the body to `path` (the rest is counted, hashed and dropped)
 * and resolves with the total byte count and the SHA-256 of all bytes. Rejects when the
 * connection breaks before the body is complete.
 */
export async function receiveToFile(
  req: Readable,
  path: string,
  limit: number,
  onBytes: (n: number) => void,
  algorithm?: string
): Promise<Received> {
  const hash = createHash('sha256')
  const extra = algorithm ? createHash(algorithm) : undefined
  let bytes = 0
  const meter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      const before = bytes
      bytes += chunk.length
      onBytes(chunk.length)
      hash.update(chunk)
      extra?.update(chunk)
      if (before >= limit) return callback()
      callback(null, bytes > limit ? chunk.subarray(0, limit - before) : chunk)
    }
  })
  await pipeline(req, meter, createWriteStream(path))
  return { bytes, sha256: hash.digest('hex'), digest: extra?.digest('hex') }
}
