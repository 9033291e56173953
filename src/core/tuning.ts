import { MAX_TIMER_MS } from './options.js'

/** Knobs that are not inputs: timeouts and backoff, overridable by environment (the README's bounds table). */
export interface Tuning {
  /** A connection on which no data moves for this long fails. */
  idleTimeoutMs: number
  /** Longest time for one request's whole answer (after an upload's last byte, for a PUT). */
  requestTimeoutMs: number
  retryBaseMs: number
  retryMaxMs: number
  /** How long the transfer status is asked again when a finalize ended unclear. */
  finalizeConfirmMs: number
  /** The first pause between two status reads while waiting for downloads (then doubling, up to 60 s). */
  downloadPollMs: number
}

/** The environment variables that set the bounds; error messages name them. */
export const TuningEnv = {
  idleTimeout: 'CRYPTSHARE_TIMEOUT_SECONDS',
  requestTimeout: 'CRYPTSHARE_REQUEST_TIMEOUT_SECONDS',
  retryBase: 'CRYPTSHARE_RETRY_BASE_MS',
  retryMax: 'CRYPTSHARE_RETRY_MAX_MS',
  finalizeConfirm: 'CRYPTSHARE_FINALIZE_CONFIRM_SECONDS',
  downloadPoll: 'CRYPTSHARE_DOWNLOAD_POLL_SECONDS'
} as const

/**
 * Reads the knobs; a missing or invalid value (not a number, negative; zero for a timeout) means
 * the default. A value beyond the longest timer Node.js can set (about 24 days) counts as that
 * longest one: a longer timer would fire at once and fail every request.
 */
export function tuning(env: Record<string, string | undefined>): Tuning {
  const ms = (name: string, fallback: number, unit: 1 | 1000, minimum: 'zero' | 'positive' = 'zero'): number => {
    const text = env[name]?.trim()
    const value = Number(text)
    const valid = text && Number.isFinite(value) && (minimum === 'zero' ? value >= 0 : value > 0)
    return Math.min((valid ? value : fallback) * unit, MAX_TIMER_MS)
  }
  return {
    idleTimeoutMs: ms(TuningEnv.idleTimeout, 30, 1000, 'positive'),
    requestTimeoutMs: ms(TuningEnv.requestTimeout, 120, 1000, 'positive'),
    retryBaseMs: ms(TuningEnv.retryBase, 1000, 1),
    retryMaxMs: ms(TuningEnv.retryMax, 30_000, 1),
    finalizeConfirmMs: ms(TuningEnv.finalizeConfirm, 30, 1000, 'positive'),
    downloadPollMs: ms(TuningEnv.downloadPoll, 10, 1000, 'positive')
  }
}
