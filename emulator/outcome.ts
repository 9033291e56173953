/** What became of a finalized transfer: processing, its outcome, files removed, revocation. */
import type { Settings } from './settings.js'
import type { EmulatorState } from './state.js'
import type { SessionRecord } from './types.js'
import { liveFiles, type StatusState } from './views.js'

/** The state after processing: FAILED by option, or when every file failed its checksum check. */
export function outcomeState(settings: Settings, session: SessionRecord): 'ACTIVE' | 'FAILED' {
  if (settings.server.outcome === 'FAILED') return 'FAILED'
  const files = liveFiles(session)
  return files.length && files.every((file) => file.checksumMismatch) ? 'FAILED' : 'ACTIVE'
}

/**
 * The state the next status read reports: PROCESSING until `processingPolls` reads happened,
 * then the outcome, or DELETED_BY_REVOCATION once revoked.
 */
export function currentState(settings: Settings, state: EmulatorState, session: SessionRecord): StatusState {
  if (state.revocationOf(session.trackingId)) return 'DELETED_BY_REVOCATION'
  const processingPolls = settings.server.processingPolls ?? 1
  return session.statusPolls >= processingPolls ? outcomeState(settings, session) : 'PROCESSING'
}

/** Files removed during processing (REMOVED_FILES, checksum mismatches): id -> removal cause. */
export function removedFiles(settings: Settings, session: SessionRecord): Map<string, string> {
  const { server: options } = settings
  const files = liveFiles(session)
  const removed = new Map<string, string>()
  if (options.outcome === 'REMOVED_FILES') {
    const names = new Set(options.removeFiles ?? (files.length ? [files[0].fileName] : []))
    for (const file of files) if (names.has(file.fileName)) removed.set(file.id, 'VIRUS_DETECTED')
  }
  for (const file of files) if (file.checksumMismatch) removed.set(file.id, 'CHECKSUM_MISMATCH')
  return removed
}
