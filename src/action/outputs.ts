// The main step's outputs, kept within GitHub's limits: an output over 1 MB fails the job's
// output handling, so a long `files` list is cut (whole entries) and the full list goes to a file
// outside the workspace, named by the `files-list` output.
import * as runner from './runner.js'
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { DeliveryResult } from '../core/contract.js'
import type { OwnFile } from '../core/files.js'
import { escapeControls } from '../core/log-text.js'
import { checksumFilePaths } from '../core/checksum-files.js'

/** GitHub refuses an output over 1 MB; the `files` output stays this far below it. */
export const FILES_OUTPUT_MAX_BYTES = 750_000

type Env = Record<string, string | undefined>

/** Where the full `files` list is written: the runner's temporary folder, outside the workspace. */
export function filesListPath(env: Env = process.env): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), `cryptshare-files-${randomUUID()}.json`)
}

/** Where the checksum files go: a folder of their own in the runner's temporary folder, outside the workspace. */
export function checksumsPath(env: Env = process.env): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), `cryptshare-checksums-${randomUUID()}`)
}

/** Where the delivery receipt goes: the runner's temporary folder, outside the workspace. */
export function receiptPath(env: Env = process.env): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), `cryptshare-receipt-${randomUUID()}.intoto.json`)
}

/** The files the main step writes besides GitHub's own; none of them may be delivered. */
export interface ActionFiles {
  filesList: string
  checksumsFolder?: string
  receipt?: string
}

/** Every file the main step writes; none of them may be delivered. */
export function actionOwnFiles(
  { filesList, checksumsFolder, receipt }: ActionFiles,
  env: Env = process.env
): OwnFile[] {
  const own: OwnFile[] = [{ path: filesList, by: 'the "files-list" output' }]
  if (receipt) own.push({ path: receipt, by: 'the "receipt-path" output' })
  if (checksumsFolder)
    for (const file of checksumFilePaths(checksumsFolder)) own.push({ path: file, by: 'the "checksums-path" output' })
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    const file = env[name]
    if (file) own.push({ path: file, by: name })
  }
  return own
}

/** The longest prefix of `items` whose JSON array is at most `maxBytes` (UTF-8). */
export function jsonPrefix<T>(items: T[], maxBytes: number): { json: string; count: number } {
  let bytes = 2
  let count = 0
  for (const item of items) {
    const next = Buffer.byteLength(JSON.stringify(item)) + (count ? 1 : 0)
    if (bytes + next > maxBytes) break
    bytes += next
    count++
  }
  return { json: JSON.stringify(items.slice(0, count)), count }
}

/** Sets the `files` output (cut to fit) and `files-list` (the full list, written to `filesList`). */
export function publishFiles(files: DeliveryResult['files'], filesList: string): void {
  try {
    writeFileSync(filesList, JSON.stringify(files))
    runner.setOutput('files-list', filesList)
  } catch (error) {
    runner.setOutput('files-list', '')
    runner.warning(escapeControls(`Could not write the full file list to ${filesList}: ${(error as Error).message}.`))
  }
  const { json, count } = jsonPrefix(files, FILES_OUTPUT_MAX_BYTES)
  runner.setOutput('files', json)
  if (count < files.length) {
    runner.warning(
      escapeControls(
        `The "files" output lists the first ${count} of ${files.length} files (GitHub limits an output to 1 MB); every file is listed in ${filesList} (the "files-list" output).`
      )
    )
  }
}
