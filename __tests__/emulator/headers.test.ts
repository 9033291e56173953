/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { DEMO_CLIENT_ID } from '../../emulator/server.js'
import { type Api, SENDER, basicHeaders, expectError, useEmulator } from './helpers.js'

const emulators = useEmulator()
let api: Api

beforeEach(async () => {
  ;({ api } = await emulators.start())
})
afterEach(() => emulators.stopAll())

const verification = `/api/users/${SENDER}/verification`

function without(name: string): Record<string, string> {
  const headers = basicHeaders()
  delete headers[name]
  return headers
}

async function rawGet(path: string, headers: Record<string, string>) {
  return api.call('GET', path, { bare: true, headers })
}

describe('common request headers', () => {
  it('GET /api/status needs no headers and answers unwrapped', async () => {
    const answer = await api.call('GET', '/api/status', { bare: true })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ apiVersions: { uiApiVersions: [{ major: 1, minor: 15 }] } })
  })

  it('GET /api/clients returns a fresh 64-char id that is not registered', async () => {
    // the 1.8 spec marks X-CS-ClientId as required even here (the Python client sends none)
    expectError(await api.call('GET', '/api/clients', { bare: true }), 400, 1002)
    const answer = await api.call('GET', '/api/clients')
    expect(answer.status).toBe(200)
    const clientId = answer.body.data.clientId as string
    expect(clientId).toMatch(/^[A-Za-z0-9]{64}$/)
    expect(clientId).not.toBe(DEMO_CLIENT_ID)
    const methods = await api.call('GET', verification, { clientId })
    expect(methods.body.data.verificationMethods).not.toContain('CLIENT_ID')
  })

  it('missing X-CS-MajorApiVersion -> 400/1002', async () => {
    expectError(await rawGet(verification, without('X-CS-MajorApiVersion')), 400, 1002)
  })

  it('X-CS-MajorApiVersion other than 1 -> 404/2004', async () => {
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-MajorApiVersion': '2' }), 404, 2004)
  })

  it('missing X-CS-MinimumMinorApiVersion -> 400/1002', async () => {
    expectError(await rawGet(verification, without('X-CS-MinimumMinorApiVersion')), 400, 1002)
  })

  it('non-integer X-CS-MinimumMinorApiVersion -> 400/1004', async () => {
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-MinimumMinorApiVersion': '8.1' }), 400, 1004)
  })

  it('X-CS-MinimumMinorApiVersion above the server version -> 404/2004', async () => {
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-MinimumMinorApiVersion': '16' }), 404, 2004)
    const ok = await rawGet(verification, { ...basicHeaders(), 'X-CS-MinimumMinorApiVersion': '15' })
    expect(ok.status).toBe(200)
  })

  it('maxMinorVersion lowers the supported version', async () => {
    const { api: old } = await emulators.start({ maxMinorVersion: 9 })
    expectError(await old.call('GET', verification, { headers: { 'X-CS-MinimumMinorApiVersion': '10' } }), 404, 2004)
  })

  it('missing X-CS-ClientId -> 400/1002', async () => {
    expectError(await rawGet(verification, without('X-CS-ClientId')), 400, 1002)
  })

  it('X-CS-ClientId not 50-4000 alphanumerics -> 400/1004', async () => {
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-ClientId': 'short' }), 400, 1004)
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-ClientId': `${'a'.repeat(60)}-` }), 400, 1004)
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-ClientId': 'a'.repeat(4001) }), 400, 1004)
  })

  it('X-CS-ProductKey other than api.rest -> 400/1004; absent is fine', async () => {
    expectError(await rawGet(verification, { ...basicHeaders(), 'X-CS-ProductKey': 'api.soap' }), 400, 1004)
    expect((await rawGet(verification, without('X-CS-ProductKey'))).status).toBe(200)
  })

  it('accepts the query-parameter alternatives', async () => {
    const query = `client-id=${DEMO_CLIENT_ID}&major-api-version=1&minimum-minor-api-version=8`
    const token = (await api.call('POST', `/api/users/${SENDER}/verification/token?${query}`, { bare: true })).body.data
      .token
    const answer = await api.call('GET', `${verification}?${query}&verification-token=${token}`, { bare: true })
    expect(answer.status).toBe(200)
    expect(answer.body.data.verified).toBe(true)
  })

  it('unknown path -> 404/1006', async () => {
    expectError(await api.call('GET', '/api/nothing-here'), 404, 1006)
    expectError(await api.call('GET', '/status'), 404, 1006)
    expectError(await api.call('GET', `/api/users/${SENDER}/verification/`), 404, 1006)
  })

  it('wrong method on a known path -> 405/1006', async () => {
    expectError(await api.call('DELETE', verification), 405, 1006)
    expectError(await api.call('GET', `/api/users/${SENDER}/transfer-sessions`), 405, 1006)
  })

  it('email path segment that is not an address -> 400/1005 (after percent-decoding)', async () => {
    expectError(await api.call('GET', '/api/users/not-an-email/verification'), 400, 1005)
    expectError(await api.call('GET', '/api/users/a%ZZ@example.com/verification'), 400, 1005)
    const encoded = await api.call('GET', '/api/users/ci%2Bbot%40example.com/verification')
    expect(encoded.status).toBe(200)
  })

  it('JSON body without Content-Type application/json -> 415/1004; unparsable -> 400/1004', async () => {
    const token = await api.token()
    const path = `/api/users/${SENDER}/transfer-policy`
    const body = JSON.stringify({ recipients: ['a@example.org'] })
    expectError(await api.call('POST', path, { token, body, headers: { 'Content-Type': 'text/plain' } }), 415, 1004)
    expectError(
      await api.call('POST', path, { token, body: '{"recipients":', headers: { 'Content-Type': 'application/json' } }),
      400,
      1004
    )
    const ok = await api.call('POST', path, {
      token,
      body,
      headers: { 'Content-Type': 'application/json; charset=utf-8' }
    })
    expect(ok.status).toBe(200)
  })
})

describe('password endpoints', () => {
  it('GET /api/password generates a password that POST /api/password accepts', async () => {
    const generated = await api.call('GET', '/api/password')
    expect(generated.status).toBe(200)
    const check = await api.call('POST', '/api/password', { json: { password: generated.body.data.password } })
    expect(check.body).toEqual({ data: { valid: true, rulesNotFulfilled: [] }, meta: {} })
  })

  it('POST /api/password lists the rules a weak password breaks', async () => {
    const check = await api.call('POST', '/api/password', { json: { password: 'abc def' } })
    const names = (check.body.data.rulesNotFulfilled as { name: string }[]).map((r) => r.name).sort()
    expect(check.body.data.valid).toBe(false)
    expect(names).toEqual([
      'digitsRequired',
      'minimumLengthRequired',
      'specialCharactersRequired',
      'upperCaseRequired',
      'whitespacesDeclined'
    ])
    expect(check.body.data.rulesNotFulfilled).toContainEqual({ name: 'minimumLengthRequired', details: { length: 10 } })
  })

  it('GET /api/password/requirements reports the rules with passwordMinLength', async () => {
    const { api: custom } = await emulators.start({ passwordMinLength: 14 })
    const answer = await custom.call('GET', '/api/password/requirements')
    expect(answer.body.data).toContainEqual({ name: 'minimumLengthRequired', details: { length: 14 } })
    expect(answer.body.data).toHaveLength(7)
  })

  it('password endpoints require the basic headers', async () => {
    expectError(await api.call('GET', '/api/password', { bare: true }), 400, 1002)
  })
})
