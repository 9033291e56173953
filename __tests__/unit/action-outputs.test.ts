import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { actionOwnFiles, filesListPath, publishFiles } from '../../src/action/outputs.js'
import { writeDeliverySummary } from '../../src/action/summary.js'
import type { DeliveryResult } from '../../src/core/contract.js'
import { selectFiles } from '../../src/core/selection.js'

let dir: string
const saved = { ...process.env }

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cs-outputs-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  process.env = { ...saved }
  jest.restoreAllMocks()
})

/** 5,000 delivered files with long paths: about 1.1 MB of JSON. */
function manyFiles(): DeliveryResult['files'] {
  return Array.from({ length: 5000 }, (_, i) => {
    const name = `component-${String(i).padStart(5, '0')}-release-candidate-build-artifact.tar.gz`
    return { name, path: `dist/packages/platform-linux-x64/${name}`, size: 1000 + i, sha256: 'ab'.repeat(32) }
  })
}

/** The `::warning::` lines the action prints on stdout (captured, not printed). */
function captureWarnings(): string[] {
  const warnings: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n'))
      if (line.startsWith('::warning::')) warnings.push(line.slice('::warning::'.length))
    return true
  })
  return warnings
}

/** The outputs the action wrote to GITHUB_OUTPUT (`name<<delimiter` … `delimiter` blocks). */
function outputs(file: string): Record<string, string> {
  const found: Record<string, string> = {}
  const text = readFileSync(file, 'utf8')
  for (const match of text.matchAll(/^([\w-]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) found[match[1]] = match[3]
  return found
}

describe('the main step with thousands of files', () => {
  it('keeps the files output under 1 MB, says what was cut, and writes the full list to files-list', () => {
    const outputFile = path.join(dir, 'output.txt')
    writeFileSync(outputFile, '')
    process.env.GITHUB_OUTPUT = outputFile
    const warnings = captureWarnings()
    const files = manyFiles()
    expect(Buffer.byteLength(JSON.stringify(files))).toBeGreaterThan(1_048_576)
    process.env.RUNNER_TEMP = dir
    const list = filesListPath()
    expect(path.dirname(list)).toBe(dir)

    publishFiles(files, list)

    const written = outputs(outputFile)
    expect(Buffer.byteLength(written.files)).toBeLessThanOrEqual(750_000)
    const shown = JSON.parse(written.files) as DeliveryResult['files']
    expect(shown).toEqual(files.slice(0, shown.length))
    expect(written['files-list']).toBe(list)
    expect(JSON.parse(readFileSync(list, 'utf8'))).toEqual(files)
    expect(warnings).toEqual([
      `The "files" output lists the first ${shown.length} of 5000 files (GitHub limits an output to 1 MB); every file is listed in ${list} (the "files-list" output).`
    ])
  })

  it('keeps the job summary under 1 MiB and says in it how many files it leaves out', async () => {
    const summaryFile = path.join(dir, 'summary.md')
    writeFileSync(summaryFile, '')
    process.env.GITHUB_STEP_SUMMARY = summaryFile
    const warnings = captureWarnings()
    const result: DeliveryResult = {
      dryRun: false,
      trackingId: '20260101-120000-abcd1234',
      state: 'ACTIVE',
      downloadUrls: [],
      files: manyFiles(),
      removedFiles: []
    }

    await writeDeliverySummary(
      { status: 'delivered', failed: false, usage: false, cancelled: false, level: 'info', result },
      { to: ['a@example.org'], cc: [], bcc: [] },
      '/runner/temp/list.json'
    )

    expect(statSync(summaryFile).size).toBeLessThan(800_000)
    const html = readFileSync(summaryFile, 'utf8')
    const rows = html.match(/^\| .* \| <code>[0-9a-f]{64}<\/code> \| delivered \|$/gm)?.length ?? 0
    expect(rows).toBeGreaterThan(1000)
    expect(html).toContain(
      `${5000 - rows} more file(s) are not shown here (GitHub drops a job summary over 1 MiB); every file is listed in /runner/temp/list.json (the "files-list" output).`
    )
    expect(warnings).toEqual([
      `The job summary shows the first ${rows} of 5000 files (GitHub drops a summary over 1 MiB); every file is listed in /runner/temp/list.json (the "files-list" output).`
    ])
  })
})

describe('the files the action writes', () => {
  it('are never delivered, even when the patterns match them', async () => {
    const ws = path.join(dir, 'ws')
    mkdirSync(path.join(ws, 'dist'), { recursive: true })
    for (const name of ['app.zip', 'summary.md', 'output.txt']) writeFileSync(path.join(ws, 'dist', name), name)
    const env = {
      GITHUB_STEP_SUMMARY: path.join(ws, 'dist', 'summary.md'),
      GITHUB_OUTPUT: path.join(ws, 'dist/output.txt')
    }
    const warnings: string[] = []
    const selection = await selectFiles(
      { filePatterns: ['dist/**'], workspace: ws, includeHiddenFiles: false, ifNoFilesFound: 'error' },
      { info: () => undefined, warning: (line) => warnings.push(line) },
      undefined,
      actionOwnFiles({ filesList: path.join(dir, 'list.json') }, env)
    )
    expect(selection.files?.map((f) => f.relativePath)).toEqual(['dist/app.zip'])
    expect(warnings).toEqual([
      'Left out "dist/output.txt" (GITHUB_OUTPUT), "dist/summary.md" (GITHUB_STEP_SUMMARY): this tool writes that file, and a previous run\'s copy holds its password and download URLs. Write it outside the "files" selection.'
    ])
  })
})
