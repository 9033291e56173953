/**
 * Standalone emulator: `node .build/emulator/cli.js [--port N] [--host H] [--config file.json]
 *   [--checksum-algorithm NAME] [--checksum-check upload|finalization] [--spec-validation refuse|record|off]
 *   [--generated-password client|server-shown|server-hidden]`.
 * Prints one line `EMULATOR_URL=http://127.0.0.1:<port>` on stdout once listening, logs each
 * request (method, path, status; never header values or query strings) to stderr, and stops
 * on SIGINT/SIGTERM. The config file is the JSON form of EmulatorOptions (fault paths as regex
 * sources; `"times": "Infinity"` is accepted).
 */
import { readFileSync } from 'node:fs'
import { Emulator, type EmulatorOptions } from './server.js'

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: cli.js [--port N] [--host H] [--config file.json] [--checksum-algorithm NAME]\n  [--checksum-check upload|finalization] [--spec-validation refuse|record|off]\n  [--generated-password client|server-shown|server-hidden]\n`
  )
  process.exit(2)
}

function parseArgs(argv: string[]): EmulatorOptions {
  let options: EmulatorOptions = {}
  let port: number | undefined
  let host: string | undefined
  const extra: EmulatorOptions = {}
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
    } else if (name === '--generated-password') {
      const v = value()
      if (v !== 'client' && v !== 'server-shown' && v !== 'server-hidden') usage(`invalid --generated-password: ${v}`)
      extra.generatedPassword = v
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

main().catch((error) => {
  process.stderr.write(`emulator failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
