// The command line: flags (util.parseArgs) over CRYPTSHARE_* environment variables, checked
// against the options of one command, into the plain key-value source the core reads.
import { parseArgs } from 'node:util'
import type { OptionNaming } from '../core/contract.js'
import { InputError, type OptionKind } from '../core/options.js'

export const PROGRAM = 'cryptshare-ci'

/** A flag of a command: an option of the core (`--name value`), or a bare switch (`--json`). */
export interface CliOption {
  kind: OptionKind | 'switch'
  help: string
  default?: string
  /** The environment variable that sets it when the flag is absent (`false`: none). */
  env?: string | false
}

export interface Command {
  name: string
  summary: string
  usage: string
  options: Record<string, CliOption>
}

/** A mistake on the command line, found before anything is contacted: exit code 2. */
export class UsageError extends InputError {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface ParsedArgs {
  /** Option values by name ('' when given empty); switches that are on hold 'true'. */
  values: Record<string, string>
  /** The options given as flags (not from the environment). */
  fromFlags: Set<string>
  help: boolean
}

type Env = Record<string, string | undefined>

/** `CRYPTSHARE_SENDER_EMAIL` for `sender-email`, unless the option names its own (or none). */
export function envName(name: string, option?: CliOption): string | undefined {
  if (option?.env === false) return undefined
  return option?.env ?? `CRYPTSHARE_${name.toUpperCase().replace(/-/g, '_')}`
}

/** How the CLI's messages name its options. */
export const CLI_NAMING: OptionNaming = {
  option: (name) => `--${name}`,
  name: (name) => `--${name}`,
  setting: (name, value) => `--${name} ${value}`,
  missing: (name) => `Missing --${name}: pass it, or set ${envName(name)} in the environment.`
}

const LIST_KINDS: ReadonlySet<string> = new Set(['patterns', 'addresses'])

/**
 * Parses `argv` (what follows the command name) for `command`. Lists (`--files`, `--recipients`)
 * may be repeated and are joined by newlines; for other options the last one wins. A boolean
 * option given without a value (`--dry-run`) is `true`. A flag, even an empty one, wins over its
 * environment variable; unknown CRYPTSHARE_* variables are ignored.
 */
export function parseCommandLine(command: Command, argv: string[], env: Env): ParsedArgs {
  const options = command.options
  const config: Record<string, { type: 'string' | 'boolean'; multiple: true; short?: string }> = {
    help: { type: 'boolean', multiple: true, short: 'h' }
  }
  for (const [name, option] of Object.entries(options))
    config[name] = { type: option.kind === 'switch' ? 'boolean' : 'string', multiple: true }

  const { tokens } = parseArgs({
    args: withBareBooleans(argv, options),
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const given = new Map<string, string[]>()
  let help = false
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue
    if (token.kind === 'positional') {
      throw new UsageError(
        `Unexpected argument "${token.value}": every value follows its option, e.g. --files "dist/*.zip" (quote patterns so the shell does not expand them). Run "${PROGRAM} ${command.name} --help".`
      )
    }
    if (token.name === 'help') {
      help = true
      continue
    }
    const option = options[token.name]
    if (!option || token.rawName.length === 2) throw unknownOption(token.rawName, command)
    let value = token.value ?? ''
    if (option.kind === 'switch') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value; write just --${token.name}.`)
      value = 'true'
    } else if (token.value === undefined || (!token.inlineValue && isFlag(token.value, options))) {
      throw new UsageError(`--${token.name} needs a value, e.g. --${token.name} ${example(option)}.`)
    }
    given.set(token.name, [...(given.get(token.name) ?? []), value])
  }

  const values: Record<string, string> = {}
  for (const [name, option] of Object.entries(options)) {
    const flags = given.get(name)
    if (flags) values[name] = LIST_KINDS.has(option.kind) ? flags.join('\n') : flags[flags.length - 1]
    else {
      const variable = envName(name, option)
      const fromEnv = variable ? env[variable] : undefined
      if (fromEnv !== undefined && option.kind !== 'switch') values[name] = fromEnv
    }
  }
  return { values, fromFlags: new Set(given.keys()), help }
}

/** `--dry-run` alone (at the end, or before another flag) means `--dry-run true`. */
function withBareBooleans(argv: string[], options: Record<string, CliOption>): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    out.push(arg)
    if (arg === '--') {
      out.push(...argv.slice(i + 1))
      break
    }
    const option = arg.startsWith('--') && !arg.includes('=') ? options[arg.slice(2)] : undefined
    if (!option || option.kind === 'switch') continue
    const next = argv[i + 1]
    if (option.kind === 'boolean' && (next === undefined || next.startsWith('-'))) out.push('true')
    else if (next !== undefined && !isFlag(next, options)) out.push(argv[++i])
  }
  return out
}

function isFlag(value: string, options: Record<string, CliOption>): boolean {
  return value === '-h' || (value.startsWith('--') && (value.slice(2).split('=')[0] in options || value === '--help'))
}

function example(option: CliOption): string {
  if (option.kind === 'boolean') return 'true'
  if (option.kind === 'integer') return option.default ?? '1'
  if (option.kind === 'choice') return option.default ?? 'value'
  return '…'
}

function unknownOption(raw: string, command: Command): UsageError {
  const name = raw.replace(/^-+/, '')
  const guess = closest(name, Object.keys(command.options))
  return new UsageError(
    `Unknown option ${raw}${guess ? ` (did you mean --${guess}?)` : ''}. Run "${PROGRAM} ${command.name} --help" for the options.`
  )
}

/** The candidate nearest to `word` (at most a third of its letters off), if any. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = candidate.startsWith(word) && word.length >= 3 ? 1 : editDistance(word, candidate)
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}
