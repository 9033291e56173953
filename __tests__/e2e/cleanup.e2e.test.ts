import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction } from './harness.js'

let emulator: Emulator
let workspace: string

const inputs = (): Record<string, string> => ({
  'server-url': emulator.url,
  'client-id': DEMO_CLIENT_ID,
  'sender-email': 'release-bot@example.com',
  recipients: 'customer@example.org',
  files: 'dist/**'
})

/** Calls `act` on the child once the emulator has a session with an upload under way. */
function whenUploading(act: (child: ChildProcess) => void): (child: ChildProcess) => void {
  return (child) => {
    const timer = setInterval(() => {
      if (emulator.requests.some((r) => r.method === 'POST' && r.path.endsWith('/files'))) {
        clearInterval(timer)
        setTimeout(() => act(child), 300)
      }
    }, 20)
    child.on('close', () => clearInterval(timer))
  }
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/big.bin': 2 * 1024 * 1024 })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('a cancelled job leaves nothing on the server', () => {
  it('SIGTERM during a slow upload deletes the session before exiting', async () => {
    emulator = new Emulator({ faults: [{ method: 'PUT', stallMs: 30_000 }] })
    await emulator.start()
    const started = Date.now()
    const result = await runAction({
      inputs: inputs(),
      workspace,
      onSpawn: whenUploading((child) => child.kill('SIGTERM'))
    })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)[0]).toContain('cancelled')
    const sessions = [...emulator.sessions.values()]
    expect(sessions).toHaveLength(1)
    expect(sessions[0].state).toBe('DELETED')
    expect(result.state.session).toBe('')
  })

  it('the post step deletes the session the killed main step left behind', async () => {
    emulator = new Emulator({ faults: [{ method: 'PUT', stallMs: 30_000 }] })
    await emulator.start()
    const main = await runAction({
      inputs: inputs(),
      workspace,
      onSpawn: whenUploading((child) => child.kill('SIGKILL'))
    })
    expect(main.signal).toBe('SIGKILL')
    const [session] = [...emulator.sessions.values()]
    expect(session.state).toBe('OPEN')
    expect(JSON.parse(main.state.session)).toMatchObject({ trackingId: session.trackingId })

    const post = await runAction({ inputs: inputs(), workspace, state: main.state, post: true })
    expect(post.code).toBe(0)
    expect(session.state).toBe('DELETED')
    expect(post.stdout).toContain(`Deleted the unfinished transfer session ${session.trackingId}`)
    expect(post.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(session.token)
  })

  it('a refused upload stops the uploads still running and reports the refusal', async () => {
    const ws = makeWorkspace({ 'dist/a.bin': 1024 * 1024, 'dist/b.bin': 1024 * 1024 })
    emulator = new Emulator({
      faults: [
        { method: 'PUT', path: '/content$', stallMs: 30_000 },
        { method: 'PUT', path: '/content$', status: 403, errorCode: 3011 }
      ]
    })
    await emulator.start()
    try {
      const started = Date.now()
      const result = await runAction({ inputs: { ...inputs(), 'upload-concurrency': '2' }, workspace: ws })
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(result.code).toBe(1)
      expect(errorLines(result.stdout)).toHaveLength(1)
      expect(errorLines(result.stdout)[0]).toContain('3011')
      expect([...emulator.sessions.values()].map((s) => s.state)).toEqual(['DELETED'])
    } finally {
      removeWorkspace(ws)
    }
  })

  it('the post step does nothing after a completed delivery', async () => {
    emulator = new Emulator({ processingPolls: 1 })
    await emulator.start()
    const main = await runAction({ inputs: inputs(), workspace })
    expect(main.code).toBe(0)
    const before = emulator.requests.length
    expect(main.state.finalize).toBe('')
    const post = await runAction({ inputs: inputs(), workspace, state: main.state, post: true })
    expect(post.code).toBe(0)
    expect(emulator.requests).toHaveLength(before)
    expect(emulator.transfers()).toHaveLength(1)
  })
})
