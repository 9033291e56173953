// Files on the wire: hashing, registering and streaming them (several at once), and the
// confidential message. Any failure here happens before finalize, so the caller deletes the session.
import { createHash } from 'node:crypto'
import { createReadStream, promises as fs } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError, DeliveryError } from '../cryptshare/errors.js'
import type { DeliveredFile, DeliveryEvents, DeliveryOptions } from './contract.js'
import { digestFile, READ_CHUNK_BYTES, sha256File } from './checksum.js'
import { humanSize, type LocalFile } from './files.js'
import { rate, throttledProgress } from './progress.js'
import { step, stepError } from './steps.js'

const CONFIDENTIAL_MESSAGE_NAME = 'confidential-message.txt'

export async function hashAll(files: LocalFile[]): Promise<DeliveredFile[]> {
  const out: DeliveredFile[] = []
  for (const file of files) out.push(describe(file, await sha256File(file.absolutePath)))
  return out
}

function describe(file: LocalFile, sha256: string): DeliveredFile {
  return { name: file.name, path: file.relativePath, size: file.size, sha256 }
}

/**
 * Hashes, registers and uploads every file, `uploadConcurrency` at a time (so one file is hashed
 * while others upload). The first failure stops the uploads still running and is the one reported.
 */
export async function uploadAll(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  options: DeliveryOptions,
  events: DeliveryEvents,
  checksum: string | undefined
): Promise<DeliveredFile[]> {
  const results: DeliveredFile[] = new Array<DeliveredFile>(options.files.length)
  const stop = new AbortController()
  let firstError: unknown
  let next = 0
  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted && next < options.files.length) {
      const index = next++
      try {
        results[index] = await uploadOne(
          client,
          sender,
          trackingId,
          options.files[index],
          checksum,
          events,
          stop.signal
        )
      } catch (error) {
        if (!stop.signal.aborted) {
          firstError = error
          stop.abort()
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.uploadConcurrency, options.files.length) }, worker))
  if (stop.signal.aborted) throw firstError
  return results
}

async function uploadOne(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  file: LocalFile,
  checksum: string | undefined,
  events: DeliveryEvents,
  stop: AbortSignal
): Promise<DeliveredFile> {
  const what = `upload of "${file.relativePath}"`
  const digests = await digestFile(file.absolutePath, checksum ? ['sha256', checksum] : ['sha256']).catch(
    (error: Error) => {
      throw new DeliveryError(what, `Cannot read "${file.relativePath}": ${error.message}.`, error)
    }
  )
  const sha256 = digests.sha256
  const registration = { fileName: file.name, size: file.size, ...(checksum ? { checksum: digests[checksum] } : {}) }
  const { fileUrl } = await step(`registration of "${file.relativePath}"`, () =>
    client.registerFile(sender, trackingId, registration)
  )

  let sent: { hash: string; bytes: number } | undefined
  const open = (): Readable => {
    const hash = createHash('sha256')
    let bytes = 0
    sent = undefined
    const source =
      file.size === 0
        ? Readable.from([])
        : createReadStream(file.absolutePath, { start: 0, end: file.size - 1, highWaterMark: READ_CHUNK_BYTES })
    const verify = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk)
        bytes += chunk.length
        callback(null, chunk)
      },
      flush(callback) {
        sent = { hash: hash.digest('hex'), bytes }
        // A file that shrank would leave the request short of its Content-Length: fail instead.
        callback(bytes === file.size ? null : new Error(`read ${bytes} of ${file.size} bytes`))
      }
    })
    source.on('error', (error: Error) => verify.destroy(error))
    return source.pipe(verify)
  }

  const live = events.uploadProgress?.bind(events)
  const progress = live
    ? (bytes: number) => live({ name: file.relativePath, size: file.size, bytes, done: false })
    : throttledProgress(file, (line) => events.info(line))
  const started = Date.now()
  try {
    await fs.access(file.absolutePath)
    await client.uploadFile(fileUrl, { open, length: file.size }, progress, stop)
  } catch (error) {
    live?.({ name: file.relativePath, size: file.size, bytes: 0, done: true })
    if (stop.aborted) throw error
    const changed = couldBeAChangedFile(error) ? await changedOnDisk(file, sha256) : undefined
    if (changed)
      throw new DeliveryError(
        what,
        `"${file.relativePath}" ${changed} between hashing and upload; nothing was delivered. Do not modify the files while the delivery runs.`,
        error
      )
    const failure = stepError(what, error)
    if (refusedContent(error))
      throw new DeliveryError(
        what,
        `${failure.message} The file did not change on disk since it was hashed: if the server reports a checksum or size mismatch, its bytes were altered on the way (a proxy or scanner between this machine and the server).`,
        error
      )
    throw failure
  }
  if (sent && (sent.bytes !== file.size || sent.hash !== sha256)) {
    throw new DeliveryError(
      what,
      `"${file.relativePath}" changed between hashing and upload; nothing was delivered. Do not modify the files while the delivery runs.`
    )
  }
  live?.({ name: file.relativePath, size: file.size, bytes: file.size, done: true })
  const speed = file.size >= 1024 * 1024 ? `, ${rate(file.size, (Date.now() - started) / 1000)}` : ''
  events.info(`Uploaded ${file.relativePath} (${humanSize(file.size)}${speed}).`)
  return describe(file, sha256)
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
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  text: string,
  files: DeliveredFile[],
  checksum: string | undefined
): Promise<void> {
  const content = Buffer.from(text, 'utf8')
  const taken = new Set(files.map((f) => f.name.toLowerCase()))
  let fileName = CONFIDENTIAL_MESSAGE_NAME
  for (let n = 2; taken.has(fileName.toLowerCase()); n++) fileName = `confidential-message-${n}.txt`
  const digest = checksum ? { checksum: createHash(checksum).update(content).digest('hex') } : {}
  await step('confidential message', async () => {
    const { fileId, fileUrl } = await client.registerFile(sender, trackingId, {
      fileName,
      size: content.length,
      ...digest
    })
    await client.uploadFile(fileUrl, { open: () => Readable.from([content]), length: content.length })
    await client.patchSession(sender, trackingId, { confidentialMessageFileId: fileId })
  })
}
