// Runs the bundled action (dist/index.js, or the post step's dist/post/index.js) as a child
// process the way the GitHub runner does: INPUT_* variables (with action.yml defaults),
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, and STATE_* for the post step.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Fault } from '../../emulator/server.js'

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..')
export const ACTION = join(root, 'dist', 'index.js')
/** The post step's own bundle (action.yml `runs.post`). */
export const POST_ACTION = join(root, 'dist', 'post', 'index.js')

/** Node binaries to run the bundle with: this one (20) and node24 when available. */
export function nodeBinaries(): [string, string][] {
  const list: [string, string][] = [[`node ${process.versions.node}`, process.execPath]]
  if (process.env.NODE24_BIN) list.push(['node 24', process.env.NODE24_BIN])
  return list
}

/** The defaults action.yml declares, keyed by input name (the runner passes them as INPUT_*). */
export function actionDefaults(actionYml = 'action.yml'): Record<string, string> {
  const yaml = readFileSync(join(root, actionYml), 'utf8')
  const inputs = yaml.slice(yaml.indexOf('\ninputs:'), yaml.indexOf('\noutputs:'))
  const defaults: Record<string, string> = {}
  let current = ''
  for (const line of inputs.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (name) current = name[1]
    const value = /^ {4}default:\s*'(.*)'\s*$/.exec(line)
    if (value && current) defaults[current] = value[1].replace(/''/g, "'")
  }
  return defaults
}

export interface ActionRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
}

export interface RunOptions {
  inputs: Record<string, string>
  workspace: string
  node?: string
  env?: Record<string, string>
  /** STATE_* values for a post run. */
  state?: Record<string, string>
  /** Run the post step's bundle instead of the main one. */
  post?: boolean
  /** Run a sub-action instead (`revoke`, `status`): its action.yml defaults and its bundle. */
  subAction?: 'revoke' | 'status'
  /** Called once the child is running, e.g. to send it a signal later. */
  onSpawn?: (child: ChildProcess) => void
  timeoutMs?: number
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-run-'))
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), state: join(dir, 'state') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dir,
    CRYPTSHARE_RETRY_BASE_MS: '20',
    ...options.env
  }
  const defaults = actionDefaults(options.subAction ? `${options.subAction}/action.yml` : 'action.yml')
  for (const [name, value] of Object.entries({ ...defaults, ...options.inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value

  const bundle = options.subAction
    ? join(root, 'dist', options.subAction, 'index.js')
    : options.post
      ? POST_ACTION
      : ACTION
  const { code, signal, stdout, stderr } = await spawnAndCollect(options.node ?? process.execPath, [bundle], {
    cwd: options.workspace,
    env,
    onSpawn: options.onSpawn,
    timeoutMs: options.timeoutMs
  })
  const result: ActionRun = {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseFileCommands(readFileSync(files.state, 'utf8'))
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/** Parses `name<<delimiter\nvalue\ndelimiter` entries (later ones win, as on the runner). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

/** A value as workflow commands print it (`%`, CR and LF escaped, as @actions/core does). */
export function escapeCommandValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** `::error::` lines the action printed. */
export function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'))
}

/** A fault that answers the transfer status of `trackingId` without its `status.state`. */
export function statusWithoutState(trackingId: string): Fault {
  return {
    method: 'GET',
    path: `/transfers/${trackingId}$`,
    rewrite: (json) => {
      const body = json as { data: { status: Record<string, unknown> } }
      delete body.data.status.state
      return body
    }
  }
}

/** A workspace with the given files (path → content or size in bytes of pseudo-random data). */
export function makeWorkspace(files: Record<string, string | number>): string {
  const ws = mkdtempSync(join(tmpdir(), 'cs-ws-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(ws, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, typeof content === 'number' ? randomBytes(content) : content)
  }
  return ws
}

export function removeWorkspace(ws: string): void {
  if (existsSync(ws)) rmSync(ws, { recursive: true, force: true })
}

/** The command-line tool's bundle (the package's `cryptshare-ci` bin). */
export const CLI = join(root, 'dist', 'cli', 'cryptshare-ci.mjs')

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  cwd: string
  /** Added to a minimal environment (PATH, HOME; no GITHUB_* variables, as in another CI). */
  env?: Record<string, string>
  node?: string
  /** Run this executable instead of `node dist/cli/cryptshare-ci.mjs` (e.g. an installed bin). */
  bin?: string
  onSpawn?: (child: ChildProcess) => void
  timeoutMs?: number
}

/** Runs the CLI bundle as a child process, the way a shell in any CI does. */
export async function runCli(args: string[], options: CliOptions): Promise<CliRun> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? options.cwd,
    CRYPTSHARE_RETRY_BASE_MS: '20',
    ...options.env
  }
  const [command, commandArgs] = options.bin ? [options.bin, args] : [options.node ?? process.execPath, [CLI, ...args]]
  return spawnAndCollect(command, commandArgs, {
    cwd: options.cwd,
    env,
    onSpawn: options.onSpawn,
    timeoutMs: options.timeoutMs
  })
}

/** Runs a child process to its end (killed after `timeoutMs`), collecting its output. */
async function spawnAndCollect(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; onSpawn?: (child: ChildProcess) => void; timeoutMs?: number }
): Promise<CliRun> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  options.onSpawn?.(child)
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s]))
  )
  clearTimeout(timer)
  return { code, signal, stdout, stderr }
}
