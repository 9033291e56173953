// Files registered ahead of their upload. A registration carries the checksum in the session's
// algorithm, which the settings' answer names; so that the first files are registered while the
// settings are applied, they are registered with SHA-256 (what servers use) until that answer is
// in, and registered again (the guessed registration deleted) where the session names another.
import { DeliveryError, labelled } from '../errors.js'
import type { LocalFile } from '../files.js'
import type { StampedDigests } from './checksum.js'
import { fileDigests } from './file-digests.js'
import type { Prehash } from './prehash.js'
import type { OpenSession } from './session.js'

/** The checksum algorithm a registration guesses before the session names its own. */
export const GUESSED_CHECKSUM_ALGORITHM = 'sha256'

export interface Registration extends StampedDigests {
  fileUrl: string
}

/** A registration as sent: under which algorithm, and what came of it. */
interface Attempt extends StampedDigests {
  algorithm: string | undefined
  registered?: { fileUrl: string }
  refused?: unknown
}

export class Registrations {
  private readonly started = new Map<number, Promise<Attempt>>()
  /** The session's algorithm, once known (undefined: one this tool does not know, no checksum sent). */
  private known: { algorithm: string | undefined } | undefined

  /**
   * `algorithm` settles with the session's checksum algorithm (or fails with the settings);
   * `algorithms` are the digests every file needs besides.
   */
  constructor(
    private readonly session: OpenSession,
    private readonly files: readonly LocalFile[],
    private readonly algorithm: Promise<string | undefined>,
    private readonly algorithms: string[],
    private readonly prehash?: Prehash
  ) {
    algorithm.then(
      (value) => (this.known = { algorithm: value }),
      () => undefined
    )
  }

  /** Starts the registration of file `index` (if there is one and it has not started). */
  start(index: number): void {
    const file = this.files[index]
    if (!file || this.started.has(index)) return
    const attempt = this.attempt(file, this.known ? this.known.algorithm : GUESSED_CHECKSUM_ALGORITHM)
    attempt.catch(() => undefined) // awaited by `registered`
    this.started.set(index, attempt)
  }

  /**
   * File `index` registered with the session's checksum (a failure of the settings is thrown
   * here); a registration under a guessed algorithm the session does not use is made again.
   */
  async registered(index: number): Promise<Registration> {
    this.start(index)
    const file = this.files[index]
    const first = await (this.started.get(index) as Promise<Attempt>)
    const algorithm = await this.algorithm
    const attempt = first.algorithm === algorithm ? first : await this.again(file, first, algorithm)
    if (!attempt.registered) throw attempt.refused
    return { fileUrl: attempt.registered.fileUrl, digests: attempt.digests, stamp: attempt.stamp }
  }

  /** Waits for every registration started, so that none runs on after the uploads end. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.started.values())
  }

  private async again(file: LocalFile, guessed: Attempt, algorithm: string | undefined): Promise<Attempt> {
    if (guessed.registered) {
      const { fileUrl } = guessed.registered
      await labelled(`registration of "${file.relativePath}"`, () => this.session.deleteFile(fileUrl))
    }
    return this.attempt(file, algorithm)
  }

  /** Registers `file` with its checksum in `algorithm`; rejects only when the file cannot be read. */
  private async attempt(file: LocalFile, algorithm: string | undefined): Promise<Attempt> {
    const wanted = [...new Set([...this.algorithms, ...(algorithm ? [algorithm] : [])])]
    const { digests, stamp } = await (
      this.prehash ? this.prehash.digests(file, wanted) : fileDigests(file, wanted)
    ).catch((error: Error) => {
      throw new DeliveryError(
        `upload of "${file.relativePath}"`,
        `Cannot read "${file.relativePath}": ${error.message}.`,
        error
      )
    })
    const registration = {
      fileName: file.name,
      size: file.size,
      ...(algorithm ? { checksum: digests[algorithm] } : {})
    }
    try {
      const registered = await labelled(`registration of "${file.relativePath}"`, () =>
        this.session.registerFile(registration)
      )
      return { algorithm, digests, stamp, registered }
    } catch (refused) {
      return { algorithm, digests, stamp, refused }
    }
  }
}
