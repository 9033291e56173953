// The command-line tool's bundle, run as a child process the way a shell in GitLab CI, Jenkins
// or Azure Pipelines runs it, against the emulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { CLI, makeWorkspace, nodeBinaries, removeWorkspace, runCli, type CliOptions } from './harness.js'

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..')
const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'

let emulator: Emulator
let workspace: string
let outDir: string

async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return emulator
}

/** The usual flags; the client id comes from the environment, as the README says it should. */
function deliverArgs(...extra: string[]): string[] {
  return [
    'deliver',
    '--server-url',
    emulator.url,
    '--sender-email',
    SENDER,
    '--recipients',
    CUSTOMER,
    '--files',
    'dist/*.zip',
    '--files',
    'dist/docs/**',
    ...extra
  ]
}

/** The client id and, for a generated password, a password file outside the workspace (as the README says). */
function cli(args: string[], more: Partial<CliOptions> = {}) {
  return runCli(args, {
    cwd: workspace,
    ...more,
    env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID, CRYPTSHARE_OUTPUT_PASSWORD: passwordFile(), ...more.env }
  })
}

function passwordFile(): string {
  return join(outDir, 'cryptshare-password')
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

beforeAll(() => {
  workspace = makeWorkspace({
    'dist/app-1.2.3.zip': 2 * 1024 * 1024 + 5,
    'dist/docs/README.txt': 'Release notes\n',
    'dist/not-sent.log': 'no'
  })
  outDir = mkdtempSync(join(tmpdir(), 'cs-cli-out-'))
})
afterAll(() => {
  removeWorkspace(workspace)
  rmSync(outDir, { recursive: true, force: true })
})
afterEach(async () => {
  await emulator?.stop()
})

describe('cryptshare-ci deliver', () => {
  it.each(nodeBinaries())(
    'delivers the files byte for byte and reports the result on stdout, in a 0600 JSON file and a dotenv file (%s)',
    async (_label, node) => {
      await startEmulator()
      const json = join(outDir, `result-${process.pid}-${Date.now()}.json`)
      const dotenv = join(outDir, `deliver-${process.pid}-${Date.now()}.env`)
      writeFileSync(json, 'stale', { mode: 0o644 })
      const run = await cli(deliverArgs('--json', '--output-json', json, '--output-env', dotenv), { node })
      expect(run.stderr).not.toMatch(/^error:/m)
      expect(run.code).toBe(0)

      const [transfer] = emulator.transfers()
      expect(emulator.transfers()).toHaveLength(1)
      expect(emulator.liveSessions()).toHaveLength(0)
      expect(transfer.senderName).toBe('Cryptshare CI')
      const received = transfer.files.filter((f) => !f.deleted)
      expect(received.map((f) => f.fileName).sort()).toEqual(['README.txt', 'app-1.2.3.zip'])
      for (const file of received) {
        const local = join(workspace, 'dist', file.fileName === 'README.txt' ? 'docs' : '', file.fileName)
        expect(file.storedPath && sha256(file.storedPath)).toBe(sha256(local))
        expect(file.checksum).toBe(sha256(local))
      }

      const shown = JSON.parse(run.stdout) as Record<string, unknown>
      expect(shown).toMatchObject({
        status: 'delivered',
        exitCode: 0,
        trackingId: transfer.trackingId,
        state: 'ACTIVE'
      })
      expect(shown).not.toHaveProperty('password')
      expect(shown).not.toHaveProperty('downloadUrls')
      expect((shown.files as { path: string }[]).map((f) => f.path)).toEqual([
        'dist/app-1.2.3.zip',
        'dist/docs/README.txt'
      ])

      expect(statSync(json).mode & 0o777).toBe(0o600)
      const whole = JSON.parse(readFileSync(json, 'utf8')) as {
        password: string
        downloadUrls: { recipient: string; url: string }[]
      }
      expect(whole).toMatchObject({ trackingId: transfer.trackingId, password: transfer.password })
      expect(whole.downloadUrls.map((u) => u.recipient)).toEqual([CUSTOMER])

      expect(readFileSync(dotenv, 'utf8')).toBe(
        `CRYPTSHARE_TRACKING_ID=${transfer.trackingId}\nCRYPTSHARE_STATE=ACTIVE\nCRYPTSHARE_EXPIRATION_DATE=${String(shown.expirationDate)}\n`
      )
      expect(run.stderr).toContain(`Delivered: transfer ${transfer.trackingId} is ACTIVE`)
      for (const secret of [
        DEMO_CLIENT_ID,
        transfer.token,
        transfer.password ?? '-',
        ...whole.downloadUrls.map((u) => u.url)
      ]) {
        expect(run.stdout).not.toContain(secret)
        expect(run.stderr).not.toContain(secret)
      }
    }
  )

  it("never delivers its own output files: a kept workspace's result.json is left out of the next run, named once", async () => {
    await startEmulator()
    const kept = makeWorkspace({ 'dist/app.txt': 'the build' })
    try {
      const args = [
        'deliver',
        '--server-url',
        emulator.url,
        '--sender-email',
        SENDER,
        '--recipients',
        CUSTOMER,
        '--files',
        'dist/**',
        '--output-json',
        'dist/result.json',
        '--output-env',
        'dist/../dist/result.env'
      ]
      const first = await runCli(args, { cwd: kept, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } })
      expect(first.code).toBe(0)
      expect(first.stderr).not.toMatch(/^warning:/m)
      symlinkSync(join(kept, 'dist', 'result.json'), join(kept, 'dist', 'link-to-result.json'))
      const second = await runCli(args, { cwd: kept, env: { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID } })
      expect(second.code).toBe(0)
      for (const transfer of emulator.transfers()) expect(transfer.files.map((f) => f.fileName)).toEqual(['app.txt'])
      expect(emulator.transfers()).toHaveLength(2)
      expect(second.stderr.split('\n').filter((line) => line.startsWith('warning:'))).toEqual([
        'warning: Left out "dist/link-to-result.json" (--output-json), "dist/result.env" (--output-env), "dist/result.json" (--output-json): this tool writes that file, and a previous run\'s copy holds its password and download URLs. Write it outside the "files" selection.'
      ])
    } finally {
      removeWorkspace(kept)
    }
  })

  it('draws a live progress bar on a terminal, in colour unless NO_COLOR', async () => {
    await startEmulator()
    const onTerminal = async (env: Record<string, string>): Promise<string> => {
      // A client id given as a flag brings a warning, which is coloured on a terminal.
      const args = deliverArgs('--client-id', DEMO_CLIENT_ID)
      const command = [process.execPath, CLI, ...args.map((a) => `'${a}'`)].join(' ')
      const child = spawn('script', ['-qfec', command, '/dev/null'], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: outDir,
          TERM: 'xterm',
          CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID,
          CRYPTSHARE_OUTPUT_PASSWORD: passwordFile(),
          ...env
        }
      })
      let output = ''
      child.stdout.on('data', (d: Buffer) => (output += d.toString()))
      expect(await new Promise<number | null>((resolve) => child.on('close', resolve))).toBe(0)
      return output
    }
    const coloured = await onTerminal({})
    expect(coloured).toMatch(/app-1\.2\.3\.zip +\[[#-]{24}\] +\d+%/)
    expect(coloured).toMatch(/All files {2}\[[#-]{24}\] +\d+% .* of 2\.00 MiB, [01] of 2 files/)
    expect(coloured).toContain('\u001b[0J')
    expect(coloured).toContain('\u001b[33mwarning: --client-id was given on the command line')
    const plain = await onTerminal({ NO_COLOR: '1', CRYPTSHARE_RETRY_BASE_MS: '20' })
    expect(plain).toContain('Delivered: transfer')
    expect(plain).toContain('warning: --client-id was given on the command line')
    expect(plain).not.toMatch(new RegExp(String.raw`\u001b\[3\dm`)) // no colour (cursor movement such as ESC[3F stays)
  })

  it('prints the secrets only when asked to with --show-secrets', async () => {
    await startEmulator()
    const run = await cli(deliverArgs('--json', '--show-secrets'))
    expect(run.code).toBe(0)
    const [transfer] = emulator.transfers()
    const shown = JSON.parse(run.stdout) as { password: string; downloadUrls: { url: string }[] }
    expect(shown.password).toBe(transfer.password)
    expect(shown.downloadUrls).toHaveLength(1)
    expect(run.stderr).toContain(`Password: ${transfer.password}`)
    expect(run.stderr).not.toContain(DEMO_CLIENT_ID)
  })

  it('takes every option from CRYPTSHARE_* variables, a flag winning over its variable', async () => {
    await startEmulator()
    const run = await cli(['deliver', '--recipients', CUSTOMER], {
      env: {
        CRYPTSHARE_SERVER_URL: emulator.url,
        CRYPTSHARE_SENDER_EMAIL: SENDER,
        CRYPTSHARE_RECIPIENTS: 'not an address',
        CRYPTSHARE_FILES: 'dist/docs/*',
        CRYPTSHARE_SENDER_NAME: 'Release Train',
        CRYPTSHARE_UNKNOWN_THING: 'ignored'
      }
    })
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    const [transfer] = emulator.transfers()
    expect(transfer.senderName).toBe('Release Train')
    expect(transfer.recipients.to).toEqual([CUSTOMER])
    expect(transfer.files.map((f) => f.fileName)).toEqual(['README.txt'])
  })

  it.each([
    [
      'an invalid address',
      ['--recipients', 'customer@'],
      /^error: --recipients contains an invalid email address: "customer@"/m
    ],
    [
      'an unknown option',
      ['--recipent', CUSTOMER],
      /^error: Unknown option --recipent \(did you mean --recipients\?\)/m
    ],
    ['no matching file', ['--files', 'nothing/*'], /^error: No files match .*"nothing\/\*"/m],
    ['a stray argument', ['dist/app-1.2.3.zip'], /^error: Unexpected argument "dist\/app-1.2.3.zip"/m],
    [
      'an output file that cannot be written',
      ['--output-json', '/nonexistent-folder/result.json'],
      /^error: --output-json \/nonexistent-folder\/result\.json cannot be written: the folder \/nonexistent-folder does not exist\. Nothing was sent\./m
    ],
    [
      'a password file that cannot be written',
      ['--output-password', '/nonexistent-folder/password'],
      /^error: --output-password \/nonexistent-folder\/password cannot be written: the folder \/nonexistent-folder does not exist\. Nothing was sent\./m
    ],
    [
      'two outputs naming the same file',
      ['--output-json', '/tmp/cryptshare-same-file', '--output-password', '/tmp/cryptshare-same-file'],
      /^error: --output-json and --output-password name the same file \/tmp\/cryptshare-same-file: give each its own\. Nothing was sent\.$/m
    ],
    [
      'a generated password with nowhere to go',
      ['--output-password', ''],
      /^error: With --password-mode generated the recipients need a password that this run would put nowhere: pass --output-password FILE .*--output-json FILE or --show-secrets, or use --password-mode manual with a password from a CI secret .*--password-mode none .*Nothing was sent\.$/m
    ],
    [
      'a missing option',
      ['--sender-email', ''],
      /^error: Missing --sender-email: pass it, or set CRYPTSHARE_SENDER_EMAIL/m
    ]
  ])('refuses %s with exit code 2 and one clear line, contacting nothing', async (_what, extra, message) => {
    await startEmulator()
    const args = deliverArgs()
    // The extra flags replace the usual ones where they share a name.
    const run = await cli([
      ...args.slice(0, 1),
      ...extra,
      ...args.slice(1).filter((a, i, all) => !extra.includes(a) && !extra.includes(all[i - 1]))
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1)
    expect(run.stderr).not.toMatch(/TypeError|\n\s+at /)
    expect(emulator.requests).toHaveLength(0)
  })

  it('writes the generated password alone to CRYPTSHARE_OUTPUT_PASSWORD (0600, also over a wider file) and names it last', async () => {
    await startEmulator()
    const file = join(outDir, `password-${Date.now()}`)
    writeFileSync(file, 'an earlier password\n', { mode: 0o644 })
    const run = await cli(deliverArgs(), { env: { CRYPTSHARE_OUTPUT_PASSWORD: file } })
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    const [transfer] = emulator.transfers()
    expect(readFileSync(file, 'utf8')).toBe(`${transfer.password}\n`)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(run.stderr).not.toContain(transfer.password)
    expect(run.stderr.trimEnd().split('\n').pop()).toBe(
      `Secrets (not shown): password in ${file} (0600). Never archive this file. The download URLs are secrets and not kept: write them with --output-json FILE, or print them with --show-secrets.`
    )
  })

  it('lets a dry run and password-mode none go without a place for the password', async () => {
    await startEmulator()
    const nowhere = { env: { CRYPTSHARE_OUTPUT_PASSWORD: '' } }
    const dryRun = await cli(deliverArgs('--dry-run'), nowhere)
    expect([dryRun.code, dryRun.stderr]).toEqual([0, expect.not.stringMatching(/^error:/m)])
    expect(emulator.sessions.size).toBe(0)
    const none = await cli(deliverArgs('--password-mode', 'none'), nowhere)
    expect([none.code, none.stderr]).toEqual([0, expect.not.stringMatching(/^error:/m)])
    expect(emulator.transfers()).toHaveLength(1)
  })

  it('prints hostile arguments escaped, so that no line can act as a CI log command', async () => {
    await startEmulator()
    const run = await cli(['deliver', 'x\n::stop-commands::abc\n##vso[task.complete]', '--\n::error::y'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'error: Unexpected argument "x\\n::stop-commands::abc\\n##vso\\[task.complete]": every value follows its option, e.g. --files "dist/*.zip" (quote patterns so the shell does not expand them). Run "cryptshare-ci deliver --help".'
    ])
    const unknown = await cli(['deliver', '--\n::error::y'])
    expect(unknown.stderr).toMatch(/^error: Unknown option --\\n::error::y\. /)
    expect(emulator.requests).toHaveLength(0)
  })

  it("fails with exit code 1 and the server's reason when the policy refuses a recipient", async () => {
    await startEmulator({ policy: { blockedRecipients: [CUSTOMER] } })
    const run = await cli(deliverArgs('--json'))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: .*customer@example\.org/m)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'failed', exitCode: 1, trackingId: null })
    expect(emulator.requestsTo('POST', /transfer-sessions$/)).toHaveLength(0)
    expect(emulator.sessions.size).toBe(0)
  })

  it('publishes the tracking id when finalize\'s outcome stays unknown: exit 1, status "uncertain", state empty', async () => {
    await startEmulator({
      faults: [
        { method: 'POST', path: /\/transfer-sessions\/[^/]+$/, dropAfterProcessing: true, times: Infinity },
        { method: 'GET', path: '/transfers/', status: 404, errorCode: 2003, times: Infinity }
      ]
    })
    const json = join(outDir, `uncertain-${Date.now()}.json`)
    const dotenv = join(outDir, `uncertain-${Date.now()}.env`)
    const run = await cli(deliverArgs('--json', '--output-json', json, '--output-env', dotenv), {
      env: { CRYPTSHARE_FINALIZE_CONFIRM_SECONDS: '1' }
    })
    expect(run.code).toBe(1)
    const [transfer] = emulator.transfers()
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'uncertain', trackingId: transfer.trackingId, state: null })
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({
      status: 'uncertain',
      trackingId: transfer.trackingId
    })
    expect(readFileSync(dotenv, 'utf8')).toBe(
      `CRYPTSHARE_TRACKING_ID=${transfer.trackingId}\nCRYPTSHARE_STATE=\nCRYPTSHARE_EXPIRATION_DATE=${transfer.settings.expirationDate as string}\n`
    )
    expect(run.stderr).toMatch(/may exist/)
    expect(run.stderr).not.toMatch(/receive nothing|never finalized/)
    // The deletion that would have proved nothing was sent is refused: the session was finalized.
    expect(emulator.requestsTo('DELETE', /./).map((r) => r.status)).toEqual([404])
  })

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)('on %s during an upload deletes the unfinished session and exits %d', async (signal, exitCode) => {
    await startEmulator({ faults: [{ method: 'PUT', path: /content$/, delayMs: 30_000, times: Infinity }] })
    const dotenv = join(outDir, `cancelled-${signal}.env`)
    const run = await cli(deliverArgs('--output-env', dotenv, '--json'), {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (emulator.requestsTo('PUT', /content$/).length > 0) {
            clearInterval(poll)
            child.kill(signal)
          }
        }, 20)
        child.on('exit', () => clearInterval(poll))
      }
    })
    expect(run.code).toBe(exitCode)
    expect(run.stderr).toContain(`Received ${signal}`)
    expect(run.stderr).toMatch(/Deleted the unfinished transfer session/)
    expect(emulator.sessions.size).toBe(1)
    expect(emulator.liveSessions()).toHaveLength(0)
    expect(emulator.transfers()).toHaveLength(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'cancelled', exitCode })
    expect(readFileSync(dotenv, 'utf8')).toBe(
      'CRYPTSHARE_TRACKING_ID=\nCRYPTSHARE_STATE=\nCRYPTSHARE_EXPIRATION_DATE=\n'
    )
  })
})

describe('cryptshare-ci verify', () => {
  /** Client-id verification is not offered for the sender: email verification only. */
  const emailOnly: EmulatorOptions = { emailVerification: true, clientIdSenders: ['someone-else@example.com'] }

  it('mails a code, exchanges it for a token on stdout, and the token delivers', async () => {
    await startEmulator(emailOnly)
    const base = ['verify', '--server-url', emulator.url, '--sender-email', SENDER]
    const asked = await cli(base)
    expect(asked.code).toBe(0)
    expect(asked.stdout).toBe('')
    expect(asked.stderr).toContain(`The server mailed a verification code to ${SENDER}`)
    expect(asked.stderr).toContain(`verify --server-url ${emulator.url} --sender-email ${SENDER} --code <code>`)
    const code = emulator.emailCodes.get(SENDER)
    expect(code).toMatch(/^\w{10}$/)

    const exchanged = await cli([...base, '--code', code ?? ''])
    expect(exchanged.code).toBe(0)
    const token = exchanged.stdout.trim()
    expect(exchanged.stdout).toBe(`${token}\n`)
    expect(token.length).toBeGreaterThan(10)
    expect(exchanged.stderr).not.toContain(token)
    expect(emulator.emailCodes.has(SENDER)).toBe(false)

    const delivered = await cli(deliverArgs(), { env: { CRYPTSHARE_VERIFICATION_TOKEN: token } })
    expect(delivered.stderr).not.toMatch(/^error:/m)
    expect(delivered.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(1)
    expect(emulator.transfers()[0].token).toBe(token)
  })

  it('on a terminal, asks for the mailed code and prints the token', async () => {
    await startEmulator(emailOnly)
    // util-linux `script` gives the CLI a pseudo-terminal as stdin and stderr, as a person has.
    const command = [process.execPath, CLI, 'verify', '--server-url', emulator.url, '--sender-email', SENDER].join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: workspace,
      env: { PATH: process.env.PATH ?? '', HOME: outDir, TERM: 'dumb', CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID }
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    const poll = setInterval(() => {
      const code = emulator.emailCodes.get(SENDER)
      if (code && output.includes('Verification code:')) {
        clearInterval(poll)
        child.stdin.write(`${code}\n`)
      }
    }, 20)
    const exit = await new Promise<number | null>((resolve) => child.on('close', resolve))
    clearInterval(poll)
    expect(exit).toBe(0)
    expect(output).toContain(`The server mailed a verification code to ${SENDER}`)
    expect(output).toMatch(/Verification token for release-bot@example\.com, valid until/)
    expect(emulator.emailCodes.has(SENDER)).toBe(false)
    expect(emulator.tokensIssued).toBe(1)
  })

  it('explains a code the server does not accept, with exit code 1', async () => {
    await startEmulator(emailOnly)
    await cli(['verify', '--server-url', emulator.url, '--sender-email', SENDER])
    const run = await cli(['verify', '--server-url', emulator.url, '--sender-email', SENDER, '--code', 'WRONG12345'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^error: The server did not accept the verification code .*errorCode 3002.*Request a new code/m
    )
  })

  it('says so when the server offers no email verification', async () => {
    await startEmulator()
    const run = await cli(['verify', '--server-url', emulator.url, '--sender-email', SENDER])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: The server does not offer email verification for release-bot@example\.com/m)
    expect(emulator.requestsTo('POST', /code\/email$/)).toHaveLength(0)
  })
})

describe('the npm package', () => {
  it('holds the bundles and docs only, and its installed bin runs with no npm install of its own', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cs-pack-'))
    try {
      const npm = (args: string[], cwd: string): string =>
        execFileSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd, encoding: 'utf8' })
      const [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], root)) as {
        filename: string
        files: { path: string }[]
      }[]
      const paths = pack.files.map((f) => f.path)
      expect(paths).toEqual(
        expect.arrayContaining(['dist/cli/cryptshare-ci.mjs', 'README.md', 'LICENSE', 'package.json'])
      )
      expect(paths.filter((p) => /^(src|__tests__|emulator|scripts|node_modules)\//.test(p))).toEqual([])
      expect(paths.filter((p) => p.endsWith('.map'))).toEqual([])

      const prefix = join(tmp, 'prefix')
      npm(['install', '--global', '--offline', '--prefix', prefix, join(tmp, pack.filename)], tmp)
      const bin = join(prefix, 'bin', 'cryptshare-ci')
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
      expect(pack.filename).toBe(`cryptshare-ci-${version}.tgz`)
      expect((await cli(['--version'], { bin })).stdout).toBe(`${version}\n`)
      const folderEntry = join(prefix, 'lib', 'node_modules', 'cryptshare-ci', 'dist', 'cli', 'index.js')
      expect((await cli(['--version'], { bin: folderEntry })).stdout).toBe(`${version}\n`)

      await startEmulator()
      const run = await cli(deliverArgs('--json'), { bin })
      expect(run.stderr).not.toMatch(/^error:/m)
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({
        status: 'delivered',
        trackingId: emulator.transfers()[0].trackingId
      })
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  }, 120_000)
})
