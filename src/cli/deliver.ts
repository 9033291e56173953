// `cryptshare-ci deliver`: the options → files → delivery → verdict of the core, with the result
// on stderr (for people), stdout (--json) and files (--output-json, --output-env).
import * as path from 'node:path'
import { connect } from '../core/connection.js'
import type { DeliveryEvents, DeliveryResult } from '../core/contract.js'
import { deliver, FinalizedDeliveryError } from '../core/delivery.js'
import { humanSize } from '../core/files.js'
import { deliveryOptions, readDeliverySettings, type DeliverySettings } from '../core/options.js'
import { selectFiles } from '../core/selection.js'
import { tuning } from '../core/tuning.js'
import { verdict } from '../core/verdict.js'
import { CLI_NAMING, type ParsedArgs } from './args.js'
import { CLI_SENDER_NAME, CLI_USER_AGENT } from './commands.js'
import type { Cancellation } from './signals.js'
import {
  assertWritable,
  cliResult,
  dotenv,
  EXIT,
  logSafeJson,
  withoutSecrets,
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
    for (const option of ['output-json', 'output-env'])
      if (values[option]) await assertWritable(path.resolve(context.cwd, values[option]), `--${option}`)
    outputsWritable = true
    settings = readDeliverySettings(
      { get: (name) => values[name] ?? '', naming: CLI_NAMING },
      { senderName: CLI_SENDER_NAME, workspace: path.resolve(context.cwd, values.workspace || '.') }
    )
    const host = events(terminal)
    const { files } = await selectFiles(settings, host, CLI_NAMING)
    if (!files) {
      result = cliResult('nothing-sent', EXIT.ok)
    } else {
      const connection = connect(
        settings,
        { signal: cancellation.signal, userAgent: CLI_USER_AGENT, warn: (line) => terminal.warning(line) },
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

  if (outputsWritable) await writeOutputs(result, values, context)
  report(result, terminal, settings)
  if (values.json === 'true') {
    const json = logSafeJson(terminal.showsSecrets ? result : withoutSecrets(result))
    context.stdout.write(`${terminal.showsSecrets ? json : terminal.redact(json)}\n`)
  }
  return result.exitCode
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
    const known = error.result
    if (signalExit === undefined) return cliResult(known.state ? 'failed' : 'uncertain', EXIT.failed, known, message)
    // Cancelled once finalize was sent: the files are sent, or may be; never "failed".
    if (!known.state) return cliResult('uncertain', EXIT.failed, known, `Cancelled: ${message}`)
    return cliResult(
      'delivered',
      EXIT.ok,
      known,
      `Cancelled after transfer ${known.trackingId} was finalized: the files are sent and the recipients notified as configured; it was last seen ${known.state}, and the tool did not wait for it to become ACTIVE.`
    )
  }
  const outcome = failureOutcome(error, signalExit)
  return cliResult(outcome.cancelled ? 'cancelled' : 'failed', outcome.exitCode, undefined, outcome.message)
}

async function writeOutputs(result: CliResult, values: Record<string, string>, context: CliContext): Promise<void> {
  const { terminal, cwd } = context
  const write = async (option: string, text: string): Promise<void> => {
    const file = values[option]
    if (!file) return
    try {
      await writePrivateFile(path.resolve(cwd, file), text)
    } catch (error) {
      terminal.error(`Could not write --${option} ${file}: ${(error as Error).message}.`)
      if (result.exitCode === EXIT.ok) result.exitCode = EXIT.failed
    }
  }
  await write('output-json', `${JSON.stringify(result, null, 2)}\n`)
  await write(
    'output-env',
    dotenv(result, (message) => terminal.warning(message))
  )
}

/** The human summary on stderr. */
function report(result: CliResult, terminal: Terminal, settings: DeliverySettings | undefined): void {
  if (result.error) {
    if (result.status === 'delivered') terminal.warning(result.error)
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
  terminal.info(
    'The password and download URLs are secrets and not shown: write them to a file with --output-json FILE, or print them with --show-secrets.'
  )
}
