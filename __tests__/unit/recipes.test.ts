// Every code block of the documentation checked statically, as a reader would copy it: the YAML
// parses; each step of this action names only inputs it has (and every required one) and reads
// only outputs it writes; GitHub expressions call only functions GitHub has; every shell script
// (sh blocks, `run:`, `script:`, Jenkins `sh`) is valid shell; every call of the CLI uses a
// subcommand and flags it has, and every CRYPTSHARE_* variable is one the tool reads or writes;
// each recipe runs the deliveries of one sender one at a time. (Recipes that can run here are
// also executed against the emulator: __tests__/e2e/recipes.e2e.test.ts.)
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { envName } from '../../src/cli/args.js'
import { COMMANDS } from '../../src/cli/commands.js'
import { TuningEnv } from '../../src/core/tuning.js'
import {
  BLOCKS,
  documents,
  jenkinsScripts,
  mappings,
  parsedOrNone,
  root,
  SHELL_BLOCKS,
  YAML_BLOCKS,
  yamlScripts,
  type Block
} from './markdown.js'

const read = (path: string): string => readFileSync(join(root, path), 'utf8')

interface ActionMeta {
  inputs: Map<string, { required: boolean }>
  outputs: Set<string>
}

function actionMeta(path: string): ActionMeta {
  const yml = parseYaml(read(path)) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>
    outputs?: Record<string, unknown>
  }
  return {
    inputs: new Map(
      Object.entries(yml.inputs ?? {}).map(([name, spec]) => [
        name,
        { required: spec.required === true && spec.default === undefined }
      ])
    ),
    outputs: new Set(Object.keys(yml.outputs ?? {}))
  }
}

const ACTIONS: Record<string, ActionMeta> = {
  '': actionMeta('action.yml'),
  revoke: actionMeta('revoke/action.yml'),
  status: actionMeta('status/action.yml')
}
const OUR_ACTION = /^<owner>\/cryptshare-action(?:\/(revoke|status))?@\S+$/

interface OurStep {
  action: string
  id?: string
  with: Record<string, unknown>
}

/** Outputs of the other actions the recipes use (from their action.yml). */
const OTHER_OUTPUTS: Record<string, string[]> = {
  'actions/attest-build-provenance': ['bundle-path', 'attestation-id', 'attestation-url'],
  'actions/attest': ['bundle-path', 'attestation-id', 'attestation-url']
}

/** The outputs a step of the documentation's workflows writes, by its id; undefined for an unknown action. */
function stepOutputs(block: Block): Map<string, Set<string> | undefined> {
  const steps = new Map<string, Set<string> | undefined>()
  for (const map of parsedOrNone(block).flatMap(mappings)) {
    if (typeof map.id !== 'string' || typeof map.uses !== 'string') continue
    const ours = OUR_ACTION.exec(map.uses)
    const other = OTHER_OUTPUTS[map.uses.split('@')[0]]
    steps.set(map.id, ours ? ACTIONS[ours[1] ?? ''].outputs : other ? new Set(other) : undefined)
  }
  return steps
}

function ourSteps(block: Block): OurStep[] {
  return parsedOrNone(block)
    .flatMap(mappings)
    .flatMap((map) => {
      const uses = typeof map.uses === 'string' ? OUR_ACTION.exec(map.uses) : null
      if (!uses) return []
      return [
        { action: uses[1] ?? '', id: map.id as string | undefined, with: (map.with ?? {}) as Record<string, unknown> }
      ]
    })
}

/** The GitLab CI/CD component's files (templates/*.yml): a spec document, then the jobs. */
const TEMPLATES: Block[] = readdirSync(join(root, 'templates'))
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({
    file: `templates/${name}`,
    where: `templates/${name}`,
    lang: 'yaml',
    line: 1,
    text: read(`templates/${name}`)
  }))

/** Every script the documentation shows, with where it is. */
const SCRIPTS: { where: string; text: string; lang: string }[] = [
  ...SHELL_BLOCKS.map((b) => ({ where: b.where, text: b.text, lang: 'sh' })),
  ...[...YAML_BLOCKS, ...TEMPLATES].flatMap((b) =>
    yamlScripts(b).map((text) => ({ where: b.where, text, lang: 'sh' }))
  ),
  ...BLOCKS.filter((b) => b.lang === 'groovy').flatMap((b) =>
    jenkinsScripts(b).map((text) => ({ where: b.where, text, lang: 'sh' }))
  ),
  ...BLOCKS.filter((b) => b.lang === 'powershell').map((b) => ({ where: b.where, text: b.text, lang: 'powershell' }))
]

/** A script as a shell would take it: CI expressions and documentation placeholders made plain words. */
function asShell(script: string): string {
  return script
    .replace(/\$\{\{[\s\S]*?\}\}/g, 'EXPRESSION')
    .replace(/\$\[\[[\s\S]*?\]\]/g, 'INPUT')
    .replace(/<[a-z][\w-]*>/g, 'PLACEHOLDER')
}

/** The calls of the CLI in a script: subcommand and flags, continuation lines joined. */
function cliCalls(script: string, lang: string): { command: string; flags: string[]; line: string }[] {
  const joined = lang === 'powershell' ? script.replace(/`\r?\n/g, ' ') : script.replace(/\\\r?\n/g, ' ')
  const calls: { command: string; flags: string[]; line: string }[] = []
  for (const line of joined.split('\n')) {
    const call = /(?:^|[\s;|&(])(?:cryptshare-ci|node\s+\S*cryptshare-ci\.mjs)(?:@\S+)?\s+([a-z][a-z-]*)(.*)$/.exec(
      line.replace(/\s#\s.*$/, '')
    )
    if (!call) continue
    const flags = [...call[2].matchAll(/(?:^|\s)--([a-z][\w-]*)/g)].map((m) => m[1])
    calls.push({ command: call[1], flags, line: line.trim() })
  }
  return calls
}

/** Every CRYPTSHARE_* variable the tool reads (an option's variable, a tuning knob) or writes (the dotenv report). */
const KNOWN_VARIABLES = new Set([
  ...COMMANDS.flatMap((command) =>
    Object.entries(command.options).flatMap(([name, option]) => envName(name, option) ?? [])
  ),
  ...Object.values(TuningEnv),
  'CRYPTSHARE_TRACKING_ID',
  'CRYPTSHARE_STATE',
  'CRYPTSHARE_EXPIRATION_DATE'
])

describe('the documentation has code to check', () => {
  it('finds the YAML, shell, Jenkins and PowerShell blocks', () => {
    expect(YAML_BLOCKS.length).toBeGreaterThan(10)
    expect(SHELL_BLOCKS.length).toBeGreaterThan(5)
    expect(SCRIPTS.filter((s) => s.lang === 'powershell').length).toBeGreaterThan(0)
    expect(SCRIPTS.some((s) => cliCalls(s.text, s.lang).length > 0)).toBe(true)
  })

  it('notices a flag the CLI does not have and a broken script', () => {
    expect(cliCalls('node x/cryptshare-ci.mjs deliver --files a \\\n  --no-such-flag b', 'sh')).toEqual([
      expect.objectContaining({ command: 'deliver', flags: ['files', 'no-such-flag'] })
    ])
    expect(spawnSync('bash', ['-n'], { input: 'if true; then echo' }).status).not.toBe(0)
  })
})

describe.each(YAML_BLOCKS.map((b) => [b.where, b] as const))('YAML block %s', (_where, block) => {
  it('parses', () => {
    expect(() => documents(block)).not.toThrow()
  })

  it('gives each step of this action only inputs it has, and every required one', () => {
    for (const step of ourSteps(block)) {
      const meta = ACTIONS[step.action]
      const given = Object.keys(step.with)
      if (given.includes('…')) continue // an elided `with: { … }`
      expect(given.filter((name) => !meta.inputs.has(name))).toEqual([])
      // With a manifest, the deliveries' recipients and files come from it.
      const fromManifest = given.includes('manifest') ? ['recipients', 'files'] : []
      const required = [...meta.inputs]
        .filter(([name, spec]) => spec.required && !fromManifest.includes(name))
        .map(([name]) => name)
      expect(required.filter((name) => !given.includes(name))).toEqual([])
    }
  })

  it("reads only outputs the step's action writes", () => {
    const fileSteps = new Map(
      BLOCKS.filter((b) => b.file === block.file && YAML_BLOCKS.includes(b)).flatMap((b) => [...stepOutputs(b)])
    )
    for (const [, id, output] of block.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const outputs = fileSteps.get(id)
      expect({ id, known: outputs !== undefined }).toEqual({ id, known: true })
      expect({ output, known: outputs!.has(output) }).toEqual({ output, known: true })
    }
  })

  it('uses only functions GitHub expressions have', () => {
    const functions = new Set([
      'contains',
      'startsWith',
      'endsWith',
      'format',
      'join',
      'toJSON',
      'fromJSON',
      'hashFiles'
    ])
    const statusChecks = new Set(['success', 'always', 'cancelled', 'failure'])
    for (const [expression] of block.text.matchAll(/\$\{\{[\s\S]*?\}\}/g)) {
      const called = [...expression.matchAll(/([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1])
      expect(called.filter((name) => !functions.has(name) && !statusChecks.has(name))).toEqual([])
    }
  })

  it('runs a workflow job that uses this action one at a time per sender (concurrency)', () => {
    type Job = { steps?: { uses?: string }[]; concurrency?: unknown }
    const jobs = documents(block).flatMap((doc) => Object.values((doc as { jobs?: Record<string, Job> })?.jobs ?? {}))
    const ours = jobs.filter((job) => job.steps?.some((step) => OUR_ACTION.test(step.uses ?? '')))
    expect(ours.filter((job) => !job.concurrency)).toEqual([])
  })
})

describe.each(SCRIPTS.map((s) => [s.where, s] as const))('script in %s', (_where, script) => {
  if (script.lang === 'sh')
    it('is valid shell', () => {
      const check = spawnSync('bash', ['-n'], { input: asShell(script.text), encoding: 'utf8' })
      expect(check.stderr).toBe('')
      expect(check.status).toBe(0)
    })

  it('calls the CLI only with subcommands and flags it has', () => {
    for (const call of cliCalls(script.text, script.lang)) {
      const options = COMMANDS.find((c) => c.name === call.command)?.options
      const unknown = options ? call.flags.filter((flag) => !(flag in options)) : [`subcommand ${call.command}`]
      expect({ line: call.line, unknown }).toEqual({ line: call.line, unknown: [] })
    }
  })

  it('names only CRYPTSHARE_* variables the tool reads or writes', () => {
    const named = [...script.text.matchAll(/\bCRYPTSHARE_[A-Z_]+\b/g)].map((m) => m[0])
    expect(named.filter((name) => !KNOWN_VARIABLES.has(name))).toEqual([])
  })
})

describe('each CI recipe runs the deliveries of one sender one at a time', () => {
  const inFile = (file: string): Block[] => BLOCKS.filter((b) => b.file === file)

  it('GitLab: every job that calls the CLI has a resource_group', () => {
    const jobs = [...inFile('docs/gitlab.md').filter((b) => YAML_BLOCKS.includes(b)), ...TEMPLATES]
      .flatMap((b) => documents(b).flatMap((doc) => Object.entries((doc ?? {}) as Record<string, unknown>)))
      .filter(([, job]) => {
        const script = (job as { script?: unknown })?.script
        return Array.isArray(script) && script.some((line) => /cryptshare-ci/.test(String(line)))
      })
    // The hand-written job and the component's deliver, status and revoke.
    expect(jobs.length).toBeGreaterThanOrEqual(4)
    for (const [name, job] of jobs)
      expect({ name, group: (job as { resource_group?: string }).resource_group }).toEqual({
        name,
        group: expect.any(String)
      })
  })

  it('Jenkins: lock()', () => {
    for (const block of inFile('docs/jenkins.md').filter((b) => b.lang === 'groovy'))
      expect(block.text).toMatch(/\block\(/)
  })

  it('Azure Pipelines: a deployment job on an environment (its Exclusive lock check), lockBehavior sequential', () => {
    const [pipeline] = inFile('docs/azure-pipelines.md')
      .filter((b) => b.lang === 'yaml')
      .map((b) => documents(b)[0]) as {
      lockBehavior?: string
      jobs?: { deployment?: string; environment?: unknown }[]
    }[]
    expect(pipeline.lockBehavior).toBe('sequential')
    expect(pipeline.jobs?.filter((job) => job.deployment && job.environment)).toHaveLength(1)
  })

  it('Bitbucket: a concurrency-group on the step that delivers', () => {
    const steps = inFile('docs/bitbucket.md')
      .filter((b) => b.lang === 'yaml')
      .flatMap((b) => documents(b).flatMap(mappings))
      .filter((map) => Array.isArray(map.script) && map.script.some((line) => /cryptshare-ci/.test(String(line))))
    expect(steps.length).toBeGreaterThan(0)
    for (const step of steps) expect(step['concurrency-group']).toEqual(expect.any(String))
  })

  it('shell and cron: flock; Windows: a named mutex', () => {
    expect(inFile('docs/shell-and-cron.md').some((b) => /\bflock\b/.test(b.text))).toBe(true)
    expect(inFile('docs/windows-powershell.md').some((b) => /Threading\.Mutex/.test(b.text))).toBe(true)
  })
})
