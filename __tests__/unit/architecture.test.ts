// The layers, read from the import statements: http → cryptshare → core → the front-ends (action,
// cli), each importing only the layers below it (a front-end only the core); only the GitHub front-end talks to the runner
// (src/action/runner.ts; @actions/core is not imported at all: its module loads undici at start-up),
// only the front-ends read process.env, and neither front-end imports the other.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..')
const src = join(root, 'src')

/** Each layer and what it may import (itself included). */
const LAYERS: Record<string, string[]> = {
  http: ['http'],
  cryptshare: ['http', 'cryptshare'],
  core: ['http', 'cryptshare', 'core'],
  // The front-ends only translate: every command, connection and client is the core's.
  action: ['core', 'action'],
  cli: ['core', 'cli']
}

/** The GitHub front-end: the only layer that writes workflow commands. */
const ACTION_FRONT_END = 'action'
/** The layers that may read process.env: the front-ends, which hand the core what it needs. */
const FRONT_ENDS = ['action', 'cli']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
  )
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'/gm)].map((m) => m[1])
}

/** The layer of a file below src/ (its first folder), or undefined for a top-level module. */
function layerOf(file: string): string | undefined {
  const parts = relative(src, file).split('/')
  return parts.length > 1 ? parts[0] : undefined
}

describe('architecture', () => {
  const files = sources(src)

  it('finds the layers it checks', () => {
    for (const layer of Object.keys(LAYERS)) expect(files.some((f) => layerOf(f) === layer)).toBe(true)
  })

  it('every module lies in a layer', () => {
    expect(files.filter((f) => !LAYERS[layerOf(f) ?? '']).map((f) => relative(root, f))).toEqual([])
  })

  it('every layer imports only the layers below it', () => {
    const violations: string[] = []
    for (const file of files) {
      const layer = layerOf(file)
      if (!layer || !LAYERS[layer]) continue
      for (const target of imports(file).filter((t) => t.startsWith('.'))) {
        const targetLayer = layerOf(resolve(dirname(file), target))
        if (!targetLayer || !LAYERS[layer].includes(targetLayer))
          violations.push(`${relative(root, file)} imports ${target} (${targetLayer ?? 'top level'})`)
      }
    }
    expect(violations).toEqual([])
  })

  it('nothing imports @actions/core (start-up cost), nor the main module of @actions/http-client; only the front-ends read process.env', () => {
    const violations: string[] = []
    for (const file of files) {
      const name = relative(src, file)
      const layer = layerOf(file) ?? ''
      for (const heavy of ['@actions/core', '@actions/http-client'])
        if (imports(file).some((t) => t === heavy || (heavy === '@actions/core' && t.startsWith(`${heavy}/`))))
          violations.push(`${name} imports ${heavy}`)
      if (!FRONT_ENDS.includes(layer) && /\bprocess\.env\b/.test(readFileSync(file, 'utf8')))
        violations.push(`${name} reads process.env`)
    }
    expect(violations).toEqual([])
  })

  it('only the GitHub front-end knows GitHub variables (GITHUB_*)', () => {
    // A core module that reads a CI run's identity from a plain environment record may join this list:
    // the receipt names the run that sent it, on every CI (the CLI runs in GitHub Actions too).
    const allowed: string[] = ['core/receipt/ci-run.ts']
    const offenders = files
      .filter((f) => layerOf(f) !== ACTION_FRONT_END && !allowed.includes(relative(src, f)))
      .filter((f) => /\bGITHUB_[A-Z_]+/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f))
    expect(offenders).toEqual([])
  })
})
