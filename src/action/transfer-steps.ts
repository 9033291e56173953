// The sub-actions after a delivery: `revoke/action.yml` and `status/action.yml`.
import * as core from '@actions/core'
import { connect, type ConnectionSettings } from '../core/connection.js'
import type { HostEvents } from '../core/contract.js'
import type { CryptshareClient } from '../cryptshare/client.js'
import { escapeControls, logText } from '../core/log-text.js'
import { revoke } from '../core/revoke.js'
import { DownloadTimeoutError, transferStatus } from '../core/status.js'
import type { TransferReport } from '../core/transfer-report.js'
import { readRevokeSettings, readStatusSettings } from '../core/transfer-options.js'
import { tuning } from '../core/tuning.js'
import { actionHost, cancelOnSignals, maskSecretInputs } from './host.js'
import { ACTION_NAMING, rawInput } from './inputs.js'
import { escapeHtml } from './summary.js'

type Connect = (settings: ConnectionSettings) => CryptshareClient

export function runRevoke(): Promise<void> {
  return step(async (source, connect, host, signal) => {
    const settings = readRevokeSettings(source)
    const result = await revoke(connect(settings), settings, host, signal)
    core.setOutput('state', result.state)
  })
}

export function runStatus(): Promise<void> {
  return step(async (source, connect, host, signal) => {
    const settings = readStatusSettings(source)
    let lastRead: TransferReport | undefined
    try {
      await publish(
        await transferStatus(connect(settings), settings, host, {
          firstPollMs: tuning(process.env).downloadPollMs,
          signal,
          onReport: (read) => (lastRead = read)
        })
      )
    } catch (error) {
      if (error instanceof DownloadTimeoutError) await publish(error.report)
      else if (signal.aborted && lastRead) {
        // Cancelled while waiting for downloads: the outputs of the last state read.
        await publish(lastRead)
        throw new Error('The status step was cancelled; its outputs are those of the last status read.', {
          cause: error
        })
      }
      throw error
    }
  })
}

/** Secrets masked first; inputs → client → the step; any failure is one escaped error line. */
async function step(
  run: (
    source: { get(name: string): string; naming: typeof ACTION_NAMING },
    connect: Connect,
    host: HostEvents,
    signal: AbortSignal
  ) => Promise<void>
): Promise<void> {
  maskSecretInputs()
  const cancellation = cancelOnSignals('the step')
  let close: (() => void) | undefined
  const open: Connect = (settings) => {
    const connection = connect(
      settings,
      {
        signal: cancellation.signal,
        warn: (line) => core.warning(escapeControls(line)),
        debug: (line) => core.debug(escapeControls(line))
      },
      process.env
    )
    close = connection.close
    return connection.client
  }
  try {
    await run(
      { get: (name) => rawInput(process.env, name), naming: ACTION_NAMING },
      open,
      actionHost(),
      cancellation.signal
    )
  } catch (error) {
    core.setFailed(escapeControls(error instanceof Error ? error.message : String(error)))
    if (error instanceof Error && error.stack) core.debug(escapeControls(error.stack))
  } finally {
    close?.()
    cancellation.dispose()
  }
}

async function publish(report: TransferReport): Promise<void> {
  core.setOutput('state', report.state)
  core.setOutput('expiration-date', report.expirationDate ?? '')
  core.setOutput('downloads', JSON.stringify(report.downloads))
  core.setOutput('all-downloaded', String(report.allDownloaded))
  core.info(
    logText(`Transfer ${report.trackingId} is ${report.state}; every file downloaded: ${report.allDownloaded}.`)
  )
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const files = report.downloads[0]?.files.map((f) => f.name) ?? []
  await core.summary
    .addHeading(`Cryptshare transfer ${escapeHtml(report.trackingId)}: ${escapeHtml(report.state)}`, 2)
    .addTable([
      [{ data: 'Recipient', header: true }, ...files.map((name) => ({ data: escapeHtml(name), header: true }))],
      ...report.downloads.map((r) => [
        escapeHtml(r.recipient),
        ...r.files.map((f) => (f.downloads[0] ? escapeHtml(f.downloads[0]) : 'not yet'))
      ])
    ])
    .write()
}
