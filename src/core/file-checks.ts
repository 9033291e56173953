// The checks of selected files and folders, before anything is sent: readable, printable names,
// inside the workspace; and the messages that say which path and what to do.
import * as path from 'node:path'
import { escapeControls, hasControlCharacters } from './log-text.js'
import { FileSelectionError, relativePosix, type LocalFile } from './local-files.js'
import { inParallel } from './wait.js'

/** The few file system calls the walk needs (those of `node:fs/promises`). */
export interface WalkFs {
  readdir(dir: string): Promise<string[]>
  stat(file: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>
  lstat(file: string): Promise<unknown>
  realpath(file: string): Promise<string>
  open(file: string, flags: 'r'): Promise<{ close(): Promise<void> }>
}

/** A path for messages: relative to the workspace when inside it, control characters escaped. */
export function showPath(workspace: string, item: string): string {
  return escapeControls(isInside(workspace, item) ? relativePosix(workspace, item) : item)
}

export function isInside(workspace: string, item: string): boolean {
  const relative = path.relative(workspace, item)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export function errorCode(error: unknown): string | undefined {
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

export function accessError(
  shown: string,
  error: unknown,
  what: 'file' | 'folder' | 'path' = 'path'
): FileSelectionError {
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
export function assertPrintableName(file: LocalFile): void {
  if (hasControlCharacters(file.relativePath)) {
    throw new FileSelectionError(
      `File name "${escapeControls(file.relativePath)}" contains control characters or bidirectional overrides ` +
        '(shown escaped); rename it or exclude it with a "!" pattern in "files".'
    )
  }
}

/** Opens and closes the file, so that an unreadable file fails before anything is created. */
export async function assertReadable(file: LocalFile, fileSystem: WalkFs): Promise<void> {
  try {
    await (await fileSystem.open(file.absolutePath, 'r')).close()
  } catch (error) {
    throw accessError(escapeControls(file.relativePath), error, 'file')
  }
}

/** File system calls at once: they wait on the disk, not the CPU. */
export const FILE_SYSTEM_WIDTH = 16

/** A warning for each file whose real location is outside the workspace (links, `../`, absolute patterns). */
export async function outsideWorkspace(files: LocalFile[], workspace: string, fileSystem: WalkFs): Promise<string[]> {
  const realWorkspace = await fileSystem.realpath(workspace).catch(() => path.resolve(workspace))
  const reals = await inParallel(files, FILE_SYSTEM_WIDTH, (file) => fileSystem.realpath(file.absolutePath))
  return files.flatMap((file, index) =>
    isInside(realWorkspace, reals[index])
      ? []
      : [
          `"${escapeControls(file.relativePath)}" lies outside the workspace: it is ${escapeControls(reals[index])}. It is delivered; exclude it with a "!" pattern if that was not meant.`
        ]
  )
}
