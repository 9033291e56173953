/** Knobs that are not inputs: timeouts and backoff, overridable by environment for tests. */
export interface Tuning {
  idleTimeoutMs: number
  retryBaseMs: number
  retryMaxMs: number
  /** How long the transfer status is asked again when a finalize ended unclear. */
  finalizeConfirmMs: number
}

export const USER_AGENT = 'cryptshare-github-action/0.1'

export function tuning(env: Record<string, string | undefined>): Tuning {
  const number = (name: string, fallback: number): number => {
    const value = Number(env[name])
    return env[name] && Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    idleTimeoutMs: number('CRYPTSHARE_TIMEOUT_SECONDS', 30) * 1000,
    retryBaseMs: number('CRYPTSHARE_RETRY_BASE_MS', 1000),
    retryMaxMs: number('CRYPTSHARE_RETRY_MAX_MS', 30_000),
    finalizeConfirmMs: number('CRYPTSHARE_FINALIZE_CONFIRM_SECONDS', 30) * 1000
  }
}
