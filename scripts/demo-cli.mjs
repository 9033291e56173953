// Local demo of the command-line tool, run the way a GitLab pipeline runs it: a deliver job that
// writes its report to a dotenv file (and the password to a file outside the workspace), then a
// later job that reads the dotenv and asks for the status, then one that revokes the transfer.
// Starts the Cryptshare emulator on 127.0.0.1; nothing leaves this machine.
//
//   npm run demo -- --cli
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
if (spawnSync('npm', ['run', '--silent', 'build:emulator'], { cwd: root, stdio: 'inherit' }).status !== 0)
  process.exit(1)
const { Emulator, DEMO_CLIENT_ID } = await import(join(root, '.build', 'emulator', 'server.js'))

const demo = join(root, '.demo', 'cli')
rmSync(demo, { recursive: true, force: true })
// The job's checkout, which a CI archives, and a folder of the job that it does not.
const workspace = join(demo, 'project')
const jobTemp = join(demo, 'job-tmp')
mkdirSync(jobTemp, { recursive: true })
for (const [path, content] of Object.entries({
  'dist/app-1.0.0.zip': Buffer.alloc(2 * 1024 * 1024, 7),
  'dist/sbom/app.cdx.json': '{"bomFormat":"CycloneDX"}\n'
})) {
  mkdirSync(join(workspace, path, '..'), { recursive: true })
  writeFileSync(join(workspace, path), content)
}

const emulator = new Emulator({ processingPolls: 2 })
const url = await emulator.start()
const customer = 'customer@example.org'
const variables = {
  CRYPTSHARE_SERVER_URL: url,
  CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID,
  CRYPTSHARE_SENDER_EMAIL: 'release-bot@example.com'
}
const cli = join(root, 'dist', 'cli', 'cryptshare-ci.mjs')
console.log(`Emulator listening on ${url}. CI/CD variables of the project (the client id is masked in a real job):`)
for (const name of Object.keys(variables)) console.log(`  ${name}`)

let failed = false
// The emulator runs in this process: the jobs run beside it, never blocking it.
const job = async (name, args) => {
  console.log(`\n── job ${name} ──\n$ cryptshare-ci ${args.join(' ')}`)
  const status = await new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: workspace,
      env: { ...process.env, ...variables },
      stdio: ['ignore', 'inherit', 'inherit']
    })
    child.on('close', resolve)
  })
  console.log(`(exit code ${status})`)
  if (status !== 0) failed = true
}

const dotenv = join(jobTemp, 'cryptshare.env')
await job('deliver', [
  'deliver',
  '--recipients',
  customer,
  '--files',
  'dist/**',
  '--subject',
  'Release 1.0.0',
  '--output-env',
  dotenv,
  '--output-password',
  join(jobTemp, 'password.txt')
])
const report = Object.fromEntries(
  readFileSync(dotenv, 'utf8')
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
)
console.log(`\nThe dotenv report (artifacts: reports: dotenv: ${dotenv}), for the later jobs:`)
for (const [name, value] of Object.entries(report)) console.log(`  ${name}=${value}`)
console.log(`The password is in ${join(jobTemp, 'password.txt')} (mode 0600), outside the archived project folder.`)

const trackingId = report.CRYPTSHARE_TRACKING_ID
await job('status', ['status', '--tracking-id', trackingId])
emulator.download(trackingId, customer)
console.log(`\n(${customer} downloads the files.)`)
await job('status', ['status', '--tracking-id', trackingId])
await job('revoke', ['revoke', '--tracking-id', trackingId])
await emulator.stop()
process.exit(failed ? 1 : 0)
