/** Server status, client ids, passwords, and sender verification (client id or emailed code). */
import { checkKeys, Endpoints, fail, noBody, objectBody, jsonBody, presentedToken, senderEmail } from '../context.js'
import type { Ctx, Route } from '../context.js'
import { dataReply, emptyReply, type Reply } from '../http.js'
import { generatePassword, passwordRequirements, unmetRules } from '../passwords.js'
import { randomAlnum } from '../random.js'
import { formatIso, isPlainObject } from '../validate.js'

export class VerificationEndpoints extends Endpoints {
  routes(): Route[] {
    const user = ['api', 'users', ':email']
    const minLength = this.settings.passwordMinLength
    return [
      { pattern: ['api', 'status'], bare: true, handlers: { GET: () => this.status() } },
      { pattern: ['api', 'clients'], bare: true, handlers: { GET: () => dataReply({ clientId: randomAlnum(64) }) } },
      {
        pattern: ['api', 'password'],
        handlers: {
          GET: () => dataReply({ password: generatePassword(minLength) }),
          POST: (ctx) => this.validatePassword(ctx)
        }
      },
      {
        pattern: ['api', 'password', 'requirements'],
        handlers: { GET: () => dataReply(passwordRequirements(minLength)) }
      },
      { pattern: [...user, 'verification'], handlers: { GET: (ctx) => this.verificationStatus(ctx) } },
      { pattern: [...user, 'verification', 'token'], handlers: { POST: (ctx) => this.issueToken(ctx) } },
      { pattern: [...user, 'verification', 'code', 'email'], handlers: { POST: (ctx) => this.emailCode(ctx) } }
    ]
  }

  private status(): Reply {
    const minor = this.settings.maxMinorVersion
    return { status: 200, json: { apiVersions: { uiApiVersions: [{ major: 1, minor }] } } }
  }

  private async validatePassword(ctx: Ctx): Promise<Reply> {
    const body = await objectBody(ctx)
    checkKeys(body, ['password'])
    if (typeof body.password !== 'string') fail(400, 1004, 'password must be a string')
    const unmet = unmetRules(body.password, this.settings.passwordMinLength)
    return dataReply({ valid: unmet.length === 0, rulesNotFulfilled: unmet })
  }

  private clientIdAllowed(email: string, clientId: string): boolean {
    const { registeredClientIds, clientIdSenders } = this.settings
    if (!registeredClientIds.has(clientId)) return false
    return !clientIdSenders || clientIdSenders.has(email.toLowerCase())
  }

  private verificationStatus(ctx: Ctx): Reply {
    const email = senderEmail(ctx)
    const token = presentedToken(ctx)
    const issued = token === undefined ? undefined : this.state.validToken(email, ctx.clientId, token)
    const verificationMethods: string[] = []
    if (this.clientIdAllowed(email, ctx.clientId)) verificationMethods.push('CLIENT_ID')
    if (this.settings.server.emailVerification) verificationMethods.push('EMAIL')
    return dataReply({
      verified: issued !== undefined,
      validUntil: issued ? formatIso(issued.validUntil) : null,
      verificationMethods
    })
  }

  private async issueToken(ctx: Ctx): Promise<Reply> {
    const email = senderEmail(ctx)
    const body = await jsonBody(ctx, true)
    if (body !== undefined && !isPlainObject(body)) fail(400, 1004, 'The body must be a JSON object')
    const code = body?.verificationCode
    if (body) checkKeys(body, ['verificationCode'])
    if (code !== undefined) {
      if (typeof code !== 'string') fail(400, 1004, 'verificationCode must be a string')
      const key = email.toLowerCase()
      if (!this.settings.server.emailVerification || this.state.emailCodes.get(key) !== code)
        fail(403, 3002, 'Invalid verification data')
      this.state.emailCodes.delete(key)
    } else if (!this.clientIdAllowed(email, ctx.clientId)) {
      fail(403, 3002, 'Invalid verification data')
    }
    const issued = this.state.issueToken(
      email,
      ctx.clientId,
      this.settings.tokenRules.tokenIssuing,
      this.settings.tokenValidityMs
    )
    return dataReply({ token: issued.token, validUntil: formatIso(issued.validUntil) })
  }

  private async emailCode(ctx: Ctx): Promise<Reply> {
    const email = senderEmail(ctx)
    await noBody(ctx)
    if (!this.settings.server.emailVerification) fail(403, 3002, 'Invalid verification data')
    this.state.emailCodes.set(email.toLowerCase(), randomAlnum(10))
    return emptyReply(200)
  }
}
