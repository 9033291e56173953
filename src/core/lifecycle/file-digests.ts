// A file's digests, read once per run: the attestation gate, the state file's signature, the
// re-run check and the registration all need the same files' SHA-256. Kept per selected file (a
// LocalFile of this run) with the stamp taken before the first read, which the upload checks, so
// a file changed after any of these reads is still caught.
import type { LocalFile } from '../files.js'
import type { DeliveredFile } from '../contract.js'
import { digestFile, fileRecord, stampedDigests, type StampedDigests } from './checksum.js'

const known = new WeakMap<LocalFile, Promise<StampedDigests>>()

/** The file's digests in `algorithms` (and any computed before), reading it only for those not yet known. */
export function fileDigests(file: LocalFile, algorithms: string[], signal?: AbortSignal): Promise<StampedDigests> {
  const earlier = known.get(file)
  const next = earlier
    ? earlier.then(
        (done) => withMissing(file, done, algorithms, signal),
        () => stampedDigests(file.absolutePath, algorithms, signal)
      )
    : stampedDigests(file.absolutePath, algorithms, signal)
  known.set(file, next)
  // A failed read (cancelled, unreadable) is not remembered: the next asker reads again.
  next.catch(() => {
    if (known.get(file) === next) {
      if (earlier) known.set(file, earlier)
      else known.delete(file)
    }
  })
  return next
}

async function withMissing(
  file: LocalFile,
  done: StampedDigests,
  algorithms: string[],
  signal?: AbortSignal
): Promise<StampedDigests> {
  const missing = algorithms.filter((algorithm) => !(algorithm in done.digests))
  if (!missing.length) return done
  return { stamp: done.stamp, digests: { ...done.digests, ...(await digestFile(file.absolutePath, missing, signal)) } }
}

/** Every file's record (name, path, size, SHA-256 and the other digests asked for), hashed one after the other. */
export async function hashAll(files: LocalFile[], algorithms: string[] = []): Promise<DeliveredFile[]> {
  const out: DeliveredFile[] = []
  for (const file of files) out.push(fileRecord(file, (await fileDigests(file, ['sha256', ...algorithms])).digests))
  return out
}
