/** Finalized transfers: the status of one, its revocation (API 1.10), and the sender's list. */
import { rm } from 'node:fs/promises'
import { checkKeys, Endpoints, fail, objectBody, presentedToken, trackingIdOf, userPath } from '../context.js'
import type { Ctx, Route } from '../context.js'
import { dataReply, emptyReply, type Reply } from '../http.js'
import { currentState, removedFiles } from '../outcome.js'
import type { RevocationRecord, SessionRecord } from '../types.js'
import { isPlainObject } from '../validate.js'
import { liveFiles, statusView, type StatusState } from '../views.js'

/** The first API minor version with the revocation PATCH. */
const REVOCATION_SINCE = 10

type RevocationOptions = Pick<RevocationRecord, 'notifySender' | 'notifyRecipients' | 'message'>

/** The revocation body: `{status: {state: DELETED_BY_REVOCATION}, revocationOptions?: {...}}`. */
function parseRevocation(body: Record<string, unknown>): RevocationOptions {
  checkKeys(body, ['status', 'revocationOptions'])
  const { status, revocationOptions: options } = body
  if (!isPlainObject(status)) fail(400, 1004, 'status must be an object {"state": "DELETED_BY_REVOCATION"}')
  checkKeys(status, ['state'], 'status.')
  if (status.state !== 'DELETED_BY_REVOCATION') fail(400, 1004, 'status.state must be DELETED_BY_REVOCATION')
  if (options === undefined || options === null) return { notifySender: true, notifyRecipients: true }
  if (!isPlainObject(options)) fail(400, 1004, 'revocationOptions must be an object')
  checkKeys(options, ['notifySender', 'notifyRecipients', 'message'], 'revocationOptions.')
  for (const key of ['notifySender', 'notifyRecipients']) {
    const value = options[key]
    if (value !== undefined && value !== null && typeof value !== 'boolean')
      fail(400, 1004, `revocationOptions.${key} must be a boolean`)
  }
  const { notifySender, notifyRecipients, message } = options
  if (message !== undefined && message !== null && typeof message !== 'string')
    fail(400, 1004, 'revocationOptions.message must be a string')
  return {
    notifySender: (notifySender as boolean | null | undefined) ?? true,
    notifyRecipients: (notifyRecipients as boolean | null | undefined) ?? true,
    message: message ?? undefined
  }
}

export class TransferEndpoints extends Endpoints {
  routes(): Route[] {
    const user = ['api', 'users', ':email']
    const transfer = [...user, 'transfers', ':tid']
    const revocable = this.settings.maxMinorVersion >= REVOCATION_SINCE
    const handlers: Route['handlers'] = { GET: (ctx) => this.transferStatus(ctx) }
    if (revocable) handlers.PATCH = (ctx) => this.revoke(ctx)
    const routes: Route[] = [
      { pattern: [...user, 'transfers'], handlers: { GET: (ctx) => this.listTransfers(ctx) } },
      { pattern: transfer, handlers }
    ]
    const unknown = this.settings.server.revocationBelow10 ?? 'notFound2004'
    if (revocable || unknown === 'methodNotAllowed') return routes
    // an older server knows no revocation: it answers before any header check
    return [...routes, { pattern: transfer, bare: true, handlers: { PATCH: () => this.revocationUnknown(unknown) } }]
  }

  private revocationUnknown(answer: 'notFound2004' | 'notFound1006'): never {
    if (answer === 'notFound1006') fail(404, 1006, 'The endpoint does not exist')
    const highest = this.settings.maxMinorVersion
    fail(404, 2004, `API version 1.${REVOCATION_SINCE} is not supported (highest: 1.${highest})`)
  }

  private statusOf(ctx: Ctx, session: SessionRecord, state: StatusState): Record<string, unknown> {
    return statusView({
      session,
      state,
      removed: removedFiles(this.settings, session),
      recipients: this.state.copies.get(session.trackingId) ?? [],
      downloadBase: this.state.baseUrl,
      fileHref: this.fileHref(ctx, session),
      fileDownloadsListsAll: this.settings.server.fileDownloadsListsAll !== false,
      otherToken: presentedToken(ctx) !== session.token
    })
  }

  /** The path's finalized transfer of the path's sender, if the presented token may `use` it (by the token rules). */
  private transferOf(ctx: Ctx, use: 'transferReads' | 'revocationAccess'): SessionRecord {
    const { email, token } = this.verifiedSender(ctx)
    const tid = trackingIdOf(ctx)
    const session = this.state.sessions.get(tid)
    if (!session || session.state !== 'FINALIZED' || session.sender.toLowerCase() !== email.toLowerCase()) {
      fail(404, 2003, `Transfer ${tid} does not exist`)
    }
    if (session.token !== token && this.settings.tokenRules[use] === 'creator')
      fail(401, 3002, 'The verification token is not the one the transfer was created with')
    return session
  }

  private transferStatus(ctx: Ctx): Reply {
    const session = this.transferOf(ctx, 'transferReads')
    const state = currentState(this.settings, this.state, session)
    session.statusPolls++
    return dataReply(this.statusOf(ctx, session, state))
  }

  private async revoke(ctx: Ctx): Promise<Reply> {
    const session = this.transferOf(ctx, 'revocationAccess')
    const options = parseRevocation(await objectBody(ctx))
    const state = currentState(this.settings, this.state, session)
    if (state !== 'ACTIVE') {
      const status = this.settings.server.revocationNotActiveStatus ?? 400
      fail(
        status,
        status === 409 ? 2001 : 1004,
        `Transfer ${session.trackingId} is ${state}: only an ACTIVE transfer can be revoked`
      )
    }
    this.state.revocations.push({ trackingId: session.trackingId, sender: session.sender, ...options })
    // the files are deleted; the transfer's metadata stays
    for (const file of liveFiles(session)) {
      if (file.storedPath) await rm(file.storedPath, { force: true })
      file.storedPath = undefined
    }
    if (this.settings.server.revocationStatus !== 200) return emptyReply(204)
    return dataReply(this.statusOf(ctx, session, 'DELETED_BY_REVOCATION'))
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
    if (this.settings.tokenRules.transferReads === 'creator' && mine.some((session) => session.token !== token)) {
      fail(401, 3002, 'The verification token is not the one every listed transfer was created with')
    }
    return dataReply(
      mine.map((session) => {
        const state = currentState(this.settings, this.state, session)
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
