// The CLI recipes of the documentation, run as written against the emulator: each script taken
// from its code block, with only what cannot run here swapped (the download of the tool becomes a
// copy of dist/, the example server URL the emulator's, absolute example paths temporary
// folders, "your second channel" a script that keeps what it was given). What the recipe
// promises is then checked: the transfer the server recorded, the files it writes, and that the
// password reached the second channel and nowhere it should not be.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { BLOCKS, documents, jenkinsScripts, yamlScripts, type Block } from '../unit/markdown.js'
import { CLI } from './harness.js'

const EXAMPLE_SERVER = 'https://cryptshare.example.com'
const CUSTOMER = 'customer@example.org'

let emulator: Emulator
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-recipes-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(async () => {
  await emulator?.stop()
})

async function startEmulator(options: EmulatorOptions = {}): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

/** The code block of `file` whose text contains `marker`. */
function block(file: string, marker: string): Block {
  const found = BLOCKS.filter((b) => b.file === file && b.text.includes(marker))
  if (found.length !== 1) throw new Error(`${found.length} code blocks of ${file} contain "${marker}"`)
  return found[0]
}

/** A fresh folder with these files (name → content). */
function folder(name: string, files: Record<string, string> = {}): string {
  const path = join(dir, `${name}-${Math.random().toString(36).slice(2, 8)}`)
  mkdirSync(path, { recursive: true })
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(path, file)), { recursive: true })
    writeFileSync(join(path, file), content)
  }
  return path
}

/**
 * "Your second channel": a script that keeps what it reads on stdin (and its argument) in a file
 * beside it, so the test can see the password arrived there.
 */
function secondChannel(path: string): { script: string; received: () => string } {
  const kept = `${path}.received`
  writeFileSync(path, `#!/bin/sh\necho "to: $1" > '${kept}'\ncat >> '${kept}'\n`)
  chmodSync(path, 0o755)
  return { script: path, received: () => (existsSync(kept) ? readFileSync(kept, 'utf8') : '') }
}

/** A folder on PATH with `cryptshare-ci` (the bundle, as `npm install -g` would provide it). */
function toolOnPath(): string {
  const bin = folder('bin')
  writeFileSync(join(bin, 'cryptshare-ci'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`)
  chmodSync(join(bin, 'cryptshare-ci'), 0o755)
  return bin
}

/** The recipe's script as it can run here: the download of the tool a copy, the example server the emulator. */
function runnable(script: string, replace: [string | RegExp, string][] = []): string {
  let text = script
    .replace(
      /curl -fsSLo (\S+) https:\/\/raw\.githubusercontent\.com\/\S+\/dist\/cli\/cryptshare-ci\.mjs/g,
      `cp '${CLI}' $1`
    )
    .replace(/^\s*export CRYPTSHARE_CLIENT_ID=….*$/gm, '') // the test's environment has it, as a CI secret would
    .replaceAll(EXAMPLE_SERVER, emulator.url)
  for (const [from, to] of replace) text = text.replaceAll(from, to)
  return text
}

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a script with `shell` (never blocking the emulator, which runs in this process). */
function run(shell: string[], script: string, cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(shell[0], [...shell.slice(1), script], {
      cwd,
      env: {
        PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
        HOME: cwd,
        CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID,
        CRYPTSHARE_RETRY_BASE_MS: '20',
        ...env
      }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** A CI job's script: each line run as GitLab and Bitbucket do, stopping at the first failure. */
const CI_SHELL = ['bash', '-e', '-c']

function onlyTransfer() {
  const transfers = emulator.transfers()
  expect(transfers).toHaveLength(1)
  return transfers[0]
}

const names = (transfer: ReturnType<typeof onlyTransfer>): string[] => transfer.files.map((f) => f.fileName).sort()

describe('docs/shell-and-cron.md', () => {
  const script = block('docs/shell-and-cron.md', 'flock').text

  async function cron(options: EmulatorOptions = {}) {
    await startEmulator(options)
    const app = folder('app', { 'out/app-1.0.tar.gz': 'app', 'out/docs-1.0.tar.gz': 'docs', 'out/build.log': 'log' })
    const etc = folder('etc', { 'client-id': `${DEMO_CLIENT_ID}\n` })
    const channel = secondChannel(join(folder('srv-bin'), 'send-password.sh'))
    const text = runnable(script, [
      ['/opt/cryptshare/cryptshare-ci.mjs', CLI],
      ['/etc/cryptshare/client-id', join(etc, 'client-id')],
      ['/srv/build/app', app],
      ['/srv/build/bin/send-password.sh', channel.script],
      ['/tmp/cryptshare-releases.lock', join(etc, 'lock')]
    ])
    // cron starts in the home folder: the script must not depend on where it runs.
    const tmp = folder('tmp')
    const result = await run(['sh', '-c'], text, folder('home'), { CRYPTSHARE_CLIENT_ID: '', TMPDIR: tmp })
    // The result file (password, download URLs) is gone when the script ends.
    expect(readdirSync(tmp)).toEqual([])
    return { result, channel }
  }

  it('delivers out/*.tar.gz from any working directory and hands the password to the second channel', async () => {
    const { result, channel } = await cron()
    expect(result.stderr).not.toMatch(/^error:/m)
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(result.stderr).toContain(`Delivered: transfer ${transfer.trackingId} is ACTIVE`)
    expect(names(transfer)).toEqual(['app-1.0.tar.gz', 'docs-1.0.tar.gz'])
    expect(transfer.recipients.to).toEqual([CUSTOMER])
    expect(result.stdout).toBe(`Delivered as ${transfer.trackingId}\n`)
    expect(channel.received()).toBe(`to: ${CUSTOMER}\n${transfer.password}\n`)
  })

  it('a failed delivery: its exit code and the error line from the result file', async () => {
    const { result, channel } = await cron({
      faults: [{ method: 'PUT', status: 403, errorCode: 3011, times: Infinity }]
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^Delivery failed \(exit code 1\): .*errorCode 3011.*\n$/m)
    expect(emulator.transfers()).toEqual([])
    expect(channel.received()).toBe('')
  })
})

describe('the CLI recipes of the README and docs/cli.md', () => {
  it('docs/cli.md "Deliver": dist/*.zip and *.sha256 delivered, the dotenv and the password outside the workspace', async () => {
    await startEmulator()
    const workspace = folder('ws', { 'dist/app.zip': 'zip', 'dist/app.zip.sha256': 'sum', 'dist/app.map': 'no' })
    const tmp = folder('tmp')
    const result = await run(CI_SHELL, runnable(block('docs/cli.md', '--output-env').text), workspace, {
      PATH: `${toolOnPath()}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      TMPDIR: tmp
    })
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(names(transfer)).toEqual(['app.zip', 'app.zip.sha256'])
    expect(readFileSync(join(tmp, 'cryptshare.env'), 'utf8')).toContain(
      `CRYPTSHARE_TRACKING_ID=${transfer.trackingId}\n`
    )
    expect(readFileSync(join(tmp, 'cryptshare-password'), 'utf8')).toBe(`${transfer.password}\n`)
    expect(result.stdout + result.stderr).not.toContain(transfer.password!)
  })

  it('README "Other CI systems": the one-file tool delivers dist/*.zip, the password to a file', async () => {
    await startEmulator()
    const workspace = folder('ws', { 'dist/app.zip': 'zip', 'dist/notes.txt': 'no' })
    const tmp = folder('tmp')
    const text = runnable(block('README.md', 'node cryptshare-ci.mjs deliver').text)
    const result = await run(CI_SHELL, text, workspace, { TMPDIR: tmp })
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(names(transfer)).toEqual(['app.zip'])
    expect(readFileSync(join(tmp, 'cryptshare-password'), 'utf8')).toBe(`${transfer.password}\n`)
  })
})

describe('the CI recipes, their scripts run as the CI would', () => {
  /** The example server in a value of the recipe swapped for the emulator. */
  const here = (values: Record<string, string> = {}): Record<string, string> =>
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, value.replaceAll(EXAMPLE_SERVER, emulator.url)])
    )

  it('docs/gitlab.md: deliver writes the dotenv report, the password reaches the second channel and is removed; notify reads the report', async () => {
    await startEmulator()
    const [pipeline] = documents(block('docs/gitlab.md', 'dotenv: cryptshare.env')) as Record<
      string,
      { variables?: Record<string, string>; script: string[] }
    >[]
    const project = folder('project', { 'dist/app-1.0.zip': 'zip', 'dist/app.tar.gz': 'no' })
    const channel = secondChannel(join(project, 'send-password.sh'))
    const tmp = folder('tmp')
    const result = await run(CI_SHELL, runnable(pipeline.deliver.script.join('\n')), project, {
      ...here(pipeline.deliver.variables),
      CI_COMMIT_TAG: 'v1.0',
      TMPDIR: tmp
    })
    expect(result.stderr).not.toMatch(/^error:/m)
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(names(transfer)).toEqual(['app-1.0.zip'])
    expect(JSON.stringify(transfer.patches)).toContain('"Release v1.0"')
    expect(channel.received()).toBe(`to: ${CUSTOMER}\n${transfer.password}\n`)
    // The report holds nothing secret; the password file left the job's temp folder.
    const report = readFileSync(join(project, 'cryptshare.env'), 'utf8')
    expect(report).not.toContain(transfer.password!)
    expect(readdirSync(tmp)).toEqual([])

    // The later job gets the report's variables, as GitLab passes them.
    const env: Record<string, string> = {}
    for (const [, name, value] of report.matchAll(/^(\w+)=(.*)$/gm)) env[name] = value
    const notify = await run(CI_SHELL, pipeline.notify.script.join('\n'), project, env)
    expect(notify.stdout).toMatch(new RegExp(`^Delivered as ${transfer.trackingId} \\(ACTIVE, expires \\d{4}-`))
  })

  it('docs/bitbucket.md: the tag step delivers dist/*.zip, keeps cryptshare.env and removes the password file', async () => {
    await startEmulator()
    const [step] = yamlScripts(block('docs/bitbucket.md', 'concurrency-group'))
    const clone = folder('clone', { 'dist/app.zip': 'zip' })
    const channel = secondChannel(join(clone, 'send-password.sh'))
    const tmp = folder('tmp')
    const result = await run(CI_SHELL, runnable(step), clone, { TMPDIR: tmp })
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(names(transfer)).toEqual(['app.zip'])
    expect(readFileSync(join(clone, 'cryptshare.env'), 'utf8')).toContain(
      `CRYPTSHARE_TRACKING_ID=${transfer.trackingId}`
    )
    expect(channel.received()).toBe(`to: ${CUSTOMER}\n${transfer.password}\n`)
    expect(readdirSync(tmp)).toEqual([])
  })

  it("docs/azure-pipelines.md: the deployment job's script delivers the downloaded artifact; the result JSON holds no secret", async () => {
    await startEmulator()
    const [script] = yamlScripts(block('docs/azure-pipelines.md', 'lockBehavior'))
    const pipelineWorkspace = folder('pipeline', { 'release/app.zip': 'zip', 'release/app.pdb': 'no' })
    const agentTemp = folder('agent-temp')
    const work = folder('work')
    const channel = secondChannel(join(work, 'send-password.sh'))
    const text = runnable(script, [
      ['$(Pipeline.Workspace)', pipelineWorkspace],
      ['$(Agent.TempDirectory)', agentTemp]
    ])
    const result = await run(CI_SHELL, text, work)
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(names(transfer)).toEqual(['app.zip'])
    const json = readFileSync(join(agentTemp, 'cryptshare-result.json'), 'utf8')
    expect(JSON.parse(json)).toMatchObject({ status: 'delivered', trackingId: transfer.trackingId })
    expect(json).not.toContain(transfer.password!)
    expect(channel.received()).toBe(`to: ${CUSTOMER}\n${transfer.password}\n`)
  })

  it("docs/jenkins.md: the sh step with the pipeline's environment delivers build/*.zip; secrets stay in WORKSPACE_TMP and are removed", async () => {
    await startEmulator()
    const jenkinsfile = block('docs/jenkins.md', 'lock(')
    const [script] = jenkinsScripts(jenkinsfile)
    const environment = Object.fromEntries(
      [...jenkinsfile.text.matchAll(/^\s*(CRYPTSHARE_\w+) = '([^']*)'$/gm)].map((m) => [m[1], m[2]])
    )
    expect(Object.keys(environment)).toEqual(['CRYPTSHARE_SERVER_URL', 'CRYPTSHARE_SENDER_EMAIL'])
    const jobWorkspace = folder('workspace', { 'build/app.zip': 'zip', 'build/app.jar': 'no' })
    const workspaceTmp = `${jobWorkspace}@tmp`
    const channel = secondChannel(join(jobWorkspace, 'send-password.sh'))
    const result = await run(['sh', '-xe', '-c'], runnable(script), jobWorkspace, {
      ...here(environment),
      WORKSPACE_TMP: workspaceTmp
    })
    expect(result.code).toBe(0)
    const transfer = onlyTransfer()
    expect(names(transfer)).toEqual(['app.zip'])
    expect(channel.received()).toBe(`to: ${CUSTOMER}\n${transfer.password}\n`)
    expect(readdirSync(workspaceTmp)).toEqual(['cryptshare-result.json'])
    // Jenkins echoes each command (sh -x): the password is never in the log.
    expect(result.stdout + result.stderr).not.toContain(transfer.password!)
  })
})
