// `cryptshare-ci deliver`: the options → files → delivery → verdict of the core, with the result
// on stderr (for people), stdout (--json) and files (--output-json, --output-env).
import * as path from 'node:path'
import { connect } from '../core/connection.js'
import type { DeliveryEvents, DeliveryResult } from '../core/contract.js'
import { deliver, FinalizedDeliveryError } from '../core/delivery.js'
import { humanSize, type OwnFile } from '../core/files.js'
import { deliveryOptions, readDeliverySettings, type DeliverySettings } from '../core/options.js'
import { passwordDestinationProblem, writtenSecrets, type WrittenOutput } from './password-output.js'
import { selectFiles } from '../core/selection.js'
import { tuning } from '../core/tuning.js'
import { verdict } from '../core/verdict.js'
import { CLI_NAMING, UsageError, type ParsedArgs } from './args.js'
import { CLI_SENDER_NAME, CLI_USER_AGENT } from './commands.js'
import type { Cancellation } from './signals.js'
import {
  assertWritable,
  cliResult,
  dotenv,
  EXIT,
  logSafeJson,
  stdoutResult,
  writePrivateFile,
  type CliResult
} from './results.js'
import { terminalHost, type Stream, type Terminal } from './terminal.js'
import { describeFailure, failureOutcome } from './failure.js'

export interface CliContext {
  env: Record<string, string | undefined>
  cwd: string
  stdout: Stream
  terminal: Terminal
  cancellation: Cancellation
}

export async function deliverCommand(args: ParsedArgs, context: CliContext): Promise<number> {
  const { terminal, cancellation, env } = context
  const values = args.values
  let result: CliResult
  let settings: DeliverySettings | undefined
  let close: (() => void) | undefined
  let outputsWritable = false
  try {
    const named = new Map<string, string>()
    for (const option of OUTPUT_FILES) {
      if (!values[option]) continue
      const file = path.resolve(context.cwd, values[option])
      const other = named.get(file)
      if (other)
        throw new UsageError(
          `--${other} and --${option} name the same file ${file}: give each its own. Nothing was sent.`
        )
      named.set(file, option)
      await assertWritable(file, `--${option}`)
    }
    outputsWritable = true
    settings = readDeliverySettings(
      { get: (name) => values[name] ?? '', naming: CLI_NAMING },
      { senderName: CLI_SENDER_NAME, workspace: path.resolve(context.cwd, values.workspace || '.') }
    )
    const nowhere = passwordDestinationProblem(settings, values, terminal.showsSecrets)
    if (nowhere) throw new UsageError(nowhere)
    const host = events(terminal)
    const { files } = await selectFiles(settings, host, CLI_NAMING, outputFiles(values, context.cwd))
    if (!files) {
      result = cliResult('nothing-sent', EXIT.ok)
    } else {
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
      const delivery = await deliver(
        connection.client,
        deliveryOptions(settings, files, {
          finalizeConfirmMs: tuning(env).finalizeConfirmMs,
          lookForEarlierDelivery: false
        }),
        host,
        cancellation.signal
      )
      result = judged(delivery, settings, cancellation.exitCode())
    }
  } catch (error) {
    result = failed(error, cancellation.exitCode())
  } finally {
    close?.()
  }

  const written = outputsWritable ? await writeOutputs(result, values, context) : []
  report(result, terminal, settings, written)
  if (values.json === 'true') {
    const json = logSafeJson(stdoutResult(result, terminal.showsSecrets))
    context.stdout.write(`${terminal.showsSecrets ? json : terminal.redact(json)}\n`)
  }
  return result.exitCode
}

/**
 * The files this command writes: every option whose name starts with "output" names one (they
 * are never delivered, see `selectFiles`).
 */
export function outputFiles(values: Record<string, string>, cwd: string): OwnFile[] {
  return Object.entries(values)
    .filter(([name, value]) => /^output(-|[A-Z])/.test(name) && value)
    .map(([name, value]) => ({ path: path.resolve(cwd, value), by: `--${name}` }))
}

function events(terminal: Terminal): DeliveryEvents {
  return {
    ...terminalHost(terminal),
    // No post step: the core deletes an unfinished session itself before it fails.
    sessionCreated: (trackingId) => terminal.debug(`Transfer session ${trackingId} created.`),
    sessionClosed: (trackingId, how) => terminal.debug(`Transfer session ${trackingId} ${how}.`),
    uploadProgress: terminal.interactive ? (update) => terminal.progress(update) : undefined
  }
}

function judged(delivery: DeliveryResult, settings: DeliverySettings, signalExit: number | undefined): CliResult {
  if (delivery.dryRun) return cliResult('dry-run', signalExit ?? EXIT.ok, delivery)
  // A signal that came once the transfer was sent does not undo it: the exit code is the transfer's
  // (a CI retry on a non-zero exit would send the files again).
  const { level, message } = verdict(delivery, settings, CLI_NAMING)
  if (level === 'error') return cliResult('failed', EXIT.failed, delivery, message)
  return cliResult('delivered', EXIT.ok, delivery, level === 'warning' ? message : undefined)
}

function failed(error: unknown, signalExit: number | undefined): CliResult {
  const message = describeFailure(error)
  if (error instanceof FinalizedDeliveryError) {
    // Finalized (a state was read) is delivered, even when what became of it is not known yet.
    const known = error.result
    // Cancelled once finalize was sent: the files are sent, or may be; never "failed".
    if (signalExit !== undefined && known.state)
      return cliResult(
        'delivered',
        EXIT.ok,
        known,
        `Cancelled after transfer ${known.trackingId} was finalized: the files are sent and the recipients notified as configured; it was last seen ${known.state}, and the tool did not wait for it to become ACTIVE.`
      )
    if (!known.state)
      return cliResult('uncertain', EXIT.failed, known, signalExit === undefined ? message : `Cancelled: ${message}`)
    return cliResult('delivered', EXIT.failed, known, message)
  }
  const outcome = failureOutcome(error, signalExit)
  return cliResult(outcome.cancelled ? 'cancelled' : 'failed', outcome.exitCode, undefined, outcome.message)
}

const OUTPUT_FILES = ['output-json', 'output-password', 'output-env']

/** Writes the output files asked for; returns those written. */
async function writeOutputs(
  result: CliResult,
  values: Record<string, string>,
  context: CliContext
): Promise<WrittenOutput[]> {
  const { terminal, cwd } = context
  const written: WrittenOutput[] = []
  const write = async (option: string, text: string): Promise<void> => {
    const file = values[option]
    if (!file) return
    const resolved = path.resolve(cwd, file)
    try {
      await writePrivateFile(resolved, text)
      written.push({ option, file: resolved })
    } catch (error) {
      terminal.error(`Could not write --${option} ${file}: ${(error as Error).message}.`)
      if (result.exitCode === EXIT.ok) result.exitCode = EXIT.failed
    }
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
  return written
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
    for (const file of result.files) terminal.info(`  ${file.name}  ${humanSize(file.size)}  sha256 ${file.sha256}`)
  }
  if (!result.password && result.downloadUrls.length === 0) return
  if (terminal.showsSecrets) {
    if (result.password) terminal.revealed(`Password: ${result.password}`)
    for (const { recipient, url } of result.downloadUrls) terminal.revealed(`Download URL for ${recipient}: ${url}`)
    return
  }
  terminal.info(writtenSecrets(result, written))
}
