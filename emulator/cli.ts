/**
 * Standalone emulator: `node .build/emulator/cli.js [--port N] [--host H] [--config file.json]
 *   [--checksum-algorithm NAME] [--checksum-check upload|finalization] [--spec-validation refuse|record|off]
 *   [--token-issuing same|new|replace] [--session-access creator|sender] [--transfer-reads creator|sender]
 *   [--revocation-access creator|sender] [--token-validity-seconds N]
 *   [--generated-password client|server-shown|server-hidden]`.
 * Prints one line `EMULATOR_URL=http://127.0.0.1:<port>` on stdout once listening, a line on
 * stderr naming the token rules in force, logs each
 * request (method, path, status; never header values or query strings) to stderr, and stops
 * on SIGINT/SIGTERM. The config file is the JSON form of EmulatorOptions: the server's behaviour,
 * `policy` and the faults (fault paths as regex sources; `"times": "Infinity"` is accepted). Every
 * flag sets an option of the server's behaviour (ServerOptions) and wins over the config file.
 */
import { readFileSync } from 'node:fs'
import { DEMO_CLIENT_ID, describeTokenRules, Emulator, type EmulatorOptions, type ServerOptions } from './server.js'

const USAGE = `usage: cli.js [--port N] [--host H] [--config file.json] [--checksum-algorithm NAME]
  [--checksum-check upload|finalization] [--spec-validation refuse|record|off]
  [--token-issuing same|new|replace]     a new verification: the same token while valid, a new one
                                         beside the old (default), or a new one that invalidates the old
  [--session-access creator|sender]      who may use a session: its creating token (default) or any
  [--transfer-reads creator|sender]      who may read a transfer and the list: any token (default) or the creator
  [--revocation-access creator|sender]   who may revoke: any token of the sender (default) or the creator
  [--token-validity-seconds N]           lifetime of a token (default 86400)
  [--generated-password client|server-shown|server-hidden]
                                         a GENERATED password sent by the client: kept and shown
                                         (default), replaced and shown, or replaced and hidden
`

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}`)
  process.exit(2)
}

/** The value of a flag that takes one of `allowed`. */
function oneOf<const T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) usage(`invalid ${name}: ${value} (one of ${allowed.join(', ')})`)
  return value as T
}

function parseArgs(argv: string[]): EmulatorOptions {
  let options: EmulatorOptions = {}
  let port: number | undefined
  let host: string | undefined
  /** The flags: all of them options of the server's behaviour. */
  const extra: ServerOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined) usage(`${name} needs a value`)
      return v
    }
    if (name === '--port') {
      const v = value()
      if (!/^\d+$/.test(v) || Number(v) > 65535) usage(`invalid port: ${v}`)
      port = Number(v)
    } else if (name === '--host') host = value()
    else if (name === '--checksum-algorithm') extra.fileChecksumAlgorithm = value()
    else if (name === '--checksum-check') {
      const v = value()
      if (v !== 'upload' && v !== 'finalization') usage(`invalid --checksum-check: ${v}`)
      extra.checksumCheck = v
    } else if (name === '--spec-validation') {
      const v = value()
      if (v !== 'refuse' && v !== 'record' && v !== 'off') usage(`invalid --spec-validation: ${v}`)
      extra.specValidation = v
    } else if (name === '--token-issuing')
      extra.tokenIssuing = oneOf(name, value(), ['same', 'new', 'replace'] as const)
    else if (name === '--session-access') extra.sessionAccess = oneOf(name, value(), ['creator', 'sender'] as const)
    else if (name === '--transfer-reads') extra.transferReads = oneOf(name, value(), ['creator', 'sender'] as const)
    else if (name === '--revocation-access')
      extra.revocationAccess = oneOf(name, value(), ['creator', 'sender'] as const)
    else if (name === '--token-validity-seconds') {
      const v = value()
      if (!/^\d+$/.test(v) || Number(v) < 1) usage(`invalid --token-validity-seconds: ${v}`)
      extra.tokenValidityMs = Number(v) * 1000
    } else if (name === '--generated-password') {
      extra.generatedPassword = oneOf(name, value(), ['client', 'server-shown', 'server-hidden'] as const)
    } else if (name === '--config') {
      const file = value()
      try {
        options = JSON.parse(readFileSync(file, 'utf8')) as EmulatorOptions
      } catch (error) {
        usage(`cannot read config ${file}: ${(error as Error).message}`)
      }
    } else if (name === '--help' || name === '-h') usage('Cryptshare REST API emulator')
    else usage(`unknown argument: ${arg}`)
  }
  return { ...options, ...extra, ...(port !== undefined ? { port } : {}), ...(host !== undefined ? { host } : {}) }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const emulator = new Emulator({
    ...options,
    onRequest: (request) => {
      process.stderr.write(
        `${new Date(request.at).toISOString()} ${request.method} ${request.path} ${request.status || 'dropped'}\n`
      )
    }
  })
  const url = await emulator.start()
  process.stdout.write(`EMULATOR_URL=${url}\n`)
  process.stderr.write(readyBlock(url, options))
  let stopping = false
  const shutdown = (signal: string): void => {
    if (stopping) return
    stopping = true
    process.stderr.write(`received ${signal}, stopping\n`)
    emulator.stop().then(
      () => process.exit(0),
      (error) => {
        process.stderr.write(`stop failed: ${String(error)}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

/** What a person needs to point the action or the CLI at this emulator, said once at start-up. */
function readyBlock(url: string, options: EmulatorOptions): string {
  const clientIds = options.clientIds ?? [DEMO_CLIENT_ID]
  const sender = options.clientIdSenders?.[0] ?? 'release-bot@example.com'
  return [
    `Cryptshare emulator ready at ${url} (nothing leaves this machine; Ctrl+C stops it).`,
    `  client id it accepts: ${clientIds[0]}${clientIds.length > 1 ? ` (and ${clientIds.length - 1} more)` : ''}`,
    `  a sender: ${sender}${options.clientIdSenders ? '' : ' (any address is accepted)'}`,
    'For the command-line tool, in another shell:',
    `  export CRYPTSHARE_SERVER_URL=${url}`,
    `  export CRYPTSHARE_CLIENT_ID=${clientIds[0]}`,
    `  export CRYPTSHARE_SENDER_EMAIL=${sender}`,
    '  node dist/cli/cryptshare-ci.mjs deliver --recipients customer@example.org --files "dist/**" --output-json /tmp/result.json',
    describeTokenRules(options),
    ''
  ].join('\n')
}

main().catch((error) => {
  process.stderr.write(`emulator failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
