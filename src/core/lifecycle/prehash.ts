// Hashing ahead of the network: a file's checksum is first needed when it is registered, so the
// files are hashed (in their order, a few at a time) while the sender is verified, the policy
// asked and the session created and set up. What the session's own algorithm adds is computed
// when it is known. Stopped when the delivery ends, so a failure does not leave reads running.
import type { LocalFile } from '../files.js'
import type { StampedDigests } from './checksum.js'
import { fileDigests } from './file-digests.js'

export class Prehash {
  private readonly pending = new Map<string, Promise<StampedDigests>>()
  private readonly stopped = new AbortController()
  /** Starts the hashing of a file that has not started yet (all of them when stopping). */
  private readonly starts: (() => void)[] = []

  constructor(
    files: LocalFile[],
    readonly algorithms: string[],
    concurrency: number
  ) {
    const queue = files.map((file) => {
      let start!: () => void
      const started = new Promise<void>((resolve) => (start = resolve))
      const digests = started.then(() => fileDigests(file, algorithms, this.stopped.signal))
      digests.catch(() => undefined) // awaited, and its error reported, when the file is uploaded
      this.pending.set(file.absolutePath, digests)
      this.starts.push(start)
      return { start, digests }
    })
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < queue.length && !this.stopped.signal.aborted) {
        const item = queue[next++]
        item.start()
        await item.digests.catch(() => undefined)
      }
    }
    for (let i = 0; i < Math.max(1, concurrency); i++) void worker()
  }

  /**
   * The file's digests in `algorithms`: from the hashing ahead (its failure is thrown here), the
   * rest read now; the stamp is the one taken before the first read.
   */
  async digests(file: LocalFile, algorithms: string[]): Promise<StampedDigests> {
    await this.pending.get(file.absolutePath)
    return fileDigests(file, algorithms)
  }

  /** Stops the reads still running or waiting (the delivery is over). */
  stop(): void {
    this.stopped.abort()
    // Those not started yet end at once, aborted, so that nothing waits on them.
    for (const start of this.starts) start()
  }
}
