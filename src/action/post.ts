import * as runner from './runner.js'
import { runCleanUp } from '../core/commands/clean-up.js'
import { actionHost } from './host.js'
import { rawInput } from './inputs.js'

/** State key of an open (unfinalized) session. */
export const SESSION_STATE = 'session'
/** State key of a session whose finalize request was sent while the outcome is not yet published. */
export const FINALIZE_STATE = 'finalize'

/** What the main step leaves for the post step: enough to reach one session or transfer. */
export interface SavedSession {
  apiBase: string
  sender: string
  trackingId: string
  token: string
}

/**
 * The post step (its own bundle, `dist/post/index.js`). It can only clean up and report: delete
 * the unfinalized session a killed main step left behind, or, when finalize was already sent,
 * read the transfer status once and log it. It never creates, uploads or finalizes anything.
 */
export async function run(): Promise<void> {
  if (!process.env.GITHUB_STATE) {
    runner.info(
      'Post step: this runner provides no GITHUB_STATE, so the main step saved no state (it would have printed the verification token); nothing to clean up or check.'
    )
    return
  }
  const finalize = savedState(FINALIZE_STATE)
  const session = savedState(SESSION_STATE)
  // Once finalize was sent, deleting proves nothing and may race the server: only report.
  const target = finalize ?? session
  if (!target) return

  await runCleanUp(
    { ...target, clientId: rawInput(process.env, 'client-id'), stage: finalize ? 'finalize' : 'session' },
    actionHost(new AbortController().signal)
  )
}

/** A saved session, or undefined when there is none or it is not of the expected shape. */
function savedState(name: string): SavedSession | undefined {
  const raw = runner.getState(name)
  if (!raw) return undefined
  try {
    const saved = JSON.parse(raw) as Partial<SavedSession> | null
    const fields = [saved?.apiBase, saved?.sender, saved?.trackingId, saved?.token]
    if (fields.every((field) => typeof field === 'string' && field)) return saved as SavedSession
  } catch {
    // fall through
  }
  runner.debug(`Post step: the saved state "${name}" is not a session; ignored.`)
  return undefined
}
