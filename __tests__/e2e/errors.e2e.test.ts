import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun, type RunOptions } from './harness.js'

const SENDER = 'release-bot@example.com'
let emulator: Emulator
let workspace: string

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

function run(extra: Record<string, string> = {}, more: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': SENDER,
      recipients: 'customer@example.org',
      files: 'dist/**',
      retries: '2',
      ...extra
    },
    workspace,
    ...more
  })
}

/** The run failed with exit code 1 and exactly one ::error:: line, which is returned. */
function singleError(result: ActionRun): string {
  expect(result.code).toBe(1)
  const errors = errorLines(result.stdout)
  expect(errors).toHaveLength(1)
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/) // no stack trace
  const printed = result.stdout.replace(/^::add-mask::.*$/gm, '') + result.stderr
  expect(printed).not.toContain(DEMO_CLIENT_ID)
  return errors[0]
}

function nothingCreated(): void {
  expect(emulator.sessions.size).toBe(0)
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.zip': 300_000, 'dist/notes.txt': 'notes', 'dist/nested/app.zip.sig': 'sig' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe('bad inputs stop before anything is sent', () => {
  it.each([
    [{ 'server-url': '' }, 'server-url'],
    [{ 'client-id': ' ' }, 'client-id'],
    [{ 'sender-email': '' }, 'sender-email'],
    [{ recipients: '' }, 'recipients'],
    [{ files: '' }, 'files'],
    [{ 'server-url': 'not a url' }, 'not a URL'],
    [{ 'server-url': 'http://cryptshare.example.com' }, 'https://'],
    [{ cc: 'ok@example.org, broken@' }, '"cc" contains an invalid email address: "broken@"'],
    [{ bcc: 'x' }, '"bcc"'],
    [{ 'client-id': 'short1' }, '50 to 4000 letters and digits'],
    [{ 'password-mode': 'random' }, '"password-mode" must be one of'],
    [{ 'password-mode': 'manual' }, '"password"'],
    [{ 'expiration-days': '0' }, '"expiration-days"'],
    [{ 'upload-concurrency': 'four' }, '"upload-concurrency"'],
    [{ retries: '-1' }, '"retries"'],
    [{ 'processing-timeout': '1.5' }, '"processing-timeout"'],
    [{ 'if-no-files-found': 'fail' }, '"if-no-files-found"'],
    [{ 'sender-email': 'release-bot' }, '"sender-email" is not a valid email address'],
    [{ language: 'english please' }, '"language"'],
    [{ 'dry-run': 'yes please' }, '"dry-run"'],
    [{ 'password-mode': 'none', password: 'Xy7!Xy7!Xy7!' }, '"password" is set']
  ])('%j → names the problem', async (inputs, expected) => {
    await start()
    const error = singleError(await run(inputs))
    expect(error).toContain(expected)
    expect(emulator.requests).toHaveLength(0)
  })

  it('lists the patterns and the directory when no file matches', async () => {
    await start()
    const error = singleError(await run({ files: 'build/*.zip\nout/**' }))
    expect(error).toContain('"build/*.zip", "out/**"')
    expect(error).toContain(workspace)
    expect(emulator.requests).toHaveLength(0)
  })

  it('warns about a pattern that matches nothing while others match', async () => {
    await start()
    const result = await run({ files: 'dist/**\nmissing/*.zip' })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/::warning::.*"missing\/\*\.zip"/)
  })

  it('succeeds with empty outputs when nothing matches and if-no-files-found is warn', async () => {
    await start()
    const result = await run({ files: 'missing/**', 'if-no-files-found': 'warn' })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/::warning::No files match/)
    expect(result.outputs['tracking-id']).toBe('')
    expect(emulator.requests).toHaveLength(0)
  })

  it('names both paths of two files with the same name', async () => {
    await start()
    const ws = makeWorkspace({ 'a/app.zip': 'one', 'b/app.zip': 'two' })
    try {
      const error = singleError(await run({ files: '**/*.zip' }, { workspace: ws }))
      expect(error).toContain('"a/app.zip" and "b/app.zip"')
      expect(emulator.requests).toHaveLength(0)
    } finally {
      removeWorkspace(ws)
    }
  })
})

describe('connection problems say what to check', () => {
  it('an unreachable server fails after the configured retries', async () => {
    await start()
    const closed = await new Promise<number>((resolve) => {
      const server: Server = createServer()
      server.listen(0, '127.0.0.1', () => {
        const port = (server.address() as { port: number }).port
        server.close(() => resolve(port))
      })
    })
    const result = await run({ 'server-url': `http://127.0.0.1:${closed}`, retries: '2' })
    const error = singleError(result)
    expect(error).toContain('ECONNREFUSED')
    const retries = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(retries).toHaveLength(2)
    for (const [i, line] of retries.entries())
      expect(line).toMatch(new RegExp(`^::warning::retry ${i + 1}/2 in [\\d.]+ s: connection refused$`))
    const shown = result.stdout.split('\n').filter((l) => !l.startsWith('::debug::'))
    expect(shown.filter((l) => l.includes('Check the server URL'))).toEqual([expect.stringMatching(/^::error::/)])
  })

  it('a TLS failure mentions NODE_EXTRA_CA_CERTS and is not retried', async () => {
    await start()
    const result = await run({ 'server-url': emulator.url.replace('http://', 'https://') })
    const error = singleError(result)
    expect(error).toContain('NODE_EXTRA_CA_CERTS')
    expect(result.stdout).not.toContain('::warning::')
  })

  it('an HTML answer says the URL does not look like a Cryptshare API', async () => {
    await start({ faults: [{ html: true, times: Infinity }] })
    const error = singleError(await run())
    expect(error).toContain(
      'HTTP 200 with a text/html body that is not a Cryptshare API answer (a proxy, firewall or login page in between?)'
    )
    expect(error).toContain('does not look like a Cryptshare API')
    nothingCreated()
  })
})

describe('verification problems explain what to do', () => {
  it('an unregistered client id: an administrator must register it', async () => {
    await start({ clientIds: ['Z'.repeat(60)] })
    const error = singleError(await run())
    expect(error).toContain('administrator must register the client id')
    expect(error).toContain('verification-token')
    expect(emulator.tokensIssued).toBe(0)
    nothingCreated()
  })

  it('a sender not allowed to use client-id verification: explains the same way', async () => {
    await start({ clientIdSenders: ['someone-else@example.com'] })
    const error = singleError(await run())
    expect(error).toContain(`client-id verification for ${SENDER}`)
    expect(error).toContain('verification-token')
    expect(emulator.tokensIssued).toBe(0)
    nothingCreated()
  })

  it('a verification refused with 403/3002 explains registration and shows the server error', async () => {
    await start({ faults: [{ method: 'GET', path: '/verification$', status: 403, errorCode: 3002 }] })
    const error = singleError(await run())
    expect(error).toContain('administrator must register the client id')
    expect(error).toContain('HTTP 403, errorCode 3002')
    nothingCreated()
  })

  it('a wrong verification-token says so', async () => {
    await start()
    const error = singleError(await run({ 'verification-token': 'X'.repeat(40) }))
    expect(error).toContain('"verification-token" is not valid')
    expect(error).not.toContain('X'.repeat(40))
    nothingCreated()
  })
})

describe('policy problems are found before anything is created', () => {
  it('names each blocked recipient and the reason', async () => {
    await start({ policy: { blockedRecipients: ['evil@example.net', 'rival@example.net'] } })
    const error = singleError(
      await run({ recipients: 'customer@example.org, evil@example.net', bcc: 'rival@example.net' })
    )
    expect(error).toContain('evil@example.net (POLICY_MISMATCH)')
    expect(error).toContain('rival@example.net (POLICY_MISMATCH)')
    nothingCreated()
  })

  it('names the total and the limit in human units', async () => {
    await start({ policy: { maxTotalSize: 400_000 } })
    const ws = makeWorkspace({ 'dist/a.bin': 250_000, 'dist/b.bin': 250_000 })
    try {
      const error = singleError(await run({}, { workspace: ws }))
      expect(error).toContain('488.3 KiB')
      expect(error).toContain('390.6 KiB')
      nothingCreated()
    } finally {
      removeWorkspace(ws)
    }
  })

  it('names the one file above the limit', async () => {
    await start({ policy: { maxTotalSize: 200_000 } })
    const error = singleError(await run())
    expect(error).toContain('"dist/app.zip" alone is 293.0 KiB')
    expect(error).toMatch(
      /limit of 195\.3 KiB \(200000 bytes\).*Split it into parts below the limit.*ask the server's administrator to raise the limit/
    )
    nothingCreated()
  })

  it('names the allowed maximum for expiration-days', async () => {
    await start({ policy: { maxRetentionPeriod: 14 } })
    const error = singleError(await run({ 'expiration-days': '30' }))
    expect(error).toContain('Input "expiration-days" is 30, but the server keeps transfers at most 14 days')
    nothingCreated()
  })

  it('refuses a password mode the policy does not allow', async () => {
    await start({ policy: { allowedPasswordModes: ['MANUAL', 'GENERATED'] } })
    const error = singleError(await run({ 'password-mode': 'none' }))
    expect(error).toContain('"password-mode: none" is not allowed')
    nothingCreated()
  })

  it('names the password rules a manual password does not meet, not the password', async () => {
    await start()
    const error = singleError(await run({ 'password-mode': 'manual', password: 'short' }))
    expect(error).toMatch(/password rules: at least \d+ characters/)
    expect(error).not.toContain('short"')
    nothingCreated()
  })

  it('refuses a confidential message the policy forbids, and asks for one it requires', async () => {
    await start({ policy: { confidentialMessageAllowed: false } })
    expect(singleError(await run({ 'confidential-message': 'hello' }))).toContain('remove "confidential-message"')
    nothingCreated()
    await emulator.stop()
    await start({ policy: { confidentialMessageRequired: true } })
    expect(singleError(await run())).toContain('set "confidential-message"')
    nothingCreated()
  })
})

describe('server errors name the step and the server error, and clean up', () => {
  it('a refused settings PATCH shows status, errorCode, errorMessage and step, and deletes the session', async () => {
    await start({ faults: [{ method: 'PATCH', status: 409, errorCode: 2001 }] })
    const error = singleError(await run())
    expect(error).toContain('transfer settings')
    expect(error).toContain('409')
    expect(error).toContain('2001')
    const [session] = [...emulator.sessions.values()]
    expect(session.state).toBe('DELETED')
  })

  it('a file changed between hashing and upload fails naming it, and the session is deleted', async () => {
    const ws = makeWorkspace({ 'dist/app.zip': 100_000 })
    await start({ faults: [{ method: 'POST', path: '/files$', delayMs: 4000 }] })
    try {
      const result = await run(
        {},
        {
          workspace: ws,
          onSpawn: () => {
            const timer = setInterval(() => {
              if (emulator.sessions.size > 0) {
                clearInterval(timer)
                setTimeout(() => writeFileSync(join(ws, 'dist/app.zip'), 'tampered'), 1500)
              }
            }, 20)
          }
        }
      )
      const error = singleError(result)
      expect(error).toContain('dist/app.zip')
      expect(error).toMatch(/changed/)
      const [session] = [...emulator.sessions.values()]
      expect(session.state).toBe('DELETED')
    } finally {
      removeWorkspace(ws)
    }
  })
})
