// The commands after a delivery, once for both front-ends: the status of a sent transfer (and
// its downloads) and its revocation. Each reads its options, connects, runs, and classifies.
import { openConnection, type Connection } from '../connection.js'
import type { Host } from '../host.js'
import type { OptionSource } from '../options.js'
import { revoke, type RevokeResult } from '../revoke.js'
import { DownloadTimeoutError, transferStatus } from '../status.js'
import type { TransferReport } from '../transfer-report.js'
import { readRevokeSettings, readStatusSettings } from '../transfer-options.js'
import { tuning } from '../tuning.js'
import { classifyFailure } from './outcome.js'

export interface CommandOutcome<T> {
  /** `timeout`: the wait for downloads ended first (status only). */
  status: 'ok' | 'timeout' | 'failed' | 'cancelled'
  /** What was read: also after a timeout, and after a cancel once something was read. */
  value?: T
  /** One line: why it failed (for a cancel, what it interrupted, when worth saying). */
  message?: string
  /** A mistake in the options: nothing was contacted. */
  usage: boolean
}

export async function runStatus(source: OptionSource, host: Host): Promise<CommandOutcome<TransferReport>> {
  let lastRead: TransferReport | undefined
  return command(host, source, readStatusSettings, async (client, settings) => {
    try {
      const report = await transferStatus(client, settings, host, {
        firstPollMs: tuning(host.env).downloadPollMs,
        signal: host.signal,
        clock: host.clock,
        onReport: (read) => (lastRead = read)
      })
      return { status: 'ok', value: report, usage: false }
    } catch (error) {
      // Cancelled while waiting for downloads: what was last read is still the answer so far.
      if (host.signal.aborted && lastRead)
        return { status: 'cancelled', value: lastRead, message: classifyFailure(error, true).message, usage: false }
      if (error instanceof DownloadTimeoutError)
        return { status: 'timeout', value: error.report, message: error.message, usage: false }
      throw error
    }
  })
}

export async function runRevoke(source: OptionSource, host: Host): Promise<CommandOutcome<RevokeResult>> {
  return command(host, source, readRevokeSettings, async (client, settings) => ({
    status: 'ok',
    value: await revoke(client, settings, host, host.signal, host.clock),
    usage: false
  }))
}

/** Options → connection → the command; any failure classified, the connection closed. */
async function command<S extends Parameters<typeof openConnection>[0], T>(
  host: Host,
  source: OptionSource,
  read: (source: OptionSource) => S,
  run: (client: Connection['client'], settings: S) => Promise<CommandOutcome<T>>
): Promise<CommandOutcome<T>> {
  let connection: Connection | undefined
  try {
    const settings = read(source)
    connection = openConnection(settings, host)
    return await run(connection.client, settings)
  } catch (error) {
    const failure = classifyFailure(error, host.signal.aborted)
    return {
      status: failure.kind === 'cancelled' ? 'cancelled' : 'failed',
      message: failure.message,
      usage: failure.kind === 'usage'
    }
  } finally {
    connection?.close()
  }
}
