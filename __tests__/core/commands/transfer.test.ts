// runStatus and runRevoke in-process: options read once, the outcome as the server shows it, and
// a mistake in the options found before anything is contacted.
import { describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator } from '../../../emulator/server.js'
import { runRevoke, runStatus } from '../../../src/core/commands/transfer.js'
import { deliveredEarlier, useCoreBed } from '../host.js'
import { commandHost, options } from './commands-host.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 10_000 }, () => emulator)

/** An ACTIVE transfer delivered by an earlier job; its tracking id. */
async function delivered(): Promise<string> {
  emulator = new Emulator({ processingPolls: 1 })
  await emulator.start()
  return deliveredEarlier(emulator, bed, SENDER)
}

function transferOptions(trackingId: string, extra: Record<string, string> = {}) {
  return options({
    'server-url': emulator.url,
    'client-id': DEMO_CLIENT_ID,
    'sender-email': SENDER,
    'tracking-id': trackingId,
    retries: '0',
    ...extra
  })
}

describe('runStatus', () => {
  it('reads the state and who downloaded what', async () => {
    const id = await delivered()
    emulator.download(id, 'customer@example.org')
    const outcome = await runStatus(transferOptions(id), commandHost())
    expect(outcome).toMatchObject({ status: 'ok', usage: false, value: { trackingId: id, state: 'ACTIVE' } })
    expect(outcome.value?.allDownloaded).toBe(true)
  })

  it('waiting for downloads that do not come: a timeout with the last report', async () => {
    const id = await delivered()
    const outcome = await runStatus(
      transferOptions(id, { 'wait-for-download': 'true', 'download-timeout': '60' }),
      commandHost()
    )
    expect(outcome.status).toBe('timeout')
    expect(outcome.value).toMatchObject({ trackingId: id, state: 'ACTIVE', allDownloaded: false })
    expect(outcome.message).toMatch(/customer@example.org has not downloaded app.bin/)
  })

  it('a tracking id that is no path segment: a usage failure, nothing contacted', async () => {
    await delivered()
    const before = emulator.requestsTo(undefined, /./).length
    const outcome = await runStatus(transferOptions('../x'), commandHost())
    expect(outcome).toMatchObject({ status: 'failed', usage: true })
    expect(outcome.message).toMatch(/tracking-id/)
    expect(emulator.requestsTo(undefined, /./)).toHaveLength(before)
  })
})

describe('runRevoke', () => {
  it('revokes an ACTIVE transfer: revoked once, as the server recorded', async () => {
    const id = await delivered()
    const outcome = await runRevoke(transferOptions(id), commandHost())
    expect(outcome).toMatchObject({
      status: 'ok',
      value: { trackingId: id, state: 'DELETED_BY_REVOCATION', revoked: true }
    })
    expect(emulator.revocations()).toHaveLength(1)
  })

  it("an unknown transfer: failed, one line with the server's answer, nothing revoked", async () => {
    await delivered()
    const outcome = await runRevoke(transferOptions('20260101-000000-abcdefgh'), commandHost())
    expect(outcome).toMatchObject({ status: 'failed', usage: false })
    expect(outcome.message).toMatch(/HTTP 404/)
    expect(outcome.message).not.toContain('\n')
    expect(emulator.revocations()).toEqual([])
  })

  it('cancelled: no revocation is sent', async () => {
    const id = await delivered()
    const host = commandHost()
    host.cancel()
    const outcome = await runRevoke(transferOptions(id), host)
    expect(outcome.status).toBe('cancelled')
    expect(emulator.revocations()).toEqual([])
  })
})
