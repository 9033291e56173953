// password-mode generated where the policy allows only GENERATED: the password sent with GENERATED
// (fetched from GET /api/password) and the one published, under each way a server may treat it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { CryptshareClient } from '../../src/cryptshare/client.js'
import { deliver } from '../../src/core/delivery.js'
import type { Clock, DeliveryEvents, DeliveryOptions } from '../../src/core/contract.js'
import { findFiles } from '../../src/core/files.js'
import { Transport } from '../../src/http/transport.js'
import { makeWorkspace, removeWorkspace } from '../e2e/harness.js'

let emulator: Emulator
let workspace: string
let transport: Transport

interface RecordingHost extends DeliveryEvents {
  lines: [string, string][]
  secrets: string[]
}

function recordingHost(): RecordingHost {
  const lines: [string, string][] = []
  const secrets: string[] = []
  const record = (kind: string) => (message: string) => lines.push([kind, message])
  return {
    lines,
    secrets,
    info: record('info'),
    warning: record('warning'),
    debug: record('debug'),
    notice: record('notice'),
    secret: (v) => secrets.push(v),
    sessionCreated: () => undefined,
    sessionClosed: () => undefined
  }
}

const clock: Clock = { now: () => Date.parse('2026-12-01T12:00:00Z'), sleep: () => Promise.resolve() }

async function start(options: EmulatorOptions): Promise<CryptshareClient> {
  emulator = new Emulator({ processingPolls: 1, policy: { allowedPasswordModes: ['GENERATED'] }, ...options })
  await emulator.start()
  return new CryptshareClient({
    apiBase: `${emulator.url}/api`,
    clientId: DEMO_CLIENT_ID,
    transport,
    retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 2, sleep: () => Promise.resolve() }
  })
}

async function options(): Promise<DeliveryOptions> {
  const { files } = await findFiles(['dist/**'], workspace)
  return {
    senderEmail: 'release-bot@example.com',
    senderName: 'CI',
    senderPhone: '',
    recipients: { to: ['customer@example.org'], cc: [], bcc: [] },
    files,
    passwordMode: 'generated',
    notifyRecipients: true,
    notifyDownloads: false,
    showFileNames: true,
    uploadConcurrency: 1,
    waitForProcessing: true,
    processingTimeoutMs: 60_000,
    dryRun: false
  }
}

/** The securityMode config of the PATCH the emulator received. */
function sentConfig(): { passwordMode: string; password?: string } {
  const patch = emulator.transfers()[0].patches.find((p) => p.securityMode) as {
    securityMode: { config: { passwordMode: string; password?: string } }
  }
  return patch.securityMode.config
}

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.bin': 2000 })
  transport = new Transport({ idleTimeoutMs: 5000, requestTimeoutMs: 10_000, userAgent: 'core-test' })
})
afterAll(() => {
  transport.dispose()
  removeWorkspace(workspace)
})
afterEach(async () => {
  await emulator?.stop()
})

describe('password-mode generated, policy GENERATED only', () => {
  it.each(['client', 'server-shown'] as const)(
    'generatedPassword %s: publishes the password the server stored and shows',
    async (variant) => {
      const client = await start({ generatedPassword: variant })
      const host = recordingHost()
      const result = await deliver(client, await options(), host, undefined, clock)
      const sent = sentConfig()
      expect(sent.passwordMode).toBe('GENERATED')
      expect(sent.password?.length).toBeGreaterThanOrEqual(10)
      expect(emulator.requests.filter((r) => r.method === 'GET' && r.path === '/api/password')).toHaveLength(1)
      const stored = emulator.transfers()[0].password
      expect(result.password).toBe(stored)
      expect(host.secrets).toContain(sent.password)
      expect(host.secrets).toContain(stored)
      expect(host.lines.filter(([kind]) => kind === 'warning')).toEqual([])
      const replaced = host.lines.some(([, line]) => line.includes('The server replaced the password'))
      expect(replaced).toBe(variant === 'server-shown')
      expect(emulator.specViolations()).toEqual([])
    }
  )

  it('generatedPassword server-hidden: publishes the password it sent, warning that it could not be confirmed', async () => {
    const client = await start({ generatedPassword: 'server-hidden' })
    const host = recordingHost()
    const result = await deliver(client, await options(), host, undefined, clock)
    const sent = sentConfig()
    expect(sent.passwordMode).toBe('GENERATED')
    expect(result.password).toBe(sent.password)
    expect(result.state).toBe('ACTIVE')
    const warnings = host.lines.filter(([kind]) => kind === 'warning').map(([, line]) => line)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/does not show the transfer's password.*could not be confirmed/)
    expect(warnings[0]).not.toContain(sent.password)
    expect(emulator.specViolations()).toEqual([])
  })
})
