// Each answer of the wrong shape, at the place where it is read: a warning naming the field where
// the delivery can do without it, otherwise one protocol error; never a TypeError.
import { describe, expect, it } from '@jest/globals'
import type { CryptshareClient } from '../../src/cryptshare/client.js'
import { answer, AnswerShapeError } from '../../src/cryptshare/shape.js'
import { finalizedResult as readOutcome, reportedState as transferState } from '../../src/core/lifecycle/processing.js'
import { checkUploads } from '../../src/core/lifecycle/upload.js'
import { NEUTRAL_NAMING, type DeliveryOptions, type DeliveryResult } from '../../src/core/contract.js'
import type { HostEvents } from '../../src/core/host.js'
import {
  allowedPasswordModes,
  describeRules,
  offersClientIdVerification,
  planPassword,
  policyProblems,
  readPolicy,
  type PolicyRequest
} from '../../src/core/policy.js'
import { verifySender } from '../../src/core/verification.js'

interface Recorded extends HostEvents {
  warn: (message: string) => void
  warnings: string[]
  secrets: string[]
}

function recorder(): Recorded {
  const warnings: string[] = []
  const secrets: string[] = []
  return {
    warnings,
    secrets,
    info: () => undefined,
    notice: () => undefined,
    debug: () => undefined,
    warning: (m) => warnings.push(m),
    warn: (m) => warnings.push(m),
    secret: (v) => secrets.push(v),
    naming: NEUTRAL_NAMING,
    sessionCreated: () => undefined,
    sessionClosed: () => undefined
  }
}

const request: PolicyRequest = {
  senderEmail: 'ci@example.com',
  recipients: { to: ['a@example.org'], cc: [], bcc: [] },
  files: [{ absolutePath: '/ws/a.zip', relativePath: 'a.zip', name: 'a.zip', size: 100 }],
  passwordMode: 'generated',
  notifyDownloads: false,
  showFileNames: true
}

describe('transfer policy', () => {
  it('skips null security modes with a warning and then knows no restriction', () => {
    const events = recorder()
    const policy = readPolicy({ allowed: true, settings: { securityModes: [null] } }, events.warn)
    expect(allowedPasswordModes(policy.settings)).toBeUndefined()
    expect(planPassword('generated', allowedPasswordModes(policy.settings))).toEqual({
      mode: 'MANUAL',
      fetchGenerated: true
    })
    expect(policyProblems(policy, request)).toEqual([])
    expect(events.warnings).toEqual([
      'The server\'s transfer policy has "settings.securityModes[0]" of the wrong shape (null, expected an object); skipped.'
    ])
  })

  it('reads only the password modes it can, and none readable as unknown', () => {
    const events = recorder()
    const modes = (allowed: unknown): string[] | undefined =>
      allowedPasswordModes(
        readPolicy(
          {
            allowed: true,
            settings: { securityModes: [{ name: 'ONE_TIME_PASSWORD', config: { allowedPasswordModes: allowed } }] }
          },
          events.warn
        ).settings
      )
    expect(modes(['NONE', 7])).toEqual(['NONE'])
    expect(modes([7])).toBeUndefined()
    expect(modes('MANUAL')).toBeUndefined()
    expect(modes([])).toEqual([])
    expect(events.warnings).toHaveLength(3)
  })

  it('blocks with the generic sentence when failedRecipients is not a list', () => {
    const events = recorder()
    const policy = readPolicy({ allowed: false, failedRecipients: 'x' }, events.warn)
    expect(policyProblems(policy, request)).toEqual([
      "The server's transfer policy does not allow ci@example.com to send to these recipients. Ask the Cryptshare administrator which recipients are allowed."
    ])
    expect(events.warnings).toEqual([
      'The server\'s transfer policy has "failedRecipients" of the wrong shape (string, expected a list); ignored.'
    ])
  })

  it('names the readable blocked recipients and skips the rest', () => {
    const events = recorder()
    const policy = readPolicy(
      { allowed: 'false', failedRecipients: [null, { emailAddress: 'b@x.org', reason: 5 }] },
      events.warn
    )
    const [problem] = policyProblems(policy, request)
    expect(problem).toContain('blocks this recipient for sender ci@example.com: b@x.org (no reason given)')
    expect(events.warnings).toHaveLength(2)
  })

  it('reads numeric strings and ignores settings of the wrong shape', () => {
    const events = recorder()
    const policy = readPolicy(
      { allowed: true, settings: { maxTotalSize: '50', maxRetentionPeriod: {}, confidentialMessageAllowed: 'no' } },
      events.warn
    )
    expect(policy.settings.maxTotalSize).toBe(50)
    expect(policyProblems(policy, { ...request, expirationDays: 400, confidentialMessage: 'x' })).toEqual([
      expect.stringContaining("above the server's limit of 50 B (50 bytes)")
    ])
    expect(events.warnings).toEqual([
      'The server\'s transfer policy has "settings.maxRetentionPeriod" of the wrong shape (object, expected a number); ignored.',
      'The server\'s transfer policy has "settings.confidentialMessageAllowed" of the wrong shape (string, expected a boolean); ignored.'
    ])
  })

  it.each([
    [{ allowed: 'maybe' }, '"allowed" of the wrong shape (string, expected a boolean)'],
    [{ settings: {} }, 'has no "allowed" (expected a boolean)']
  ])('makes %j one protocol error naming "allowed"', (raw, text) => {
    const read = (): unknown => readPolicy(raw, recorder().warn)
    expect(read).toThrow(AnswerShapeError)
    expect(read).toThrow(text)
    expect(read).toThrow('there is nothing to decide on')
  })

  it.each([
    ['x', 'the server did not say which rules', 1],
    [
      [null, { name: 'MIN_LENGTH', details: { minLength: 12, extra: { a: 1 } } }],
      'MIN_LENGTH (minLength 12, extra {"a":1})',
      1
    ],
    [[{ name: 3, details: 'x' }], 'unnamed rule', 2],
    [
      [
        { name: 'minimumLengthRequired', details: { length: 10 } },
        { name: 'digitsRequired', details: {} },
        { name: 'specialCharactersRequired' },
        { name: 'keyboardSequenceDeclined' },
        { name: 'emojiRequired', details: { count: 1 } }
      ],
      'at least 10 characters, a digit, a special character, no keyboard sequences (qwerty), emojiRequired (count 1)',
      0
    ],
    [undefined, 'the server did not say which rules', 0]
  ])('describes rulesNotFulfilled %j', (rules, text, warnings) => {
    const events = recorder()
    expect(describeRules(rules, events.warn)).toBe(text)
    expect(events.warnings).toHaveLength(warnings)
  })
})

describe('verification status', () => {
  it('cannot tell from verificationMethods [1, 2]: warns and asks for the token anyway', async () => {
    const events = recorder()
    const calls: string[] = []
    const client = {
      verificationStatus: () => (calls.push('status'), Promise.resolve({ verificationMethods: [1, 2] })),
      requestToken: () => (calls.push('token'), Promise.resolve({ token: 'T0KEN' })),
      withHeldRetryNotices: () => ({ client, release: () => undefined }),
      useToken: (token: string) => calls.push(`use ${token}`),
      renewTokensWith: () => calls.push('renew with client-id verification')
    } as unknown as CryptshareClient
    const token = await verifySender(client, { senderEmail: 'ci@example.com' }, events)
    expect(token).toBe('T0KEN')
    // The token is asked for beside the status, and used once the status allowed it.
    expect(calls).toEqual(['token', 'status', 'use T0KEN', 'renew with client-id verification'])
    expect(events.warnings).toEqual([
      'The server\'s verification status has "verificationMethods[0] (and 1 more entry)" of the wrong shape (number, expected a string); skipped.'
    ])
  })

  it('tells only from readable methods', () => {
    const events = recorder()
    expect(offersClientIdVerification(['EMAIL', 1], events.warn)).toBeUndefined()
    expect(offersClientIdVerification([null, 'client_id'], events.warn)).toBe(true)
    expect(offersClientIdVerification(['EMAIL'], events.warn)).toBe(false)
    expect(offersClientIdVerification({}, events.warn)).toBeUndefined()
  })

  it('treats an unreadable "verified" of a given token as unknown', async () => {
    const events = recorder()
    const client = {
      verificationStatus: () => Promise.resolve({ verified: 'perhaps' }),
      useToken: () => undefined
    } as unknown as CryptshareClient
    const options = { senderEmail: 'ci@example.com', verificationToken: 'GIVEN' } as DeliveryOptions
    await expect(verifySender(client, options, events)).resolves.toBe('GIVEN')
    expect(events.warnings).toEqual([
      'The server\'s verification status has "verified" of the wrong shape (string, expected a boolean); ignored.'
    ])
  })
})

describe('transfer status', () => {
  const finalized: DeliveryResult = {
    dryRun: false,
    trackingId: 'T1',
    state: 'PROCESSING',
    downloadUrls: [],
    files: [{ name: 'a.zip', path: 'a.zip', size: 1, sha256: 'ab' }],
    expirationDate: '2031-01-01T00:00:00+00:00',
    removedFiles: []
  }
  const recipients = { to: ['a@example.org'], cc: [], bcc: [] }
  const url = 'https://cs/download?id=1&code=SECRET'
  const good = (status: Record<string, unknown> = {}, transfer: unknown = {}): Record<string, unknown> => ({
    transfer,
    status: { state: 'ACTIVE', recipients: [{ mail: 'a@example.org', downloadUrl: url }], files: [], ...status }
  })
  const outcome = (raw: Record<string, unknown>): { result: DeliveryResult; events: Recorded } => {
    const events = recorder()
    return {
      result: readOutcome(raw, finalized, recipients, answer('transfer status', events.warn), events),
      events
    }
  }

  it('reads a well-formed status without warnings', () => {
    const { result, events } = outcome(good())
    expect(result).toMatchObject({ state: 'ACTIVE', downloadUrls: [{ recipient: 'a@example.org', url }] })
    expect(events.secrets).toEqual([url])
    expect(events.warnings).toEqual([])
  })

  it.each([
    [{ recipients: {} }, '"status.recipients" of the wrong shape (object, expected a list); ignored.'],
    [{ recipients: [null] }, '"status.recipients[0]" of the wrong shape (null, expected an object); skipped.']
  ])('warns about %j and names the recipient left without a download URL', (status, text) => {
    const { result, events } = outcome(good(status))
    expect(result.state).toBe('ACTIVE')
    expect(result.downloadUrls).toEqual([])
    expect(events.warnings).toEqual([
      `The server's transfer status has ${text}`,
      expect.stringMatching(/^The server reports no download URL for a@example\.org \(password mode NONE/)
    ])
  })

  it('names each recipient an ACTIVE transfer has no download URL for', () => {
    const { result, events } = outcome(
      good({
        recipients: [
          { mail: 'a@example.org', downloadUrl: url },
          { mail: 'bob@example.org', downloadUrl: null },
          { mail: 'carol@example.org' }
        ]
      })
    )
    expect(result.downloadUrls).toHaveLength(1)
    expect(events.warnings).toEqual([
      'The server reports no download URL for bob@example.org, carol@example.org (password mode NONE polled with another verification token?); "download-urls" does not include them.'
    ])
  })

  it('does not expect download URLs while PROCESSING', () => {
    const { events } = outcome(
      good({ state: 'PROCESSING', recipients: [{ mail: 'a@example.org', downloadUrl: null }] })
    )
    expect(events.warnings).toEqual([])
  })

  it('reads status.files {} as no removed files, with a warning', () => {
    const { result, events } = outcome(good({ files: {} }))
    expect(result.removedFiles).toEqual([])
    expect(events.warnings).toEqual([
      'The server\'s transfer status has "status.files" of the wrong shape (object, expected a list); ignored.'
    ])
  })

  it('names a removed file by its id when transfer.files is "x"', () => {
    const { result, events } = outcome(
      good({ files: [{ id: 'f1', removed: 'true', removalCause: 'VIRUS' }] }, { files: 'x' })
    )
    expect(result.removedFiles).toEqual([{ name: 'f1', cause: 'VIRUS' }])
    expect(events.warnings).toEqual([
      'The server\'s transfer status has "transfer.files" of the wrong shape (string, expected a list); ignored.'
    ])
  })

  it("keeps the session's expiration date when transfer.expirationDate is a number", () => {
    const { result, events } = outcome(good({}, { expirationDate: 1_900_000_000 }))
    expect(result.expirationDate).toBe(finalized.expirationDate)
    expect(events.warnings).toEqual([
      'The server\'s transfer status has "transfer.expirationDate" of the wrong shape (number, expected a string); ignored.'
    ])
  })

  it.each([
    [{ status: { state: 7 } }, '"status.state" of the wrong shape (number, expected a string)'],
    [{ status: [] }, '"status" of the wrong shape (list, expected an object)']
  ])('makes %j one protocol error: the state decides the outcome', (raw, text) => {
    const read = (): unknown =>
      transferState(
        raw,
        answer('transfer status', () => undefined)
      )
    expect(read).toThrow(AnswerShapeError)
    expect(read).toThrow(text)
    expect(read).toThrow('Check it on the server before re-running')
  })

  it('reads an absent state as not yet known and upper-cases a given one', () => {
    const read = answer('transfer status', () => undefined)
    expect(transferState({}, read)).toBeUndefined()
    expect(transferState({ status: { state: 'active' } }, read)).toBe('ACTIVE')
  })
})

describe('upload check', () => {
  it('skips a session files {} with a warning and returns the expiration date', () => {
    const events = recorder()
    expect(checkUploads({ files: {}, expirationDate: '2031-01-01T00:00:00+00:00' }, events)).toBe(
      '2031-01-01T00:00:00+00:00'
    )
    expect(events.warnings).toEqual([
      'The server\'s transfer session has "files" of the wrong shape (object, expected a list); ignored.'
    ])
  })

  it('still fails on a readable file the server has not received, skipping null entries', () => {
    const events = recorder()
    expect(() => checkUploads({ files: [null, { fileName: 'a.zip', state: 'PENDING' }] }, events)).toThrow(
      'The server has not received every file: a.zip (PENDING).'
    )
    expect(events.warnings).toHaveLength(1)
  })

  it('ignores an expiration date of the wrong shape', () => {
    const events = recorder()
    expect(checkUploads({ files: [], expirationDate: 5 }, events)).toBeUndefined()
    expect(events.warnings).toHaveLength(1)
  })
})
