/** Finalized transfers: the status of one, and the sender's list. */
import { Endpoints, fail, presentedToken, trackingIdOf, userPath } from '../context.js'
import type { Ctx, Route } from '../context.js'
import { dataReply, type Reply } from '../http.js'
import type { SessionRecord } from '../types.js'
import { liveFiles, statusView, type StatusState } from '../views.js'

export class TransferEndpoints extends Endpoints {
  routes(): Route[] {
    const user = ['api', 'users', ':email']
    return [
      { pattern: [...user, 'transfers'], handlers: { GET: (ctx) => this.listTransfers(ctx) } },
      { pattern: [...user, 'transfers', ':tid'], handlers: { GET: (ctx) => this.transferStatus(ctx) } }
    ]
  }

  /** The state after processing: FAILED by option, or when every file failed its checksum check. */
  private outcomeState(session: SessionRecord): StatusState {
    if (this.settings.options.outcome === 'FAILED') return 'FAILED'
    const files = liveFiles(session)
    return files.length && files.every((file) => file.checksumMismatch) ? 'FAILED' : 'ACTIVE'
  }

  private statusOf(ctx: Ctx, session: SessionRecord, state: StatusState): Record<string, unknown> {
    const { options } = this.settings
    const files = liveFiles(session)
    const removed = new Map<string, string>()
    if (options.outcome === 'REMOVED_FILES') {
      const names = new Set(options.removeFiles ?? (files.length ? [files[0].fileName] : []))
      for (const file of files) if (names.has(file.fileName)) removed.set(file.id, 'VIRUS_DETECTED')
    }
    for (const file of files) if (file.checksumMismatch) removed.set(file.id, 'CHECKSUM_MISMATCH')
    return statusView({
      session,
      state,
      removed,
      recipients: this.state.copies.get(session.trackingId) ?? [],
      downloadBase: this.state.baseUrl,
      fileHref: this.fileHref(ctx, session)
    })
  }

  private transferStatus(ctx: Ctx): Reply {
    const { email, token } = this.verifiedSender(ctx)
    const tid = trackingIdOf(ctx)
    const session = this.state.sessions.get(tid)
    if (!session || session.state !== 'FINALIZED' || session.sender.toLowerCase() !== email.toLowerCase()) {
      fail(404, 2003, `Transfer ${tid} does not exist`)
    }
    if (session.token !== token && this.settings.options.foreignTokenReads !== 'allow')
      fail(401, 3002, 'The verification token is not the one the transfer was created with')
    session.statusPolls++
    const processingPolls = this.settings.options.processingPolls ?? 1
    const state = session.statusPolls <= processingPolls ? 'PROCESSING' : this.outcomeState(session)
    return dataReply(this.statusOf(ctx, session, state))
  }

  private listTransfers(ctx: Ctx): Reply {
    const { email } = this.verifiedSender(ctx)
    const page = ctx.query.get('page') ?? '1'
    const pageSize = ctx.query.get('page-size') ?? '10'
    if (!/^\d+$/.test(page) || Number(page) < 1) fail(400, 1004, 'page must be an integer >= 1')
    if (!/^\d+$/.test(pageSize) || Number(pageSize) < 1 || Number(pageSize) > 100) {
      fail(400, 1004, 'page-size must be an integer from 1 to 100')
    }
    const size = Number(pageSize)
    const mine = this.state
      .transfers()
      .filter((s) => s.sender.toLowerCase() === email.toLowerCase() && s.clientId === ctx.clientId)
      .sort((a, b) => (b.finalizedAt ?? 0) - (a.finalizedAt ?? 0))
      .slice((Number(page) - 1) * size, Number(page) * size)
    const token = presentedToken(ctx)
    if (this.settings.options.foreignTokenReads === 'refuse' && mine.some((session) => session.token !== token)) {
      fail(401, 3002, 'The verification token is not the one every listed transfer was created with')
    }
    const processingPolls = this.settings.options.processingPolls ?? 1
    return dataReply(
      mine.map((session) => {
        const state = session.statusPolls >= processingPolls ? this.outcomeState(session) : 'PROCESSING'
        const status = this.statusOf(ctx, session, state).status as { recipients: unknown[] }
        return {
          trackingId: session.trackingId,
          state,
          recipients: status.recipients,
          href: this.location(userPath(ctx, `transfers/${session.trackingId}`))
        }
      })
    )
  }
}
