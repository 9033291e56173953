// `cryptshare-ci deliver --manifest FILE`: many deliveries in one run. The core decides; this
// prints a line per delivery on stderr, the map on stdout (--json) and writes the files asked for.
import * as path from 'node:path'
import { runManifest, type ManifestOutcome } from '../core/commands/deliver-many.js'
import { deliveriesMap, deliverySecrets, manifestError, manifestSummary } from '../core/summary/manifest.js'
import type { OwnFile } from '../core/files.js'
import { CLI_NAMING, type ParsedArgs } from './args.js'
import { CLI_SENDER_NAME } from './commands.js'
import type { CliContext } from './deliver.js'
import { cliHost } from './host.js'
import { assertWritable, EXIT, logSafeJson, writeOutput, writePrivateFile } from './results.js'

const FILES = ['output-json', 'summary-file', 'output-receipt'] as const

export async function manifestCommand(args: ParsedArgs, context: CliContext, ownFiles: OwnFile[]): Promise<number> {
  const { terminal, cancellation, cwd } = context
  const values = args.values
  let outcome: ManifestOutcome
  try {
    for (const option of FILES)
      if (values[option]) await assertWritable(path.resolve(cwd, values[option]), `--${option}`)
    outcome = await runManifest(
      {
        run: { get: (name) => values[name] ?? '', naming: CLI_NAMING },
        frontEnd: { senderName: CLI_SENDER_NAME, workspace: path.resolve(cwd, values.workspace || '.') },
        frontEndName: 'cli',
        ownFiles,
        rerun: values.rerun === 'true',
        stateFile: values['state-file'] ? path.resolve(cwd, values['state-file']) : undefined
      },
      cliHost(terminal, cancellation.signal, context.env)
    )
  } catch (error) {
    outcome = {
      status: 'failed',
      failed: true,
      usage: true,
      cancelled: false,
      message: (error as Error).message,
      entries: []
    }
  }
  const signalExit = cancellation.exitCode()
  const exitCode = outcome.usage ? EXIT.usage : outcome.failed ? (signalExit ?? EXIT.failed) : EXIT.ok
  for (const entry of outcome.entries) {
    const line = `${entry.name}: ${entry.status}${entry.result?.trackingId ? ` (transfer ${entry.result.trackingId}${entry.result.state ? `, ${entry.result.state}` : ''})` : ''}${entry.failed && entry.message ? ` — ${entry.message}` : ''}`
    if (entry.failed) terminal.error(line)
    else terminal.info(line)
  }
  const error = manifestError(outcome)
  if (error) terminal.error(error)
  const deliveries = deliveriesMap(outcome)
  const run = { exitCode }
  const write = async (option: (typeof FILES)[number], text: string): Promise<void> => {
    if (values[option])
      await writeOutput(
        run,
        (line) => terminal.error(line),
        `--${option} ${values[option]}`,
        () => writePrivateFile(path.resolve(cwd, values[option]), text)
      )
  }
  const result = { status: outcome.status, exitCode, ...(error ? { error } : {}), deliveries }
  await write('output-json', `${JSON.stringify({ ...result, secrets: deliverySecrets(outcome) }, null, 2)}\n`)
  await write('summary-file', manifestSummary(outcome, Date.now()))
  // One file of receipts: a JSON Lines file, one statement per delivery that created a transfer.
  await write(
    'output-receipt',
    outcome.entries.flatMap((e) => (e.receipt ? [`${JSON.stringify(e.receipt)}\n`] : [])).join('')
  )
  if (values.json === 'true')
    context.stdout.write(`${terminal.redact(logSafeJson({ ...result, exitCode: run.exitCode }))}\n`)
  return run.exitCode
}
