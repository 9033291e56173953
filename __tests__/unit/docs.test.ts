import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DELIVER } from '../../src/cli/commands.js'
import { EXIT } from '../../src/cli/results.js'
import { OPTIONS, type OptionSpec } from '../../src/core/options.js'
import { REVOKE_OPTIONS, STATUS_OPTIONS } from '../../src/core/transfer-options.js'
import { VERSION } from '../../src/core/version.js'

const root = join(new URL('.', import.meta.url).pathname, '..', '..')
const actionYml = readFileSync(join(root, 'action.yml'), 'utf8')
const readme = readFileSync(join(root, 'README.md'), 'utf8')

interface Declared {
  required: boolean
  default?: string
  description?: string
}

/** The entries of a top-level block of action.yml (`inputs:` or `outputs:`). */
function block(name: 'inputs' | 'outputs', yml = actionYml): Map<string, Declared> {
  const lines = yml.split('\n')
  const entries = new Map<string, Declared>()
  let inBlock = false
  let current: Declared | undefined
  for (const line of lines) {
    if (/^\S/.test(line)) inBlock = line.startsWith(`${name}:`)
    if (!inBlock) continue
    const entry = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (entry) entries.set(entry[1], (current = { required: false }))
    const field = /^ {4}(required|default|description):\s*(.*)$/.exec(line)
    if (field && current) {
      const value = field[2].replace(/^'(.*)'$/, '$1').replace(/''/g, "'")
      if (field[1] === 'required') current.required = value === 'true'
      else if (field[1] === 'default') current.default = value
      else current.description = value
    }
  }
  return entries
}

/** Rows of the README table under the given heading: first cell (unquoted) → cells. */
function readmeTable(heading: string): Map<string, string[]> {
  const section = readme.slice(readme.indexOf(`## ${heading}`))
  const rows = new Map<string, string[]>()
  for (const line of section.split('\n').slice(1)) {
    if (line.startsWith('## ')) break
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim())
    const name = /^`([a-z-]+)`$/.exec(cells[0] ?? '')
    if (name) rows.set(name[1], cells)
  }
  return rows
}

describe('action.yml, the code and the README agree', () => {
  const inputs = block('inputs')
  const outputs = block('outputs')

  it('declares exactly the inputs the code reads, each with a description', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(OPTIONS).sort())
    for (const [name, input] of inputs) expect([name, input.description?.length ?? 0]).not.toEqual([name, 0])
  })

  it("declares each input with the option table's required flag and default", () => {
    for (const [name, input] of inputs) {
      const spec: OptionSpec = OPTIONS[name as keyof typeof OPTIONS]
      expect([name, input.required]).toEqual([name, spec.required ?? false])
      // sender-name's default is the front-end's own ("GitHub Actions" here).
      const expected = name === 'sender-name' ? 'GitHub Actions' : spec.default
      expect([name, input.default]).toEqual([name, expected])
    }
  })

  it('documents every input in the README with the same required flag and default', () => {
    const rows = readmeTable('Inputs')
    expect([...rows.keys()].sort()).toEqual([...inputs.keys()].sort())
    for (const [name, input] of inputs) {
      const [, required, defaultCell] = rows.get(name) ?? []
      expect([name, required]).toEqual([name, input.required ? 'yes' : 'no'])
      const documented = /^`(.*)`$/.exec(defaultCell ?? '')?.[1] ?? ''
      expect([name, documented]).toEqual([name, input.default ?? ''])
    }
  })

  it('documents every output in the README', () => {
    expect([...readmeTable('Outputs').keys()].sort()).toEqual([...outputs.keys()].sort())
    expect([...outputs.keys()].sort()).toEqual([
      'download-urls',
      'expiration-date',
      'files',
      'files-list',
      'password',
      'state',
      'tracking-id',
      'verification-token'
    ])
  })

  it('runs on node24 with a post step for clean-up', () => {
    expect(actionYml).toMatch(/using: 'node24'/)
    expect(actionYml).toMatch(/main: 'dist\/index\.js'/)
    expect(actionYml).toMatch(/post: 'dist\/post\/index\.js'/)
  })

  it('has a Marketplace description under 125 characters', () => {
    const description = /^description: (['"])(.*)\1$/m.exec(actionYml)?.[2] ?? ''
    expect(description.length).toBeGreaterThan(0)
    expect(description.length).toBeLessThan(125)
  })
})

describe('the command-line tool, package.json and the README agree', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string
    bin: Record<string, string>
    files: string[]
  }

  it('reports the package version', () => {
    expect(VERSION).toBe(pkg.version)
  })

  it('installs its bundle as the cryptshare-ci bin, and the package ships it', () => {
    expect(pkg.bin).toEqual({ 'cryptshare-ci': 'dist/cli/cryptshare-ci.mjs' })
    expect(pkg.files).toContain('dist/')
  })

  it('documents every exit code and output file the CLI has', () => {
    const section = readme.slice(readme.indexOf('## The command-line tool'), readme.indexOf('## Setting up'))
    for (const code of Object.values(EXIT)) expect(section).toMatch(new RegExp(`^\\| [0-9 /]*\\b${code}\\b`, 'm'))
    for (const flag of Object.keys(DELIVER.options).filter((name) => !(name in OPTIONS)))
      expect([flag, section.includes(`--${flag}`)]).toEqual([flag, true])
  })
})

describe.each([
  ['revoke', 'Revoke a transfer', REVOKE_OPTIONS, ['state']],
  [
    'status',
    'Transfer status and downloads',
    STATUS_OPTIONS,
    ['all-downloaded', 'downloads', 'expiration-date', 'state']
  ]
] as const)('the %s sub-action, the code and the README agree', (name, heading, table, outputNames) => {
  const yml = readFileSync(join(root, name, 'action.yml'), 'utf8')
  const inputs = block('inputs', yml)
  const specs = table as Record<string, OptionSpec>

  it('declares exactly the inputs the code reads, with their required flags and defaults', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(table).sort())
    for (const [input, declared] of inputs) {
      expect([input, declared.required, declared.default]).toEqual([
        input,
        specs[input].required ?? false,
        specs[input].default
      ])
      expect([input, declared.description?.length ?? 0]).not.toEqual([input, 0])
    }
    expect([...block('outputs', yml).keys()].sort()).toEqual([...outputNames].sort())
  })

  it('runs its own bundle on node24', () => {
    expect(yml).toMatch(/using: 'node24'/)
    expect(yml).toContain(`main: '../dist/${name}/index.js'`)
  })

  it('documents every input and output in the README', () => {
    const rows = readmeTable(heading)
    expect([...rows.keys()].sort()).toEqual(expect.arrayContaining([...inputs.keys()].sort()))
    for (const [input, declared] of inputs) {
      const [, required, defaultCell] = rows.get(input) ?? []
      expect([input, required, /^`(.*)`$/.exec(defaultCell ?? '')?.[1] ?? '']).toEqual([
        input,
        declared.required ? 'yes' : 'no',
        declared.default ?? ''
      ])
    }
    const section = readme.slice(readme.indexOf(`## ${heading}`))
    for (const output of outputNames) expect(section).toContain(`\`${output}\``)
  })
})
