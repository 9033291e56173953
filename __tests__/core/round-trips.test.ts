// Round trips that do not depend on each other go at once: with one answer held back, the request
// that does not need it must reach the server before that answer is sent.
import { describe, expect, it } from '@jest/globals'
import { Emulator, type EmulatorOptions } from '../../emulator/server.js'
import type { RecordedRequest } from '../../emulator/types.js'
import { deliver } from '../../src/core/lifecycle/index.js'
import type { DeliveryOptions } from '../../src/core/contract.js'
import { verifySender } from '../../src/core/verification.js'
import { clientOf, deliveryOptions, fakeClock, recordingHost, useCoreBed } from './host.js'

const SENDER = 'release-bot@example.com'
const HELD_MS = 400
let emulator: Emulator
const bed = useCoreBed({ 'dist/a.bin': 20_000, 'dist/b.bin': 30_000, 'dist/c.bin': 40_000 }, () => emulator)

async function started(options: EmulatorOptions) {
  emulator = new Emulator(options)
  await emulator.start()
  return clientOf(emulator, bed.transport)
}

async function delivered(options: EmulatorOptions, extra: Partial<DeliveryOptions> = {}) {
  const client = await started(options)
  const result = await deliver(
    client,
    await deliveryOptions(bed.workspace, SENDER, extra),
    recordingHost(),
    undefined,
    fakeClock()
  )
  expect(result.state).toBe('ACTIVE')
  expect(emulator.specViolations()).toEqual([])
  return result
}

const find = (method: string, path: RegExp, nth = 0): RecordedRequest => {
  const found = emulator.requests.filter((r) => r.method === method && path.test(r.path))[nth]
  if (!found) throw new Error(`no ${method} ${path} (#${nth + 1})`)
  return found
}

/** When the answer to `held` was sent: a request that arrived before did not wait for it. */
const answeredAt = (held: RecordedRequest): number => held.at + HELD_MS

describe('independent requests go at once', () => {
  it('the token is asked for beside the verification status', async () => {
    const client = await started({ faults: [{ method: 'GET', path: '/verification$', delayMs: HELD_MS }] })
    const token = await verifySender(client, { senderEmail: SENDER }, recordingHost())
    expect(token).toBeTruthy()
    expect(find('POST', /\/verification\/token$/).at).toBeLessThan(answeredAt(find('GET', /\/verification$/)))
  })

  it('the first files are registered while the settings are applied', async () => {
    await delivered({ faults: [{ method: 'PATCH', delayMs: HELD_MS }] })
    expect(find('POST', /\/files$/).at).toBeLessThan(answeredAt(find('PATCH', /transfer-sessions\/[^/]+$/)))
    // SHA-256, the session's algorithm: nothing registered twice.
    expect(emulator.requests.filter((r) => r.method === 'DELETE')).toEqual([])
    const [transfer] = emulator.transfers()
    expect(transfer.files.map((f) => [f.fileName, f.deleted])).toEqual([
      ['a.bin', false],
      ['b.bin', false],
      ['c.bin', false]
    ])
  })

  it('a guess the session does not share (SHA-512) is registered again, and the delivery goes on', async () => {
    const result = await delivered({
      fileChecksumAlgorithm: 'SHA-512',
      faults: [{ method: 'PATCH', delayMs: HELD_MS }]
    })
    const live = emulator.transfers()[0].files.filter((f) => !f.deleted)
    const registered = Object.fromEntries(live.map((f) => [f.fileName, f.checksum]))
    expect(registered).toEqual(Object.fromEntries(result.files.map((f) => [f.name, f.sha512])))
    expect(live.every((f) => f.checksum?.length === 128)).toBe(true)
  })

  it('the next file is registered while the one before uploads', async () => {
    await delivered({ faults: [{ method: 'PUT', delayMs: HELD_MS, times: 1 }] }, { uploadConcurrency: 1 })
    expect(find('POST', /\/files$/, 1).at).toBeLessThan(answeredAt(find('PUT', /\/content$/, 0)))
  })
})
