import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import {
  errorLines,
  escapeCommandValue,
  makeWorkspace,
  nodeBinaries,
  removeWorkspace,
  runAction,
  type RunOptions
} from './harness.js'

const SENDER = 'release-bot@example.com'

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

let emulator: Emulator
let workspace: string

async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return emulator
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'server-url': emulator.url,
    'client-id': DEMO_CLIENT_ID,
    'sender-email': SENDER,
    recipients: 'customer@example.org',
    files: 'dist/**',
    ...extra
  }
}

async function run(extra: Record<string, string> = {}, more: Partial<RunOptions> = {}) {
  return runAction({ inputs: inputs(extra), workspace, ...more })
}

afterEach(async () => {
  await emulator?.stop()
})

describe('a delivery end to end', () => {
  beforeAll(() => {
    workspace = makeWorkspace({
      'dist/app-1.2.3.zip': 3 * 1024 * 1024 + 17,
      'dist/linux/app.tar.gz': 200_000,
      'dist/windows/x64/setup.exe': 70_000,
      'dist/docs/README.txt': 'Release notes\n',
      'dist/empty.sig': '',
      'other/not-sent.txt': 'no'
    })
  })
  afterAll(() => removeWorkspace(workspace))

  it.each(nodeBinaries())(
    'delivers nested files byte for byte and publishes the outputs (%s)',
    async (_label, node) => {
      await startEmulator()
      const result = await run(
        { cc: 'cc1@example.org', bcc: 'bcc1@example.org, bcc2@example.org', subject: 'Release 1.2.3' },
        { node }
      )
      expect(errorLines(result.stdout)).toEqual([])
      expect(result.code).toBe(0)

      const [transfer] = emulator.transfers()
      expect(emulator.transfers()).toHaveLength(1)
      expect(emulator.liveSessions()).toHaveLength(0)
      expect(emulator.tokensIssued).toBe(1)
      expect(transfer.finalizeCount).toBe(1)
      expect(transfer.recipients).toEqual({
        to: ['customer@example.org'],
        cc: ['cc1@example.org'],
        bcc: ['bcc1@example.org', 'bcc2@example.org']
      })

      const expected = ['README.txt', 'app-1.2.3.zip', 'app.tar.gz', 'empty.sig', 'setup.exe']
      const received = transfer.files.filter((f) => !f.deleted)
      expect(received.map((f) => f.fileName).sort()).toEqual(expected)
      for (const file of received) {
        expect(file.state).toBe('UPLOADED')
        const local = join(
          workspace,
          'dist',
          ...(file.fileName === 'app.tar.gz'
            ? ['linux']
            : file.fileName === 'setup.exe'
              ? ['windows', 'x64']
              : file.fileName === 'README.txt'
                ? ['docs']
                : []),
          file.fileName
        )
        expect(file.checksum).toBe(sha256(local))
        expect(file.receivedSha256).toBe(sha256(local))
        expect(file.storedPath && sha256(file.storedPath)).toBe(sha256(local))
        expect(file.uploads).toBe(1)
      }

      // outputs
      expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
      expect(result.outputs.state).toBe('ACTIVE')
      const urls = JSON.parse(result.outputs['download-urls']) as { recipient: string; url: string }[]
      expect(urls.map((u) => u.recipient).sort()).toEqual([
        'bcc1@example.org',
        'bcc2@example.org',
        'cc1@example.org',
        'customer@example.org'
      ])
      for (const u of urls) expect(u.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
      const files = JSON.parse(result.outputs.files) as { name: string; path: string; size: number; sha256: string }[]
      expect(files.map((f) => f.path)).toEqual([
        'dist/app-1.2.3.zip',
        'dist/docs/README.txt',
        'dist/empty.sig',
        'dist/linux/app.tar.gz',
        'dist/windows/x64/setup.exe'
      ])
      for (const f of files) expect(f.sha256).toBe(sha256(join(workspace, f.path)))
      expect(files.find((f) => f.name === 'empty.sig')?.size).toBe(0)
      expect(result.outputs.password).toBe(transfer.password)
      expect(result.outputs['expiration-date']).not.toBe('')

      // summary: tracking id, state, recipients, files with size and hash; no secrets
      expect(result.summary).toContain(transfer.trackingId)
      expect(result.summary).toContain('ACTIVE')
      expect(result.summary).toContain('customer@example.org')
      for (const f of files) expect(result.summary).toContain(f.sha256)

      // secrets: masked before use, never printed
      const secrets = [DEMO_CLIENT_ID, transfer.token, transfer.password ?? 'no-password', ...urls.map((u) => u.url)]
      for (const secret of secrets) {
        expect(result.stdout).toContain(`::add-mask::${escapeCommandValue(secret)}`)
        const withoutMasks = result.stdout.replace(/^::add-mask::.*$/gm, '')
        expect(withoutMasks).not.toContain(secret)
        expect(result.stderr).not.toContain(secret)
        expect(result.summary).not.toContain(secret)
      }
    }
  )

  it('sends the API headers on every request and streams uploads as octet-stream with Content-Length', async () => {
    await startEmulator()
    const result = await run()
    expect(result.code).toBe(0)
    for (const request of emulator.requests.filter((r) => r.path !== '/api/status')) {
      expect(request.headers['x-cs-clientid']).toBe(DEMO_CLIENT_ID)
      expect(request.headers['x-cs-majorapiversion']).toBe('1')
      expect(request.headers['x-cs-minimumminorapiversion']).toMatch(/^\d+$/)
    }
    const puts = emulator.requests.filter((r) => r.method === 'PUT')
    expect(puts).toHaveLength(5)
    for (const put of puts) {
      expect(put.headers['content-type']).toBe('application/octet-stream')
      expect(Number(put.headers['content-length'])).toBe(put.bodyBytes)
      expect(put.headers['x-cs-verificationtoken']).toBe(emulator.transfers()[0].token)
    }
  })

  function securityModeOf(): { passwordMode: string; password?: string } {
    const [transfer] = emulator.transfers()
    const patch = transfer.patches.find((p) => p.securityMode) as {
      securityMode: { config: { passwordMode: string; password?: string } }
    }
    return patch.securityMode.config
  }

  it('password-mode generated sets a server-generated password as MANUAL and publishes it', async () => {
    await startEmulator()
    const result = await run({ 'password-mode': 'generated' })
    expect(errorLines(result.stdout)).toEqual([])
    const config = securityModeOf()
    expect(config.passwordMode).toBe('MANUAL')
    expect(config.password?.length).toBeGreaterThanOrEqual(10)
    expect(result.outputs.password).toBe(config.password)
    expect(emulator.requests.filter((r) => r.method === 'GET' && r.path === '/api/password')).toHaveLength(1)
  })

  it('password-mode generated where the policy allows only GENERATED sends a fetched password with GENERATED and publishes it', async () => {
    await startEmulator({ policy: { allowedPasswordModes: ['GENERATED', 'NONE'] } })
    const result = await run({ 'password-mode': 'generated' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    const config = securityModeOf()
    expect(config.passwordMode).toBe('GENERATED')
    expect(emulator.requests.filter((r) => r.method === 'GET' && r.path === '/api/password')).toHaveLength(1)
    // The emulator keeps and shows the client's password by default: that is the transfer's password.
    expect(result.outputs.password).toBe(emulator.transfers()[0].password)
    expect(result.outputs.password).toBe(config.password)
    expect(result.stdout).toContain(`::add-mask::${escapeCommandValue(config.password ?? '')}`)
    expect(result.stdout).not.toMatch(/::warning::.*password/)
  })

  it('password-mode manual sends the given password and publishes none', async () => {
    await startEmulator()
    const result = await run({ 'password-mode': 'manual', password: 'Cr7pt!Share#2026' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(securityModeOf()).toEqual({ passwordMode: 'MANUAL', password: 'Cr7pt!Share#2026' })
    expect(result.outputs.password).toBe('')
    expect(result.stdout).toContain('::add-mask::Cr7pt!Share#2026')
  })

  it('password-mode none sends NONE without a password', async () => {
    await startEmulator()
    const result = await run({ 'password-mode': 'none' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(securityModeOf()).toEqual({ passwordMode: 'NONE' })
    expect(result.outputs.password).toBe('')
  })

  it('applies the settings the inputs ask for in one PATCH', async () => {
    await startEmulator()
    const before = Date.now()
    const result = await run({
      'sender-name': 'Release Bot',
      'sender-phone': '+49 30 1234',
      'expiration-days': '7',
      subject: 'Release 1.2.3',
      message: 'Your build is ready.',
      language: 'de',
      'notify-recipients': 'false',
      'notify-downloads': 'true',
      'show-file-names': 'false'
    })
    expect(errorLines(result.stdout)).toEqual([])
    const [transfer] = emulator.transfers()
    expect(transfer).toMatchObject({ senderName: 'Release Bot', senderPhone: '+49 30 1234', acceptLanguage: 'de' })
    const patch = transfer.patches[0]
    expect(patch).toMatchObject({
      notificationMessage: { subject: 'Release 1.2.3', body: 'Your build is ready.' },
      recipientLanguage: 'de',
      sendRecipientNotification: false,
      sendDownloadNotifications: true,
      showFileNames: false
    })
    const expires = Date.parse(String(patch.expirationDate))
    expect(String(patch.expirationDate)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
    expect(expires - before).toBeGreaterThan(7 * 86_400_000 - 5000)
    expect(expires - before).toBeLessThan(7 * 86_400_000 + 5000)
    expect(result.outputs['expiration-date']).toBe(transfer.settings.expirationDate)
    for (const request of emulator.requests.filter((r) => r.path.startsWith('/api/users/'))) {
      expect(request.headers['accept-language']).toBe('de')
    }
  })

  it('attaches the confidential message as a marked file that is not in the files output', async () => {
    await startEmulator()
    const result = await run({ 'confidential-message': 'Installer key: 1234-5678' })
    expect(result.code).toBe(0)
    const [transfer] = emulator.transfers()
    const id = transfer.settings.confidentialMessageFileId
    const message = transfer.files.find((f) => f.id === id)
    expect(message).toBeDefined()
    expect(readFileSync(message?.storedPath ?? '', 'utf8')).toBe('Installer key: 1234-5678')
    const files = JSON.parse(result.outputs.files) as { name: string }[]
    expect(files.map((f) => f.name)).not.toContain(message?.fileName)
    expect(files).toHaveLength(5)
  })

  it('succeeds without a job summary when GITHUB_STEP_SUMMARY is not set', async () => {
    await startEmulator()
    const result = await run({}, { env: { GITHUB_STEP_SUMMARY: '' } })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.summary).toBe('')
    expect(result.outputs.state).toBe('ACTIVE')
  })

  it('never prints the token as a save-state command when GITHUB_STATE is not set', async () => {
    await startEmulator()
    const result = await run({}, { env: { GITHUB_STATE: '' } })
    expect(result.code).toBe(0)
    const [transfer] = emulator.transfers()
    expect(result.stdout).not.toContain('::save-state')
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(transfer.token)
  })

  it('dry-run verifies and checks the policy but creates nothing', async () => {
    await startEmulator()
    const result = await run({ 'dry-run': 'true' })
    expect(result.code).toBe(0)
    expect(emulator.sessions.size).toBe(0)
    expect(emulator.tokensIssued).toBe(1)
    expect(emulator.policyChecks).toBe(1)
    expect(emulator.requests.filter((r) => r.method === 'PUT' || r.path.includes('transfer-sessions'))).toEqual([])
    expect(JSON.parse(result.outputs.files)).toHaveLength(5)
    expect(result.outputs['tracking-id']).toBe('')
  })

  it('with wait-for-processing false, reports PROCESSING after finalizing and succeeds', async () => {
    await startEmulator({ processingPolls: 100 })
    const result = await run({ 'wait-for-processing': 'false' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.outputs.state).toBe('PROCESSING')
    expect(result.outputs['tracking-id']).toBe(emulator.transfers()[0].trackingId)
    expect(emulator.transfers()[0].statusPolls).toBe(1)
  })

  it('fails naming processing-timeout when the transfer stays PROCESSING', async () => {
    await startEmulator({ processingPolls: 1000 })
    const result = await run({ 'processing-timeout': '2' })
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toHaveLength(1)
    expect(errorLines(result.stdout)[0]).toContain('still PROCESSING after 2 s (processing-timeout)')
    expect(emulator.transfers()).toHaveLength(1)
    // The transfer exists and may still become available: what is known of it is published.
    expect(result.outputs['tracking-id']).toBe(emulator.transfers()[0].trackingId)
    expect(result.outputs.state).toBe('PROCESSING')
    expect(result.outputs.password).toBe(emulator.transfers()[0].password)
    expect(JSON.parse(result.outputs.files)).toHaveLength(5)
  })

  it('fails with one error line when the transfer FAILED', async () => {
    await startEmulator({ outcome: 'FAILED' })
    const result = await run()
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toHaveLength(1)
    expect(errorLines(result.stdout)[0]).toContain('FAILED')
    expect(result.outputs.state).toBe('FAILED')
    expect(emulator.transfers()).toHaveLength(1)
  })

  it('fails when the server removed a file, and only warns with allow-removed-files', async () => {
    await startEmulator({ outcome: 'REMOVED_FILES', removeFiles: ['setup.exe'] })
    const strict = await run()
    expect(strict.code).toBe(1)
    expect(errorLines(strict.stdout)[0]).toContain('setup.exe')
    await emulator.stop()

    await startEmulator({ outcome: 'REMOVED_FILES', removeFiles: ['setup.exe'] })
    const lenient = await run({ 'allow-removed-files': 'true' })
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toMatch(/::warning::.*setup\.exe/)
    expect(lenient.outputs.state).toBe('ACTIVE')
  })

  it('deletes the session when an upload is refused, and names the step and server error', async () => {
    await startEmulator({ faults: [{ method: 'PUT', skip: 1, status: 403, errorCode: 3011 }] })
    const result = await run({ 'upload-concurrency': '1' })
    expect(result.code).toBe(1)
    const errors = errorLines(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('403')
    expect(errors[0]).toContain('3011')
    expect(errors[0]).toMatch(/upload of/)
    const sessions = [...emulator.sessions.values()]
    expect(sessions).toHaveLength(1)
    expect(sessions[0].state).toBe('DELETED')
    expect(emulator.transfers()).toHaveLength(0)
  })
})
