// The core in-process: deliver() against the emulator with a recording host and a fake clock, so
// that the lifecycle's decisions are tested without a bundle and without real waiting.
import { describe, expect, it } from '@jest/globals'
import { Emulator, type EmulatorOptions } from '../../emulator/server.js'
import type { CryptshareClient } from '../../src/cryptshare/client.js'
import { deliver, FinalizeSentError } from '../../src/core/lifecycle/index.js'
import type { DeliveryOptions } from '../../src/core/contract.js'
import { clientOf, deliveryOptions, fakeClock, recordingHost, useCoreBed } from './host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 100_000, 'dist/notes.txt': 'notes' }, () => emulator)

async function start(options: EmulatorOptions = {}): Promise<CryptshareClient> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return clientOf(emulator, bed.transport)
}

function options(extra: Partial<DeliveryOptions> = {}): Promise<DeliveryOptions> {
  return deliveryOptions(bed.workspace, SENDER, extra)
}

describe('deliver() in-process', () => {
  it('tells the host about the session in order and hands over every secret before it is published', async () => {
    const client = await start()
    const host = recordingHost()
    const result = await deliver(client, await options(), host, undefined, fakeClock())
    expect(result.state).toBe('ACTIVE')
    const lifecycle = host.calls.filter(([kind]) => kind.startsWith('session') || kind === 'finalizeSent')
    expect(lifecycle).toEqual([
      ['sessionCreated', result.trackingId],
      ['finalizeSent', result.trackingId],
      ['sessionClosed', result.trackingId, 'finalized']
    ])
    expect(host.secrets).toContain(result.password)
    for (const { url } of result.downloadUrls) expect(host.secrets).toContain(url)
    expect(emulator.transfers()).toHaveLength(1)
    expect(emulator.specViolations()).toEqual([])
  })

  it('an unclear finalize is confirmed for the whole 30 s window without real waiting, then reported unknown', async () => {
    const client = await start({
      faults: [
        { method: 'POST', path: '/transfer-sessions/[^/]+$', dropAfterProcessing: true, times: Infinity },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: Infinity }
      ]
    })
    const host = recordingHost()
    const clock = fakeClock()
    const error = (await deliver(client, await options(), host, undefined, clock).catch(
      (e: unknown) => e
    )) as FinalizeSentError
    expect(error).toBeInstanceOf(FinalizeSentError)
    expect(error.message).toMatch(/did not show within 30 s whether it went through/)
    expect(error.result.trackingId).toBe(emulator.transfers()[0].trackingId)
    expect(error.result.state).toBeUndefined()
    expect(clock.slept).toBeGreaterThanOrEqual(30_000)
    expect(host.calls.some(([kind]) => kind === 'sessionClosed')).toBe(false)
    // The deletion that would prove nothing was sent is refused: the session was finalized.
    expect(emulator.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([404])
    expect(emulator.transfers()).toHaveLength(1)
  })

  it('a finalize answered 200 text/html (a proxy page) is never "finalized": the session is deleted, nothing sent', async () => {
    const client = await start({ faults: [{ method: 'POST', path: '/transfer-sessions/[^/]+$', html: true }] })
    const host = recordingHost()
    const error = (await deliver(client, await options(), host, undefined, fakeClock()).catch(
      (e: unknown) => e
    )) as Error
    expect(error).not.toBeInstanceOf(FinalizeSentError)
    expect(error.message).toMatch(
      /^Finalizing transfer \S+ failed \(HTTP 200 with a text\/html body that is not a Cryptshare API answer.*\), and the session could still be deleted afterwards, so it was never finalized: nothing was sent\.$/
    )
    expect(emulator.transfers()).toHaveLength(0)
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    expect(host.calls.filter(([kind]) => kind === 'info').map(([, m]) => m)).not.toContainEqual(
      expect.stringMatching(/finalized/)
    )
  })

  it('password generation runs beside session creation; when it fails, the session is deleted and the step named', async () => {
    const client = await start({
      faults: [{ method: 'GET', path: '^/api/password$', status: 400, errorCode: 1004, times: Infinity }]
    })
    await expect(deliver(client, await options(), recordingHost(), undefined, fakeClock())).rejects.toThrow(
      /password generation failed: HTTP 400, errorCode 1004/
    )
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
  })

  it('a refused upload deletes the session and reports the step', async () => {
    const client = await start({ faults: [{ method: 'PUT', status: 403, errorCode: 3011, times: Infinity }] })
    const host = recordingHost()
    await expect(deliver(client, await options(), host, undefined, fakeClock())).rejects.toThrow(
      /upload of "dist\/\S+" failed: HTTP 403, errorCode 3011/
    )
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    expect(host.calls.filter(([kind]) => kind === 'sessionClosed').map(([, , how]) => how)).toEqual(['deleted'])
  })

  it('a token refused before the session exists is renewed: the delivery goes on, once', async () => {
    const client = await start({
      faults: [{ method: 'POST', path: '/transfer-policy$', status: 401, errorCode: 3002 }]
    })
    const host = recordingHost()
    const result = await deliver(client, await options(), host, undefined, fakeClock())
    expect(result.state).toBe('ACTIVE')
    expect(emulator.tokensIssued).toBe(2)
    expect(host.calls.filter(([kind]) => kind === 'tokenRenewed')).toHaveLength(1)
    expect(host.calls).toContainEqual([
      'info',
      'The server refused the verification token (HTTP 401, errorCode 3002); verifying the sender again (renewal 1).'
    ])
    expect(host.secrets).toContain(result.verificationToken)
    expect(emulator.transfers()).toHaveLength(1)
    expect(emulator.requestsTo('POST', '/transfer-policy$')).toHaveLength(2)
  })

  it('a session that refuses even a new token names the parallel run and leaves nothing sent', async () => {
    const client = await start({ faults: [{ method: 'PUT', status: 403, errorCode: 3002 }] })
    const host = recordingHost()
    const error = (await deliver(client, await options(), host, undefined, fakeClock()).catch(
      (e: unknown) => e
    )) as Error
    expect(error.message).toMatch(
      /^Transfer session \S+ no longer accepts this run's verification token, not even a new one \(server: HTTP 401, errorCode 3002.*\): another run verified the same sender release-bot@example\.com meanwhile \(a parallel job, a dry run, a status poller\).*GitHub "concurrency:", GitLab "resource_group:", Jenkins "lock\(\)".* nothing was sent, and it expires on the server\.$/
    )
    expect(emulator.transfers()).toHaveLength(0)
    expect(emulator.finalizeRequests()).toHaveLength(0)
    // One renewal: the new token was refused while still valid, so another would not help (and
    // would only take the token away from a parallel run); the deletion was tried once.
    expect(emulator.tokensIssued).toBe(2)
    expect(emulator.requestsTo('DELETE', '/transfer-sessions/')).toHaveLength(1)
  })
})
