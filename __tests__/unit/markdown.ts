// Reading the documentation in tests: which files it is, their prose and their code blocks.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'

export const root = join(new URL('.', import.meta.url).pathname, '..', '..')

const markdownIn = (folder: string): string[] =>
  existsSync(join(root, folder))
    ? readdirSync(join(root, folder))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `${folder}/${name}`)
    : []

/** Every Markdown file of the documentation, relative to the repository root. */
export const DOC_FILES = [
  'README.md',
  'CONTRIBUTING.md',
  'revoke/README.md',
  'status/README.md',
  ...markdownIn('docs'),
  ...markdownIn('templates')
]

export interface CodeBlock {
  lang: string
  text: string
  /** The line of the opening fence (1-based). */
  line: number
}

/** The lines of a Markdown file outside code blocks, and the code blocks with their language. */
export function parse(markdown: string): { prose: string[]; code: CodeBlock[] } {
  const prose: string[] = []
  const code: CodeBlock[] = []
  let fence: { marker: string; lang: string; lines: string[]; line: number } | undefined
  markdown.split('\n').forEach((line, index) => {
    const marker = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line)
    if (fence) {
      if (marker && marker[1].startsWith(fence.marker) && line.trim() === marker[1]) {
        code.push({ lang: fence.lang, text: fence.lines.join('\n'), line: fence.line })
        fence = undefined
      } else fence.lines.push(line)
    } else if (marker) fence = { marker: marker[1], lang: marker[2], lines: [], line: index + 1 }
    else prose.push(line)
  })
  return { prose, code }
}

export interface Block extends CodeBlock {
  file: string
  where: string
}

export const BLOCKS: Block[] = DOC_FILES.flatMap((file) =>
  parse(readFileSync(join(root, file), 'utf8')).code.map((block) => ({
    ...block,
    file,
    where: `${file}:${block.line}`
  }))
)
export const YAML_BLOCKS = BLOCKS.filter((b) => b.lang === 'yaml' || b.lang === 'yml')
export const SHELL_BLOCKS = BLOCKS.filter((b) => ['sh', 'bash', 'shell'].includes(b.lang))

/** The documents of a block that parses (its own test reports one that does not). */
export function parsedOrNone(block: Block): unknown[] {
  try {
    return documents(block)
  } catch {
    return []
  }
}

/** The YAML documents of a block (a GitLab component file has two). */
export function documents(block: Block): unknown[] {
  return parseAllDocuments(block.text).map((doc) => {
    if (doc.errors.length) throw new Error(`${block.where}: ${doc.errors[0].message}`)
    return doc.toJS() as unknown
  })
}

/** Every mapping inside a parsed YAML value, depth first. */
export function mappings(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(mappings)
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>
    return [map, ...Object.values(map).flatMap(mappings)]
  }
  return []
}

/** The scripts a YAML block runs: GitHub `run:`, GitLab/Bitbucket `script:` lists, Azure `script:`. */
export function yamlScripts(block: Block): string[] {
  const keys = ['run', 'script', 'before_script', 'after_script']
  return parsedOrNone(block)
    .flatMap(mappings)
    .flatMap((map) =>
      keys.flatMap((key) => {
        const value = map[key]
        if (typeof value === 'string') return [value]
        if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return [value.join('\n')]
        return []
      })
    )
}

/** The scripts of a Jenkinsfile's `sh '''…'''` and `sh '…'` steps. */
export function jenkinsScripts(block: Block): string[] {
  return [...block.text.matchAll(/\bsh\s+(?:'''([\s\S]*?)'''|'([^'\n]*)')/g)].map((m) => m[1] ?? m[2])
}
