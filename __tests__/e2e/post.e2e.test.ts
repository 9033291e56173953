// The post step's own bundle (dist/post/index.js): it can only clean up and report.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { Api, openSession, SENDER, TO } from '../emulator/helpers.js'
import { makeWorkspace, removeWorkspace, runAction } from './harness.js'

let emulator: Emulator
let api: Api
let workspace: string

const inputs = (): Record<string, string> => ({
  'server-url': emulator.url,
  'client-id': DEMO_CLIENT_ID,
  'sender-email': SENDER,
  recipients: TO,
  files: 'dist/**'
})

/** The state the main step saves for a session or a finalized transfer. */
const saved = (trackingId: string, token: string): string =>
  JSON.stringify({ apiBase: `${emulator.url}/api`, sender: SENDER, trackingId, token })

/** Requests after the first `from` the emulator recorded, as "METHOD path". */
const requestsSince = (from: number): string[] => emulator.requests.slice(from).map((r) => `${r.method} ${r.path}`)

/** Drops the `::add-mask::` lines (the values they mask appear nowhere else). */
const withoutMasks = (stdout: string): string => stdout.replace(/^::add-mask::.*$/gm, '')

async function start(options: ConstructorParameters<typeof Emulator>[0] = {}): Promise<void> {
  emulator = new Emulator(options)
  api = new Api(await emulator.start())
}

/** A finalized transfer with one uploaded file, made through the API directly. */
async function finalizedTransfer(): Promise<{ token: string; tid: string }> {
  const { token, tid } = await openSession(api)
  await api.addFile(token, tid, 'app.bin', Buffer.from('application'))
  const answer = await api.finalize(token, tid)
  if (answer.status >= 300) throw new Error(`finalize: ${answer.status} ${answer.text}`)
  return { token, tid }
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.bin': 'application' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('the post step cleans up and reports, and never delivers', () => {
  it('deletes a saved open session', async () => {
    await start()
    const { token, tid } = await openSession(api)
    const before = emulator.requests.length
    const post = await runAction({ inputs: inputs(), workspace, state: { session: saved(tid, token) }, post: true })
    expect(post.code).toBe(0)
    expect(requestsSince(before)).toEqual([`DELETE ${api.sessionPath(tid)}`])
    expect(emulator.sessions.get(tid)?.state).toBe('DELETED')
    expect(emulator.liveSessions()).toHaveLength(0)
    expect(post.stdout).toContain(`Deleted the unfinished transfer session ${tid}`)
    expect(withoutMasks(post.stdout)).not.toContain(token)
  })

  it('after finalize was sent, reads the status once and logs it: no DELETE, no POST', async () => {
    await start()
    const { token, tid } = await finalizedTransfer()
    const before = emulator.requests.length
    // Killed while finalize was answering: both the session and the finalize state are left.
    const state = { session: saved(tid, token), finalize: saved(tid, token) }
    const post = await runAction({ inputs: inputs(), workspace, state, post: true })
    expect(post.code).toBe(0)
    expect(requestsSince(before)).toEqual([`GET ${api.statusPath(tid)}`])
    expect(post.stdout).toMatch(new RegExp(`^Transfer ${tid} exists on the server: state (PROCESSING|ACTIVE)\\.$`, 'm'))
    expect(emulator.transfers()).toHaveLength(1)
    expect(withoutMasks(post.stdout)).not.toContain(token)
  })

  it('says "not found (yet)" for a transfer the server does not know', async () => {
    await start()
    const { token, tid } = await openSession(api)
    const post = await runAction({ inputs: inputs(), workspace, state: { finalize: saved(tid, token) }, post: true })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(`Transfer ${tid} was not found (yet) on the server`)
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(2) // token + session creation
  })

  it('a failing status read is one warning and exit 0', async () => {
    await start({ faults: [{ method: 'GET', path: '/transfers/', status: 500, times: Infinity }] })
    const { token, tid } = await finalizedTransfer()
    const post = await runAction({ inputs: inputs(), workspace, state: { finalize: saved(tid, token) }, post: true })
    expect(post.code).toBe(0)
    const warnings = post.stdout.split('\n').filter((l) => l.startsWith('::warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`Could not read the status of transfer ${tid}`)
    expect(warnings[0]).toContain('HTTP 500')
  })

  it("with the main step's inputs but no saved state, sends no request at all", async () => {
    await start()
    const post = await runAction({ inputs: inputs(), workspace, post: true })
    expect(post.code).toBe(0)
    expect(emulator.requests).toHaveLength(0)
    expect(post.outputs).toEqual({})
  })

  it('without GITHUB_STATE does nothing and says so in one line', async () => {
    await start()
    const { token, tid } = await openSession(api)
    const before = emulator.requests.length
    const post = await runAction({
      inputs: inputs(),
      workspace,
      env: { GITHUB_STATE: '' },
      state: { session: saved(tid, token) },
      post: true
    })
    expect(post.code).toBe(0)
    expect(emulator.requests).toHaveLength(before)
    expect(post.stdout.trim().split('\n')).toEqual([
      expect.stringContaining('this runner provides no GITHUB_STATE, so the main step saved no state')
    ])
  })
})

describe('the main step saves what the post step needs', () => {
  it('a main step killed after finalize, before the outcome is published, leaves the finalize state; post reports it', async () => {
    await start({ processingPolls: 0, faults: [{ method: 'GET', path: '/transfers/', stallMs: 20_000 }] })
    const polling = (child: ChildProcess): void => {
      const timer = setInterval(() => {
        if (emulator.requests.some((r) => r.method === 'GET' && r.path.includes('/transfers/'))) {
          clearInterval(timer)
          child.kill('SIGKILL')
        }
      }, 10)
      child.on('close', () => clearInterval(timer))
    }
    const main = await runAction({ inputs: inputs(), workspace, onSpawn: polling })
    expect(main.signal).toBe('SIGKILL')
    const [transfer] = emulator.transfers()
    const tid = transfer.trackingId
    expect(JSON.parse(main.state.finalize)).toMatchObject({ trackingId: tid, sender: SENDER })
    expect(main.state.session).toBe('')

    const before = emulator.requests.length
    const post = await runAction({ inputs: inputs(), workspace, state: main.state, post: true })
    expect(post.code).toBe(0)
    expect(requestsSince(before)).toEqual([`GET ${api.statusPath(tid)}`])
    expect(post.stdout).toMatch(new RegExp(`^Transfer ${tid} exists on the server: state ACTIVE\\.$`, 'm'))
    expect(emulator.sessions.get(tid)?.state).toBe('FINALIZED')
    expect(withoutMasks(post.stdout)).not.toContain(transfer.token)
  })

  it('the main bundle ignores an old isPost flag and delivers exactly once', async () => {
    await start({ processingPolls: 1 })
    const main = await runAction({ inputs: inputs(), workspace, state: { isPost: 'true' } })
    expect(main.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(1)
    expect(main.outputs['tracking-id']).toBe(emulator.transfers()[0].trackingId)
    expect(main.state.isPost).toBeUndefined()
    expect(main.state.finalize).toBe('')
  })
})
