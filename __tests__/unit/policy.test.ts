import { describe, expect, it } from '@jest/globals'
import {
  allowedPasswordModes,
  mustSend,
  offersClientIdVerification,
  planPassword,
  policyProblems,
  readPolicy,
  type Policy,
  type PolicyRequest
} from '../../src/core/policy.js'

const noWarning = (message: string): never => {
  throw new Error(`unexpected warning: ${message}`)
}

const request: PolicyRequest = {
  senderEmail: 'ci@example.com',
  recipients: { to: ['a@example.org'], cc: [], bcc: [] },
  files: [{ absolutePath: '/ws/a.zip', relativePath: 'a.zip', name: 'a.zip', size: 100 }],
  passwordMode: 'generated',
  notifyDownloads: false,
  showFileNames: true
}

const allowed = (settings: Record<string, unknown>): Policy => readPolicy({ allowed: true, settings }, noWarning)

describe('policyProblems', () => {
  it('accepts what the policy allows', () => {
    expect(
      policyProblems(allowed({ maxTotalSize: 100, maxRetentionPeriod: 7 }), { ...request, expirationDays: 7 })
    ).toEqual([])
  })

  it('counts the confidential message toward the total size', () => {
    const [problem] = policyProblems(allowed({ maxTotalSize: 100 }), { ...request, confidentialMessage: 'x' })
    expect(problem).toContain('total 101 B')
  })

  it('reports a blocked sender/recipient combination without failed recipients', () => {
    const [problem] = policyProblems(readPolicy({ allowed: false }, noWarning), request)
    expect(problem).toContain('does not allow ci@example.com')
  })

  it('refuses notification text, download notifications and file-name changes the policy fixes', () => {
    const problems = policyProblems(
      allowed({
        recipientNotificationEditable: false,
        sendDownloadNotificationsDefault: false,
        sendDownloadNotificationsChangeable: false,
        showFileNamesDefault: false,
        showFileNamesChangeable: false
      }),
      { ...request, subject: 'Hi', notifyDownloads: true, showFileNames: true }
    )
    expect(problems).toHaveLength(3)
    expect(problems.join(' ')).toMatch(/"subject".*"notify-downloads".*"show-file-names"/)
  })

  it('does not complain about a fixed setting the user leaves at its default', () => {
    const policy = allowed({ showFileNamesDefault: true, showFileNamesChangeable: false })
    expect(policyProblems(policy, request)).toEqual([])
  })
})

describe('password modes', () => {
  it('reads the ONE_TIME_PASSWORD modes whatever the spelling, else the first mode', () => {
    expect(
      allowedPasswordModes({
        securityModes: [
          { name: 'QUICK', config: { allowedPasswordModes: ['MANUAL'] } },
          { name: 'one_time_password', config: { allowedPasswordModes: ['none', 'Generated'] } }
        ]
      })
    ).toEqual(['NONE', 'GENERATED'])
    expect(
      allowedPasswordModes({ securityModes: [{ name: 'X', config: { allowedPasswordModes: ['MANUAL'] } }] })
    ).toEqual(['MANUAL'])
    expect(allowedPasswordModes({})).toBeUndefined()
  })

  it.each([
    ['generated', ['MANUAL', 'GENERATED'], { mode: 'MANUAL', fetchGenerated: true }],
    ['generated', ['GENERATED'], { mode: 'GENERATED', fetchGenerated: true }],
    ['generated', ['GENERATED', 'NONE'], { mode: 'GENERATED', fetchGenerated: true }],
    ['generated', undefined, { mode: 'MANUAL', fetchGenerated: true }],
    ['generated', ['NONE'], undefined],
    ['manual', ['GENERATED'], undefined],
    ['none', ['NONE'], { mode: 'NONE', fetchGenerated: false }],
    ['none', undefined, { mode: 'NONE', fetchGenerated: false }]
  ] as const)('%s with %j → %j', (mode, modes, plan) => {
    expect(planPassword(mode, modes ? [...modes] : undefined)).toEqual(plan)
  })
})

describe('small rules', () => {
  it('sends a boolean setting only when it differs from a known default', () => {
    expect(mustSend(true, true)).toBe(false)
    expect(mustSend(true, false)).toBe(true)
    expect(mustSend(false, undefined)).toBe(true)
  })

  it('recognises client-id verification in both spellings', () => {
    expect(offersClientIdVerification(['CLIENT_ID', 'EMAIL'], noWarning)).toBe(true)
    expect(offersClientIdVerification(['clientId'], noWarning)).toBe(true)
    expect(offersClientIdVerification(['email'], noWarning)).toBe(false)
    expect(offersClientIdVerification(undefined, noWarning)).toBeUndefined()
  })
})
