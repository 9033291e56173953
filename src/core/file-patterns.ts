// The `files` patterns with the semantics of `@actions/glob` (which the action used before),
// matched with minimatch, which does not log: absolute patterns anchored at the workspace, `~`
// for the home folder, `!` excludes (they apply to every include), a trailing separator matching
// directories only, and a matched directory standing for every file below it.
import { Minimatch, type MinimatchOptions } from 'minimatch'
import * as path from 'node:path'

/** What a pattern says about a path (bit flags, as in @actions/glob). */
export const Match = { None: 0, Directory: 1, File: 2, All: 3 } as const

/** The path functions of one platform; injectable so that Windows patterns can be tested anywhere. */
export type PathApi = typeof path.posix

interface Flavour {
  path: PathApi
  windows: boolean
}

function flavourOf(pathApi: PathApi): Flavour {
  return { path: pathApi, windows: pathApi.sep === '\\' }
}

/** Escapes glob characters in a literal path (the workspace, the home folder). */
export function globEscape(literal: string, windows: boolean): string {
  return (windows ? literal : literal.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/\\]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}

/** The literal text of a pattern segment, or '' when it holds a glob character. */
function literalOf(segment: string, windows: boolean): string {
  let literal = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !windows && i + 1 < segment.length) {
      literal += segment[++i]
    } else if (c === '*' || c === '?') {
      return ''
    } else if (c === '[' && i + 1 < segment.length) {
      const close = segment.indexOf(']', i + 1)
      const set = close > 0 ? segment.slice(i + 1, close).replace(windows ? /$^/ : /\\(.)/g, '$1') : ''
      if (close > 0 && set.length > 1) return ''
      if (close > 0 && set.length === 1) {
        literal += set
        i = close
      } else literal += c
    } else literal += c
  }
  return literal
}

/** One compiled pattern line (or its implicit `/**` companion). */
export class GlobPattern {
  /** The folder below which matches can be (the literal part before the first glob segment). */
  readonly searchPath: string
  private readonly segments: string[]
  private readonly directoriesOnly: boolean
  private readonly implicit: boolean
  private readonly root: string
  private readonly nativeRoot: string
  private readonly matcher: Minimatch
  /** Matches a path whose every descendant this pattern matches (the part before a final `**`). */
  private readonly parentMatcher?: Minimatch

  constructor(absolutePattern: string, flavour: Flavour, implicit = false) {
    const { path: p, windows } = flavour
    const normalized = p.normalize(absolutePattern)
    const root = p.parse(normalized).root
    this.directoriesOnly = (windows ? /[\\/]$/ : /\/$/).test(absolutePattern) && normalized.length > root.length
    this.segments = normalized
      .slice(root.length)
      .split(windows ? /[\\/]+/ : /\/+/)
      .filter(Boolean)
    this.implicit = implicit
    this.root = toSlash(root, windows)
    this.nativeRoot = root

    const literals: string[] = []
    for (const segment of this.segments) {
      const literal = literalOf(segment, windows)
      if (!literal) break
      literals.push(literal)
    }
    this.searchPath = p.join(root, ...literals)

    const options: MinimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: windows,
      nocomment: true,
      noext: true,
      nonegate: true,
      windowsPathsNoEscape: windows
    }
    this.matcher = new Minimatch(this.root + this.segments.join('/'), options)
    if (this.segments.at(-1) === '**' && this.segments.length > 1 && !this.directoriesOnly)
      this.parentMatcher = new Minimatch(this.root + this.segments.slice(0, -1).join('/'), options)
  }

  /** The same pattern with `/**` appended: it matches everything below what this one matches. */
  withDescendants(flavour: Flavour): GlobPattern | undefined {
    if (this.segments.at(-1) === '**' && !this.directoriesOnly) return undefined
    return new GlobPattern(flavour.path.join(this.nativeRoot, ...this.segments, '**'), flavour, true)
  }

  /** What this pattern says about `item` (an absolute path with `/` separators). */
  match(item: string): number {
    // As in @actions/glob, `dir/**` also matches `dir` itself (minimatch only matches `dir/`).
    const subject =
      this.segments.at(-1) === '**' && !this.implicit && !item.endsWith('/') ? `${item}/` : trimSlash(item, this.root)
    if (!this.matcher.match(subject)) return Match.None
    return this.directoriesOnly ? Match.Directory : Match.All
  }

  /** Whether something below `item` could match. */
  couldMatchBelow(item: string): boolean {
    const subject = trimSlash(item, this.root)
    if (subject === this.root || `${subject}/` === this.root) return true
    return this.matcher.match(subject, true)
  }

  /** Whether this pattern matches every path below `item` (so an exclude can skip the folder). */
  coversAllBelow(item: string): boolean {
    return this.parentMatcher?.match(trimSlash(item, this.root)) ?? false
  }
}

function toSlash(p: string, windows: boolean): string {
  return windows ? p.replace(/\\/g, '/') : p
}

function trimSlash(item: string, root: string): string {
  return item.length > root.length && item.endsWith('/') ? item.slice(0, -1) : item
}

/** An include or exclude line of `files`, compiled. */
interface PatternLine {
  /** The line as the user wrote it (without `!`). */
  source: string
  patterns: GlobPattern[]
}

/** Every line of `files`, compiled once; answers for any path what the whole list says. */
export class PatternSet {
  readonly includes: PatternLine[]
  readonly excludes: PatternLine[]
  private readonly flavour: Flavour

  constructor(lines: string[], workspace: string, homedir: string, pathApi: PathApi = path) {
    this.flavour = flavourOf(pathApi)
    const compile = (line: string): PatternLine => {
      const pattern = new GlobPattern(absolutePattern(line, workspace, homedir, pathApi), this.flavour)
      const descendants = pattern.withDescendants(this.flavour)
      return { source: line, patterns: descendants ? [pattern, descendants] : [pattern] }
    }
    const negated = (line: string): boolean => line.startsWith('!')
    this.includes = lines.filter((l) => !negated(l)).map(compile)
    this.excludes = lines.filter(negated).map((l) => compile(l.slice(1).trim()))
  }

  /** The folders to walk: each include's search path, without those below another one. */
  searchRoots(): string[] {
    const { path: p, windows } = this.flavour
    const key = (s: string): string => (windows ? s.toUpperCase() : s)
    const all = new Map<string, string>()
    for (const line of this.includes)
      for (const pattern of line.patterns) all.set(key(pattern.searchPath), pattern.searchPath)
    const roots: string[] = []
    for (const [k, searchPath] of all) {
      let below = false
      for (let dir = p.dirname(k), prev = k; dir !== prev; prev = dir, dir = p.dirname(dir))
        if (all.has(dir)) below = true
      if (!below) roots.push(searchPath)
    }
    return roots
  }

  /** Whether an include pattern names `item` in its fixed part (e.g. `.github` in `.github/*.yml`). */
  names(item: string): boolean {
    const { path: p, windows } = this.flavour
    const key = (s: string): string => (windows ? s.toUpperCase() : s)
    const folder = key(item)
    return this.includes.some((line) =>
      line.patterns.some((pattern) => {
        const searchPath = key(pattern.searchPath)
        return searchPath === folder || searchPath.startsWith(folder.endsWith(p.sep) ? folder : folder + p.sep)
      })
    )
  }

  /** The path with `/` separators, as the patterns see it. */
  subject(item: string): string {
    return toSlash(item, this.flavour.windows)
  }

  /** Includes OR-ed, then every exclude taken away (excludes apply to all includes). */
  match(subject: string): number {
    return this.evaluate(subject, false).kind
  }

  /**
   * What the whole list says about `subject`, and (with `hits`) the indices of the include lines
   * that select it as a file. Without `hits` the includes stop at the first full match.
   */
  evaluate(subject: string, hits: boolean): { kind: number; hits: number[] } {
    let kind = 0
    const lines: number[] = []
    for (const [index, line] of this.includes.entries()) {
      for (const pattern of line.patterns) {
        const found = pattern.match(subject)
        kind |= found
        if (found & Match.File) {
          lines.push(index)
          break
        }
      }
      if (!hits && kind === Match.All) break
    }
    if (kind === 0) return { kind, hits: lines }
    for (const line of this.excludes) for (const pattern of line.patterns) kind &= ~pattern.match(subject)
    return { kind, hits: kind & Match.File ? lines : [] }
  }

  couldMatchBelow(subject: string): boolean {
    return this.includes.some((line) => line.patterns.some((pattern) => pattern.couldMatchBelow(subject)))
  }

  /** Whether an exclude takes away everything at and below `subject`: no need to look there. */
  excludesAllBelow(subject: string): boolean {
    return this.excludes.some((line) => line.patterns.some((pattern) => pattern.coversAllBelow(subject)))
  }
}

/** A pattern line made absolute: relative to the workspace, `~` the home folder. */
export function absolutePattern(line: string, workspace: string, homedir: string, pathApi: PathApi = path): string {
  const windows = pathApi.sep === '\\'
  if (line === '~' || line.startsWith('~/') || (windows && line.startsWith('~\\')))
    return globEscape(homedir, windows) + line.slice(1)
  if (windows && /^[\\/](?![\\/])/.test(line)) return pathApi.parse(workspace).root + line.slice(1)
  if (pathApi.isAbsolute(line)) return line
  return pathApi.join(globEscape(workspace, windows), line)
}
/** Makes a pattern absolute against the workspace, keeping a leading `!` and `~`. */
export function anchorPattern(pattern: string, workspace: string, pathModule: typeof path = path): string {
  const negated = pattern.startsWith('!')
  const body = negated ? pattern.slice(1).trim() : pattern
  const anchored = body === '~' || /^~[\\/]/.test(body) ? body : absolutePattern(body, workspace, '', pathModule)
  return negated ? `!${anchored}` : anchored
}
