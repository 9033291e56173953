// The client's answer to a refused verification token (401/403, errorCode 3002): a new token from
// the renewal source and the same request again, at most twice per request, one renewal for many
// requests refused at once, within a budget; never for the verification endpoints themselves.
import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { CryptshareClient } from '../../src/cryptshare/client.js'
import type { HttpSender } from '../../src/cryptshare/request.js'
import { RENEWAL_BUDGET } from '../../src/cryptshare/token-renewal.js'
import { TokenRefusedError } from '../../src/cryptshare/errors.js'
import { explainRequestFailure } from '../../src/cryptshare/explain.js'
import type { HttpRequest, HttpResponse } from '../../src/http/transport.js'

const SENDER = 'ci@example.com'

interface Seen {
  method: string
  path: string
  token?: string
  body?: string
}

/** A server that accepts only the tokens `accepts` says yes to, and records what it was sent. */
function server(accepts: (token: string | undefined, request: HttpRequest) => boolean): HttpSender & { seen: Seen[] } {
  const seen: Seen[] = []
  return {
    seen,
    async send(request: HttpRequest): Promise<HttpResponse> {
      const token = request.headers['X-CS-VerificationToken']
      let body: string | undefined
      if (typeof request.body === 'string') body = request.body
      else if (request.body) {
        const chunks: Buffer[] = []
        for await (const chunk of request.body.open()) chunks.push(chunk as Buffer)
        body = Buffer.concat(chunks).toString()
      }
      seen.push({ method: request.method, path: new URL(request.url).pathname, token, body })
      await new Promise((resolve) => setImmediate(resolve))
      if (!accepts(token, request)) {
        return answer(401, { errorCode: 3002, errorMessage: 'The verification token is not valid here' })
      }
      return answer(200, { data: { verified: true, verificationMethods: ['CLIENT_ID'] } })
    }
  }
}

function answer(status: number, json: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(json)) }
}

function clientOf(
  transport: HttpSender,
  renew?: () => Promise<string>,
  budget?: number,
  isValid?: () => Promise<boolean>
) {
  const notices: string[] = []
  const client = new CryptshareClient({
    apiBase: 'https://cs.example.com/api',
    clientId: 'C'.repeat(64),
    transport,
    retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 }
  })
  client.useToken('T0')
  let issued = 0
  const renewals: string[] = []
  if (renew !== undefined || budget !== undefined) {
    client.renewTokensWith({
      renew: async () => {
        const token = renew ? await renew() : `T${++issued}`
        renewals.push(token)
        return token
      },
      onRenew: ({ renewal, refusal }) => notices.push(`${renewal}: HTTP ${refusal.status} ${refusal.errorCode}`),
      budget,
      isValid,
      jitterMs: 0
    })
  }
  return { client, notices, renewals }
}

describe('a refused verification token', () => {
  it('is renewed and the request repeated with the new token', async () => {
    const cs = server((token) => token !== 'T0')
    let n = 0
    const { client, notices, renewals } = clientOf(cs, () => Promise.resolve(`NEW${++n}`))
    await client.transferStatus(client.transferUrl(SENDER, '20261204-120000-abcdefgh'))
    expect(cs.seen.map((s) => s.token)).toEqual(['T0', 'NEW1'])
    expect(renewals).toEqual(['NEW1'])
    expect(notices).toEqual(['1: HTTP 401 3002'])
    expect(client.verificationToken).toBe('NEW1')
  })

  it('is renewed at most twice per request; then the refusal says a new token was refused too', async () => {
    const cs = server(() => false)
    const { client, renewals } = clientOf(cs, undefined, 10)
    const failure = await client.getSession(SENDER, '20261204-120000-abcdefgh').catch((e: unknown) => e)
    expect(cs.seen.map((s) => s.token)).toEqual(['T0', 'T1', 'T2'])
    expect(renewals).toHaveLength(2)
    expect(failure).toBeInstanceOf(TokenRefusedError)
    expect(failure).toMatchObject({ renewable: true, renewals: 2, status: 401, errorCode: 3002 })
    const line = explainRequestFailure(failure as TokenRefusedError)
    expect(line).toContain('even after verifying the sender again')
    expect(line).not.toContain('must be registered by an administrator')
  })

  it('refused again with a new token that is still valid, is not renewed a second time', async () => {
    const cs = server(() => false)
    let checks = 0
    const { client, renewals } = clientOf(cs, undefined, 10, () => Promise.resolve(++checks > 0))
    const failure = await client.finalize(SENDER, '20261204-120000-abcdefgh').catch((e: unknown) => e)
    expect(cs.seen.map((s) => s.token)).toEqual(['T0', 'T1'])
    expect(renewals).toEqual(['T1'])
    expect(checks).toBe(1)
    expect(failure).toMatchObject({ renewable: true, renewals: 1 })
  })

  it('refused for many requests at once, is renewed once for all of them', async () => {
    const cs = server((token) => token !== 'T0')
    const { client, renewals } = clientOf(cs, undefined, 10)
    const url = client.transferUrl(SENDER, '20261204-120000-abcdefgh')
    await Promise.all([1, 2, 3, 4].map(() => client.transferStatus(url)))
    expect(renewals).toEqual(['T1'])
    expect(cs.seen.filter((s) => s.token === 'T1')).toHaveLength(4)
  })

  it('repeats an upload from the first byte', async () => {
    const cs = server((token) => token !== 'T0')
    const { client } = clientOf(cs, undefined, 10)
    let opened = 0
    const content = 'abcdefghij'.repeat(1000)
    await client.uploadFile('https://cs.example.com/api/users/ci@example.com/transfer-sessions/t/files/f', {
      length: content.length,
      open: () => {
        opened++
        return Readable.from([Buffer.from(content)])
      }
    })
    expect(opened).toBe(2)
    expect(cs.seen.map((s) => [s.token, s.body?.length])).toEqual([
      ['T0', content.length],
      ['T1', content.length]
    ])
  })

  it('stops renewing once the budget is spent without a request getting through', async () => {
    const cs = server(() => false)
    const { client, renewals } = clientOf(cs, undefined, 3)
    const url = client.transferUrl(SENDER, '20261204-120000-abcdefgh')
    await expect(client.transferStatus(url)).rejects.toBeInstanceOf(TokenRefusedError)
    await expect(client.transferStatus(url)).rejects.toMatchObject({ renewals: 1 })
    await expect(client.transferStatus(url)).rejects.toMatchObject({ renewals: 0 })
    expect(renewals).toHaveLength(3)
  })

  it('a budget spent refills once a renewed token gets a request through', async () => {
    let accepted = new Set<string>()
    const cs = server((token) => token !== undefined && accepted.has(token))
    const { client, renewals } = clientOf(cs, undefined, 1)
    const url = client.transferUrl(SENDER, '20261204-120000-abcdefgh')
    for (let i = 1; i <= 3; i++) {
      accepted = new Set([`T${i}`]) // each token expires before the next read, as in a long wait
      await client.transferStatus(url)
    }
    expect(renewals).toEqual(['T1', 'T2', 'T3'])
    expect(RENEWAL_BUDGET).toBeGreaterThanOrEqual(2)
  })

  it('is not renewed without a renewal source (a given verification-token), and says so', async () => {
    const cs = server(() => false)
    const { client } = clientOf(cs)
    const failure = await client.deleteSession(SENDER, '20261204-120000-abcdefgh').catch((e: unknown) => e)
    expect(cs.seen).toHaveLength(1)
    expect(failure).toMatchObject({ renewable: false, renewals: 0 })
    expect(explainRequestFailure(failure as TokenRefusedError)).toContain('a given token cannot be renewed')
  })

  it('is not renewed on the verification endpoints, nor for a refusal other than errorCode 3002', async () => {
    const cs: HttpSender & { seen: Seen[] } = {
      seen: [],
      send(request) {
        this.seen.push({ method: request.method, path: new URL(request.url).pathname })
        return Promise.resolve(answer(403, { errorCode: 3001, errorMessage: 'not licensed' }))
      }
    }
    const { client, renewals } = clientOf(cs, undefined, 10)
    await expect(client.verificationStatus(SENDER)).rejects.toMatchObject({ errorCode: 3001 })
    await expect(client.transferPolicy(SENDER, ['a@example.org'])).rejects.toMatchObject({ errorCode: 3001 })
    expect(renewals).toEqual([])

    const refusing = server(() => false)
    const second = clientOf(refusing, undefined, 10)
    await expect(second.client.verificationStatus(SENDER)).rejects.toMatchObject({ errorCode: 3002 })
    expect(refusing.seen).toHaveLength(1)
    expect(second.renewals).toEqual([])
  })

  it('is not renewed for a session deletion that asks for none, and still reads as a refused token', async () => {
    const cs = server(() => false)
    const { client, renewals } = clientOf(cs, undefined, 10)
    await expect(
      client.deleteSession(SENDER, '20261204-120000-abcdefgh', { renewToken: false })
    ).rejects.toBeInstanceOf(TokenRefusedError)
    expect(renewals).toEqual([])
  })
})
