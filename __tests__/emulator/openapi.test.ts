/* eslint-disable @typescript-eslint/no-unsafe-member-access -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectRefused"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { OpenApiSpec, SPEC_PREFIX } from '../../emulator/openapi.js'
import { SENDER, TO, basicHeaders, expectError, openSession, sha256, useEmulator, type Answer } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

function expectRefused(answer: Answer, status: number, errorCode: number, problem: string): void {
  expectError(answer, status, errorCode)
  expect(answer.body.errorMessage).toBe(`${SPEC_PREFIX}${problem}`)
}

describe('requests are checked against the OpenAPI 1.8 spec', () => {
  it('a body with an unknown field is refused and recorded', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const answer = await api.call('POST', `${api.sessionPath(tid)}/files`, {
      token,
      json: { fileName: 'a.txt', size: 1, checksumAlgorithm: 'SHA256' }
    })
    const problem = 'body.checksumAlgorithm is not a field the spec describes (known: checksum, fileName, size)'
    expectRefused(answer, 400, 1004, problem)
    expect(emulator.specViolations()).toEqual([{ method: 'POST', path: `${api.sessionPath(tid)}/files`, problem }])
    expect(emulator.sessions.get(tid)?.files).toEqual([]) // not processed
  })

  it('a missing required header is refused (400/1002) and recorded', async () => {
    const { api, emulator } = await emulators.start()
    const headers: Record<string, string> = basicHeaders()
    delete headers['X-CS-ClientId']
    const path = `/api/users/${SENDER}/verification`
    const answer = await api.call('GET', path, { bare: true, headers })
    const problem = 'missing required header X-CS-ClientId (or query client-id)'
    expectRefused(answer, 400, 1002, problem)
    expect(emulator.specViolations()).toEqual([{ method: 'GET', path, problem }])
  })

  it('a value of the wrong type is refused and recorded (body and header)', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    const files = `${api.sessionPath(tid)}/files`
    expectRefused(
      await api.call('POST', files, { token, json: { fileName: 'a.txt', size: '1' } }),
      400,
      1004,
      'body.size must be an integer, got string "1"'
    )
    expectRefused(
      await api.call('GET', api.sessionPath(tid), { token, headers: { 'X-CS-MinimumMinorApiVersion': 'eight' } }),
      400,
      1004,
      'header X-CS-MinimumMinorApiVersion (or query minimum-minor-api-version): "eight" is not integer'
    )
    expectRefused(
      await api.call('PATCH', api.sessionPath(tid), { token, json: { sender: { name: 'x', phone: 1 } } }),
      400,
      1004,
      'body.sender.phone must be a string, got number 1'
    )
    expect(emulator.specViolations()).toHaveLength(3)
  })

  it('an endpoint or method the spec does not describe is refused and recorded', async () => {
    const { api, emulator } = await emulators.start()
    const token = await api.token()
    const sent = `/api/users/${SENDER}/transfers/sent-transfers`
    expectRefused(
      await api.call('GET', `/api/users/${SENDER}/sessions`, { token }),
      404,
      1006,
      `no operation is described for GET /api/users/${SENDER}/sessions`
    )
    expectRefused(
      await api.call('DELETE', `/api/users/${SENDER}/transfers`, { token }),
      405,
      1006,
      'DELETE is not described for /api/users/{email-address}/transfers (described: GET)'
    )
    // sent-transfers (API 1.12) is not in the 1.8 export: it is taken as a tracking id
    expect((await api.call('GET', sent, { token })).status).toBe(400)
    expect(emulator.specViolations().map((v) => v.path)).toEqual([
      `/api/users/${SENDER}/sessions`,
      `/api/users/${SENDER}/transfers`
    ])
  })

  it('refuses an unknown query parameter, a missing token, a wrong content type and a body where none is taken', async () => {
    const { api, emulator } = await emulators.start()
    const { token, tid } = await openSession(api)
    expectRefused(
      await api.call('GET', `/api/users/${SENDER}/transfers?pagesize=5`, { token }),
      400,
      1004,
      'unknown query parameter pagesize'
    )
    expectRefused(
      await api.call('GET', api.sessionPath(tid)),
      403,
      3002,
      'missing verification token (header X-CS-VerificationToken or query verification-token)'
    )
    expectRefused(
      await api.call('POST', `${api.sessionPath(tid)}/files`, {
        token,
        body: 'fileName=a',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
      }),
      415,
      1004,
      'Content-Type application/x-www-form-urlencoded is not one the operation takes (application/json)'
    )
    expectRefused(
      await api.call('POST', api.sessionPath(tid), { token, json: {} }),
      400,
      1004,
      'POST /api/users/{email-address}/transfer-sessions/{tracking-id} takes no request body'
    )
    expect(emulator.specViolations()).toHaveLength(4)
  })

  it("'record' records a violation but processes the request", async () => {
    const { api, emulator } = await emulators.start({ specValidation: 'record' })
    const { token, tid } = await openSession(api)
    const answer = await api.call('POST', `${api.sessionPath(tid)}/files`, {
      token,
      json: { fileName: 'a.txt', size: 1, typo: true }
    })
    expectError(answer, 400, 1004) // the emulator's own check
    expect(answer.body.errorMessage).toBe('Unknown field: typo')
    expect(emulator.specViolations()).toHaveLength(1)
    expect(emulator.requests.at(-1)?.specProblem).toMatch(/^body\.typo is not a field/)
  })

  it('a full lifecycle (both header and query forms) produces zero request and response violations', async () => {
    const { api, emulator } = await emulators.start({ processingPolls: 1 })
    expect((await api.call('GET', '/api/status', { bare: true })).status).toBe(200)
    expect((await api.call('GET', '/api/clients')).status).toBe(200)
    expect((await api.call('GET', `/api/users/${SENDER}/verification`)).status).toBe(200)
    const token = await api.token()
    expect((await api.call('GET', `/api/users/${SENDER}/verification`, { token })).status).toBe(200)
    const policy = await api.call('POST', `/api/users/${SENDER}/transfer-policy`, { token, json: { recipients: [TO] } })
    expect(policy.status).toBe(200)
    expect((await api.call('GET', '/api/password')).status).toBe(200)
    expect((await api.call('GET', '/api/password/requirements')).status).toBe(200)
    const check = await api.call('POST', '/api/password', { json: { password: 'Secret-Pass-123!' } })
    expect(check.status).toBe(200)
    const tid = await api.createSession(token, { to: [TO], cc: ['cc@example.org'] })
    const patch = await api.call('PATCH', api.sessionPath(tid), {
      token,
      json: {
        securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'MANUAL', password: 'Secret-Pass-123!' } },
        notificationMessage: { subject: 'Build', body: 'Here it is' },
        recipientLanguage: 'de',
        showFileNames: false,
        sendUploadSummary: true
      }
    })
    expect(patch.status).toBe(200)
    const content = randomBytes(1000)
    await api.addFile(token, tid, 'a.bin', content)
    const spare = await api.registerFile(token, tid, { fileName: 'b.bin', size: 3 })
    expect((await api.call('DELETE', `${api.sessionPath(tid)}/files/${spare}`, { token })).status).toBe(204)
    expect((await api.call('GET', api.sessionPath(tid), { token })).status).toBe(200)
    expect((await api.finalize(token, tid)).status).toBe(201)
    expect((await api.call('GET', api.statusPath(tid), { token })).body.data.status.state).toBe('PROCESSING')
    expect((await api.call('GET', api.statusPath(tid), { token })).body.data.status.state).toBe('ACTIVE')
    const query = `page=1&page-size=5&verification-token=${token}`
    expect((await api.call('GET', `/api/users/${SENDER}/transfers?${query}`)).body.data).toHaveLength(1)
    const other = await api.createSession(token)
    expect((await api.call('DELETE', api.sessionPath(other), { token })).status).toBe(204)
    expect(sha256(content)).toBe(emulator.sessions.get(tid)?.files[0].receivedSha256)
    expect(emulator.specViolations()).toEqual([])
    expect(emulator.responseViolations()).toEqual([])
  })

  it('error answers match the Error schema', async () => {
    const { api, emulator } = await emulators.start()
    const token = await api.token()
    expectError(await api.call('GET', api.statusPath('20990101-000000-AAAAAAAA'), { token }), 404, 2003)
    expectError(await api.call('GET', api.sessionPath('x'), { token }), 400, 1005)
    expect(emulator.responseViolations()).toEqual([])
  })
})

describe('the OpenAPI checker', () => {
  const spec = OpenApiSpec.load()

  it('describes the 1.8 operations plus the supplement (status, revocation, the PUT body)', () => {
    const described = spec.operations.map((o) => `${o.method} ${o.template}`)
    expect(described).toContain('GET /status')
    expect(described).toContain('PATCH /users/{email-address}/transfers/{tracking-id}')
    expect(described).toContain('GET /users/{email-address}/transfers/{tracking-id}')
    const put = spec.match('PUT', '/api/users/a@b.c/transfer-sessions/t/files/f/content')
    expect('template' in put && spec.bodyMediaTypes(put)).toEqual(['application/octet-stream'])
  })

  it('checks a revocation body: status.state required, revocationOptions fields typed, nothing else', () => {
    const op = spec.match('PATCH', '/api/users/a@b.c/transfers/20250101-000000-AAAAAAAA')
    if (!('template' in op)) throw new Error(op.problem)
    const ok = { status: { state: 'DELETED_BY_REVOCATION' }, revocationOptions: { notifySender: false, message: 'm' } }
    expect(spec.checkBody(op, 'application/json', ok)).toBeUndefined()
    expect(spec.checkBody(op, 'application/json', { revocationOptions: {} })?.problem).toBe('body.status is required')
    expect(spec.checkBody(op, 'application/json', { status: { state: 'GONE' } })?.problem).toMatch(/not one of/)
    expect(spec.checkBody(op, 'application/json', { ...ok, reason: 'x' })?.problem).toMatch(
      /body\.reason is not a field/
    )
  })

  it('null is absent (allowed when optional); arrays refuse null items and duplicates; free-form objects take anything', () => {
    const schema = { $ref: '#/components/schemas/TransferSession' }
    const strict = { strict: true }
    expect(spec.checkValue(schema, { classificationId: null, securityMode: { config: { any: 1 } } }, 'x', strict)).toBe(
      undefined
    )
    expect(spec.checkValue(schema, { files: [null] }, 'x', strict)).toBe('x.files[0] is null')
    expect(spec.checkValue(schema, { recipients: { to: [{ mail: 'a' }, { mail: 'a' }] } }, 'x', strict)).toBe(
      'x.recipients.to has duplicate items'
    )
    expect(spec.checkValue(schema, { recipients: { to: [{}] } }, 'x', strict)).toBe(
      'x.recipients.to[0].mail is required'
    )
    expect(spec.checkValue(schema, { files: {} }, 'x', strict)).toBe('x.files must be an array, got an object')
  })

  it('checks answers: 2xx against the operation schema, undescribed statuses and fields are problems', () => {
    const op = spec.match('GET', '/api/users/a@b.c/verification')
    if (!('template' in op)) throw new Error(op.problem)
    expect(
      spec.checkResponse(op, 200, { data: { verified: true, verificationMethods: ['CLIENT_ID'] }, meta: {} })
    ).toBe(undefined)
    expect(spec.checkResponse(op, 200, { data: { verified: 'yes' }, meta: {} })).toBe(
      'response.data.verified must be a boolean, got string "yes"'
    )
    expect(spec.checkResponse(op, 200, { data: {}, meta: {}, extra: 1 })).toMatch(/response\.extra is not a field/)
    expect(spec.checkResponse(op, 201, undefined)).toMatch(/status 201 is not described/)
    expect(spec.checkResponse(op, 403, { errorCode: '3002', errorMessage: 'x' })).toMatch(
      /errorCode must be an integer/
    )
  })
})
