// `cryptshare-ci revoke` and `cryptshare-ci status`: the core's commands after a delivery, with
// the JSON result on stdout and in --output-json, errors on stderr.
import * as path from 'node:path'
import { runRevoke, runStatus, type CommandOutcome } from '../core/commands/transfer.js'
import { isGone, revokeSummary, stateInWords, statusSummary } from '../core/summary/transfer.js'
import type { TransferReport } from '../core/transfer-report.js'
import { statementText } from '../core/receipt/statement.js'
import { CLI_NAMING, type ParsedArgs } from './args.js'
import type { CliContext } from './deliver.js'
import { cancelledLine } from './failure.js'
import { cliHost } from './host.js'
import { assertWritable, EXIT, logSafeJson, writeOutput, writePrivateFile } from './results.js'
import type { Terminal } from './terminal.js'

interface Outcome {
  exitCode: number
  json: Record<string, unknown>
  /** The Markdown for --summary-file. */
  summary?: string
  /** The text for --output-retrieval-record (status). */
  record?: string
}

export function revokeCommand(args: ParsedArgs, context: CliContext): Promise<number> {
  return transferCommand(args, context, async (source, host) => {
    const outcome = await runRevoke(source, host)
    const summary = revokeSummary(outcome, Date.now())
    const result = outcome.value
    if (outcome.status !== 'ok' || !result) return { ...failed(outcome, context), summary }
    return {
      exitCode: EXIT.ok,
      json: { status: result.revoked ? 'revoked' : 'not-needed', trackingId: result.trackingId, state: result.state },
      summary
    }
  })
}

export function statusCommand(args: ParsedArgs, context: CliContext): Promise<number> {
  return transferCommand(args, context, async (source, host) => {
    const outcome = await runStatus(source, host, 'cli')
    const summary = statusSummary(outcome, Date.now())
    const record = outcome.record ? statementText(outcome.record) : ''
    const report = outcome.value
    if (!report) return { ...failed(outcome, context), summary, record }
    showReport(report, context.terminal)
    const revoked = outcome.revoked ? { revoked: outcome.revoked } : {}
    if (outcome.revoked)
      context.terminal.info(
        `Revoked transfer ${report.trackingId} once every file was downloaded (recipients not notified).`
      )
    if (outcome.status === 'ok')
      return { exitCode: EXIT.ok, json: { status: 'ok', ...report, ...revoked }, summary, record }
    // Cancelled while waiting for downloads, or the wait ran out: what was last read is the answer so far.
    const { exitCode, json } = failed(outcome, context)
    return { exitCode, json: { ...json, status: outcome.status, ...report }, summary, record }
  })
}

/** A command that did not succeed: its exit code and one error line. */
function failed(outcome: CommandOutcome<unknown>, context: CliContext): Outcome {
  const signalExit = context.cancellation.exitCode()
  if (outcome.status === 'cancelled')
    return {
      exitCode: signalExit ?? EXIT.failed,
      json: { status: 'cancelled', error: cancelledLine(signalExit, outcome.message) }
    }
  return {
    exitCode: outcome.usage ? EXIT.usage : EXIT.failed,
    json: { status: 'failed', error: outcome.message ?? 'Failed.' }
  }
}

/** Options → the command; the JSON result on stdout and in --output-json, errors on stderr. */
async function transferCommand(
  args: ParsedArgs,
  context: CliContext,
  run: (
    source: { get(name: string): string; naming: typeof CLI_NAMING },
    host: ReturnType<typeof cliHost>
  ) => Promise<Outcome>
): Promise<number> {
  const { terminal, cancellation, env } = context
  let outcome: Outcome
  let outputWritable = false
  const file = args.values['output-json']
  const summaryFile = args.values['summary-file']
  const recordFile = args.values['output-retrieval-record']
  try {
    if (file) await assertWritable(path.resolve(context.cwd, file), '--output-json')
    if (summaryFile) await assertWritable(path.resolve(context.cwd, summaryFile), '--summary-file')
    if (recordFile) await assertWritable(path.resolve(context.cwd, recordFile), '--output-retrieval-record')
    outputWritable = true
    outcome = await run(
      { get: (name) => args.values[name] ?? '', naming: CLI_NAMING },
      cliHost(terminal, cancellation.signal, env)
    )
  } catch (error) {
    outcome = failed({ status: 'failed', usage: true, message: (error as Error).message }, context)
  }
  const json: Record<string, unknown> & { exitCode: number } = { ...outcome.json, exitCode: outcome.exitCode }
  if (typeof json.error === 'string') terminal.error(json.error)
  const write = async (option: string, name: string | undefined, text: string | undefined): Promise<void> => {
    if (!name || text === undefined || !outputWritable) return
    await writeOutput(
      json,
      (line) => terminal.error(line),
      `--${option} ${name}`,
      () => writePrivateFile(path.resolve(context.cwd, name), text)
    )
  }
  await write('output-json', file, `${JSON.stringify(json, null, 2)}\n`)
  await write('summary-file', summaryFile, outcome.summary)
  await write('output-retrieval-record', recordFile, outcome.record)
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
  if (isGone(report.state)) terminal.info(`The transfer is ${stateInWords(report.state)}.`)
  else
    terminal.info(
      report.allDownloaded ? 'Every recipient has downloaded every file.' : 'Not every file is downloaded yet.'
    )
}
