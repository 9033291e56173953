// `cryptshare-ci revoke` and `cryptshare-ci status`: the commands after a delivery.
import * as path from 'node:path'
import { connect, type ConnectionSettings } from '../core/connection.js'
import type { HostEvents } from '../core/contract.js'
import type { CryptshareClient } from '../cryptshare/client.js'
import { revoke } from '../core/revoke.js'
import { DownloadTimeoutError, transferStatus } from '../core/status.js'
import type { TransferReport } from '../core/transfer-report.js'
import { readRevokeSettings, readStatusSettings } from '../core/transfer-options.js'
import { tuning } from '../core/tuning.js'
import { CLI_NAMING, type ParsedArgs } from './args.js'
import { CLI_USER_AGENT } from './commands.js'
import type { CliContext } from './deliver.js'
import { failureOutcome } from './failure.js'
import { assertWritable, EXIT, logSafeJson, writePrivateFile } from './results.js'
import { terminalHost, type Terminal } from './terminal.js'

interface Outcome {
  exitCode: number
  json: Record<string, unknown>
}

export function revokeCommand(args: ParsedArgs, context: CliContext): Promise<number> {
  return transferCommand(args, context, async (source, connect, host) => {
    const settings = readRevokeSettings(source)
    const client = connect(settings)
    const result = await revoke(client, settings, host, context.cancellation.signal)
    return {
      exitCode: EXIT.ok,
      json: { status: result.revoked ? 'revoked' : 'not-needed', trackingId: result.trackingId, state: result.state }
    }
  })
}

export function statusCommand(args: ParsedArgs, context: CliContext): Promise<number> {
  return transferCommand(args, context, async (source, connect, host) => {
    const settings = readStatusSettings(source)
    const client = connect(settings)
    let lastRead: TransferReport | undefined
    try {
      const report = await transferStatus(client, settings, host, {
        firstPollMs: tuning(context.env).downloadPollMs,
        signal: context.cancellation.signal,
        onReport: (read) => (lastRead = read)
      })
      showReport(report, context.terminal)
      return { exitCode: EXIT.ok, json: { status: 'ok', ...report } }
    } catch (error) {
      const signalExit = context.cancellation.exitCode()
      if (signalExit !== undefined && lastRead) {
        // Cancelled while waiting for downloads: what was last read is still the answer so far.
        showReport(lastRead, context.terminal)
        const { message } = failureOutcome(error, signalExit)
        return { exitCode: signalExit, json: { status: 'cancelled', error: message, ...lastRead } }
      }
      if (!(error instanceof DownloadTimeoutError)) throw error
      showReport(error.report, context.terminal)
      return { exitCode: EXIT.failed, json: { status: 'timeout', error: error.message, ...error.report } }
    }
  })
}

type Connect = (settings: ConnectionSettings) => CryptshareClient

/** Options → client → the command; the JSON result on stdout and in --output-json, errors on stderr. */
async function transferCommand(
  args: ParsedArgs,
  context: CliContext,
  run: (
    source: { get(name: string): string; naming: typeof CLI_NAMING },
    connect: Connect,
    host: HostEvents
  ) => Promise<Outcome>
): Promise<number> {
  const { terminal, cancellation, env } = context
  let close: (() => void) | undefined
  const open: Connect = (settings) => {
    const connection = connect(
      settings,
      {
        signal: cancellation.signal,
        userAgent: CLI_USER_AGENT,
        warn: (line) => terminal.warning(line),
        debug: (line) => terminal.debug(line)
      },
      env
    )
    close = connection.close
    return connection.client
  }
  let outcome: Outcome
  let outputWritable = false
  try {
    const file = args.values['output-json']
    if (file) await assertWritable(path.resolve(context.cwd, file), '--output-json')
    outputWritable = true
    outcome = await run({ get: (name) => args.values[name] ?? '', naming: CLI_NAMING }, open, terminalHost(terminal))
  } catch (error) {
    const failure = failureOutcome(error, cancellation.exitCode())
    outcome = {
      exitCode: failure.exitCode,
      json: { status: failure.cancelled ? 'cancelled' : 'failed', error: failure.message }
    }
  } finally {
    close?.()
  }
  const json: Record<string, unknown> & { exitCode: number } = { ...outcome.json, exitCode: outcome.exitCode }
  if (typeof json.error === 'string') terminal.error(json.error)
  const file = args.values['output-json']
  if (file && outputWritable) {
    try {
      await writePrivateFile(path.resolve(context.cwd, file), `${JSON.stringify(json, null, 2)}\n`)
    } catch (error) {
      terminal.error(`Could not write --output-json ${file}: ${(error as Error).message}.`)
      if (json.exitCode === EXIT.ok) json.exitCode = EXIT.failed
    }
  }
  if (args.values.json === 'true') context.stdout.write(`${terminal.redact(logSafeJson(json))}\n`)
  return json.exitCode
}

/** The state and, per recipient and file, the first download (or "not yet"), on stderr. */
function showReport(report: TransferReport, terminal: Terminal): void {
  const expires = report.expirationDate ? `, expires ${report.expirationDate}` : ''
  terminal.info(`Transfer ${report.trackingId} is ${report.state}${expires}.`)
  for (const { recipient, files } of report.downloads) {
    for (const file of files)
      terminal.info(
        `  ${recipient}  ${file.name}  ${file.downloads[0] ? `downloaded ${file.downloads[0]}` : 'not yet'}`
      )
  }
  terminal.info(
    report.allDownloaded ? 'Every recipient has downloaded every file.' : 'Not every file is downloaded yet.'
  )
}
