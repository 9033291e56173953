// The GitLab CI/CD component (templates/) run with GitLab's own job semantics by gitlab-ci-local
// (shell executor, Node 24) against the emulator: a pipeline that includes deliver, status and
// revoke locally, installs the tool from the npm package this checkout packs, hands the dotenv
// report from one job to the next, and keeps the password out of every artifact and log.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..')
const GITLAB_CI_LOCAL = join(root, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js')
const node24 = process.env.NODE24_BIN
const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'

let dir: string
let tarball: string
let bin: string

beforeAll(() => {
  if (!node24) return
  dir = mkdtempSync(join(tmpdir(), 'cs-gitlab-'))
  // The package as npm publishes it: the component installs it with `npm install --global`.
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: 'pipe' })
  tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz'))!
  )
  // This machine has no rsync, which gitlab-ci-local calls: a stand-in for the calls it makes.
  bin = join(dir, 'bin')
  mkdirSync(bin)
  writeFileSync(
    join(bin, 'rsync'),
    `#!/bin/sh\nexec '${node24}' '${join(root, '__tests__', 'e2e', 'rsync-shim.mjs')}' "$@"\n`
  )
  chmodSync(join(bin, 'rsync'), 0o755)
}, 120_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** A project with the component included locally, committed (gitlab-ci-local reads the git tree). */
function project(pipeline: string): string {
  const path = mkdtempSync(join(dir, 'project-'))
  cpSync(join(root, 'templates'), join(path, 'templates'), { recursive: true })
  mkdirSync(join(path, 'dist'))
  writeFileSync(join(path, 'dist', 'app-1.0.zip'), 'zip bytes')
  writeFileSync(join(path, 'dist', 'app-1.0.zip.map'), 'not delivered')
  writeFileSync(join(path, '.gitlab-ci.yml'), pipeline)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: path, stdio: 'pipe' })
  git('init', '-q', '-b', 'main')
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=CI', 'add', '-A')
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=CI', 'commit', '-qm', 'pipeline')
  return path
}

interface Pipeline {
  code: number | null
  log: string
}

/** Runs the whole pipeline with gitlab-ci-local (asynchronously: the emulator runs in this process). */
function runPipeline(path: string, variables: Record<string, string>): Promise<Pipeline> {
  const prefix = join(path, '..', `${path.split('/').pop()}-npm`)
  return new Promise((resolve) => {
    const child = spawn(
      node24!,
      [
        GITLAB_CI_LOCAL,
        '--force-shell-executor',
        '--color=false',
        '--json-schema-validation=false',
        ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`])
      ],
      {
        cwd: path,
        env: {
          PATH: `${bin}:${join(prefix, 'bin')}:${dirname(node24!)}:${process.env.PATH ?? ''}`,
          HOME: path,
          TMPDIR: join(path, '..'),
          NPM_CONFIG_PREFIX: prefix,
          NPM_CONFIG_CACHE: join(prefix, 'cache'),
          NPM_CONFIG_OFFLINE: 'true',
          CRYPTSHARE_RETRY_BASE_MS: '20'
        }
      }
    )
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('close', (code) => resolve({ code, log }))
  })
}

/** Every file under a folder, with its text. */
function filesUnder(path: string): [string, string][] {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const file = join(entry.parentPath, entry.name)
      return [file, readFileSync(file, 'utf8')]
    })
}

const describeWithNode24 = node24 ? describe : describe.skip
if (!node24)
  console.warn(
    'gitlab-ci-local needs Node >= 22: set NODE24_BIN (scripts/test.mjs does) to run the GitLab component test.'
  )

describeWithNode24('the GitLab CI/CD component (templates/), run by gitlab-ci-local', () => {
  it('deliver → dotenv → status → revoke: one transfer, the report passed on, the password only in the second channel', async () => {
    const emulator = new Emulator({ processingPolls: 1 })
    await emulator.start()
    try {
      const secondChannel = join(dir, `password-${Date.now()}.txt`)
      const path = project(`
stages: [deploy, verify, withdraw]
include:
  - local: templates/deliver.yml
    inputs:
      server-url: ${emulator.url}
      sender-email: ${SENDER}
      recipients: ${CUSTOMER}
      files: |
        dist/*.zip
      subject: 'Release 1.0: "final" $CI_COMMIT_SHA'
      password-command: cat > ${secondChannel}
      package: ${tarball}
  - local: templates/status.yml
    inputs:
      stage: verify
      server-url: ${emulator.url}
      sender-email: ${SENDER}
      needs: [cryptshare-deliver]
      package: ${tarball}
  - local: templates/revoke.yml
    inputs:
      stage: withdraw
      server-url: ${emulator.url}
      sender-email: ${SENDER}
      needs: [cryptshare-deliver, cryptshare-status]
      when: on_success
      notify-recipients: 'false'
      package: ${tarball}
`)
      const pipeline = await runPipeline(path, { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID })
      expect(pipeline.log).toMatch(/PASS\s+cryptshare-deliver/)
      expect(pipeline.code).toBe(0)

      const transfers = emulator.transfers()
      expect(transfers).toHaveLength(1)
      const [transfer] = transfers
      expect(transfer.files.map((f) => f.fileName)).toEqual(['app-1.0.zip'])
      expect(transfer.recipients.to).toEqual([CUSTOMER])
      // An input with quotes, a colon and a "$" reaches the server as written.
      expect(JSON.stringify(transfer.patches)).toContain('"Release 1.0: \\"final\\" $CI_COMMIT_SHA"')
      // The later jobs found the transfer through the dotenv report.
      expect(pipeline.log).toContain(`Transfer ${transfer.trackingId} is ACTIVE`)
      expect(emulator.revocations()).toEqual([
        expect.objectContaining({ trackingId: transfer.trackingId, notifyRecipients: false })
      ])

      // The password reached the second channel, and nothing else: no artifact, no log line.
      expect(readFileSync(secondChannel, 'utf8')).toBe(`${transfer.password}\n`)
      // The shell executor runs the jobs in the project folder: what they archive is the files their
      // artifacts name there, and the reports gitlab-ci-local collected.
      const artifacts = join(path, '.gitlab-ci-local', 'artifacts')
      const declared = [
        'cryptshare-summary.md',
        'cryptshare-receipt.intoto.json',
        'cryptshare-status.md',
        'cryptshare-status.json',
        'cryptshare-revoke.md'
      ]
      const archived: [string, string][] = [
        ...filesUnder(artifacts),
        ...declared.map((name): [string, string] => [name, readFileSync(join(path, name), 'utf8')])
      ]
      for (const [file, text] of [...archived, ['the pipeline log', pipeline.log]]) {
        expect({ file, password: text.includes(transfer.password!) }).toEqual({ file, password: false })
        expect({ file, clientId: text.includes(DEMO_CLIENT_ID) }).toEqual({ file, clientId: false })
      }
      const report = readFileSync(
        join(artifacts, 'cryptshare-deliver/.gitlab-ci-reports/dotenv/cryptshare.env'),
        'utf8'
      )
      expect([...report.matchAll(/^(\w+)=/gm)].map((m) => m[1])).toEqual([
        'CRYPTSHARE_TRACKING_ID',
        'CRYPTSHARE_STATE',
        'CRYPTSHARE_EXPIRATION_DATE'
      ])
      expect(readFileSync(join(path, 'cryptshare-summary.md'), 'utf8')).toMatch(/^✅ \*\*Delivered\*\*/)
      expect(readFileSync(join(path, 'cryptshare-revoke.md'), 'utf8')).toMatch(/was revoked on/)
      expect(JSON.parse(readFileSync(join(path, 'cryptshare-receipt.intoto.json'), 'utf8'))).toMatchObject({
        // gitlab-ci-local sets GITLAB_CI=false (it is not GitLab): the receipt does not claim a GitLab job.
        predicate: { trackingId: transfer.trackingId, ci: { system: 'unknown' } }
      })
      expect(readdirSync(join(path, '..')).filter((name) => name.startsWith('cryptshare-password-'))).toEqual([])
    } finally {
      await emulator.stop()
    }
  }, 180_000)

  it('a generated password without a second channel: the job fails before anything is contacted', async () => {
    const emulator = new Emulator({ processingPolls: 1 })
    await emulator.start()
    try {
      const path = project(`
include:
  - local: templates/deliver.yml
    inputs:
      server-url: ${emulator.url}
      sender-email: ${SENDER}
      recipients: ${CUSTOMER}
      files: dist/*.zip
      package: ${tarball}
`)
      const pipeline = await runPipeline(path, { CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID })
      expect(pipeline.code).not.toBe(0)
      expect(pipeline.log).toContain('error: password-mode generated needs password-command')
      expect(emulator.requestsTo(undefined, /./)).toEqual([])
    } finally {
      await emulator.stop()
    }
  }, 120_000)
})
