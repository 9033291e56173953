// Files on the wire: hashing, registering and streaming them (several at once), and the
// confidential message. Any failure here happens before finalize, so the caller deletes the session.
import type { HostEvents } from '../host.js'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { CryptshareError } from '../../cryptshare/errors.js'
import { DeliveryError, labelled, labelledError } from '../errors.js'
import { answer, sessionFiles } from '../../cryptshare/shape.js'
import type { TransferSession } from '../../cryptshare/types.js'
import type { DeliveredFile, DeliveryOptions, UploadProgress } from '../contract.js'
import { humanSize, type LocalFile } from '../files.js'
import { inParallel } from '../wait.js'
import { fileRecord, fileStamp, sha256File, type FileStamp } from './checksum.js'
import { fileChunks } from './file-chunks.js'
import { Registrations, type Registration } from './registration.js'
import { rate, throttledProgress } from './progress.js'
import type { Prehash } from './prehash.js'
import type { OpenSession } from './session.js'

const CONFIDENTIAL_MESSAGE_NAME = 'confidential-message.txt'

/**
 * Hashes, registers and uploads every file, `uploadConcurrency` at a time; while a file uploads,
 * the one its slot takes next is registered. `checksum` settles with the session's checksum
 * algorithm (from the settings' answer), which the first registrations do not wait for. The first
 * failure stops the uploads still running and is the one reported.
 */
export async function uploadAll(
  session: OpenSession,
  options: DeliveryOptions,
  events: HostEvents,
  checksum: Promise<string | undefined>,
  prehash?: Prehash
): Promise<DeliveredFile[]> {
  const total = { files: options.files.length, bytes: options.files.reduce((sum, file) => sum + file.size, 0) }
  const concurrency = options.uploadConcurrency
  // Every digest from one read: SHA-256 for the result, the checksum files', and the server's.
  const algorithms = ['sha256', ...options.checksumFiles.algorithms]
  const registrations = new Registrations(session, options.files, checksum, algorithms, prehash)
  try {
    return await inParallel(options.files, concurrency, (file, stop, index) =>
      uploadOne(
        session,
        file,
        () => registrations.registered(index),
        () => {
          if (!stop.aborted) registrations.start(index + concurrency)
        },
        total,
        events,
        stop
      )
    )
  } finally {
    await registrations.settled()
  }
}

/** A file this big is said to be hashed before its upload starts: reading it takes a while. */
export const HASHING_NOTICE_BYTES = 64 * 1024 * 1024

async function uploadOne(
  session: OpenSession,
  file: LocalFile,
  registered: () => Promise<Registration>,
  uploading: () => void,
  total: UploadProgress['total'],
  events: HostEvents,
  stop: AbortSignal
): Promise<DeliveredFile> {
  const what = `upload of "${file.relativePath}"`
  const live = events.uploadProgress?.bind(events)
  const update = (bytes: number, done: boolean, phase?: 'hashing'): void =>
    live?.({ name: file.relativePath, size: file.size, bytes, done, total, ...(phase ? { phase } : {}) })
  if (file.size >= HASHING_NOTICE_BYTES) {
    if (live) update(0, false, 'hashing')
    else events.info(`Hashing ${file.relativePath} (${humanSize(file.size)}) before its upload.`)
  }
  const { fileUrl, digests, stamp } = await registered()
  const sha256 = digests.sha256
  uploading()

  // The bytes sent are hashed again only for a file modified just before its stamp (a write
  // within the timestamp's granularity would not move it); others are checked by their stamp.
  let sentHash: string | undefined
  async function* open(): AsyncGenerator<Buffer> {
    const hash = stamp.racy ? createHash('sha256') : undefined
    sentHash = undefined
    for await (const chunk of fileChunks(file.absolutePath, file.size)) {
      hash?.update(chunk)
      yield chunk
    }
    sentHash = hash?.digest('hex')
  }

  const progress = live ? (bytes: number) => update(bytes, false) : throttledProgress(file, (line) => events.info(line))
  const started = Date.now()
  try {
    await session.uploadFile(fileUrl, { open, length: file.size }, progress, stop)
  } catch (error) {
    update(0, true)
    if (stop.aborted) throw error
    const changed = couldBeAChangedFile(error) ? await changedOnDisk(file, sha256) : undefined
    if (changed) throw changedFile(what, file, changed, error)
    const failure = labelledError(what, error)
    if (refusedContent(error))
      throw new DeliveryError(
        what,
        `${failure.message} The file did not change on disk since it was hashed: if the server reports a checksum or size mismatch, its bytes were altered on the way (a proxy or scanner between this machine and the server).`,
        error
      )
    throw failure
  }
  const changed =
    sentHash !== undefined
      ? sentHash === sha256
        ? undefined
        : 'changed content'
      : await changedSinceStamp(file, stamp, sha256)
  if (changed) throw changedFile(what, file, changed)
  update(file.size, true)
  const speed = file.size >= 1024 * 1024 ? `, ${rate(file.size, (Date.now() - started) / 1000)}` : ''
  events.info(`Uploaded ${file.relativePath} (${humanSize(file.size)}${speed}).`)
  return fileRecord(file, digests)
}

function changedFile(what: string, file: LocalFile, how: string, cause?: unknown): DeliveryError {
  return new DeliveryError(
    what,
    `"${file.relativePath}" ${how} between hashing and upload; nothing was delivered. Do not modify the files while the delivery runs.`,
    cause
  )
}

/** How a file differs from what was registered when its stamp moved since hashing, or undefined. */
async function changedSinceStamp(file: LocalFile, stamp: FileStamp, sha256: string): Promise<string | undefined> {
  const now = await fileStamp(file.absolutePath).catch(() => undefined)
  return now?.key === stamp.key ? undefined : changedOnDisk(file, sha256)
}

/** The server answered the upload and refused its content (4xx). */
function refusedContent(error: unknown): boolean {
  return error instanceof CryptshareError && error.kind === 'http' && error.status >= 400 && error.status < 500
}

/** A failure that a file changed on disk would explain: unreadable, or refused content. */
function couldBeAChangedFile(error: unknown): boolean {
  if (!(error instanceof CryptshareError)) return true
  return error.kind === 'source' || (error.kind === 'http' && error.status >= 400 && error.status < 500)
}

/** Says how a file differs from what was registered, or undefined when it does not. */
async function changedOnDisk(file: LocalFile, sha256: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file.absolutePath)
    if (stat.size !== file.size) return `changed size (${file.size} → ${stat.size} bytes)`
    return (await sha256File(file.absolutePath)) === sha256 ? undefined : 'changed content'
  } catch {
    return 'was deleted or became unreadable'
  }
}

export async function attachConfidentialMessage(
  session: OpenSession,
  text: string,
  files: DeliveredFile[],
  checksum: string | undefined
): Promise<void> {
  const taken = new Set(files.map((f) => f.name.toLowerCase()))
  let fileName = CONFIDENTIAL_MESSAGE_NAME
  for (let n = 2; taken.has(fileName.toLowerCase()); n++) fileName = `confidential-message-${n}.txt`
  await labelled('confidential message', async () => {
    const { fileId } = await uploadText(session, fileName, text, checksum)
    await session.markConfidentialMessage(fileId)
  })
}

/** Adds a file this tool wrote (a checksum file) to the transfer, from memory. */
export async function attachGeneratedFile(
  session: OpenSession,
  fileName: string,
  text: string,
  checksum: string | undefined
): Promise<void> {
  await labelled(`upload of ${fileName}`, () => uploadText(session, fileName, text, checksum))
}

async function uploadText(
  session: OpenSession,
  fileName: string,
  text: string,
  checksum: string | undefined
): Promise<{ fileId: string }> {
  const content = Buffer.from(text, 'utf8')
  const digest = checksum ? { checksum: createHash(checksum).update(content).digest('hex') } : {}
  const { fileId, fileUrl } = await session.registerFile({ fileName, size: content.length, ...digest })
  await session.uploadFile(fileUrl, { open: () => [content], length: content.length })
  return { fileId }
}

/**
 * The upload check: fails when the session lists a file the server has not fully received.
 * A `files` the action cannot read is skipped with a warning (finalize then has the last word).
 * Returns the session's expiration date.
 */
export function checkUploads(session: TransferSession, events: HostEvents): string | undefined {
  const read = answer('transfer session', (message) => events.warning(message), 'upload check')
  const pending = sessionFiles(session.files, read).filter(
    (f) => f.state !== undefined && !['UPLOADED', 'ACTIVE'].includes(f.state.toUpperCase())
  )
  if (pending.length) {
    throw new DeliveryError(
      'upload check',
      `The server has not received every file: ${pending.map((f) => `${f.fileName ?? f.id ?? '(unnamed file)'} (${f.state})`).join(', ')}.`
    )
  }
  return read.text(session.expirationDate, 'expirationDate')
}
