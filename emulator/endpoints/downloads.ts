/**
 * Recipients' downloads: the download link of the transfer status (`/download?id=…&code=…`),
 * and the same without HTTP for tests (Emulator.download).
 */
import { readFile } from 'node:fs/promises'
import { Endpoints, fail } from '../context.js'
import type { Ctx, Route } from '../context.js'
import { ApiError, type Reply } from '../http.js'
import { currentState, removedFiles } from '../outcome.js'
import type { FileRecord, RetrievalMethod, SessionRecord } from '../types.js'
import { liveFiles, type RecipientCopy } from '../views.js'

export class DownloadEndpoints extends Endpoints {
  routes(): Route[] {
    return [{ pattern: ['download'], bare: true, web: true, handlers: { GET: (ctx) => this.downloadLink(ctx) } }]
  }

  /** Records that a recipient retrieved one file (by name) or every file of a transfer. */
  record(trackingId: string, recipientEmail: string, fileName?: string, method: RetrievalMethod = 'DOWNLOADED'): void {
    const session = this.state.sessions.get(trackingId)
    if (!session || session.state !== 'FINALIZED') throw new Error(`there is no transfer ${trackingId}`)
    const copy = this.state.copies
      .get(trackingId)
      ?.find((candidate) => candidate.mail.toLowerCase() === recipientEmail.toLowerCase())
    if (!copy) throw new Error(`${recipientEmail} is no recipient of transfer ${trackingId}`)
    try {
      const files = this.retrievable(session, fileName === undefined ? undefined : (file) => file.fileName === fileName)
      this.note(copy, files, method)
    } catch (error) {
      if (error instanceof ApiError) throw new Error(`transfer ${trackingId}: ${error.message}`, { cause: error })
      throw error
    }
  }

  /** GET of a download link: records a download of every file (or of `file`, an id) and answers its bytes. */
  private async downloadLink(ctx: Ctx): Promise<Reply> {
    const found = this.copyAt(ctx.query.get('id'), ctx.query.get('code'))
    if (!found) fail(404, 2003, 'There is no transfer at this link')
    const fileId = ctx.query.get('file')
    const files = this.retrievable(found.session, fileId === null ? undefined : (file) => file.id === fileId)
    this.note(found.copy, files, 'DOWNLOADED')
    if (files.length === 1 && files[0].storedPath) {
      const headers = { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(files[0].fileName)}` }
      const body = await readFile(files[0].storedPath)
      return { status: 200, headers, text: { contentType: 'application/octet-stream', body } }
    }
    const body = `Downloaded:\n${files.map((file) => `${file.fileName}\n`).join('')}`
    return { status: 200, text: { contentType: 'text/plain; charset=utf-8', body } }
  }

  /** The recipient copy a download link (its id and code) points to. */
  private copyAt(id: string | null, code: string | null): { session: SessionRecord; copy: RecipientCopy } | undefined {
    for (const [trackingId, copies] of this.state.copies) {
      const copy = copies.find((candidate) => candidate.id === id && candidate.code === code)
      const session = this.state.sessions.get(trackingId)
      if (copy && session) return { session, copy }
    }
    return undefined
  }

  /** The files a recipient can retrieve (those `wanted`, else all): the transfer must be ACTIVE. */
  private retrievable(session: SessionRecord, wanted?: (file: FileRecord) => boolean): FileRecord[] {
    const state = currentState(this.settings, this.state, session)
    if (state === 'DELETED_BY_REVOCATION') fail(410, 2003, 'The transfer was revoked by its sender')
    if (state !== 'ACTIVE') fail(404, 2003, `The transfer is ${state}, not downloadable`)
    const removed = removedFiles(this.settings, session)
    const files = liveFiles(session).filter((file) => !removed.has(file.id) && (!wanted || wanted(file)))
    if (!files.length) fail(404, 2003, 'No such file in the transfer')
    return files
  }

  private note(copy: RecipientCopy, files: FileRecord[], retrievalMethod: RetrievalMethod): void {
    const at = Date.now()
    for (const file of files) copy.downloads.push({ fileId: file.id, at, retrievalMethod })
  }
}
