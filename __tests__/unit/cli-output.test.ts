import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eta, NAME_COLUMNS, ProgressBoard } from '../../src/cli/progress-board.js'
import { receipt } from '../../src/cli/deliver.js'
import { cliResult, dotenv, logSafeJson, writePrivateFile } from '../../src/cli/results.js'
import { Terminal } from '../../src/cli/terminal.js'

function capture(isTTY = false) {
  const out: string[] = []
  return { stream: { isTTY, columns: 100, write: (text: string) => out.push(text) }, text: () => out.join('') }
}

describe('the terminal', () => {
  it('redacts every secret, also inside JSON or a URL, and defuses CI log commands', () => {
    const { stream, text } = capture()
    const terminal = new Terminal(stream, { showSecrets: false, debug: false, env: {} })
    terminal.secret('pa"ss word')
    terminal.info('password pa"ss word, JSON "pa\\"ss word", URL ?p=pa%22ss%20word')
    terminal.info('::stop-commands::x')
    terminal.warning('##vso[task.setvariable variable=x]1\nsecond line')
    expect(text()).toBe(
      'password ***, JSON "***", URL ?p=***\n\\::stop-commands::x\nwarning: ##vso\\[task.setvariable variable=x]1\\nsecond line\n'
    )
  })

  it('colours only a terminal without NO_COLOR, and prints debug lines only when asked', () => {
    const tty = capture(true)
    new Terminal(tty.stream, { showSecrets: false, debug: false, env: {} }).error('bad')
    expect(tty.text()).toBe('\u001b[31merror: bad\u001b[0m\n')
    const noColor = capture(true)
    const terminal = new Terminal(noColor.stream, { showSecrets: false, debug: false, env: { NO_COLOR: '' } })
    terminal.error('bad')
    terminal.debug('hidden')
    expect(noColor.text()).toBe('error: bad\n')
    const piped = capture(false)
    new Terminal(piped.stream, { showSecrets: false, debug: true, env: {} }).debug('shown')
    expect(piped.text()).toBe('debug: shown\n')
  })

  it('draws one bar per running upload, redrawn in place, and prints log lines above it', () => {
    const { stream, text } = capture(true)
    let now = 0
    const board = new ProgressBoard(
      stream,
      (t) => t,
      () => now
    )
    const pad = (name: string): string => name.padEnd(NAME_COLUMNS)
    board.update({ name: 'a.zip', size: 100, bytes: 50, done: false })
    now += 10
    board.update({ name: 'a.zip', size: 100, bytes: 60, done: false }) // throttled
    now += 200
    board.update({ name: 'b.zip', size: 100, bytes: 10, done: false })
    board.above('Uploaded c.txt')
    board.update({ name: 'a.zip', size: 100, bytes: 100, done: true })
    const a60 = `${pad('a.zip')}  [##############----------]  60% 60 B of 100 B\n`
    const b10 = `${pad('b.zip')}  [##----------------------]  10% 10 B of 100 B\n`
    expect(text()).toBe(
      `${pad('a.zip')}  [############------------]  50% 50 B of 100 B\n` +
        `\u001b[1F\u001b[0J${a60}${b10}` +
        `\u001b[2F\u001b[0JUploaded c.txt\n${a60}${b10}` +
        `\u001b[2F\u001b[0J${b10}`
    )
  })

  it('leads with an overall line (bytes, files, time left), says when a big file is hashed first, and keeps the numbers in one column', () => {
    const { stream, text } = capture(true)
    let now = 0
    const board = new ProgressBoard(
      stream,
      (t) => t,
      () => now
    )
    const total = { files: 3, bytes: 400 }
    board.update({ name: 'big.iso', size: 200, bytes: 0, done: false, phase: 'hashing', total })
    now = 1000
    board.update({ name: 'small.txt', size: 100, bytes: 100, done: true, total })
    now = 2000
    board.update({ name: `${'deep/'.repeat(20)}app.zip`, size: 100, bytes: 50, done: false, total })
    const last = text().split('\u001b[0J').pop() ?? ''
    const lines = last.trimEnd().split('\n')
    expect(lines[0]).toBe('All files  [#########---------------]  37% 150 B of 400 B, 1 of 3 files, about 4 s left')
    expect(lines[1]).toBe(`${'big.iso'.padEnd(NAME_COLUMNS)}  hashing 200 B before the upload…`)
    expect(lines[2]).toMatch(/^….*\/app\.zip {2}\[/)
    expect([lines[1].indexOf('hashing'), lines[2].indexOf('[')]).toEqual([NAME_COLUMNS + 2, NAME_COLUMNS + 2])
  })

  it('estimates the time left from the rate so far, only once there is one', () => {
    expect(eta(0, 100, 5000)).toBeUndefined()
    expect(eta(50, 100, 500)).toBeUndefined()
    expect(eta(50, 100, 30_000)).toBe('about 30 s left')
    expect(eta(10, 100, 20_000)).toBe('about 3 min 0 s left')
    expect(eta(1, 100, 3_600_000)).toBe('about 99 h 0 min left')
  })

  it('ends a delivery with an aligned receipt: name, size, SHA-256', () => {
    expect(
      receipt([
        { name: 'app-1.0.0.zip', size: 2 * 1024 * 1024, sha256: 'aa' },
        { name: 'sbom.json', size: 26, sha256: 'bb' }
      ])
    ).toEqual(['  app-1.0.0.zip  2.00 MiB  sha256 aa', '  sbom.json          26 B  sha256 bb'])
  })
})

describe('the results', () => {
  it('escapes what could break or fake a log line, and stays the same JSON', () => {
    const value = { name: 'a\u0085b\u2028c\u202ed ##vso[task.complete] ##[group]' }
    const json = logSafeJson(value)
    expect(json).not.toMatch(/[\u0085\u2028\u202e]|##vso\[|##\[/)
    expect(JSON.parse(json)).toEqual(value)
  })

  it('writes a dotenv file of plain values only', () => {
    const warnings: string[] = []
    const result = cliResult('delivered', 0, {
      trackingId: '20261204-1',
      state: 'ACTIVE\nEVIL=1',
      expirationDate: '2027-01-03T02:00:54+00:00'
    })
    expect(dotenv(result, (w) => warnings.push(w))).toBe(
      'CRYPTSHARE_TRACKING_ID=20261204-1\nCRYPTSHARE_STATE=\nCRYPTSHARE_EXPIRATION_DATE=2027-01-03T02:00:54+00:00\n'
    )
    expect(warnings).toEqual([expect.stringMatching(/^CRYPTSHARE_STATE is left empty/)])
  })

  it('writes the result file with mode 0600, also over a file that was readable by others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-private-'))
    try {
      const file = join(dir, 'result.json')
      writeFileSync(file, 'old content that is longer', { mode: 0o644 })
      await writePrivateFile(file, '{}')
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(readFileSync(file, 'utf8')).toBe('{}')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
