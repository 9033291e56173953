// Whether a delivery reached what was asked for: the same decision for every front-end.
import { NEUTRAL_NAMING, type DeliveryResult, type OptionNaming } from './contract.js'

export interface VerdictRules {
  waitForProcessing: boolean
  allowRemovedFiles: boolean
}

export interface Verdict {
  /** `error`: the run failed; `warning`: it succeeded with something to see; `info`: all is well. */
  level: 'error' | 'warning' | 'info'
  /** One line (empty for a dry run). */
  message: string
}

export function verdict(result: DeliveryResult, rules: VerdictRules, naming: OptionNaming = NEUTRAL_NAMING): Verdict {
  if (result.dryRun) return { level: 'info', message: '' }
  const removed =
    result.removedFiles.map((f) => `${f.name} (${f.cause})`).join(', ') +
    (result.removedFiles.some((f) => /checksum/i.test(f.cause))
      ? '; a checksum mismatch: the server received other bytes than were sent, so something between this machine and the server (a proxy, a scanner) altered the upload'
      : '')
  if (result.state === 'FAILED') {
    return {
      level: 'error',
      message: `Transfer ${result.trackingId} FAILED: the server could not process any file${removed ? `; removed: ${removed}` : ''}. Nothing is downloadable; check the files (e.g. virus scan) and the server's log.`
    }
  }
  if (result.removedFiles.length) {
    const message = `Transfer ${result.trackingId} is ${result.state}, but the server removed ${result.removedFiles.length} file(s) during processing: ${removed}.`
    return rules.allowRemovedFiles
      ? { level: 'warning', message }
      : {
          level: 'error',
          message: `${message} Recipients do not get the complete delivery; set ${naming.setting('allow-removed-files', 'true')} to accept this.`
        }
  }
  if (rules.waitForProcessing && result.state !== 'ACTIVE') {
    return { level: 'error', message: `Transfer ${result.trackingId} ended in state ${result.state}, not ACTIVE.` }
  }
  return { level: 'info', message: `Transfer ${result.trackingId} is ${result.state}.` }
}
