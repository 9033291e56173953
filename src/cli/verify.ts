// `cryptshare-ci verify`: email verification. Without --code the server mails a code to the
// sender; on a terminal the code is then asked for, otherwise the next command is shown. With
// --code the code is exchanged, and the verification token is the only thing printed on stdout.
import { createInterface } from 'node:readline/promises'
import {
  openEmailVerification,
  readEmailVerificationSettings,
  type EmailVerification
} from '../core/commands/verify.js'
import { CLI_NAMING, PROGRAM, UsageError, type ParsedArgs } from './args.js'
import type { CliContext } from './deliver.js'
import { failureOutcome } from './failure.js'
import { cliHost } from './host.js'
import { EXIT } from './results.js'

export interface Prompt {
  /** Whether a person can answer (stdin and stderr are terminals). */
  available: boolean
  ask(question: string): Promise<string>
}

export async function verifyCommand(args: ParsedArgs, context: CliContext, prompt: Prompt): Promise<number> {
  const { terminal, cancellation } = context
  let verification: EmailVerification | undefined
  try {
    const settings = readEmailVerificationSettings({ get: (name) => args.values[name] ?? '', naming: CLI_NAMING })
    const { serverUrl, sender } = settings
    if (args.fromFlags.has('code') && !settings.code)
      throw new UsageError('--code is empty: pass the code from the verification email.')

    verification = openEmailVerification(settings, cliHost(terminal, cancellation.signal, context.env))
    let code = settings.code
    if (!code) {
      await verification.requestCode()
      terminal.info(`The server mailed a verification code to ${sender}.`)
      if (!prompt.available) {
        terminal.info(
          `Next, with the code from that email: ${PROGRAM} verify --server-url ${serverUrl} --sender-email ${sender} --code <code>`
        )
        return EXIT.ok
      }
      code = (await prompt.ask('Verification code: ')).trim()
      if (!code) throw new UsageError('No code entered: run verify again to have a new code mailed.')
    }
    const { token, validUntil } = await verification.exchange(code)
    context.stdout.write(`${token}\n`)
    terminal.info(
      `Verification token for ${sender}${validUntil ? `, valid until ${validUntil}` : ''}, printed on stdout. Keep it secret: pass it to deliver as CRYPTSHARE_VERIFICATION_TOKEN.`
    )
    return EXIT.ok
  } catch (error) {
    if (error instanceof PromptCancelledError) {
      terminal.error(error.message)
      return EXIT.SIGINT
    }
    const failure = failureOutcome(error, cancellation.exitCode())
    terminal.error(failure.message)
    return failure.exitCode
  } finally {
    verification?.close()
  }
}

/** Ctrl+C or Ctrl+D (end of input) at the prompt: a cancellation, exit 130. */
export class PromptCancelledError extends Error {
  constructor(how: string) {
    super(`Cancelled at the code prompt (${how}): no token was issued. Run verify again, or pass the code with --code.`)
    this.name = 'PromptCancelledError'
  }
}

/** Asks on stderr, reads one line from stdin. */
export function terminalPrompt(stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Prompt {
  return {
    available: stdin.isTTY === true && stderr.isTTY === true,
    async ask(question) {
      const lines = createInterface({ input: stdin, output: stderr, terminal: true })
      let answered = false
      try {
        return await new Promise<string>((resolve, reject) => {
          // The terminal is in raw mode: Ctrl+C reaches readline, not the process as a signal.
          lines.on('SIGINT', () => reject(new PromptCancelledError('Ctrl+C')))
          lines.on('close', () => {
            if (!answered) reject(new PromptCancelledError('end of input'))
          })
          lines.question(question).then((answer) => {
            answered = true
            resolve(answer)
          }, reject)
        })
      } finally {
        answered = true
        lines.close()
      }
    }
  }
}
