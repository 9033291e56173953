// Local demo: starts the Cryptshare emulator on 127.0.0.1, makes a few sample artifacts, and runs
// the bundled action (dist/index.js) against them exactly as the GitHub runner would. Prints the
// action's log and its outputs. Nothing leaves this machine.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
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
  'dist/app-1.0.0.zip.map': 'not delivered (excluded)\n'
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

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env, stdio: 'inherit' })
  child.on('close', resolve)
})
await emulator.stop()

console.log(`\nThe action exited with code ${code}. Its outputs (${files.output}):`)
const text = readFileSync(files.output, 'utf8')
for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) console.log(`  ${match[1]} = ${match[3]}`)
console.log(`\nJob summary written to ${files.summary}`)
process.exit(code)
