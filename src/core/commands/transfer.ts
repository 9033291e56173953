// The commands after a delivery, once for both front-ends: the status of a sent transfer (and
// its downloads) and its revocation. Each reads its options, connects, runs, and classifies.
import { openConnection, type Connection } from '../connection.js'
import type { Host } from '../host.js'
import type { OptionSource } from '../options.js'
import { revoke, type RevokeResult } from '../revoke.js'
import { DownloadTimeoutError, transferStatus } from '../status.js'
import type { TransferReport } from '../transfer-report.js'
import { readRevokeSettings, readStatusSettings, type StatusSettings } from '../transfer-options.js'
import { tuning } from '../tuning.js'
import { classifyFailure } from './outcome.js'
import { CryptshareError } from '../../cryptshare/errors.js'
import { explainRequestFailure } from '../../cryptshare/explain.js'
import { REVOCATION_MINOR_API_VERSION } from '../../cryptshare/endpoints/transfers.js'
import { DeliveryError } from '../errors.js'
import { retrievalRecord, type RetrievalRecord, type Revocation } from '../receipt/retrieval-record.js'
import type { Statement } from '../receipt/statement.js'
import { systemClock } from '../wait.js'

/** What revoke-when-downloaded did, and the retrieval record of a status read. */
export interface StatusExtras {
  revoked?: Revocation
  record?: Statement<RetrievalRecord>
}

export interface CommandOutcome<T> extends StatusExtras {
  /** `timeout`: the wait for downloads ended first (status only). */
  status: 'ok' | 'timeout' | 'failed' | 'cancelled'
  /** What was read: also after a timeout, and after a cancel once something was read. */
  value?: T
  /** One line: why it failed (for a cancel, what it interrupted, when worth saying). */
  message?: string
  /** A mistake in the options: nothing was contacted. */
  usage: boolean
}

export async function runStatus(
  source: OptionSource,
  host: Host,
  frontEnd: RetrievalRecord['tool']['frontEnd'] = 'cli'
): Promise<CommandOutcome<TransferReport>> {
  let lastRead: TransferReport | undefined
  return command(host, source, readStatusSettings, async (client, settings) => {
    const now = (): number => (host.clock ?? systemClock).now()
    const recorded = (outcome: CommandOutcome<TransferReport>): CommandOutcome<TransferReport> => ({
      ...outcome,
      record: outcome.value
        ? retrievalRecord(outcome.value, settings, { env: host.env, now: now(), frontEnd, revoked: outcome.revoked })
        : undefined
    })
    // Before waiting, maybe for days: a server that cannot revoke is said at once.
    if (settings.revokeWhenDownloaded) await assertRevocationSupported(client, settings, host)
    let report: TransferReport
    try {
      report = await transferStatus(client, settings, host, {
        firstPollMs: tuning(host.env).downloadPollMs,
        signal: host.signal,
        clock: host.clock,
        onReport: (read) => (lastRead = read)
      })
    } catch (error) {
      // Cancelled while waiting for downloads: what was last read is still the answer so far.
      if (host.signal.aborted && lastRead)
        return recorded({
          status: 'cancelled',
          value: lastRead,
          message: classifyFailure(error, true).message,
          usage: false
        })
      if (error instanceof DownloadTimeoutError)
        return recorded({ status: 'timeout', value: error.report, message: error.message, usage: false })
      throw error
    }
    if (!settings.revokeWhenDownloaded || !report.allDownloaded || report.state !== 'ACTIVE')
      return recorded({ status: 'ok', value: report, usage: false })
    host.info(
      `Every recipient has downloaded every file of transfer ${report.trackingId}: revoking it (revoke-when-downloaded).`
    )
    const revocation = await revoke(
      client,
      { ...settings, notifyRecipients: false, notifySender: true },
      host,
      host.signal,
      host.clock
    )
    const revoked: Revocation = {
      at: new Date(now()).toISOString(),
      state: revocation.state,
      recipientsNotified: false
    }
    return recorded({ status: 'ok', value: report, usage: false, revoked })
  })
}

/** The revocation endpoint is API 1.10: a server below answers a request asking for 1.10 with 404 (2004). */
async function assertRevocationSupported(
  client: Connection['client'],
  settings: StatusSettings,
  host: Host
): Promise<void> {
  try {
    await client.verificationStatus(settings.senderEmail, {
      signal: host.signal,
      minimumMinor: REVOCATION_MINOR_API_VERSION
    })
  } catch (error) {
    if (error instanceof CryptshareError && error.kind === 'http' && error.status === 404)
      throw new DeliveryError(
        'revocation',
        `The server's REST API is older than 1.${REVOCATION_MINOR_API_VERSION} (${explainRequestFailure(error)}): it cannot revoke a transfer, so ${host.naming.setting('revoke-when-downloaded', 'true')} cannot be honoured. Remove it, or update the server. Nothing was waited for.`,
        error
      )
    throw error
  }
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
