import { humanSize } from '../files.js'

/** At most one progress line per file this often: useful in a CI log, not spammy. */
export const PROGRESS_INTERVAL_MS = 5000

/**
 * Returns an upload-progress callback that logs `name: 42% (420 MiB of 1.00 GiB, 118.2 MB/s)`
 * at most every `PROGRESS_INTERVAL_MS`, and never for the final byte (the completion line says it).
 */
export function throttledProgress(
  file: { name: string; size: number },
  log: (line: string) => void,
  now: () => number = Date.now
): (bytesSent: number) => void {
  const started = now()
  let last = started
  return (bytes) => {
    const time = now()
    if (time - last < PROGRESS_INTERVAL_MS || bytes >= file.size) return
    last = time
    const percent = Math.floor((bytes / file.size) * 100)
    log(
      `${file.name}: ${percent}% (${humanSize(bytes)} of ${humanSize(file.size)}, ${rate(bytes, (time - started) / 1000)})`
    )
  }
}

/** Bytes per second as decimal megabytes, e.g. `118.2 MB/s`. */
export function rate(bytes: number, seconds: number): string {
  return `${(bytes / 1_000_000 / Math.max(seconds, 0.001)).toFixed(1)} MB/s`
}
