/** Files of a transfer session: register, delete, upload the content. */
import { createHash } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { checkKeys, counter, Endpoints, fail, liveFile, objectBody, userPath } from '../context.js'
import type { Ctx, Route } from '../context.js'
import { ApiError, dataReply, emptyReply, mediaType, type Reply } from '../http.js'
import { randomAlnum } from '../random.js'
import type { FileRecord } from '../types.js'
import { hashName, receiveToFile } from '../upload.js'
import { liveFiles } from '../views.js'

/** Removes a file's stored bytes; the file is no longer UPLOADED. */
export async function dropContent(file: FileRecord): Promise<void> {
  if (file.storedPath) await rm(file.storedPath, { force: true })
  file.storedPath = undefined
  file.state = 'INITIALIZED'
  file.receivedBytes = 0
  file.receivedSha256 = undefined
  file.receivedDigest = undefined
  file.checksumMismatch = undefined
}

export class FileEndpoints extends Endpoints {
  routes(): Route[] {
    const session = ['api', 'users', ':email', 'transfer-sessions', ':tid']
    return [
      { pattern: [...session, 'files'], handlers: { POST: (ctx) => this.registerFile(ctx) } },
      { pattern: [...session, 'files', ':fid'], handlers: { DELETE: (ctx) => this.deleteFile(ctx) } },
      { pattern: [...session, 'files', ':fid', 'content'], handlers: { PUT: (ctx) => this.uploadContent(ctx) } }
    ]
  }

  private async registerFile(ctx: Ctx): Promise<Reply> {
    const { session } = this.sessionOf(ctx)
    const algorithm = this.settings.checksumAlgorithm
    const body = await objectBody(ctx)
    checkKeys(body, ['fileName', 'size', 'checksum'])
    const { fileName, size, checksum } = body
    if (typeof fileName !== 'string' || !fileName.trim() || /[/\\]/.test(fileName)) {
      fail(400, 1004, 'fileName must be a non-empty name without / or \\')
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      fail(400, 1004, 'size must be an integer >= 0')
    if (checksum !== undefined && checksum !== null) {
      const hash = hashName(algorithm)
      const hexLength = hash ? createHash(hash).digest().length * 2 : undefined
      if (typeof checksum !== 'string' || !checksum) fail(400, 1004, 'checksum must be a non-empty string')
      if (hexLength !== undefined && !new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(checksum)) {
        fail(400, 1004, `checksum must be a ${algorithm} hex digest (${hexLength} hex characters)`)
      }
    }
    if (session.state !== 'OPEN') fail(404, 2003, `Transfer session ${session.trackingId} does not exist`)
    const files = liveFiles(session)
    if (files.some((file) => file.fileName === fileName)) {
      fail(409, 2001, `A file named "${fileName}" already exists in this transfer session`)
    }
    const total = files.reduce((sum, file) => sum + file.size, 0) + size
    const { maxTotalSize } = this.settings.policy
    if (total > maxTotalSize) {
      fail(409, 2001, `The files would total ${total} bytes, more than the maximum total size of ${maxTotalSize} bytes`)
    }
    let id: string
    do id = randomAlnum(10)
    while (session.files.some((file) => file.id === id))
    session.files.push({
      id,
      fileName,
      size,
      checksum: typeof checksum === 'string' ? checksum : undefined,
      state: 'INITIALIZED',
      receivedBytes: 0,
      uploads: 0,
      deleted: false
    })
    const location = this.location(userPath(ctx, `transfer-sessions/${session.trackingId}/files/${id}`))
    return dataReply({ fileId: id }, 201, { Location: location })
  }

  private async deleteFile(ctx: Ctx): Promise<Reply> {
    const { session } = this.sessionOf(ctx)
    const file = liveFile(ctx, session)
    file.deleted = true
    await dropContent(file)
    if (session.settings.confidentialMessageFileId === file.id) session.settings.confidentialMessageFileId = null
    return emptyReply(204)
  }

  private async uploadContent(ctx: Ctx): Promise<Reply> {
    const { session } = this.sessionOf(ctx)
    const file = liveFile(ctx, session)
    const algorithm = this.settings.checksumAlgorithm
    const headers = ctx.req.headers
    if (mediaType(headers['content-type']) !== 'application/octet-stream') {
      throw new ApiError(415, 1004, 'Content-Type must be application/octet-stream')
    }
    const declared = headers['content-length']
    if (declared !== undefined && Number(declared) !== file.size) {
      fail(400, 1004, `Content-Length ${declared} differs from the registered size ${file.size}`)
    }
    const temp = join(this.state.storageDir, `${session.trackingId}-${file.id}-${this.state.nextUploadSeq()}.part`)
    let received
    try {
      received = await receiveToFile(ctx.body, temp, file.size, counter(ctx), hashName(algorithm))
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    if (session.state !== 'OPEN' || file.deleted) {
      await rm(temp, { force: true })
      fail(404, 2003, 'The file or transfer session no longer exists')
    }
    if (received.bytes !== file.size) {
      await rm(temp, { force: true })
      fail(400, 1004, `Received ${received.bytes} bytes but the file was registered with size ${file.size}`)
    }
    const mismatch =
      file.checksum !== undefined && received.digest !== undefined && received.digest !== file.checksum.toLowerCase()
    if (mismatch && this.settings.server.checksumCheck !== 'finalization') {
      await rm(temp, { force: true })
      await dropContent(file)
      fail(400, 1004, `checksum mismatch: the ${algorithm} of the received bytes differs from the registered checksum`)
    }
    const stored = join(this.state.storageDir, `${session.trackingId}-${file.id}`)
    await rename(temp, stored)
    file.state = 'UPLOADED'
    file.storedPath = stored
    file.receivedBytes = received.bytes
    file.receivedSha256 = received.sha256
    file.receivedDigest = received.digest
    file.checksumMismatch = mismatch
    file.uploads++
    return emptyReply(200)
  }
}
