// The files of a transfer session: register (adopting a registration whose answer was lost),
// upload the content, delete.
import type { StreamBody } from '../../http/transport.js'
import { CryptshareError } from '../errors.js'
import { quoted } from '../location.js'
import { header, replyJson, protocolError, type Reply } from '../reply.js'
import type { RequestPipeline } from '../request.js'
import { answer, sessionFiles } from '../shape.js'
import type { FileRegistration } from '../types.js'
import { appendPath, lastSegment } from '../urls.js'
import { getSession } from './sessions.js'

/** A registered file: its id and the URL of the file resource. */
export interface RegisteredFile {
  fileId: string
  fileUrl: string
}

/**
 * Registers a file; returns its id and the URL of the file resource. When an attempt's answer
 * was lost and the retry is refused (by whatever code: the name is now taken by that attempt),
 * the registration with the same name, size and checksum is adopted from the session.
 */
export async function registerFile(
  api: RequestPipeline,
  email: string,
  trackingId: string,
  file: FileRegistration
): Promise<RegisteredFile> {
  const filesUrl = `${api.urls.session(email, trackingId)}/files`
  let lost = false
  let reply: Reply
  try {
    reply = await api.call({
      method: 'POST',
      url: filesUrl,
      token: true,
      json: file,
      retry: {
        // Safe to repeat after a 5xx too: a registration the server made anyway is adopted.
        retryable: (error) => error.transient || error.answerLost,
        beforeRetry: (error) => {
          lost ||= error.answerLost
          return Promise.resolve(true)
        }
      }
    })
  } catch (error) {
    if (!lost || !(error instanceof CryptshareError) || error.kind === 'aborted') throw error
    return adoptRegistration(api, email, trackingId, file, error)
  }
  const data = reply.body.length ? replyJson<{ fileId?: unknown }>(reply) : {}
  const location = header(reply, 'location')
  const fileId = typeof data.fileId === 'string' && data.fileId ? data.fileId : lastSegment(location)
  if (!fileId) throw protocolError(reply, 'the answer names no file id')
  const fileUrl = location ? api.urls.resolve(location) : `${filesUrl}/${encodeURIComponent(fileId)}`
  return { fileId, fileUrl }
}

/** The session's registration of `file` made by an attempt whose answer was lost, or `refusal`. */
async function adoptRegistration(
  api: RequestPipeline,
  email: string,
  trackingId: string,
  file: FileRegistration,
  refusal: CryptshareError
): Promise<RegisteredFile> {
  const session = await getSession(api, email, trackingId)
  const files = sessionFiles(
    session.files,
    answer('transfer session', () => undefined)
  )
  const sameName = files.filter((f) => sameFileName(f.fileName, file.fileName))
  const same = sameName.find(
    (f) =>
      f.size === file.size &&
      !!f.id &&
      (!file.checksum || !f.checksum || f.checksum.toLowerCase() === file.checksum.toLowerCase())
  )
  if (same?.id) {
    const filesUrl = `${api.urls.session(email, trackingId)}/files`
    const href = same.href ? api.urls.resolve(same.href) : undefined
    return { fileId: same.id, fileUrl: href ?? `${filesUrl}/${encodeURIComponent(same.id)}` }
  }
  if (sameName.length) {
    throw new CryptshareError({
      kind: 'protocol',
      status: refusal.status,
      method: refusal.method,
      url: refusal.url,
      errorCode: refusal.errorCode,
      errorMessage: refusal.errorMessage,
      message: `the name ${quoted(file.fileName)} is held by a different file in the session (size ${String(sameName[0].size)}), and the retried registration was refused (${refusal.message})`
    })
  }
  throw refusal
}

/** Streams a file's content; every attempt opens the source again from byte 0. */
export async function uploadFile(
  api: RequestPipeline,
  fileUrl: string,
  body: StreamBody,
  onUploadProgress?: (bytes: number) => void,
  signal?: AbortSignal
): Promise<void> {
  await api.call({
    method: 'PUT',
    url: appendPath(fileUrl, 'content'),
    token: true,
    stream: body,
    onUploadProgress,
    signal
  })
}

export async function deleteFile(api: RequestPipeline, fileUrl: string): Promise<void> {
  await api.call({ method: 'DELETE', url: fileUrl, token: true })
}

/** File names as the server may compare them: Unicode NFC, without regard to case. */
function sameFileName(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase()
}
