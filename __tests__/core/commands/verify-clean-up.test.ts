// Email verification and the post step's clean-up as commands, in-process against the emulator.
import { describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator } from '../../../emulator/server.js'
import { runCleanUp } from '../../../src/core/commands/clean-up.js'
import { openEmailVerification, readEmailVerificationSettings } from '../../../src/core/commands/verify.js'
import { useCoreBed } from '../host.js'
import { commandHost, options } from './commands-host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
useCoreBed({}, () => emulator)

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

describe('runCleanUp', () => {
  it('a finalize whose outcome was never published: the transfer is not found, only reported', async () => {
    emulator = new Emulator()
    await emulator.start()
    const host = commandHost()
    await runCleanUp(
      {
        apiBase: `${emulator.url}/api`,
        clientId: DEMO_CLIENT_ID,
        sender: SENDER,
        trackingId: '20261204-000000-abcdefgh',
        token: 'saved-token',
        stage: 'finalize'
      },
      host
    )
    expect(host.secrets).toEqual(['saved-token', DEMO_CLIENT_ID])
    expect(emulator.requestsTo('DELETE', /./)).toEqual([])
    expect([...host.of('info'), ...host.of('warning')].join('\n')).toMatch(/20261204-000000-abcdefgh/)
  })

  it('an unfinished session: deleted', async () => {
    emulator = new Emulator()
    await emulator.start()
    const host = commandHost()
    await runCleanUp(
      {
        apiBase: `${emulator.url}/api`,
        clientId: DEMO_CLIENT_ID,
        sender: SENDER,
        trackingId: '20261204-000000-abcdefgh',
        token: 'saved-token',
        stage: 'session'
      },
      host
    )
    expect(emulator.requestsTo('DELETE', /transfer-sessions\/20261204-000000-abcdefgh$/)).toHaveLength(1)
    expect([...host.of('info'), ...host.of('warning')]).toHaveLength(1)
  })
})
