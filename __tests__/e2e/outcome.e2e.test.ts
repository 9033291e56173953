// A delivery is reported as exactly what happened when answers are lost, late or malformed:
// finalize (settled only by the transfer status), file registration, session creation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun, type RunOptions } from './harness.js'

const SENDER = 'release-bot@example.com'
const FINALIZE = '/transfer-sessions/[^/]+$'
let emulator: Emulator
let workspace: string

async function start(options: EmulatorOptions): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

const baseInputs = (): Record<string, string> => ({
  'server-url': emulator.url,
  'client-id': DEMO_CLIENT_ID,
  'sender-email': SENDER,
  recipients: 'customer@example.org',
  files: 'dist/**'
})

function run(options: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({
    inputs: baseInputs(),
    workspace,
    ...options,
    env: { CRYPTSHARE_FINALIZE_CONFIRM_SECONDS: '1', ...options.env }
  })
}

/** Sends `signal` to the child once the emulator has received a request matching `method` and `path`. */
function signalOnRequest(method: string, path: RegExp, signal: NodeJS.Signals): (child: ChildProcess) => void {
  return (child) => {
    const timer = setInterval(() => {
      if (emulator.requests.some((r) => r.method === method && path.test(r.path))) {
        clearInterval(timer)
        child.kill(signal)
      }
    }, 10)
    child.on('close', () => clearInterval(timer))
  }
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
const deletes = (): number => emulator.requests.filter((r) => r.method === 'DELETE').length

/** Exactly one transfer, finalized once, with the workspace's bytes, and the outputs naming it. */
function deliveredOnce(result: ActionRun): void {
  expect(errorLines(result.stdout)).toEqual([])
  expect(result.code).toBe(0)
  const transfers = emulator.transfers()
  expect(transfers).toHaveLength(1)
  expect(transfers[0].finalizeCount).toBe(1)
  expect(result.outputs['tracking-id']).toBe(transfers[0].trackingId)
  expect(result.outputs.state).toBe('ACTIVE')
  const stored = transfers[0].files.find((f) => f.fileName === 'app.bin' && !f.deleted)
  expect(stored?.storedPath && sha(stored.storedPath)).toBe(sha(join(workspace, 'dist', 'app.bin')))
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.bin': 200_000, 'dist/notes.txt': 'release notes' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('finalize whose answer is lost, late or malformed', () => {
  it('answer lost and the status answering 404 for a while (lag): delivered, once', async () => {
    await start({
      faults: [
        { method: 'POST', path: FINALIZE, dropAfterProcessing: true },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: 2 }
      ]
    })
    const result = await run({ inputs: { ...baseInputs(), retries: '0' } })
    deliveredOnce(result)
    expect(emulator.finalizeRequests()).toHaveLength(1)
    expect(deletes()).toBe(0)
  })

  it('a 404 from the repeated finalize proves nothing: the status decides', async () => {
    // The first finalize goes through but its answer is lost; the status lags, so finalize is
    // repeated and answers 404 (the session is a transfer now); the status then shows it.
    await start({
      faults: [
        { method: 'POST', path: FINALIZE, dropAfterProcessing: true },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: 2 }
      ]
    })
    const result = await run()
    deliveredOnce(result)
    const finalizes = emulator.finalizeRequests()
    expect(finalizes).toHaveLength(2)
    expect(finalizes[1].handledStatus).toBe(404)
  })

  it('answer lost and the status failing throughout: exit 1, tracking id published, state empty, "may exist"', async () => {
    await start({
      faults: [
        { method: 'POST', path: FINALIZE, dropAfterProcessing: true, times: Infinity },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: Infinity }
      ]
    })
    const result = await run()
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/may exist .*check tracking id \S+ on the server before re-running/)
    expect(errors[0]).not.toMatch(/receive nothing|never finalized/)
    const [transfer] = emulator.transfers()
    expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    expect(result.outputs.state).toBe('')
    expect(JSON.parse(result.outputs.files) as unknown[]).toHaveLength(2)
    // The deletion that would have proved nothing was sent is refused: the session was finalized.
    expect(emulator.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([404])
    expect(result.state.session ?? '').toBe('')
  })

  it.each([['http://[bad'], ['/api/users/x/transfers/%E0%A4%A'], ['']])(
    'a 201 with a malformed Location (%j): delivered, status read from the canonical URL',
    async (location) => {
      await start({ faults: [{ method: 'POST', path: FINALIZE, location }] })
      const result = await run()
      deliveredOnce(result)
      expect(emulator.requestsTo('GET', /\/transfers\/[^/]+$/).length).toBeGreaterThanOrEqual(1)
    }
  )

  it('cancelled while a finalize the server accepted is still answering: tracking id published, nothing deleted', async () => {
    await start({ faults: [{ method: 'POST', path: FINALIZE, delayMs: 1500, processEvenIfClosed: true }] })
    const started = Date.now()
    const result = await run({ onSpawn: signalOnRequest('POST', new RegExp(FINALIZE), 'SIGTERM') })
    expect(Date.now() - started).toBeLessThan(12_000)
    expect(result.code).toBe(1)
    const [transfer] = emulator.transfers()
    expect(transfer.finalizeCount).toBe(1)
    expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    expect(errorLines(result.stdout)[0]).toMatch(/was finalized: the files are sent/)
    expect(errorLines(result.stdout)[0]).not.toMatch(/receive nothing|never finalized/)
    expect(deletes()).toBe(0)
  })

  it('a finalize answered 200 text/html (a WAF page) is no delivery: the open session is deleted, no state', async () => {
    await start({ faults: [{ method: 'POST', path: FINALIZE, html: true }] })
    const result = await run()
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /HTTP 200 with a text\/html body that is not a Cryptshare API answer \(a proxy, firewall or login page in between\?\).*so it was never finalized: nothing was sent\.$/
    )
    expect(result.stdout).not.toMatch(/Transfer \S+ finalized|is finalized|recipients (are )?notified/)
    expect(emulator.transfers()).toHaveLength(0)
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    expect(result.outputs.state ?? '').toBe('')
  })

  it('answer lost, then the status answering 200 text/html: "may exist", never "finalized", no state', async () => {
    await start({
      faults: [
        { method: 'POST', path: FINALIZE, dropAfterProcessing: true },
        { method: 'GET', path: '/transfers/', html: true, times: Infinity }
      ]
    })
    const result = await run()
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/may exist .*check tracking id \S+ on the server before re-running/)
    expect(result.stdout).not.toMatch(/Transfer \S+ finalized|is finalized/)
    const [transfer] = emulator.transfers()
    expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    expect(result.outputs.state).toBe('')
    // The deletion that would have proved nothing was sent is refused: the session was finalized.
    expect(emulator.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([404])
  })

  it('an outright refusal of finalize (409/2001) still deletes the session: nothing sent', async () => {
    await start({ faults: [{ method: 'POST', path: FINALIZE, status: 409, errorCode: 2001 }] })
    const result = await run()
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toMatch(/finalize failed: HTTP 409, errorCode 2001/)
    expect(emulator.transfers()).toHaveLength(0)
    expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    // No transfer exists, so the post step has nothing to report either.
    expect(result.state.finalize ?? '').toBe('')
    expect(result.state.session ?? '').toBe('')
  })
})

describe('file registration whose answer is lost', () => {
  it('the retry is refused (name taken by the first attempt): that registration is adopted', async () => {
    await start({ faults: [{ method: 'POST', path: '/files$', dropAfterProcessing: true }] })
    const result = await run()
    deliveredOnce(result)
    const files = emulator.transfers()[0].files.filter((f) => !f.deleted)
    expect(files.map((f) => f.fileName).sort()).toEqual(['app.bin', 'notes.txt'])
    expect(files.every((f) => f.state === 'UPLOADED')).toBe(true)
  })
})

describe('session creation whose answer is lost or malformed', () => {
  it('a retried create that succeeds warns that the first attempt may have left a session', async () => {
    await start({ faults: [{ method: 'POST', path: '/transfer-sessions$', dropAfterProcessing: true }] })
    const result = await run()
    deliveredOnce(result)
    const warning = result.stdout
      .split('\n')
      .find((l) => l.startsWith('::warning::') && /may hold another session/.test(l))
    expect(warning).toMatch(/never finalized .*expire/)
    const sessions = [...emulator.sessions.values()]
    expect(sessions.map((s) => s.state).sort()).toEqual(['FINALIZED', 'OPEN'])
  })

  it('cancelled while the create is in flight: it is let finish and what it created is deleted', async () => {
    await start({ faults: [{ method: 'POST', path: '/transfer-sessions$', delayMs: 1000, processEvenIfClosed: true }] })
    const result = await run({ onSpawn: signalOnRequest('POST', /\/transfer-sessions$/, 'SIGTERM') })
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toMatch(/cancelled.*deleted again; nothing was sent/)
    const sessions = [...emulator.sessions.values()]
    expect(sessions.map((s) => s.state)).toEqual(['DELETED'])
    expect(emulator.transfers()).toHaveLength(0)
  })

  it('a Location naming an implausible tracking id is a protocol error, and the session it names is deleted', async () => {
    // The real session's id with an encoded control character appended is implausible; the
    // emulator decodes the path it is asked to DELETE, so it names the session itself.
    await start({
      faults: [{ method: 'POST', path: '/transfer-sessions$', location: (original) => `${original ?? ''}%0A` }]
    })
    const result = await run()
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/names no plausible tracking id: its last segment decodes to "\S+\\n"/)
    expect(emulator.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
    expect(emulator.requests.some((r) => r.path.endsWith('/files'))).toBe(false)
    expect(emulator.transfers()).toHaveLength(0)
  })

  it.each([['%E0%A4%A'], ['a%2Fb']])('a Location ending in %s: one clear error, nothing uploaded', async (tail) => {
    await start({
      faults: [
        { method: 'POST', path: '/transfer-sessions$', location: `/api/users/${SENDER}/transfer-sessions/${tail}` }
      ]
    })
    const result = await run()
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toHaveLength(1)
    expect(errorLines(result.stdout)[0]).toMatch(/names no plausible tracking id/)
    expect(result.stdout).not.toMatch(/URIError|TypeError/)
    expect(emulator.requests.some((r) => r.path.endsWith('/files'))).toBe(false)
  })
})
