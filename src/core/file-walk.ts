// Finds the files the `files` patterns select: one walk of the tree, every pattern at once.
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  accessError,
  assertPrintableName,
  assertReadable,
  errorCode,
  FILE_SYSTEM_WIDTH,
  isInside,
  outsideWorkspace,
  showPath,
  type WalkFs
} from './file-checks.js'
import { inParallel } from './wait.js'
import { Match, PatternSet } from './file-patterns.js'
import { relativePosix, type LocalFile } from './local-files.js'

export type { WalkFs } from './file-checks.js'

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
  await inParallel(files, FILE_SYSTEM_WIDTH, (file) => assertReadable(file, options.fs ?? fs))
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
