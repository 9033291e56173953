// Local demo: starts the Cryptshare emulator on 127.0.0.1, makes a few sample artifacts, and runs
// the bundled action (dist/index.js) against them exactly as the GitHub runner would. Prints the
// action's log as a person sees it on GitHub (masked values as ***, warnings and errors marked,
// debug lines only with --debug) and its outputs. Nothing leaves this machine.
//
//   npm run demo [-- --debug]      the action
//   npm run demo -- --cli          the command-line tool, as GitLab jobs run it (scripts/demo-cli.mjs)
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
if (process.argv.includes('--cli')) {
  await import('./demo-cli.mjs')
  process.exit(0)
}
if (spawnSync('npm', ['run', '--silent', 'build:emulator'], { cwd: root, stdio: 'inherit' }).status !== 0)
  process.exit(1)
const { Emulator, DEMO_CLIENT_ID } = await import(join(root, '.build', 'emulator', 'server.js'))

const demo = join(root, '.demo')
rmSync(demo, { recursive: true, force: true })
const workspace = join(demo, 'workspace')
for (const [path, content] of Object.entries({
  'dist/app-1.0.0.zip': Buffer.alloc(2 * 1024 * 1024, 7),
  'dist/app-1.0.0.zip.sha256': 'see the summary\n',
  'dist/sbom/app.cdx.json': '{"bomFormat":"CycloneDX"}\n',
  'dist/app-1.0.0.zip.map': 'not delivered (excluded)\n',
  'dist/.DS_Store': 'not delivered (hidden)\n'
})) {
  mkdirSync(join(workspace, path, '..'), { recursive: true })
  writeFileSync(join(workspace, path), content)
}
const files = { output: join(demo, 'output'), summary: join(demo, 'summary.md'), state: join(demo, 'state') }
for (const f of Object.values(files)) writeFileSync(f, '')

const emulator = new Emulator({ processingPolls: 2 })
const url = await emulator.start()
console.log(`Emulator listening on ${url}\n`)

const inputs = {
  'server-url': url,
  'client-id': DEMO_CLIENT_ID,
  'sender-email': 'release-bot@example.com',
  'sender-name': 'Release Bot',
  recipients: 'customer@example.org',
  cc: 'project-lead@example.org',
  files: 'dist/**\n!dist/**/*.map',
  subject: 'Release 1.0.0',
  'password-mode': 'generated',
  'expiration-days': '14',
  'if-no-files-found': 'error',
  'notify-recipients': 'true',
  'notify-downloads': 'false',
  'show-file-names': 'true',
  'upload-concurrency': '4',
  'wait-for-processing': 'true',
  'processing-timeout': '60',
  'allow-removed-files': 'false',
  retries: '3',
  'dry-run': 'false',
  'sender-phone': ''
}
const env = {
  ...process.env,
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: files.output,
  GITHUB_STEP_SUMMARY: files.summary,
  GITHUB_STATE: files.state
}
for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value

const log = runnerLog({ debug: process.argv.includes('--debug') })
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env })
  child.stdout.on('data', (chunk) => log.write(chunk))
  child.stderr.on('data', (chunk) => log.write(chunk))
  child.on('close', (status) => {
    log.end()
    resolve(status)
  })
})
await emulator.stop()

console.log(`\nThe action exited with code ${code}. Its outputs (${files.output}):`)
const text = readFileSync(files.output, 'utf8')
for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm))
  console.log(`  ${match[1]} = ${log.mask(match[3])}`)
console.log(`(masked values are shown as ***; the real ones are in ${files.output})`)
console.log(`\nJob summary written to ${files.summary}`)
process.exit(code)

/**
 * Renders the workflow commands on the action's stdout the way the GitHub log shows them:
 * `::add-mask::` values become *** from then on (the command itself is not shown), `::debug::`
 * lines appear only with --debug, warnings and errors are marked, `::group::` is a heading, and
 * `::stop-commands::` is honoured.
 */
function runnerLog({ debug }) {
  const secrets = []
  let pending = ''
  let stopToken
  const unescape = (data) => data.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
  const mask = (line) => secrets.reduce((text, secret) => text.split(secret).join('***'), line)
  const print = (line) => console.log(mask(line))
  const handle = (line) => {
    const command = /^\s*::([a-z-]+)( [^:]*)?::(.*)$/.exec(line)
    if (stopToken !== undefined) {
      if (command && command[1] === stopToken) stopToken = undefined
      else print(line)
      return
    }
    if (!command) return print(line)
    const [, name, , rawData] = command
    const data = unescape(rawData)
    if (name === 'add-mask') {
      if (data) secrets.push(data, ...data.split(/\r?\n/).filter((part) => part.length > 1))
      secrets.sort((a, b) => b.length - a.length)
    } else if (name === 'debug') {
      if (debug) print(`Debug: ${data}`)
    } else if (name === 'warning' || name === 'error' || name === 'notice') {
      for (const [i, part] of data.split('\n').entries())
        print(i === 0 ? `${name[0].toUpperCase()}${name.slice(1)}: ${part}` : `  ${part}`)
    } else if (name === 'group') {
      print(`\n▸ ${data}`)
    } else if (name === 'endgroup') {
      console.log('')
    } else if (name === 'stop-commands') {
      stopToken = data
    } else print(line)
  }
  return {
    mask,
    write(chunk) {
      const lines = (pending + chunk.toString()).split('\n')
      pending = lines.pop()
      for (const line of lines) handle(line.replace(/\r$/, ''))
    },
    end() {
      if (pending) handle(pending)
      pending = ''
    }
  }
}
