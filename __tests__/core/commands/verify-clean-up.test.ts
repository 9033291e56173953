// Email verification and the post step's clean-up as commands, in-process against the emulator.
import { describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator } from '../../../emulator/server.js'
import { runCleanUp, type LeftBehind } from '../../../src/core/commands/clean-up.js'
import { openEmailVerification, readEmailVerificationSettings } from '../../../src/core/commands/verify.js'
import { clientOf, deliveredEarlier, useCoreBed } from '../host.js'
import { commandHost, options } from './commands-host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 1000 }, () => emulator)

describe('email verification', () => {
  it('mails a code, exchanges it for a token; both are masked', async () => {
    emulator = new Emulator({ emailVerification: true })
    await emulator.start()
    const host = commandHost()
    const settings = readEmailVerificationSettings(
      options({ 'server-url': emulator.url, 'client-id': DEMO_CLIENT_ID, 'sender-email': SENDER, retries: '0' })
    )
    const verification = openEmailVerification(settings, host)
    try {
      await verification.requestCode()
      const code = emulator.emailCodes.get(SENDER) ?? ''
      expect(code).not.toBe('')
      const { token } = await verification.exchange(code)
      expect(token).not.toBe('')
      expect(host.secrets).toEqual([code, token])
      expect(emulator.emailCodes.has(SENDER)).toBe(false)
    } finally {
      verification.close()
    }
  })

  it('a server without email verification: one line saying what to ask the administrator, no code', async () => {
    emulator = new Emulator({ emailVerification: false })
    await emulator.start()
    const settings = readEmailVerificationSettings(
      options({ 'server-url': emulator.url, 'client-id': DEMO_CLIENT_ID, 'sender-email': SENDER, retries: '0' })
    )
    const verification = openEmailVerification(settings, commandHost())
    try {
      await expect(verification.requestCode()).rejects.toThrow(/does not offer email verification .* administrator/)
      expect(emulator.emailCodes.size).toBe(0)
    } finally {
      verification.close()
    }
  })
})

/** What a main step killed at `stage` leaves for the post step. */
function leftBehind(trackingId: string, token: string, stage: LeftBehind['stage']): LeftBehind {
  return { apiBase: `${emulator.url}/api`, clientId: DEMO_CLIENT_ID, sender: SENDER, trackingId, token, stage }
}

describe('runCleanUp', () => {
  it('a finalize whose outcome was never published: the transfer is not found, only reported', async () => {
    emulator = new Emulator()
    await emulator.start()
    const host = commandHost()
    const { token } = await clientOf(emulator, bed.transport).requestToken(SENDER)
    await runCleanUp(leftBehind('20261204-000000-abcdefgh', token, 'finalize'), host)
    expect(host.secrets).toEqual([token, DEMO_CLIENT_ID])
    expect(emulator.requestsTo('DELETE', /./)).toEqual([])
    expect(host.of('info')).toEqual([expect.stringMatching(/^Transfer 20261204-000000-abcdefgh was not found \(yet\)/)])
  })

  it('a finalize whose transfer exists: its state is said, nothing deleted', async () => {
    emulator = new Emulator({ processingPolls: 1 })
    await emulator.start()
    const id = await deliveredEarlier(emulator, bed, SENDER)
    const { token } = await clientOf(emulator, bed.transport).requestToken(SENDER)
    const host = commandHost()
    await runCleanUp(leftBehind(id, token, 'finalize'), host)
    expect(host.of('info')).toEqual([`Transfer ${id} exists on the server: state ACTIVE.`])
    expect(emulator.requestsTo('DELETE', /./)).toEqual([])
  })

  it('a saved token the server no longer takes: one warning saying to check the transfer, nothing deleted', async () => {
    emulator = new Emulator()
    await emulator.start()
    const host = commandHost()
    await runCleanUp(leftBehind('20261204-000000-abcdefgh', 'expired-token', 'finalize'), host)
    expect(emulator.requestsTo('DELETE', /./)).toEqual([])
    expect(host.of('warning')).toEqual([
      expect.stringMatching(
        /^Could not read the status of transfer .* errorCode 3002.* Check it on the server before re-running\.$/
      )
    ])
  })

  it('an unfinished session left by a killed main step: deleted with its saved token, nothing sent', async () => {
    emulator = new Emulator()
    await emulator.start()
    const client = clientOf(emulator, bed.transport)
    const { token } = await client.requestToken(SENDER)
    client.useToken(token)
    const { trackingId } = await client.createSession(SENDER, {
      sender: { name: 'CI', phone: '' },
      recipients: { to: [{ mail: 'customer@example.org' }], cc: [], bcc: [] }
    })
    expect(emulator.liveSessions()).toHaveLength(1)
    const host = commandHost()
    await runCleanUp(leftBehind(trackingId, token, 'session'), host)
    expect(emulator.liveSessions()).toEqual([])
    expect(emulator.transfers()).toEqual([])
    expect(host.of('info')).toEqual([
      expect.stringMatching(/^Deleted the unfinished transfer session .* recipients receive nothing/)
    ])
  })
})
