// Keeps the files this tool writes (a result file with the password) out of a delivery.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { FILE_SYSTEM_WIDTH, type WalkFs } from './file-checks.js'
import { inParallel } from './wait.js'
import type { LocalFile, OwnFile } from './local-files.js'

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
  const reals = await inParallel(files, FILE_SYSTEM_WIDTH, (file) =>
    fileSystem.realpath(file.absolutePath).catch(() => file.absolutePath)
  )
  const excluded = files.flatMap((file, index) => {
    const by = byReal.get(reals[index])
    return by ? [{ file, by }] : []
  })
  if (excluded.length === 0) return { files, excluded }
  const left = new Set(excluded.map((e) => e.file))
  return { files: files.filter((f) => !left.has(f)), excluded }
}
