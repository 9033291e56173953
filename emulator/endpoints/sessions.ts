/** The transfer policy check and transfer sessions: create, read, change, abandon, finalize. */
import { checkKeys, Endpoints, fail, noBody, jsonBody, objectBody, userPath } from '../context.js'
import type { Ctx, Route } from '../context.js'
import { dataReply, emptyReply, type Reply } from '../http.js'
import { generatePassword } from '../passwords.js'
import { validatePatch } from '../patch.js'
import { blockedRecipients, isBlockedSender, policySettings } from '../policy.js'
import { randomAlnum } from '../random.js'
import type { PasswordMode, SessionRecord } from '../types.js'
import { firstLanguage, formatIso, isEmail, isPlainObject } from '../validate.js'
import { liveFiles, sessionView } from '../views.js'
import { dropContent } from './files.js'

const DAY = 86_400_000

type Recipients = SessionRecord['recipients']

/** `sender` of a session creation body: name and phone (sender.email is ignored: the path names the sender). */
function parseSender(sender: unknown): { name?: string; phone?: string } {
  if (sender === undefined || sender === null) return {}
  if (!isPlainObject(sender)) fail(400, 1004, 'sender must be an object')
  checkKeys(sender, ['name', 'phone', 'email'], 'sender.')
  for (const key of ['name', 'phone']) {
    const value = sender[key]
    if (value !== undefined && value !== null && typeof value !== 'string')
      fail(400, 1004, `sender.${key} must be a string`)
  }
  return {
    name: (sender.name as string | null | undefined) ?? undefined,
    phone: (sender.phone as string | null | undefined) ?? undefined
  }
}

/** `recipients` of a session creation body: `{to, cc, bcc}` lists of `{mail}`. */
function parseRecipients(value: unknown): Recipients {
  if (!isPlainObject(value)) fail(400, 1004, 'recipients must be an object with to, cc and bcc')
  checkKeys(value, ['to', 'cc', 'bcc'], 'recipients.')
  const recipients: Recipients = { to: [], cc: [], bcc: [] }
  for (const kind of ['to', 'cc', 'bcc'] as const) {
    const list = value[kind]
    if (list === undefined || list === null) continue
    if (!Array.isArray(list)) fail(400, 1004, `recipients.${kind} must be an array`)
    for (const item of list) {
      if (!isPlainObject(item) || !isEmail(item.mail))
        fail(400, 1004, `recipients.${kind}: every entry needs a valid "mail"`)
      checkKeys(item, ['mail'], `recipients.${kind}[].`)
      recipients[kind].push(item.mail)
    }
  }
  return recipients
}

export class SessionEndpoints extends Endpoints {
  routes(): Route[] {
    const user = ['api', 'users', ':email']
    return [
      { pattern: [...user, 'transfer-policy'], handlers: { POST: (ctx) => this.transferPolicy(ctx) } },
      { pattern: [...user, 'transfer-sessions'], handlers: { POST: (ctx) => this.createSession(ctx) } },
      {
        pattern: [...user, 'transfer-sessions', ':tid'],
        handlers: {
          GET: (ctx) => this.getSession(ctx),
          PATCH: (ctx) => this.patchSession(ctx),
          DELETE: (ctx) => this.deleteSession(ctx),
          POST: (ctx) => this.finalize(ctx)
        }
      }
    ]
  }

  private async transferPolicy(ctx: Ctx): Promise<Reply> {
    const { email } = this.verifiedSender(ctx)
    const body = await objectBody(ctx)
    checkKeys(body, ['recipients'])
    const recipients = body.recipients
    if (!Array.isArray(recipients)) fail(400, 1004, 'recipients must be an array of email addresses')
    for (const recipient of recipients) {
      if (!isEmail(recipient)) fail(400, 1004, `Invalid recipient email address: ${String(recipient)}`)
    }
    this.state.policyChecks++
    const { policy } = this.settings
    if (isBlockedSender(policy, email)) fail(403, 3010, 'The sender is not allowed to send transfers (policy)')
    const failed = blockedRecipients(policy, recipients as string[])
    if (failed.length) {
      return dataReply({
        allowed: false,
        failedRecipients: failed.map((emailAddress) => ({ emailAddress, reason: 'POLICY_MISMATCH' }))
      })
    }
    return dataReply({ allowed: true, failedRecipients: [], settings: policySettings(policy) })
  }

  private async createSession(ctx: Ctx): Promise<Reply> {
    const { email, token } = this.verifiedSender(ctx)
    const body = await objectBody(ctx)
    checkKeys(body, ['sender', 'recipients'])
    const sender = parseSender(body.sender)
    const recipients = parseRecipients(body.recipients)
    const all = [...recipients.to, ...recipients.cc, ...recipients.bcc]
    if (!all.length) fail(400, 1004, 'At least one recipient is required')
    const { policy } = this.settings
    if (isBlockedSender(policy, email)) fail(403, 3010, 'The sender is not allowed to send transfers (policy)')
    if (blockedRecipients(policy, all).length)
      fail(403, 3011, 'The sender/recipient combination is not allowed (policy)')

    const now = Date.now()
    const trackingId = this.state.newTrackingId(now)
    const language = firstLanguage(ctx.req.headers['accept-language']) ?? 'en'
    const mode: PasswordMode = policy.allowedPasswordModes.includes('GENERATED')
      ? 'GENERATED'
      : policy.allowedPasswordModes[0]
    const session: SessionRecord = {
      trackingId,
      sender: email,
      clientId: ctx.clientId,
      token,
      state: 'OPEN',
      recipients,
      senderName: sender.name,
      senderPhone: sender.phone,
      settings: {
        expirationDate: formatIso(now + policy.maxRetentionPeriod * DAY),
        securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: mode } },
        notificationMessage: null,
        senderLanguage: language,
        recipientLanguage: language,
        sendRecipientNotification: true,
        sendUploadSummary: false,
        sendDownloadNotifications: false,
        sendDownloadSummary: false,
        showFileNames: true,
        showZipFileContent: false,
        fileChecksumAlgorithm: this.settings.checksumAlgorithm,
        classificationId: null,
        confidentialMessageFileId: null
      },
      acceptLanguage: ctx.req.headers['accept-language'],
      patches: [],
      files: [],
      finalizeCount: 0,
      statusPolls: 0,
      password: mode === 'GENERATED' ? generatePassword(this.settings.passwordMinLength) : undefined,
      createdAt: now
    }
    this.state.sessions.set(trackingId, session)
    return emptyReply(201, { Location: this.location(userPath(ctx, `transfer-sessions/${trackingId}`)) })
  }

  private getSession(ctx: Ctx): Reply {
    const { session } = this.sessionOf(ctx)
    return dataReply(sessionView(session, this.fileHref(ctx, session)))
  }

  private async patchSession(ctx: Ctx): Promise<Reply> {
    const { session } = this.sessionOf(ctx)
    const body = await jsonBody(ctx)
    if (isPlainObject(body)) session.patches.push(structuredClone(body))
    const changes = validatePatch(body, session, {
      policy: this.settings.policy,
      passwordMinLength: this.settings.passwordMinLength,
      checksumAlgorithm: this.settings.checksumAlgorithm,
      now: Date.now(),
      generatedPassword: this.settings.server.generatedPassword
    })
    Object.assign(session.settings, changes.settings)
    if (changes.senderName !== undefined) session.senderName = changes.senderName ?? undefined
    if (changes.senderPhone !== undefined) session.senderPhone = changes.senderPhone ?? undefined
    if (changes.password !== undefined) session.password = changes.password ?? undefined
    return dataReply(sessionView(session, this.fileHref(ctx, session)))
  }

  private async deleteSession(ctx: Ctx): Promise<Reply> {
    const { session } = this.sessionOf(ctx)
    session.state = 'DELETED'
    for (const file of session.files) await dropContent(file)
    return emptyReply(204)
  }

  private async finalize(ctx: Ctx): Promise<Reply> {
    const { session } = this.sessionOf(ctx)
    await noBody(ctx)
    if (session.state !== 'OPEN') fail(404, 2003, `Transfer session ${session.trackingId} does not exist`)
    const files = liveFiles(session)
    if (!files.length) fail(409, 2001, 'The transfer session has no files')
    const pending = files.filter((file) => file.state !== 'UPLOADED')
    if (pending.length) fail(409, 2001, `Not every file is uploaded yet: ${pending.map((f) => f.fileName).join(', ')}`)
    if (this.settings.policy.confidentialMessageRequired && !session.settings.confidentialMessageFileId) {
      fail(409, 2001, 'A confidential message is required (policy confidentialMessageRequired=true)')
    }
    const mode = (session.settings.securityMode as { config: { passwordMode: PasswordMode } }).config.passwordMode
    if (mode === 'MANUAL' && !session.password) fail(409, 2001, 'Password mode MANUAL requires a password')
    session.state = 'FINALIZED'
    session.finalizeCount++
    session.finalizedAt = Date.now()
    const { to, cc, bcc } = session.recipients
    this.state.copies.set(
      session.trackingId,
      [...to, ...cc, ...bcc].map((mail) => ({ id: randomAlnum(10), mail, code: randomAlnum(24), downloads: [] }))
    )
    return emptyReply(201, { Location: this.location(userPath(ctx, `transfers/${session.trackingId}`)) })
  }
}
