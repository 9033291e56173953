import { createHash } from 'node:crypto'
import { createReadStream, promises as fs } from 'node:fs'
import * as path from 'node:path'
import * as glob from '@actions/glob'

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
}

/** Read files in chunks this large; big enough for throughput, small for memory. */
export const READ_CHUNK_BYTES = 256 * 1024

const GLOB_OPTIONS: glob.GlobOptions = {
  followSymbolicLinks: true,
  implicitDescendants: true,
  matchDirectories: true,
  omitBrokenSymbolicLinks: true,
  excludeHiddenFiles: false
}

/**
 * Resolves newline-separated glob patterns relative to `workspace`. `!pattern` excludes;
 * directories that match contribute the files below them; symlinks are followed.
 */
export async function findFiles(patterns: string[], workspace: string): Promise<FileSearch> {
  const anchored = patterns.map((p) => anchorPattern(p, workspace))
  const includes = anchored.filter((p) => !p.startsWith('!'))
  const excludes = anchored.filter((p) => p.startsWith('!'))

  const files = await matchFiles([...includes, ...excludes], workspace)
  const unmatchedPatterns: string[] = []
  if (includes.length > 1) {
    for (const [index, include] of includes.entries()) {
      if ((await matchFiles([include, ...excludes], workspace)).length === 0) {
        unmatchedPatterns.push(patterns.filter((p) => !p.startsWith('!'))[index])
      }
    }
  } else if (files.length === 0) {
    unmatchedPatterns.push(...patterns.filter((p) => !p.startsWith('!')))
  }
  return { files, unmatchedPatterns }
}

async function matchFiles(patterns: string[], workspace: string): Promise<LocalFile[]> {
  const globber = await glob.create(patterns.join('\n'), GLOB_OPTIONS)
  const found: LocalFile[] = []
  for await (const match of globber.globGenerator()) {
    const stat = await fs.stat(match)
    if (!stat.isFile()) continue
    found.push({
      absolutePath: match,
      relativePath: relativePosix(workspace, match),
      name: path.basename(match),
      size: stat.size
    })
  }
  return found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0))
}

/** Makes a pattern absolute against the workspace, keeping a leading `!` and `~`. */
export function anchorPattern(pattern: string, workspace: string, pathModule: typeof path = path): string {
  const negated = pattern.startsWith('!')
  const body = negated ? pattern.slice(1).trim() : pattern
  const anchored = pathModule.isAbsolute(body) || body.startsWith('~') ? body : pathModule.join(workspace, body)
  return negated ? `!${anchored}` : anchored
}

/** The path of `file` relative to `workspace`, with `/` separators on every platform. */
export function relativePosix(workspace: string, file: string, pathModule: typeof path = path): string {
  return pathModule.relative(workspace, file).split(pathModule.sep).join('/')
}

/**
 * Throws when two files would reach the recipient under the same name. Names are compared
 * without regard to case, as recipients on Windows and macOS would see a clash.
 */
export function assertUniqueNames(files: LocalFile[]): void {
  const byName = new Map<string, LocalFile>()
  for (const file of files) {
    const key = file.name.toLowerCase()
    const other = byName.get(key)
    if (other) {
      throw new Error(
        `Two files would be delivered under the same name "${file.name}": "${other.relativePath}" and "${file.relativePath}". ` +
          'Cryptshare needs unique file names in a transfer: narrow the "files" patterns, add a "!" exclude, or rename one of them.'
      )
    }
    byName.set(key, file)
  }
}

/** SHA-256 of a file as lowercase hex, read as a stream. */
export async function sha256File(filePath: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(filePath, { highWaterMark: READ_CHUNK_BYTES })) {
    hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
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
