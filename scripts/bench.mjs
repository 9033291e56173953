// Benchmark (npm run bench): the bundled action and the bundled CLI against a bash + curl script
// doing the same lifecycle, on the same local emulator. Prints wall time, ratio, throughput and the action's
// peak RSS. Not a test: timings on a shared machine are noisy, so each case runs REPEAT times
// and the best run counts. Needs bash, curl and sha256sum.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'

const root = new URL('..', import.meta.url).pathname
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2)
const BIG_MIB = Number(process.env.BENCH_BIG_MIB ?? 1024)
const SMALL_COUNT = Number(process.env.BENCH_SMALL_COUNT ?? 500)

if (spawnSync('npm', ['run', '--silent', 'build:emulator'], { cwd: root, stdio: 'inherit' }).status !== 0)
  process.exit(1)
const { Emulator, DEMO_CLIENT_ID } = await import(join(root, '.build', 'emulator', 'server.js'))

const work = join(tmpdir(), `cs-bench-${process.pid}`)
const storage = join(work, 'storage')
mkdirSync(storage, { recursive: true })

function makeCase(name, files) {
  const dir = join(work, name)
  mkdirSync(join(dir, 'dist'), { recursive: true })
  for (const [file, size] of files) {
    const fd = openSync(join(dir, 'dist', file), 'w')
    const chunk = randomBytes(Math.min(size, 8 * 1024 * 1024))
    for (let written = 0; written < size; written += chunk.length)
      writeSync(fd, chunk, 0, Math.min(chunk.length, size - written))
    closeSync(fd)
  }
  return dir
}

/** Runs a command, sampling its peak RSS (VmHWM) from /proc; returns wall seconds and MB. */
function timed(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    let peakKb = 0
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (m) peakKb = Math.max(peakKb, Number(m[1]))
      } catch {
        // the process has just exited
      }
    }
    const timer = setInterval(sample, 10)
    child.on('close', (code) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) reject(new Error(`${command} exited with ${code}: ${stderr.slice(-2000)}`))
      else resolve({ seconds, peakMb: peakKb / 1024 })
    })
  })
}

async function runAction(emulator, dir) {
  const out = join(dir, 'out')
  writeFileSync(out, '')
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: out,
    GITHUB_STATE: join(dir, 'state'),
    'INPUT_SERVER-URL': emulator.url,
    'INPUT_CLIENT-ID': DEMO_CLIENT_ID,
    'INPUT_SENDER-EMAIL': 'bench@example.com',
    INPUT_RECIPIENTS: 'customer@example.org',
    INPUT_FILES: 'dist/**',
    'INPUT_PASSWORD-MODE': 'generated',
    'INPUT_UPLOAD-CONCURRENCY': '4',
    'INPUT_PROCESSING-TIMEOUT': '600',
    INPUT_RETRIES: '5'
  }
  writeFileSync(env.GITHUB_STATE, '')
  return timed(process.execPath, [join(root, 'dist', 'index.js')], env)
}

async function runCli(emulator, dir) {
  const env = { PATH: process.env.PATH, CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID }
  const args = ['deliver', '--server-url', emulator.url, '--sender-email', 'bench@example.com']
  args.push('--recipients', 'customer@example.org', '--files', 'dist/**', '--workspace', dir)
  args.push('--output-password', join(dir, 'cryptshare-password'))
  return timed(process.execPath, [join(root, 'dist', 'cli', 'cryptshare-ci.mjs'), ...args], env)
}

/** The baselines, same arguments: the bash + curl script, and the barest Node.js client (the floor). */
async function runScript(kind, emulator, dir, files) {
  const paths = files.map(([f]) => join(dir, 'dist', f))
  const [command, script] = kind === 'curl' ? ['bash', 'bench-curl.sh'] : [process.execPath, 'bench-bare-client.mjs']
  return timed(
    command,
    [
      join(root, 'scripts', script),
      emulator.url,
      DEMO_CLIENT_ID,
      'bench@example.com',
      'customer@example.org',
      ...paths
    ],
    process.env
  )
}

const cases = [
  { name: `1 file of ${BIG_MIB} MiB`, files: [['big.bin', BIG_MIB * 1024 * 1024]], target: 0.6 },
  {
    name: `${SMALL_COUNT} files of 64 KiB`,
    files: Array.from({ length: SMALL_COUNT }, (_, i) => [`part-${String(i).padStart(4, '0')}.bin`, 64 * 1024]),
    target: 0.05
  }
]

if (process.argv.includes('--wan')) {
  await wan()
  rmSync(work, { recursive: true, force: true })
  process.exit(0)
}

const rows = []
for (const c of cases) {
  const dir = makeCase(c.name.replace(/\W+/g, '-'), c.files)
  const bytes = c.files.reduce((s, [, size]) => s + size, 0)
  const best = { action: undefined, cli: undefined, curl: undefined, bare: undefined }
  for (let i = 0; i < REPEAT; i++) {
    for (const kind of ['curl', 'bare', 'action', 'cli']) {
      const emulator = new Emulator({
        processingPolls: 1,
        storageDir: storage,
        policy: { maxTotalSize: 64 * 1024 ** 3 }
      })
      await emulator.start()
      try {
        const run = { action: () => runAction(emulator, dir), cli: () => runCli(emulator, dir) }[kind]
        // The emulator runs in this process: its CPU time is the server's share of the run.
        const cpuBefore = process.cpuUsage()
        const result = run ? await run() : await runScript(kind, emulator, dir, c.files)
        const cpu = process.cpuUsage(cpuBefore)
        result.emulatorCpu = (cpu.user + cpu.system) / 1e6
        if (!best[kind] || result.seconds < best[kind].seconds)
          best[kind] = { ...result, peakMb: Math.max(result.peakMb, best[kind]?.peakMb ?? 0) }
      } finally {
        await emulator.stop()
        rmSync(storage, { recursive: true, force: true })
        mkdirSync(storage, { recursive: true })
      }
    }
  }
  rows.push({ c, bytes, ...best })
  rmSync(dir, { recursive: true, force: true })
}

const pad = (s, n) => String(s).padEnd(n)
console.log(
  `\n${pad('case', 22)}${pad('curl s', 9)}${pad('bare s', 8)}${pad('bare ratio', 12)}${pad('action s', 10)}${pad('ratio', 8)}${pad('target', 9)}${pad('action MB/s', 13)}${pad('peak RSS MB', 12)}${pad('cli s', 8)}${pad('cli ratio', 10)}${pad('emulator CPU s', 15)}`
)
for (const r of rows) {
  const ratio = (run) => `${(run.seconds / r.curl.seconds).toFixed(2)}x`
  console.log(
    `${pad(r.c.name, 22)}${pad(r.curl.seconds.toFixed(2), 9)}${pad(r.bare.seconds.toFixed(2), 8)}${pad(ratio(r.bare), 12)}${pad(r.action.seconds.toFixed(2), 10)}${pad(ratio(r.action), 8)}${pad('≤ ' + r.c.target + 'x', 9)}${pad((r.bytes / 1e6 / r.action.seconds).toFixed(1), 13)}${pad(r.action.peakMb.toFixed(0), 12)}${pad(r.cli.seconds.toFixed(2), 8)}${pad(ratio(r.cli), 10)}${pad(r.action.emulatorCpu.toFixed(2), 15)}`
  )
}
console.log(
  `\nBest of ${REPEAT} runs each; peak RSS is the action's VmHWM (target < 100 MB). "bare" is the barest Node.js client that streams the files (scripts/bench-bare-client.mjs: no checks, no retries, no output): what this emulator and machine allow such a client. "emulator CPU" is the CPU time the emulator (in this process, answering on one JavaScript thread) used during the action's run.`
)

/**
 * WAN mode (npm run bench -- --wan): the CLI and the curl script through scripts/wan-relay.mjs at
 * two link profiles, with the API request count and the link-time floor (bytes ÷ bandwidth).
 */
async function wan() {
  const { startRelay } = await import('./wan-relay.mjs')
  const profiles = [
    { name: 'RTT 50 ms, 200 Mbit/s', rttMs: 50, mbit: 200 },
    { name: 'RTT 150 ms, 50 Mbit/s', rttMs: 150, mbit: 50 }
  ]
  const wanCases = [
    { name: '1 × 64 MiB', files: [['app.bin', 64 * 1024 * 1024]] },
    { name: '20 × 1 MiB', files: Array.from({ length: 20 }, (_, i) => [`part-${i}.bin`, 1024 * 1024]) },
    {
      name: 'a release',
      files: [
        ['app-2.4.0.tar.gz', 20 * 1024 * 1024],
        ['app-2.4.0.tar.gz.sha256', 90],
        ['sbom.cdx.json', 200 * 1024]
      ]
    }
  ]
  const rows = []
  for (const profile of profiles) {
    for (const c of wanCases) {
      const dir = makeCase(`wan-${c.name.replace(/\W+/g, '-')}`, c.files)
      const bytes = c.files.reduce((sum, [, size]) => sum + size, 0)
      const row = {
        profile: profile.name,
        case: c.name,
        floor: (bytes * 8) / (profile.mbit * 1e6),
        rtt: profile.rttMs / 1000
      }
      for (const kind of ['curl', 'cli']) {
        let best
        for (let i = 0; i < REPEAT; i++) {
          const emulator = new Emulator({
            processingPolls: 1,
            storageDir: storage,
            policy: { maxTotalSize: 64 * 1024 ** 3 }
          })
          await emulator.start()
          const relay = await startRelay({
            target: new URL(emulator.url).host,
            rttMs: profile.rttMs,
            mbit: profile.mbit
          })
          const through = { url: `http://127.0.0.1:${relay.port}` }
          try {
            const before = emulator.requests.length
            const result = kind === 'cli' ? await runCli(through, dir) : await runScript('curl', through, dir, c.files)
            const requests = emulator.requests.length - before
            if (!best || result.seconds < best.seconds) best = { ...result, requests, connections: relay.connections() }
          } finally {
            await relay.close()
            await emulator.stop()
            rmSync(storage, { recursive: true, force: true })
            mkdirSync(storage, { recursive: true })
          }
        }
        row[kind] = best
      }
      rows.push(row)
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const pad = (text, n) => String(text).padEnd(n)
  console.log(
    `\n${pad('link', 24)}${pad('case', 13)}${pad('floor s', 9)}${pad('+8 RTT s', 10)}${pad('cli s', 8)}${pad('requests', 10)}${pad('conns', 7)}${pad('curl s', 8)}${pad('requests', 10)}${pad('conns', 7)}${pad('cli/curl', 9)}`
  )
  for (const r of rows)
    console.log(
      `${pad(r.profile, 24)}${pad(r.case, 13)}${pad(r.floor.toFixed(2), 9)}${pad((r.floor + 8 * r.rtt).toFixed(2), 10)}${pad(r.cli.seconds.toFixed(2), 8)}${pad(r.cli.requests, 10)}${pad(r.cli.connections, 7)}${pad(r.curl.seconds.toFixed(2), 8)}${pad(r.curl.requests, 10)}${pad(r.curl.connections, 7)}${pad((r.cli.seconds / r.curl.seconds).toFixed(2) + 'x', 9)}`
    )
  console.log(
    `\nBest of ${REPEAT} run(s) each, through a user-space relay (a shared link; no TCP slow start or loss: optimistic). Floor: the bytes at the link's bandwidth. conns: TCP connections opened.`
  )
}

// Many customers in one run: a manifest of MANIFEST_ENTRIES deliveries × 3 files (one common,
// two of their own), against one single delivery of the same 3 files. Expected: one verification
// in total, memory flat, wall time near single × entries ÷ delivery-concurrency.
const ENTRIES = Number(process.env.BENCH_MANIFEST_ENTRIES ?? 50)
const CONCURRENCY = 4
{
  const files = [['common.bin', 1024 * 1024]]
  for (let i = 0; i < ENTRIES; i++) files.push([`c${i}-a.bin`, 64 * 1024], [`c${i}-b.bin`, 64 * 1024])
  const dir = makeCase('manifest', files)
  const entries = Array.from(
    { length: ENTRIES },
    (_, i) =>
      `  - name: customer-${i}\n    recipients: it@customer-${i}.example\n    files: [dist/c${i}-a.bin, dist/c${i}-b.bin]\n`
  )
  writeFileSync(
    join(dir, 'manifest.yml'),
    `files: dist/common.bin\npassword-mode: none\ndeliveries:\n${entries.join('')}`
  )
  const cli = join(root, 'dist', 'cli', 'cryptshare-ci.mjs')
  const env = { PATH: process.env.PATH, CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID }
  const base = ['deliver', '--server-url', '', '--sender-email', 'bench@example.com', '--workspace', dir]
  let single = Infinity
  let many
  let tokens = 0
  for (let i = 0; i < REPEAT; i++) {
    const emulator = new Emulator({ processingPolls: 1, storageDir: storage, policy: { maxTotalSize: 64 * 1024 ** 3 } })
    await emulator.start()
    try {
      base[2] = emulator.url
      const one = await timed(
        process.execPath,
        [
          cli,
          ...base,
          '--recipients',
          'it@customer-0.example',
          '--files',
          'dist/common.bin',
          '--files',
          'dist/c0-*.bin',
          '--password-mode',
          'none'
        ],
        env
      )
      single = Math.min(single, one.seconds)
      const before = emulator.tokensIssued
      const run = await timed(
        process.execPath,
        [cli, ...base, '--manifest', join(dir, 'manifest.yml'), '--delivery-concurrency', String(CONCURRENCY)],
        env
      )
      tokens = emulator.tokensIssued - before
      if (!many || run.seconds < many.seconds) many = run
    } finally {
      await emulator.stop()
      rmSync(storage, { recursive: true, force: true })
      mkdirSync(storage, { recursive: true })
    }
  }
  rmSync(dir, { recursive: true, force: true })
  const expected = (single * ENTRIES) / CONCURRENCY
  console.log(
    `\nManifest of ${ENTRIES} deliveries × 3 files (delivery-concurrency ${CONCURRENCY}): ${many.seconds.toFixed(2)} s ` +
      `(single delivery ${single.toFixed(2)} s; × ${ENTRIES} ÷ ${CONCURRENCY} = ${expected.toFixed(2)} s, ratio ${(many.seconds / expected).toFixed(2)}x), ` +
      `${tokens} verification token(s) issued (target 1), peak RSS ${many.peakMb.toFixed(0)} MB.`
  )
}

/**
 * Start-up: each bundle run against a server that notes when the first request arrives (and
 * answers 503, closing); the run is stopped there. Milliseconds from spawning to that request.
 */
async function timeToFirstRequest(args, env) {
  let arrived
  const server = createServer((req, res) => {
    arrived ??= process.hrtime.bigint()
    res.writeHead(503, { Connection: 'close' }).end()
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${server.address().port}`
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, args(url), { env: { PATH: process.env.PATH, ...env(url) }, stdio: 'ignore' })
  await new Promise((resolve) => {
    const watch = setInterval(() => {
      if (arrived) child.kill()
    }, 1)
    child.on('exit', () => resolve(clearInterval(watch)))
  })
  server.closeAllConnections()
  server.close()
  return arrived ? Number(arrived - started) / 1e6 : Infinity
}

const inputs = (url) => ({
  'INPUT_SERVER-URL': url,
  'INPUT_CLIENT-ID': DEMO_CLIENT_ID,
  'INPUT_SENDER-EMAIL': 'bench@example.com',
  INPUT_RETRIES: '0',
  GITHUB_OUTPUT: '/dev/null',
  GITHUB_STATE: '/dev/null'
})
const TRACKING_ID = '20261205-073518-ZaNhCoza'
const bundles = {
  action: [
    () => [join(root, 'dist', 'index.js')],
    (url) => ({
      ...inputs(url),
      INPUT_RECIPIENTS: 'customer@example.org',
      INPUT_FILES: 'package.json',
      GITHUB_WORKSPACE: root
    })
  ],
  'status sub-action': [
    () => [join(root, 'dist', 'status', 'index.js')],
    (url) => ({ ...inputs(url), 'INPUT_TRACKING-ID': TRACKING_ID })
  ],
  'revoke sub-action': [
    () => [join(root, 'dist', 'revoke', 'index.js')],
    (url) => ({ ...inputs(url), 'INPUT_TRACKING-ID': TRACKING_ID })
  ],
  'CLI deliver': [
    (url) => [
      join(root, 'dist', 'cli', 'cryptshare-ci.mjs'),
      ...[
        'deliver',
        '--server-url',
        url,
        '--sender-email',
        'bench@example.com',
        '--recipients',
        'customer@example.org'
      ],
      ...['--files', 'package.json', '--workspace', root, '--retries', '0', '--password-mode', 'none']
    ],
    () => ({ CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID })
  ]
}
const startups = []
for (const [name, [args, env]] of Object.entries(bundles)) {
  let best = Infinity
  for (let i = 0; i < 5; i++) best = Math.min(best, await timeToFirstRequest(args, env))
  startups.push(`${name} ${best.toFixed(0)} ms`)
}
console.log(`Time to the first request (best of 5): ${startups.join(', ')}.`)
