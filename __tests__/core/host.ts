// The host and clock the in-process core tests give the core: a recorder of every call, and a
// clock whose sleeps return at once.
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { DEMO_CLIENT_ID, type Emulator } from '../../emulator/server.js'
import { NEUTRAL_NAMING, type Clock, type DeliveryOptions } from '../../src/core/contract.js'
import type { HostEvents } from '../../src/core/host.js'
import { findFiles } from '../../src/core/files.js'
import { deliver } from '../../src/core/lifecycle/index.js'
import { CryptshareClient } from '../../src/cryptshare/client.js'
import { Transport } from '../../src/http/transport.js'
import { makeWorkspace, removeWorkspace } from '../e2e/harness.js'

/** What a file of in-process core tests shares: a workspace and one keep-alive transport. */
export interface CoreBed {
  workspace: string
  transport: Transport
}

/**
 * A workspace with `files` and a transport for the whole file, removed after it; the emulator
 * `current()` returns is stopped after each test.
 */
export function useCoreBed(files: Record<string, string | number>, current: () => Emulator | undefined): CoreBed {
  const bed = {} as CoreBed
  beforeAll(() => {
    bed.workspace = makeWorkspace(files)
    bed.transport = new Transport({ idleTimeoutMs: 5000, requestTimeoutMs: 10_000, userAgent: 'core-test' })
  })
  afterAll(() => {
    bed.transport.dispose()
    removeWorkspace(bed.workspace)
  })
  afterEach(async () => {
    await current()?.stop()
  })
  return bed
}

/** A client of the emulator whose retries do not wait. */
export function clientOf(
  emulator: Emulator,
  transport: Transport,
  options: { retries?: number; signal?: AbortSignal } = {}
): CryptshareClient {
  return new CryptshareClient({
    apiBase: `${emulator.url}/api`,
    clientId: DEMO_CLIENT_ID,
    transport,
    signal: options.signal,
    retry: {
      retries: options.retries ?? 2,
      baseDelayMs: 1,
      maxDelayMs: 2,
      maxRetryAfterMs: 2,
      sleep: () => Promise.resolve()
    }
  })
}

/** Options delivering `dist/**` of the workspace to one customer, with a generated password. */
export async function deliveryOptions(
  workspace: string,
  sender: string,
  extra: Partial<DeliveryOptions> = {}
): Promise<DeliveryOptions> {
  const { files } = await findFiles(['dist/**'], workspace)
  return {
    senderEmail: sender,
    senderName: 'CI',
    senderPhone: '',
    recipients: { to: ['customer@example.org'], cc: [], bcc: [] },
    files,
    passwordMode: 'generated',
    notifyRecipients: true,
    notifyDownloads: false,
    showFileNames: true,
    uploadConcurrency: 2,
    waitForProcessing: true,
    processingTimeoutMs: 60_000,
    dryRun: false,
    checksumFiles: { algorithms: ['sha256'], include: false, inMessage: false },
    ...extra
  }
}

/** Every call the core made to its host, in order. */
export interface RecordingHost extends HostEvents {
  calls: [string, ...string[]][]
  secrets: string[]
}

export function recordingHost(): RecordingHost {
  const calls: [string, ...string[]][] = []
  const secrets: string[] = []
  return {
    calls,
    secrets,
    info: (m) => calls.push(['info', m]),
    warning: (m) => calls.push(['warning', m]),
    debug: (m) => calls.push(['debug', m]),
    notice: (m) => calls.push(['notice', m]),
    secret: (v) => secrets.push(v),
    naming: NEUTRAL_NAMING,
    sessionCreated: (id) => calls.push(['sessionCreated', id]),
    finalizeSent: (id) => calls.push(['finalizeSent', id]),
    sessionClosed: (id, how) => calls.push(['sessionClosed', id, how]),
    tokenRenewed: () => calls.push(['tokenRenewed'])
  }
}

/** A clock whose sleeps return at once and move its time on: waiting bounds cost nothing. */
export function fakeClock(): Clock & { slept: number } {
  let now = Date.parse('2026-12-01T12:00:00Z')
  const clock = {
    slept: 0,
    now: () => now,
    sleep: (ms: number) => {
      now += ms
      clock.slept += ms
      return Promise.resolve()
    }
  }
  return clock
}

/** An ACTIVE transfer delivered by an earlier job on `emulator`; its tracking id. */
export async function deliveredEarlier(emulator: Emulator, bed: CoreBed, sender: string): Promise<string> {
  const result = await deliver(
    clientOf(emulator, bed.transport),
    await deliveryOptions(bed.workspace, sender),
    recordingHost(),
    undefined,
    fakeClock()
  )
  return result.trackingId ?? ''
}
