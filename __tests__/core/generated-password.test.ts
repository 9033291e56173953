// password-mode generated where the policy allows only GENERATED: the password sent with GENERATED
// (fetched from GET /api/password) and the one published, under each way a server may treat it.
import { describe, expect, it } from '@jest/globals'
import { Emulator, type EmulatorOptions } from '../../emulator/server.js'
import type { CryptshareClient } from '../../src/cryptshare/client.js'
import { deliver } from '../../src/core/lifecycle/index.js'
import type { DeliveryOptions } from '../../src/core/contract.js'
import { clientOf, deliveryOptions, fakeClock, recordingHost, type RecordingHost, useCoreBed } from './host.js'

let emulator: Emulator
const bed = useCoreBed({ 'dist/app.bin': 2000 }, () => emulator)

async function start(options: EmulatorOptions): Promise<CryptshareClient> {
  emulator = new Emulator({ processingPolls: 1, policy: { allowedPasswordModes: ['GENERATED'] }, ...options })
  await emulator.start()
  return clientOf(emulator, bed.transport, { retries: 1 })
}

function options(): Promise<DeliveryOptions> {
  return deliveryOptions(bed.workspace, 'release-bot@example.com', { uploadConcurrency: 1 })
}

/** What the host was told at `kind` (info, warning, …). */
function told(host: RecordingHost, kind: string): string[] {
  return host.calls.filter(([k]) => k === kind).map(([, line]) => line ?? '')
}

/** The securityMode config of the PATCH the emulator received. */
function sentConfig(): { passwordMode: string; password?: string } {
  const patch = emulator.transfers()[0].patches.find((p) => p.securityMode) as {
    securityMode: { config: { passwordMode: string; password?: string } }
  }
  return patch.securityMode.config
}

describe('password-mode generated, policy GENERATED only', () => {
  it.each(['client', 'server-shown'] as const)(
    'generatedPassword %s: publishes the password the server stored and shows',
    async (variant) => {
      const client = await start({ generatedPassword: variant })
      const host = recordingHost()
      const result = await deliver(client, await options(), host, undefined, fakeClock())
      const sent = sentConfig()
      expect(sent.passwordMode).toBe('GENERATED')
      expect(sent.password?.length).toBeGreaterThanOrEqual(10)
      expect(emulator.requests.filter((r) => r.method === 'GET' && r.path === '/api/password')).toHaveLength(1)
      const stored = emulator.transfers()[0].password
      expect(result.password).toBe(stored)
      expect(host.secrets).toContain(sent.password)
      expect(host.secrets).toContain(stored)
      expect(told(host, 'warning')).toEqual([])
      const replaced = told(host, 'info').some((line) => line.includes('The server replaced the password'))
      expect(replaced).toBe(variant === 'server-shown')
      expect(emulator.specViolations()).toEqual([])
    }
  )

  it('generatedPassword server-hidden: publishes the password it sent, warning that it could not be confirmed', async () => {
    const client = await start({ generatedPassword: 'server-hidden' })
    const host = recordingHost()
    const result = await deliver(client, await options(), host, undefined, fakeClock())
    const sent = sentConfig()
    expect(sent.passwordMode).toBe('GENERATED')
    expect(result.password).toBe(sent.password)
    expect(result.state).toBe('ACTIVE')
    const warnings = told(host, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/does not show the transfer's password.*could not be confirmed/)
    expect(warnings[0]).not.toContain(sent.password)
    expect(emulator.specViolations()).toEqual([])
  })
})
