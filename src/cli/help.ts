// `--help` texts, generated from the commands' option tables (so they cannot drift from them).
import { envName, PROGRAM, type CliOption, type Command } from './args.js'
import { COMMANDS } from './commands.js'

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    `${PROGRAM}: deliver build artifacts through a Cryptshare server's REST API.`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PROGRAM} <command> --help" for a command's options, "${PROGRAM} --version" for the version.`,
    'Every option can also come from the environment (CRYPTSHARE_<OPTION>, e.g. CRYPTSHARE_CLIENT_ID); a flag wins.',
    'Exit codes: 0 done as asked, 1 failed (a refusal by the server included), 2 bad usage or input (nothing was contacted), 130/143 interrupted.',
    ''
  ].join('\n')
}

export function commandHelp(command: Command): string {
  const rows = Object.entries(command.options).map(([name, option]) => [flag(name, option), optionHelp(name, option)])
  const width = Math.max(...rows.map(([left]) => left.length))
  return [
    `${command.summary}.`,
    '',
    `Usage: ${command.usage}`,
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    `  ${'-h, --help'.padEnd(width)}  Show this help`,
    ''
  ].join('\n')
}

function flag(name: string, option: CliOption): string {
  switch (option.kind) {
    case 'switch':
      return `--${name}`
    case 'boolean':
      return `--${name} true|false`
    case 'choice':
      return `--${name} ${(option as { choices?: readonly string[] }).choices?.join('|') ?? 'value'}`
    case 'integer':
      return `--${name} N`
    default:
      return `--${name} ${option.kind === 'patterns' ? 'PATTERN' : option.kind === 'addresses' ? 'ADDRESSES' : 'VALUE'}`
  }
}

function optionHelp(name: string, option: CliOption): string {
  const parts = [option.help]
  if (option.default) parts.push(`(default: ${option.default})`)
  const variable = option.kind === 'switch' ? undefined : envName(name, option)
  if (variable) parts.push(`[env ${variable}]`)
  if (option.kind === 'patterns' || option.kind === 'addresses') parts.push('(repeatable)')
  return parts.join(' ')
}
