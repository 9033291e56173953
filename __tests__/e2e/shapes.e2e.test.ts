// The bundle against an emulator that serves answers of the wrong shape (fault action `rewrite`):
// never a TypeError, a warning naming the field or one clear error, and after finalize the
// outputs of the transfer that exists are always published.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator, type Fault } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun } from './harness.js'

const RECIPIENT = 'customer@example.org'
let emulator: Emulator
let workspace: string

type Data = Record<string, unknown>

/** A nested object of an answer (the emulator's answers have them all). */
const at = (data: Data, key: string): Data => data[key] as Data

/** A fault that lets every matching request be processed, then edits the answer's `data`. */
function edit(method: string, path: string, change: (data: Data) => void): Fault {
  return {
    method,
    path,
    times: Infinity,
    rewrite: (json) => {
      change((json as { data: Data }).data)
      return json
    }
  }
}

const STATUS = '/transfers/[^/]+$'

async function run(fault: Fault): Promise<ActionRun> {
  emulator = new Emulator({ processingPolls: 1, faults: [fault] })
  await emulator.start()
  const result = await runAction({
    inputs: {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': 'release-bot@example.com',
      recipients: RECIPIENT,
      files: 'dist/**',
      retries: '1'
    },
    workspace
  })
  expect(result.stdout + result.stderr).not.toMatch(/TypeError|ReferenceError|Cannot read propert/)
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/) // no stack trace
  return result
}

function warnings(result: ActionRun): string[] {
  return result.stdout
    .split('\n')
    .filter((l) => l.startsWith('::warning::'))
    .map((l) => l.slice('::warning::'.length))
}

/** Delivered: exit 0, no error, one transfer finalized once, its outputs published. */
function delivered(result: ActionRun): void {
  expect(errorLines(result.stdout)).toEqual([])
  expect(result.code).toBe(0)
  expect(emulator.transfers()).toHaveLength(1)
  expect(emulator.liveSessions()).toHaveLength(0)
  const [transfer] = emulator.transfers()
  expect(transfer.finalizeCount).toBe(1)
  expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
  expect(result.outputs.state).toBe('ACTIVE')
  expect((JSON.parse(result.outputs.files) as { name: string }[]).map((f) => f.name).sort()).toEqual([
    'app.zip',
    'notes.txt'
  ])
  expect(result.outputs.password).not.toBe('')
}

function downloadUrls(result: ActionRun): { recipient: string }[] {
  return JSON.parse(result.outputs['download-urls']) as { recipient: string }[]
}

const noUrlFor = (who: string): RegExp => new RegExp(`^The server reports no download URL for ${who} \\(`)

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.zip': 200_000, 'dist/notes.txt': 'notes' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('a transfer status of the wrong shape after finalize', () => {
  it.each([
    [{}, '"status.recipients" of the wrong shape (object, expected a list); ignored.'],
    [[null], '"status.recipients[0]" of the wrong shape (null, expected an object); skipped.']
  ])('status.recipients = %j: a warning naming the field and the recipient', async (recipients, text) => {
    const result = await run(edit('GET', STATUS, (d) => (at(d, 'status').recipients = recipients)))
    delivered(result)
    expect(downloadUrls(result)).toEqual([])
    expect(warnings(result)).toEqual([
      `The server's transfer status has ${text}`,
      expect.stringMatching(noUrlFor(RECIPIENT))
    ])
  })

  it('status.files = {}: a warning, the delivery stands', async () => {
    const result = await run(edit('GET', STATUS, (d) => (at(d, 'status').files = {})))
    delivered(result)
    expect(downloadUrls(result).map((u) => u.recipient)).toEqual([RECIPIENT])
    expect(warnings(result)).toEqual([
      'The server\'s transfer status has "status.files" of the wrong shape (object, expected a list); ignored.'
    ])
  })

  it('transfer.files = "x": a warning, the delivery stands', async () => {
    const result = await run(edit('GET', STATUS, (d) => (at(d, 'transfer').files = 'x')))
    delivered(result)
    expect(warnings(result)).toEqual([
      'The server\'s transfer status has "transfer.files" of the wrong shape (string, expected a list); ignored.'
    ])
  })

  it("transfer.expirationDate a number: a warning, the session's date is published", async () => {
    const result = await run(edit('GET', STATUS, (d) => (at(d, 'transfer').expirationDate = 1_900_000_000)))
    delivered(result)
    expect(result.outputs['expiration-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    expect(warnings(result)).toEqual([
      'The server\'s transfer status has "transfer.expirationDate" of the wrong shape (number, expected a string); ignored.'
    ])
  })

  it('ACTIVE without a download URL for a recipient: a warning naming the recipient', async () => {
    const result = await run(
      edit('GET', STATUS, (d) => {
        for (const r of at(d, 'status').recipients as Data[]) delete r.downloadUrl
      })
    )
    delivered(result)
    expect(downloadUrls(result)).toEqual([])
    expect(warnings(result)).toEqual([expect.stringMatching(noUrlFor(RECIPIENT))])
  })

  it("status.state a number: one error, and the finalized transfer's outputs are published", async () => {
    const result = await run(edit('GET', STATUS, (d) => (at(d, 'status').state = 3)))
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('"status.state" of the wrong shape (number, expected a string)')
    expect(errors[0]).toContain('Check it on the server before re-running')
    const [transfer] = emulator.transfers()
    expect(transfer.finalizeCount).toBe(1)
    expect(emulator.liveSessions()).toHaveLength(0)
    expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    expect(result.outputs.state).toBe('')
    expect(JSON.parse(result.outputs.files)).toHaveLength(2)
    expect(result.outputs.password).not.toBe('')
    expect(result.outputs['expiration-date']).not.toBe('')
  })
})

describe('answers of the wrong shape before finalize', () => {
  it('session files = {} in the upload check: a warning, then finalized', async () => {
    const result = await run(edit('GET', '/transfer-sessions/[^/]+$', (d) => (d.files = {})))
    delivered(result)
    expect(warnings(result)).toEqual([
      'The server\'s transfer session has "files" of the wrong shape (object, expected a list); ignored.'
    ])
  })

  it('policy securityModes [null]: a warning, delivered with the default password plan', async () => {
    const result = await run(edit('POST', '/transfer-policy$', (d) => (at(d, 'settings').securityModes = [null])))
    delivered(result)
    expect(warnings(result)).toEqual([
      'The server\'s transfer policy has "settings.securityModes[0]" of the wrong shape (null, expected an object); skipped.'
    ])
  })

  it('verificationMethods [1, 2]: a warning, the token is requested anyway', async () => {
    const result = await run(edit('GET', '/verification$', (d) => (d.verificationMethods = [1, 2])))
    delivered(result)
    expect(emulator.tokensIssued).toBe(1)
    expect(warnings(result)).toEqual([
      'The server\'s verification status has "verificationMethods[0] (and 1 more entry)" of the wrong shape (number, expected a string); skipped.'
    ])
  })

  it('policy allowed:false with failedRecipients "x": one error, a warning, nothing created', async () => {
    const result = await run(
      edit('POST', '/transfer-policy$', (d) => {
        d.allowed = false
        d.failedRecipients = 'x'
        delete d.settings
      })
    )
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('does not allow release-bot@example.com to send to these recipients')
    expect(warnings(result)).toEqual([
      'The server\'s transfer policy has "failedRecipients" of the wrong shape (string, expected a list); ignored.'
    ])
    expect(emulator.sessions.size).toBe(0)
    expect(result.outputs['tracking-id']).toBeUndefined()
  })

  it('policy allowed "maybe": one protocol error naming the field, nothing created', async () => {
    const result = await run(edit('POST', '/transfer-policy$', (d) => (d.allowed = 'maybe')))
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('"allowed" of the wrong shape (string, expected a boolean)')
    expect(emulator.sessions.size).toBe(0)
  })
})
