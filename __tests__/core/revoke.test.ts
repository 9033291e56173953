// revoke() in-process against the emulator: the server decides, and the outcome is what the
// transfer's status shows afterwards, whatever became of the revocation's own answer.
import { describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { revoke } from '../../src/core/revoke.js'
import type { RevokeSettings } from '../../src/core/transfer-options.js'
import { statusWithoutState } from '../e2e/harness.js'
import { clientOf, deliveredEarlier, fakeClock, recordingHost, useCoreBed } from './host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 10_000 }, () => emulator)

/** An ACTIVE transfer delivered by an earlier job; its tracking id. */
async function delivered(options: EmulatorOptions = {}): Promise<string> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return deliveredEarlier(emulator, bed, SENDER)
}

function settings(trackingId: string): RevokeSettings {
  return {
    serverUrl: emulator.url,
    apiBase: `${emulator.url}/api`,
    clientId: DEMO_CLIENT_ID,
    senderEmail: SENDER,
    trackingId,
    retries: 0,
    notifyRecipients: true,
    notifySender: true
  }
}

describe('revoke() settles its outcome by the status', () => {
  it('a lost answer and then one failing status read: reported revoked, as the status shows', async () => {
    const id = await delivered()
    emulator.addFault({ method: 'PATCH', path: `/transfers/${id}$`, dropAfterProcessing: true })
    emulator.addFault({ method: 'GET', path: `/transfers/${id}$`, skip: 1, status: 500 })
    const host = recordingHost()
    const result = await revoke(
      clientOf(emulator, bed.transport, { retries: 0 }),
      settings(id),
      host,
      undefined,
      fakeClock()
    )
    expect(result).toEqual({ trackingId: id, state: 'DELETED_BY_REVOCATION', revoked: true })
    expect(emulator.revocations()).toHaveLength(1)
    expect(host.calls).toContainEqual([
      'info',
      expect.stringMatching(/answer did not arrive, but the transfer's status shows it revoked/)
    ])
  })

  it('cancelled while the revocation is under way: reported revoked once the status shows it', async () => {
    const id = await delivered()
    emulator.addFault({ method: 'PATCH', path: `/transfers/${id}$`, delayMs: 300, processEvenIfClosed: true })
    const cancel = new AbortController()
    const client = clientOf(emulator, bed.transport, { retries: 0, signal: cancel.signal })
    const patched = setInterval(() => {
      if (emulator.requestsTo('PATCH', /\/transfers\//).length) {
        clearInterval(patched)
        cancel.abort()
      }
    }, 5)
    const result = await revoke(client, settings(id), recordingHost(), cancel.signal).finally(() =>
      clearInterval(patched)
    )
    expect(result).toMatchObject({ state: 'DELETED_BY_REVOCATION', revoked: true })
    expect(emulator.revocations()).toHaveLength(1)
  })

  it("a refused revocation of a transfer that stays ACTIVE is reported as not revoked, with the server's code", async () => {
    const id = await delivered()
    emulator.addFault({ method: 'PATCH', path: `/transfers/${id}$`, status: 403, errorCode: 3001 })
    await expect(
      revoke(clientOf(emulator, bed.transport), settings(id), recordingHost(), undefined, fakeClock())
    ).rejects.toThrow(
      new RegExp(`^The server did not revoke transfer ${id} \\(HTTP 403, errorCode 3001.*; it is ACTIVE\\.$`)
    )
    expect(emulator.revocations()).toHaveLength(0)
  })

  it('a revocation answered 200 text/html (a proxy page) is not reported revoked while the status reads ACTIVE', async () => {
    const id = await delivered()
    emulator.addFault({ method: 'PATCH', path: `/transfers/${id}$`, html: true })
    await expect(
      revoke(clientOf(emulator, bed.transport), settings(id), recordingHost(), undefined, fakeClock())
    ).rejects.toThrow(new RegExp(`transfer ${id}.*ACTIVE`))
    expect(emulator.revocations()).toHaveLength(0)
  })

  it('a status answer without a state is an error before anything is revoked, never a state "UNKNOWN"', async () => {
    const id = await delivered()
    emulator.addFault(statusWithoutState(id))
    await expect(
      revoke(clientOf(emulator, bed.transport), settings(id), recordingHost(), undefined, fakeClock())
    ).rejects.toThrow(/has no "status\.state"/)
    expect(emulator.requestsTo('PATCH', '/transfers/')).toHaveLength(0)
  })
})
