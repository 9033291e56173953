// The files of a delivery as this tool sees them: what each is, their names and sizes, and the
// error for a file or folder that cannot be used.
import * as path from 'node:path'

/** A file on disk to deliver. */
export interface LocalFile {
  absolutePath: string
  /** Relative to the workspace, with `/` separators (also on Windows). */
  relativePath: string
  /** The name the recipient sees: the base name. */
  name: string
  size: number
}

/** A file this tool writes (an output file), and the setting that names it, e.g. `--output-json`. */
export interface OwnFile {
  path: string
  by: string
}

/** A file or folder that cannot be used as it is; the message says which and what to do. */
export class FileSelectionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileSelectionError'
  }
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
    const key = nameKey(file.name)
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

/** A file name as recipients compare names: NFC-normalised, without regard to case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase()
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
