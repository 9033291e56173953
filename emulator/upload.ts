/** Streams an upload body to disk while counting and hashing it (never buffers the whole body). */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'

export interface Received {
  bytes: number
  sha256: string
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
  onBytes: (n: number) => void
): Promise<Received> {
  const hash = createHash('sha256')
  let bytes = 0
  const meter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      const before = bytes
      bytes += chunk.length
      onBytes(chunk.length)
      hash.update(chunk)
      if (before >= limit) return callback()
      callback(null, bytes > limit ? chunk.subarray(0, limit - before) : chunk)
    }
  })
  await pipeline(req, meter, createWriteStream(path))
  return { bytes, sha256: hash.digest('hex') }
}
