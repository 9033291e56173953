// Everything the CLI tells a person goes to stderr through here: secrets redacted (unless
// --show-secrets), control characters escaped and CI log commands (`::x::`, `##vso[`) defused,
// colour only on a terminal that wants it, and a live progress board on a terminal.
import { logText } from '../core/log-text.js'
import type { UploadProgress } from '../core/contract.js'
import { ProgressBoard, type Stream } from './progress-board.js'

export type { Stream } from './progress-board.js'

export interface TerminalOptions {
  showSecrets: boolean
  debug: boolean
  env: Record<string, string | undefined>
}

type Level = 'info' | 'notice' | 'warning' | 'error' | 'debug'

const STYLE: Record<Level, [prefix: string, color: string]> = {
  info: ['', ''],
  notice: ['notice: ', '\u001b[36m'],
  warning: ['warning: ', '\u001b[33m'],
  error: ['error: ', '\u001b[31m'],
  debug: ['debug: ', '\u001b[2m']
}

export class Terminal {
  private readonly secrets = new Set<string>()
  private readonly color: boolean
  private readonly board?: ProgressBoard
  readonly interactive: boolean

  constructor(
    private readonly stream: Stream,
    private readonly options: TerminalOptions
  ) {
    const env = options.env
    this.interactive = stream.isTTY === true && env.TERM !== 'dumb'
    this.color = this.interactive && env.NO_COLOR === undefined
    if (this.interactive) this.board = new ProgressBoard(stream, (text) => this.safe(text))
  }

  /** A secret: never printed from now on unless --show-secrets (then still masked in debug lines). */
  secret(value: string): void {
    if (!value) return
    this.secrets.add(value)
    // The same value as it appears inside JSON or a URL.
    this.secrets.add(JSON.stringify(value).slice(1, -1))
    this.secrets.add(encodeURIComponent(value))
  }

  info(message: string): void {
    this.print('info', message)
  }

  notice(message: string): void {
    this.print('notice', message)
  }

  warning(message: string): void {
    this.print('warning', message)
  }

  error(message: string): void {
    this.print('error', message)
  }

  debug(message: string): void {
    if (this.options.debug) this.print('debug', message)
  }

  get showsSecrets(): boolean {
    return this.options.showSecrets
  }

  /** A line that shows a secret on purpose (only with --show-secrets). */
  revealed(message: string): void {
    if (this.options.showSecrets) this.write(logText(message))
  }

  /** Live progress of one upload, when on a terminal. */
  progress(update: UploadProgress): void {
    this.board?.update(update)
  }

  /** Text with every secret replaced by `***`. */
  redact(text: string): string {
    let out = text
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***')
    return out
  }

  private safe(text: string): string {
    return logText(this.redact(text))
  }

  private print(level: Level, message: string): void {
    const [prefix, color] = STYLE[level]
    const text = this.safe(`${prefix}${message}`)
    this.write(this.color && color ? `${color}${text}\u001b[0m` : text)
  }

  private write(line: string): void {
    if (this.board) this.board.above(line)
    else this.stream.write(`${line}\n`)
  }
}
