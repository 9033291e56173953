// The command line: picks the command, parses its flags, and runs it with a terminal on stderr.
import { logText } from '../core/log-text.js'
import { VERSION } from '../core/version.js'
import { SECRET_OPTIONS } from '../core/options.js'
import { closest, envName, parseCommandLine, PROGRAM, UsageError, type Command } from './args.js'
import { COMMANDS, DELIVER, REVOKE, STATUS, VERIFY } from './commands.js'
import { deliverCommand, type CliContext } from './deliver.js'
import { commandHelp, generalHelp } from './help.js'
import { EXIT } from './results.js'
import { watchSignals } from './signals.js'
import { Terminal } from './terminal.js'
import { revokeCommand, statusCommand } from './status-revoke.js'
import { terminalPrompt, verifyCommand } from './verify.js'

export async function main(argv: string[]): Promise<number> {
  const env = process.env
  const [name, ...rest] = argv
  // No command is a mistake (an empty `$CMD` in a CI script must not pass): the help, on stderr, exit 2.
  if (name === undefined) {
    process.stderr.write(generalHelp())
    return EXIT.usage
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const command = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined
    process.stdout.write(command ? commandHelp(command) : generalHelp())
    return EXIT.ok
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`)
    return EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) return usageFailure(unknownCommand(name))

  let args
  try {
    args = parseCommandLine(command, rest, env)
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error.message)
    throw error
  }
  if (args.help) {
    process.stdout.write(commandHelp(command))
    return EXIT.ok
  }

  const terminal = new Terminal(process.stderr, {
    showSecrets: args.values['show-secrets'] === 'true',
    debug: args.values.debug === 'true',
    env
  })
  // Secrets are registered before anything can print them, even before validation.
  for (const option of [...SECRET_OPTIONS, 'code']) {
    const value = args.values[option]?.trim()
    if (value) terminal.secret(value)
    if (value && args.fromFlags.has(option) && option !== 'code')
      terminal.warning(
        `--${option} was given on the command line, where other users of this machine can see it (process list) and shell history keeps it: set ${envName(option, command.options[option])} in the environment instead.`
      )
  }
  const cancellation = watchSignals((message) => terminal.warning(message))
  const context: CliContext = { env, cwd: process.cwd(), stdout: process.stdout, terminal, cancellation }
  try {
    if (command === DELIVER) return await deliverCommand(args, context)
    if (command === VERIFY) return await verifyCommand(args, context, terminalPrompt(process.stdin, process.stderr))
    if (command === REVOKE) return await revokeCommand(args, context)
    if (command === STATUS) return await statusCommand(args, context)
    throw new Error(`internal error: no handler for ${command.name}`)
  } finally {
    cancellation.dispose()
  }
}

function unknownCommand(name: string): string {
  if (name.startsWith('-')) return `Give a command first, e.g. "${PROGRAM} deliver ${name} …". Run "${PROGRAM} --help".`
  const guess = closest(
    name,
    COMMANDS.map((c: Command) => c.name)
  )
  return `Unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}. Run "${PROGRAM} --help" for the commands.`
}

/** A usage error, before any terminal exists; the message may quote hostile arguments: escaped. */
function usageFailure(message: string): number {
  process.stderr.write(`${logText(`error: ${message}`)}\n`)
  return EXIT.usage
}
