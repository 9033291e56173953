// A state file kept between attempts of a CI job (a GitLab cache, a Jenkins workspace): which
// deliveries an earlier attempt made, so that a re-run sends only what was not sent. A delivery
// counts as made once its transfer exists; it is matched by name, recipients and file digests.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import type { DeliveredFile, DeliveryResult, Recipients } from './contract.js'
import type { LocalFile } from './files.js'
import { fileDigests } from './lifecycle/file-digests.js'
import { InputError } from './option-values.js'

export interface RecordedDelivery {
  /** Recipients and file digests: a changed delivery is not the recorded one. */
  signature: string
  trackingId: string
  state?: string
  expirationDate?: string
  files: DeliveredFile[]
  removedFiles: { name: string; cause: string }[]
  recordedAt: string
}

export interface RunState {
  version: 1
  deliveries: Record<string, RecordedDelivery>
}

export async function readRunState(file: string): Promise<RunState> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw new InputError(`The state file ${file} cannot be read: ${error.message}.`)
  })
  if (!text.trim()) return { version: 1, deliveries: {} }
  try {
    const state = JSON.parse(text) as RunState
    if (state.version !== 1 || typeof state.deliveries !== 'object' || state.deliveries === null)
      throw new Error('shape')
    return state
  } catch {
    throw new InputError(
      `The state file ${file} is not one this tool wrote: remove it to send everything again, or point the state file elsewhere.`
    )
  }
}

/** Writes the state whole (a new file renamed over the old): an interrupted write leaves the old one. */
export async function writeRunState(file: string, state: RunState): Promise<void> {
  const next = `${file}.${process.pid}.tmp`
  await fs.writeFile(next, `${JSON.stringify(state, null, 2)}\n`)
  await fs.rename(next, file)
}

/** What identifies a delivery across attempts: its recipients and its files' names, sizes and SHA-256. */
export async function deliverySignature(recipients: Recipients, files: LocalFile[]): Promise<string> {
  const digests = await Promise.all(
    files.map(async (file) => ({
      name: file.name,
      size: file.size,
      sha256: (await fileDigests(file, ['sha256'])).digests.sha256
    }))
  )
  const norm = (list: string[]) => list.map((a) => a.toLowerCase()).sort()
  const canonical = JSON.stringify({
    to: norm(recipients.to),
    cc: norm(recipients.cc),
    bcc: norm(recipients.bcc),
    files: digests.sort((a, b) => a.name.localeCompare(b.name))
  })
  return createHash('sha256').update(canonical).digest('hex')
}

export function recorded(result: DeliveryResult, signature: string, now: number): RecordedDelivery | undefined {
  if (!result.trackingId || !result.state) return undefined
  return {
    signature,
    trackingId: result.trackingId,
    state: result.state,
    ...(result.expirationDate ? { expirationDate: result.expirationDate } : {}),
    files: result.files,
    removedFiles: result.removedFiles,
    recordedAt: new Date(now).toISOString()
  }
}

/** A recorded delivery as the result a front-end publishes (no password: it cannot be published again). */
export function recordedResult(entry: RecordedDelivery): DeliveryResult {
  return {
    dryRun: false,
    trackingId: entry.trackingId,
    state: entry.state,
    expirationDate: entry.expirationDate,
    downloadUrls: [],
    files: entry.files,
    removedFiles: entry.removedFiles
  }
}
