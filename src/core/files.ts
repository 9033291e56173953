import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { absolutePattern, Match, PatternSet } from './file-patterns.js'
import { escapeControls, hasControlCharacters } from './log-text.js'

/** A file on disk to deliver. */
export interface LocalFile {
  absolutePath: string
  /** Relative to the workspace, with `/` separators (also on Windows). */
  relativePath: string
  /** The name the recipient sees: the base name. */
  name: string
  size: number
}

export interface FileSearch {
  files: LocalFile[]
  /** Include patterns that matched no file (while the search as a whole may have matched). */
  unmatchedPatterns: string[]
  /** Things skipped on the way (directory cycles, broken links, …), one sentence each. */
  warnings: string[]
  /** Hidden files and folders (relative paths) that matched but were left out. */
  hidden: string[]
}

export interface FindOptions {
  /** Deliver files and folders whose names start with `.` (excluded by default). */
  includeHidden?: boolean
  homedir?: string
  /** The file system to walk; injectable so that tests can count directory reads. */
  fs?: WalkFs
}

/** The few file system calls the walk needs (those of `node:fs/promises`). */
export interface WalkFs {
  readdir(dir: string): Promise<string[]>
  stat(file: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>
  lstat(file: string): Promise<unknown>
  realpath(file: string): Promise<string>
  open(file: string, flags: 'r'): Promise<{ close(): Promise<void> }>
}

/** A file or folder that cannot be used as it is; the message says which and what to do. */
export class FileSelectionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileSelectionError'
  }
}

/**
 * Resolves newline-separated glob patterns relative to `workspace` in one walk of the tree
 * (each search root once, however many patterns). `!pattern` excludes; directories that match
 * contribute the files below them; symbolic links are followed. Throws `FileSelectionError`
 * for a name with control characters and for a file or folder that cannot be read.
 */
export async function findFiles(patterns: string[], workspace: string, options: FindOptions = {}): Promise<FileSearch> {
  const set = new PatternSet(patterns, workspace, options.homedir ?? os.homedir())
  const walker = new Walker(set, workspace, options.fs ?? fs, options.includeHidden ?? false)
  for (const root of set.searchRoots()) await walker.walkRoot(root)

  const files = [...walker.found.values()].sort((a, b) =>
    a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0
  )
  for (const file of files) assertPrintableName(file)
  await inParallel(files, (file) => assertReadable(file, options.fs ?? fs))
  const warnings = [...walker.warnings.sort(), ...(await outsideWorkspace(files, workspace, options.fs ?? fs))]

  const unmatchedPatterns = set.includes.filter((_, index) => !walker.hit.has(index)).map((line) => line.source)
  return { files, unmatchedPatterns, warnings, hidden: walker.hidden.sort() }
}

/** Walks the search roots, matching every path against all patterns at once. */
class Walker {
  readonly found = new Map<string, LocalFile>()
  readonly warnings: string[] = []
  readonly hidden: string[] = []
  /** Include lines that selected a file so far; once all have, matching can stop early. */
  readonly hit = new Set<number>()
  private unhit: number

  constructor(
    private readonly set: PatternSet,
    private readonly workspace: string,
    private readonly fs: WalkFs,
    private readonly includeHidden: boolean
  ) {
    this.unhit = set.includes.length
  }

  async walkRoot(root: string): Promise<void> {
    try {
      await this.fs.lstat(root)
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return
      throw accessError(this.show(root), error)
    }
    // Hidden means: a name starting with `.` below the workspace (below the search root for a
    // pattern outside the workspace), so a workspace inside a hidden folder is no problem.
    const base = isInside(this.workspace, root) ? this.workspace : root
    const hidden = path
      .relative(base, root)
      .split(path.sep)
      .some((segment) => segment.startsWith('.'))
    await this.visit(root, [], hidden)
  }

  /** `ancestors`: the real paths of the folders above, to notice a link back to one of them. */
  private async visit(item: string, ancestors: string[], hidden: boolean): Promise<void> {
    const subject = this.set.subject(item)
    if (this.set.excludesAllBelow(subject)) return
    const { kind: match, hits } = this.set.evaluate(subject, this.unhit > 0)
    if (!match && !this.set.couldMatchBelow(subject)) return
    if (hidden && !this.includeHidden) {
      // Reported when it matched or a pattern named it; hidden folders are not searched for matches.
      if (match || this.set.names(item)) this.hidden.push(relativePosix(this.workspace, item))
      return
    }

    let stats: Awaited<ReturnType<WalkFs['stat']>>
    try {
      stats = await this.fs.stat(item)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' && (await this.exists(item))) {
        if (match & Match.File) this.warnings.push(`Skipped "${this.show(item)}": it is a broken symbolic link.`)
        return
      }
      if (code === 'ENOENT' || code === 'ENOTDIR') return // gone while we looked
      throw accessError(this.show(item), error)
    }

    if (stats.isDirectory()) {
      const real = await this.realpath(item)
      if (ancestors.includes(real)) {
        this.warnings.push(
          `Skipped "${this.show(item)}": it links back to the folder "${this.show(real)}" above it (a directory cycle).`
        )
        return
      }
      let names: string[]
      try {
        names = await this.fs.readdir(item)
      } catch (error) {
        throw accessError(this.show(item), error, 'folder')
      }
      const below = [...ancestors, real]
      for (const name of names) await this.visit(path.join(item, name), below, name.startsWith('.'))
    } else if (match & Match.File) {
      if (!stats.isFile()) {
        this.warnings.push(`Skipped "${this.show(item)}": it is not a regular file.`)
        return
      }
      this.found.set(item, {
        absolutePath: item,
        relativePath: relativePosix(this.workspace, item),
        name: path.basename(item),
        size: stats.size
      })
      for (const index of hits) {
        if (!this.hit.has(index)) this.unhit--
        this.hit.add(index)
      }
    }
  }

  private async exists(item: string): Promise<boolean> {
    try {
      await this.fs.lstat(item)
      return true
    } catch {
      return false
    }
  }

  private async realpath(item: string): Promise<string> {
    try {
      return await this.fs.realpath(item)
    } catch (error) {
      throw accessError(this.show(item), error, 'folder')
    }
  }

  private show(item: string): string {
    return showPath(this.workspace, item)
  }
}

/** A path for messages: relative to the workspace when inside it, control characters escaped. */
function showPath(workspace: string, item: string): string {
  return escapeControls(isInside(workspace, item) ? relativePosix(workspace, item) : item)
}

function isInside(workspace: string, item: string): boolean {
  const relative = path.relative(workspace, item)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links: a link that leads back to itself',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long'
}

function accessError(shown: string, error: unknown, what: 'file' | 'folder' | 'path' = 'path'): FileSelectionError {
  const code = errorCode(error)
  const reason = code ? `${code}: ${REASONS[code] ?? (error as Error).message}` : String(error)
  const fix =
    code === 'ELOOP'
      ? 'Fix or remove the link'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Give read access to the user this tool runs as'
        : 'Check it'
  return new FileSelectionError(
    `Cannot read the ${what} "${shown}" (${escapeControls(reason)}). ${fix}, or exclude it with a "!" pattern in "files".`
  )
}

/** File names reach the recipients and the log: control and bidi characters are refused. */
function assertPrintableName(file: LocalFile): void {
  if (hasControlCharacters(file.relativePath)) {
    throw new FileSelectionError(
      `File name "${escapeControls(file.relativePath)}" contains control characters or bidirectional overrides ` +
        '(shown escaped); rename it or exclude it with a "!" pattern in "files".'
    )
  }
}

/** Opens and closes the file, so that an unreadable file fails before anything is created. */
async function assertReadable(file: LocalFile, fileSystem: WalkFs): Promise<void> {
  try {
    await (await fileSystem.open(file.absolutePath, 'r')).close()
  } catch (error) {
    throw accessError(escapeControls(file.relativePath), error, 'file')
  }
}

/** A warning for each file whose real location is outside the workspace (links, `../`, absolute patterns). */
async function outsideWorkspace(files: LocalFile[], workspace: string, fileSystem: WalkFs): Promise<string[]> {
  const realWorkspace = await fileSystem.realpath(workspace).catch(() => path.resolve(workspace))
  const reals = await inParallel(files, (file) => fileSystem.realpath(file.absolutePath))
  return files.flatMap((file, index) =>
    isInside(realWorkspace, reals[index])
      ? []
      : [
          `"${escapeControls(file.relativePath)}" lies outside the workspace: it is ${escapeControls(reals[index])}. It is delivered; exclude it with a "!" pattern if that was not meant.`
        ]
  )
}

/** A file this tool writes (an output file), and the setting that names it, e.g. `--output-json`. */
export interface OwnFile {
  path: string
  by: string
}

/**
 * Splits off the selected files that are files this tool writes (compared by resolved real path,
 * so a link or `..` does not hide one): a previous run's result file holds its password and
 * download URLs, and must never be delivered by the next run.
 */
export async function withoutOwnFiles(
  files: LocalFile[],
  own: OwnFile[],
  fileSystem: Pick<WalkFs, 'realpath'> = fs
): Promise<{ files: LocalFile[]; excluded: { file: LocalFile; by: string }[] }> {
  const existing = await Promise.all(
    own.map(async (o) => ({ real: await fileSystem.realpath(path.resolve(o.path)).catch(() => undefined), by: o.by }))
  )
  const byReal = new Map(existing.flatMap((o) => (o.real ? [[o.real, o.by] as const] : [])))
  if (byReal.size === 0) return { files, excluded: [] }
  const reals = await inParallel(files, (file) => fileSystem.realpath(file.absolutePath).catch(() => file.absolutePath))
  const excluded = files.flatMap((file, index) => {
    const by = byReal.get(reals[index])
    return by ? [{ file, by }] : []
  })
  if (excluded.length === 0) return { files, excluded }
  const left = new Set(excluded.map((e) => e.file))
  return { files: files.filter((f) => !left.has(f)), excluded }
}

/** Runs `task` for every item, a few at a time (file system calls wait on the disk, not the CPU). */
async function inParallel<T, R>(items: T[], task: (item: T) => Promise<R>, width = 16): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}

/** Makes a pattern absolute against the workspace, keeping a leading `!` and `~`. */
export function anchorPattern(pattern: string, workspace: string, pathModule: typeof path = path): string {
  const negated = pattern.startsWith('!')
  const body = negated ? pattern.slice(1).trim() : pattern
  const anchored = body === '~' || /^~[\\/]/.test(body) ? body : absolutePattern(body, workspace, '', pathModule)
  return negated ? `!${anchored}` : anchored
}

/** The path of `file` relative to `workspace`, with `/` separators on every platform. */
export function relativePosix(workspace: string, file: string, pathModule: typeof path = path): string {
  return pathModule.relative(workspace, file).split(pathModule.sep).join('/')
}

/**
 * Throws when two files would reach the recipient under the same name. Names are compared as
 * recipients see them: Unicode-normalised (NFC, so `é` typed on macOS and on Linux is one
 * name) and without regard to case, as on Windows and macOS. The name sent stays the original.
 */
export function assertUniqueNames(files: LocalFile[]): void {
  const byName = new Map<string, LocalFile>()
  for (const file of files) {
    const key = file.name.normalize('NFC').toLowerCase()
    const other = byName.get(key)
    if (other) {
      throw new FileSelectionError(
        `Two files would be delivered under the same name "${file.name}": "${other.relativePath}" and "${file.relativePath}". ` +
          'Cryptshare needs unique file names in a transfer: narrow the "files" patterns, add a "!" exclude, or rename one of them.'
      )
    }
    byName.set(key, file)
  }
}

/** The bytes of all files together. */
export function totalSize(files: LocalFile[]): number {
  return files.reduce((sum, f) => sum + f.size, 0)
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** 1536 → "1.5 KiB". */
export function humanSize(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${UNITS[unit]}`
}
