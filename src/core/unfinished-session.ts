// Clean-up of a session that was never finalized: the main step after a failure and the post step
// after a killed main step do the same, and say the same.
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'

export interface CleanUp {
  /** `gone`: the server no longer has it (404); `failed`: it may still exist until it expires. */
  outcome: 'deleted' | 'gone' | 'failed'
  /** One line for the log: an info line, or a warning when `failed`. */
  message: string
}

/**
 * Deletes the unfinished session (without any cancel signal: this is the clean-up).
 * `renewToken: false` for a session known to refuse new tokens: renewing would only take the
 * token away from another run on a server where a new token replaces the old.
 */
export async function deleteUnfinishedSession(
  client: CryptshareClient,
  sender: string,
  trackingId: string,
  leftBy = '',
  options: { renewToken?: boolean } = {}
): Promise<CleanUp> {
  try {
    await client.withoutSignal().deleteSession(sender, trackingId, options)
    return {
      outcome: 'deleted',
      message: `Deleted the unfinished transfer session ${trackingId}${leftBy}: recipients receive nothing.`
    }
  } catch (error) {
    if (error instanceof CryptshareError && error.kind === 'http' && error.status === 404) {
      return {
        outcome: 'gone',
        message: `The unfinished transfer session ${trackingId}${leftBy} is no longer on the server: recipients receive nothing.`
      }
    }
    const why = error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message
    return {
      outcome: 'failed',
      message: `Could not delete the unfinished transfer session ${trackingId}${leftBy} (${why}); it was never finalized, so recipients receive nothing, and the server discards it when it expires.`
    }
  }
}
