import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { envName } from '../../src/cli/args.js'
import { COMMANDS } from '../../src/cli/commands.js'
import { EXIT } from '../../src/cli/results.js'
import { OPTIONS, type OptionSpec } from '../../src/core/options.js'
import { REVOKE_OPTIONS, STATUS_OPTIONS } from '../../src/core/transfer-options.js'
import { VERSION } from '../../src/core/version.js'
import { DOC_FILES, parse } from './markdown.js'

const root = join(new URL('.', import.meta.url).pathname, '..', '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const actionYml = read('action.yml')
const readme = read('README.md')

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

/** The prose of the section under `heading` (any level), up to the next heading of that level or above. */
function section(markdown: string, heading: string): string[] {
  const lines = parse(markdown).prose
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') === heading)
  if (start < 0) throw new Error(`no heading "${heading}"`)
  const level = /^#+/.exec(lines[start])![0].length
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** Rows of the first table under a heading: first cell (unquoted, without "--") → cells. */
function table(markdown: string, heading: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const line of section(markdown, heading)) {
    if (!line.startsWith('|')) {
      if (rows.size > 0) break
      continue
    }
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim())
    const name = /^`(?:--)?([a-z-]+)`$/.exec(cells[0] ?? '')
    if (name) rows.set(name[1], cells)
  }
  return rows
}

/** A table cell's value: `x` → x, empty → ''. */
const cellValue = (cell: string | undefined): string => /^`(.*)`$/.exec(cell ?? '')?.[1] ?? ''

describe('the helpers that read the documentation', () => {
  const doc = '## Inputs\n\n| input | required |\n| --- | --- |\n| `a` | yes |\n| `b` | no |\n\n## Next\n| `c` | no |\n'

  it('read a table under its heading and stop at the next heading', () => {
    expect([...table(doc, 'Inputs').keys()]).toEqual(['a', 'b'])
  })

  it('notice a row that is missing', () => {
    const withoutB = doc.replace('| `b` | no |\n', '')
    expect([...table(withoutB, 'Inputs').keys()]).not.toEqual(['a', 'b'])
  })

  it('skip code blocks', () => {
    expect(parse('a\n```yaml\n# not a heading\n```\nb').prose).toEqual(['a', 'b'])
  })
})

describe('action.yml, the code and the documentation agree', () => {
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

  it('documents every input in docs/inputs.md with the same required flag and default', () => {
    const rows = table(read('docs/inputs.md'), 'Inputs')
    expect([...rows.keys()].sort()).toEqual([...inputs.keys()].sort())
    for (const [name, input] of inputs) {
      const [, required, defaultCell] = rows.get(name) ?? []
      expect([name, required, cellValue(defaultCell)]).toEqual([
        name,
        input.required ? 'yes' : 'no',
        input.default ?? ''
      ])
    }
  })

  it("lists every input in the README's usage block, each optional one with its default", () => {
    const blockText = parse(readme).code.find(
      (c) => c.lang === 'yaml' && c.text.includes('server-url:') && c.text.includes('deliver-again:')
    )
    const keys = new Map<string, string>()
    for (const line of (blockText?.text ?? '').split('\n')) {
      const key = /^ {4}([a-z-]+): (.*)$/.exec(line)
      if (key) keys.set(key[1], key[2].replace(/^'(.*)'$/, '$1'))
    }
    expect([...keys.keys()].sort()).toEqual([...inputs.keys()].sort())
    const optional = [...inputs].filter(([, input]) => !input.required)
    expect(optional.map(([name]) => [name, keys.get(name)])).toEqual(
      optional.map(([name, input]) => [name, input.default ?? ''])
    )
  })

  it('documents every output in the README', () => {
    expect([...table(readme, 'Outputs').keys()].sort()).toEqual([...outputs.keys()].sort())
    expect([...outputs.keys()].sort()).toEqual([
      'checksums-path',
      'deliveries',
      'download-urls',
      'expiration-date',
      'files',
      'files-list',
      'password',
      'receipt-path',
      'secrets',
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

  it('keeps the README short: at most 350 lines and 2,700 words (the rest is in docs/)', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(350)
    expect(readme.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(2700)
  })

  it('has a Marketplace description under 125 characters', () => {
    const description = /^description: (['"])(.*)\1$/m.exec(actionYml)?.[2] ?? ''
    expect(description.length).toBeGreaterThan(0)
    expect(description.length).toBeLessThan(125)
  })
})

describe('the command-line tool, package.json and docs/cli.md agree', () => {
  const pkg = JSON.parse(read('package.json')) as {
    version: string
    bin: Record<string, string>
    files: string[]
  }
  const cli = read('docs/cli.md')

  it('reports the package version', () => {
    expect(VERSION).toBe(pkg.version)
  })

  it('installs its bundle as the cryptshare-ci bin, and the package ships it', () => {
    expect(pkg.bin).toEqual({ 'cryptshare-ci': 'dist/cli/cryptshare-ci.mjs' })
    expect(pkg.files).toContain('dist/')
  })

  it('documents every exit code the CLI has', () => {
    const exitCodes = section(cli, 'Exit codes').join('\n')
    for (const code of Object.values(EXIT)) expect(exitCodes).toMatch(new RegExp(`^\\| [0-9 /]*\\b${code}\\b`, 'm'))
  })

  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    'documents every flag of %s with its default and environment variable',
    (name, command) => {
      const rows = table(cli, `Flags of \`${name}\``)
      expect([...rows.keys()].sort()).toEqual(Object.keys(command.options).sort())
      for (const [flag, option] of Object.entries(command.options)) {
        const [, , defaultCell, envCell] = rows.get(flag) ?? []
        expect([flag, cellValue(defaultCell), cellValue(envCell)]).toEqual([
          flag,
          option.default ?? '',
          envName(flag, option) ?? ''
        ])
      }
    }
  )
})

describe.each([
  ['revoke', REVOKE_OPTIONS, ['state']],
  ['status', STATUS_OPTIONS, ['all-downloaded', 'downloads', 'expiration-date', 'retrieval-record-path', 'state']]
] as const)('the %s sub-action, the code and its README agree', (name, options, outputNames) => {
  const yml = read(`${name}/action.yml`)
  const doc = read(`${name}/README.md`)
  const inputs = block('inputs', yml)
  const specs = options as Record<string, OptionSpec>

  it('declares exactly the inputs the code reads, with their required flags and defaults', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(options).sort())
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

  it(`documents every input and output in ${name}/README.md`, () => {
    const rows = table(doc, 'Inputs')
    expect([...rows.keys()].sort()).toEqual([...inputs.keys()].sort())
    for (const [input, declared] of inputs) {
      const [, required, defaultCell] = rows.get(input) ?? []
      expect([input, required, cellValue(defaultCell)]).toEqual([
        input,
        declared.required ? 'yes' : 'no',
        declared.default ?? ''
      ])
    }
    expect([...table(doc, 'Outputs').keys()].sort()).toEqual([...outputNames].sort())
  })
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const line of parse(markdown).prose) {
    const heading = /^#{1,6} (.*)$/.exec(line)
    if (!heading) continue
    const slug = heading[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    result.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return result
}

describe.each(DOC_FILES)('%s', (file) => {
  const markdown = read(file)
  const { prose, code } = parse(markdown)

  it('links only to files and headings that exist', () => {
    const broken: string[] = []
    for (const line of prose) {
      for (const link of line.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = link[1]
        if (/^[a-z]+:/i.test(target)) continue
        const [path, anchor] = target.split('#')
        const resolved = path === '' ? join(root, file) : join(root, dirname(file), path)
        if (!existsSync(resolved)) {
          broken.push(`${target} (no file ${relative(root, resolved)})`)
          continue
        }
        if (anchor && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor))
          broken.push(`${target} (no heading #${anchor})`)
      }
    }
    expect(broken).toEqual([])
  })

  it('has no YAML block that calls length() (GitHub expressions have none)', () => {
    const offending = code.filter((block) => block.lang === 'yaml' && block.text.includes('length(')).map((b) => b.text)
    expect(offending).toEqual([])
  })

  it('recommends Node 24 in its recipes, never Node 20 images', () => {
    expect(markdown).not.toMatch(/node:20|'20\.x'|versionSpec: '?20/)
  })
})
