// `cryptshare-ci deliver`: reads the options, runs the core's delivery command, and reports the
// result on stderr (for people), stdout (--json) and files (--output-json, --output-env).
import * as path from 'node:path'
import { failedDelivery, runDelivery, type DeliveryOutcome } from '../core/commands/deliver.js'
import { humanSize, type OwnFile } from '../core/files.js'
import { deliverySummary } from '../core/summary/delivery.js'
import { checksumFilePaths, writeDeliveredChecksums } from '../core/checksum-files.js'
import { statementText } from '../core/receipt/statement.js'
import type { Host } from '../core/host.js'
import { readDeliverySettings, type DeliverySettings } from '../core/options.js'
import { passwordDestinationProblem, writtenSecrets, type WrittenOutput } from './password-output.js'
import { CLI_NAMING, UsageError, type ParsedArgs } from './args.js'
import { CLI_SENDER_NAME } from './commands.js'
import { cancelledLine } from './failure.js'
import { manifestCommand } from './deliver-many.js'
import { cliHost } from './host.js'
import type { Cancellation } from './signals.js'
import {
  assertWritable,
  cliResult,
  dotenv,
  EXIT,
  logSafeJson,
  stdoutResult,
  writeOutput,
  writePrivateFile,
  type CliResult
} from './results.js'
import type { Stream, Terminal } from './terminal.js'

export interface CliContext {
  env: Record<string, string | undefined>
  cwd: string
  stdout: Stream
  terminal: Terminal
  cancellation: Cancellation
}

export async function deliverCommand(args: ParsedArgs, context: CliContext): Promise<number> {
  if (args.values.manifest) return manifestCommand(args, context, outputFiles(args.values, context.cwd))
  const { terminal, cancellation } = context
  const values = args.values
  let outcome: DeliveryOutcome
  let settings: DeliverySettings | undefined
  let outputsWritable = false
  try {
    await assertOutputFiles(values, context.cwd)
    outputsWritable = true
    settings = readDeliverySettings(
      { get: (name) => values[name] ?? '', naming: CLI_NAMING },
      { senderName: CLI_SENDER_NAME, workspace: path.resolve(context.cwd, values.workspace || '.') }
    )
    const nowhere = passwordDestinationProblem(settings, values, terminal.showsSecrets)
    if (nowhere) throw new UsageError(nowhere)
    outcome = await runDelivery(
      {
        settings,
        ownFiles: outputFiles(values, context.cwd),
        rerun: values.rerun === 'true',
        frontEnd: 'cli',
        stateFile: values['state-file'] ? path.resolve(context.cwd, values['state-file']) : undefined
      },
      deliveryHost(context)
    )
  } catch (error) {
    outcome = failedDelivery(error, cancellation.exitCode() !== undefined)
  }
  const result = cliOutcome(outcome, cancellation.exitCode())
  const summary = () => deliverySummary(outcome, { recipients: settings?.recipients, now: Date.now() }).markdown
  const written = outputsWritable ? await writeOutputs(result, summary, values, context) : []
  if (outputsWritable && values['output-receipt'])
    await writeReceipt(path.resolve(context.cwd, values['output-receipt']), outcome, result, terminal)
  if (outputsWritable && values['output-checksums'])
    await writeChecksums(path.resolve(context.cwd, values['output-checksums']), outcome, settings, result, terminal)
  report(result, terminal, settings, written)
  if (values.json === 'true') {
    const json = logSafeJson(stdoutResult(result, terminal.showsSecrets))
    context.stdout.write(`${terminal.showsSecrets ? json : terminal.redact(json)}\n`)
  }
  return result.exitCode
}

/** Writes the delivery receipt into --output-receipt (emptied when no transfer was created: no earlier run's receipt may pass for this one's). */
async function writeReceipt(
  file: string,
  outcome: DeliveryOutcome,
  result: CliResult,
  terminal: Terminal
): Promise<void> {
  const error = (line: string): void => terminal.error(line)
  if (
    await writeOutput(result, error, `--output-receipt ${file}`, () =>
      writePrivateFile(file, outcome.receipt ? statementText(outcome.receipt) : '')
    )
  )
    if (outcome.receipt) terminal.info(`Delivery receipt: ${file}.`)
}

/** Writes the checksum files of a transfer that exists into --output-checksums. */
async function writeChecksums(
  folder: string,
  outcome: DeliveryOutcome,
  settings: DeliverySettings | undefined,
  result: CliResult,
  terminal: Terminal
): Promise<void> {
  let written: string[] = []
  await writeOutput(
    result,
    (line) => terminal.error(line),
    `the checksum files to --output-checksums ${folder}`,
    async () => {
      written = await writeDeliveredChecksums(folder, outcome.result, settings?.checksumFiles.algorithms ?? [])
    }
  )
  if (written.length) terminal.info(`Checksum files: ${written.join(', ')}.`)
}

/** Each output file is writable and named once, before anything is sent. */
async function assertOutputFiles(values: Record<string, string>, cwd: string): Promise<void> {
  if (values['output-checksums'])
    for (const file of checksumFilePaths(path.resolve(cwd, values['output-checksums'])))
      await assertWritable(file, '--output-checksums')
  const named = new Map<string, string>()
  for (const option of OUTPUT_FILES) {
    if (!values[option]) continue
    const file = path.resolve(cwd, values[option])
    const other = named.get(file)
    if (other)
      throw new UsageError(
        `--${other} and --${option} name the same file ${file}: give each its own. Nothing was sent.`
      )
    named.set(file, option)
    await assertWritable(file, `--${option}`)
  }
}

/**
 * The files this command writes: --summary-file and every option whose name starts with "output"
 * (they are never delivered, see `selectFiles`).
 */
export function outputFiles(values: Record<string, string>, cwd: string): OwnFile[] {
  return Object.entries(values)
    .filter(
      ([name, value]) => (/^output(-|[A-Z])/.test(name) || name === 'summary-file' || name === 'state-file') && value
    )
    .flatMap(([name, value]) =>
      name === 'output-checksums'
        ? checksumFilePaths(path.resolve(cwd, value)).map((file) => ({ path: file, by: `--${name}` }))
        : [{ path: path.resolve(cwd, value), by: `--${name}` }]
    )
}

function deliveryHost({ terminal, cancellation, env }: CliContext): Host {
  return {
    ...cliHost(terminal, cancellation.signal, env),
    // No post step: the core deletes an unfinished session itself before it fails.
    sessionCreated: (trackingId) => terminal.debug(`Transfer session ${trackingId} created.`),
    sessionClosed: (trackingId, how) => terminal.debug(`Transfer session ${trackingId} ${how}.`),
    uploadProgress: terminal.interactive ? (update) => terminal.progress(update) : undefined
  }
}

/**
 * The command's result and exit code. A signal that came once the transfer was sent does not undo
 * it: the exit code is the transfer's (a CI retry on a non-zero exit would send the files again).
 */
function cliOutcome(outcome: DeliveryOutcome, signalExit: number | undefined): CliResult {
  const { status, result, message } = outcome
  if (status === 'cancelled')
    return cliResult(status, signalExit ?? EXIT.failed, undefined, cancelledLine(signalExit, message))
  if (status === 'dry-run') return cliResult(status, signalExit ?? EXIT.ok, result)
  const exitCode = outcome.usage ? EXIT.usage : outcome.failed ? EXIT.failed : EXIT.ok
  return cliResult(status, exitCode, result, outcome.level === 'info' ? undefined : message)
}

const OUTPUT_FILES = ['output-json', 'output-password', 'output-env', 'output-receipt', 'summary-file']

/** Writes the output files asked for; returns those written. */
async function writeOutputs(
  result: CliResult,
  summary: () => string,
  values: Record<string, string>,
  context: CliContext
): Promise<WrittenOutput[]> {
  const { terminal, cwd } = context
  const written: WrittenOutput[] = []
  const write = async (option: string, text: string): Promise<void> => {
    const file = values[option]
    if (!file) return
    const resolved = path.resolve(cwd, file)
    if (
      await writeOutput(
        result,
        (line) => terminal.error(line),
        `--${option} ${file}`,
        () => writePrivateFile(resolved, text)
      )
    )
      written.push({ option, file: resolved })
  }
  await write('output-json', `${JSON.stringify(result, null, 2)}\n`)
  if (result.password) await write('output-password', `${result.password}\n`)
  // Without a password of this run the file is emptied: no earlier run's password may pass for this one's.
  else if (values['output-password'])
    await writePrivateFile(path.resolve(cwd, values['output-password']), '').catch(() => undefined)
  await write(
    'output-env',
    dotenv(result, (message) => terminal.warning(message))
  )
  if (values['summary-file']) await write('summary-file', summary())
  return written
}

/** One aligned row per delivered file: name, size, SHA-256. */
export function receipt(files: { name: string; size: number; sha256: string }[]): string[] {
  const sizes = files.map((file) => humanSize(file.size))
  const nameWidth = Math.max(0, ...files.map((file) => Array.from(file.name).length))
  const sizeWidth = Math.max(0, ...sizes.map((size) => size.length))
  return files.map(
    (file, i) =>
      `  ${file.name}${' '.repeat(nameWidth - Array.from(file.name).length)}  ${sizes[i].padStart(sizeWidth)}  sha256 ${file.sha256}`
  )
}

/** The human summary on stderr. */
function report(
  result: CliResult,
  terminal: Terminal,
  settings: DeliverySettings | undefined,
  written: WrittenOutput[]
): void {
  if (result.error) {
    if (result.exitCode === EXIT.ok) terminal.warning(result.error)
    else terminal.error(result.error)
  }
  if (result.status === 'uncertain') {
    terminal.error(
      `Tracking id ${result.trackingId}: the transfer may exist. Check it on the server before running the delivery again.`
    )
  }
  if (result.status === 'delivered' && result.trackingId) {
    const to = settings ? [...settings.recipients.to, ...settings.recipients.cc, ...settings.recipients.bcc] : []
    const expires = result.expirationDate ? `, expires ${result.expirationDate}` : ''
    terminal.info(
      `Delivered: transfer ${result.trackingId} is ${result.state}${expires}; recipients: ${to.join(', ')}.`
    )
    for (const row of receipt(result.files)) terminal.info(row)
  }
  if (!result.password && result.downloadUrls.length === 0) return
  if (terminal.showsSecrets) {
    if (result.password) terminal.revealed(`Password: ${result.password}`)
    for (const { recipient, url } of result.downloadUrls) terminal.revealed(`Download URL for ${recipient}: ${url}`)
    return
  }
  terminal.info(writtenSecrets(result, written))
}
