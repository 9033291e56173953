import * as core from '@actions/core'
import { deleteUnfinishedSession } from '../core/cleanup.js'
import { openClient } from '../core/connection.js'
import type { CryptshareClient } from '../cryptshare/client.js'
import { CryptshareError } from '../cryptshare/errors.js'
import { explainRequestFailure } from '../cryptshare/explain.js'
import { rawInput } from './inputs.js'
import { escapeControls, logText } from '../core/log-text.js'

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
export async function runPost(): Promise<void> {
  if (!process.env.GITHUB_STATE) {
    info(
      'Post step: this runner provides no GITHUB_STATE, so the main step saved no state (it would have printed the verification token); nothing to clean up or check.'
    )
    return
  }
  const finalize = savedState(FINALIZE_STATE)
  const session = savedState(SESSION_STATE)
  // Once finalize was sent, deleting proves nothing and may race the server: only report.
  const target = finalize ?? session
  if (!target) return

  core.setSecret(target.token)
  const clientId = rawInput(process.env, 'client-id')
  if (clientId) core.setSecret(clientId)
  const { client, close } = openClient({ apiBase: target.apiBase, clientId, retries: 2 }, process.env)
  try {
    client.useToken(target.token)
    if (finalize) await reportTransfer(client, finalize)
    else await deleteSession(client, target)
  } finally {
    close()
  }
}

/** A saved session, or undefined when there is none or it is not of the expected shape. */
function savedState(name: string): SavedSession | undefined {
  const raw = core.getState(name)
  if (!raw) return undefined
  try {
    const saved = JSON.parse(raw) as Partial<SavedSession> | null
    const fields = [saved?.apiBase, saved?.sender, saved?.trackingId, saved?.token]
    if (fields.every((field) => typeof field === 'string' && field)) return saved as SavedSession
  } catch {
    // fall through
  }
  core.debug(`Post step: the saved state "${name}" is not a session; ignored.`)
  return undefined
}

async function deleteSession(client: CryptshareClient, saved: SavedSession): Promise<void> {
  const cleanUp = await deleteUnfinishedSession(
    client,
    saved.sender,
    saved.trackingId,
    ' left by the cancelled main step'
  )
  if (cleanUp.outcome === 'failed') warning(cleanUp.message)
  else info(cleanUp.message)
}

async function reportTransfer(client: CryptshareClient, saved: SavedSession): Promise<void> {
  const id = saved.trackingId
  try {
    const status = await client.transferStatus(client.transferUrl(saved.sender, id))
    const state = (status as { status?: { state?: unknown } } | undefined)?.status?.state
    info(`Transfer ${id} exists on the server: state ${typeof state === 'string' && state ? state : 'unknown'}.`)
  } catch (error) {
    if (error instanceof CryptshareError && error.status === 404) {
      info(
        `Transfer ${id} was not found (yet) on the server: finalize was sent, so it may still appear; check it before re-running.`
      )
      return
    }
    warning(
      `Could not read the status of transfer ${id} (finalize was sent, so it may exist): ${why(error)}. Check it on the server before re-running.`
    )
  }
}

function why(error: unknown): string {
  return error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message
}

/** Log lines of the post step go through the same escaping as the main step's. */
function info(message: string): void {
  core.info(logText(message))
}

function warning(message: string): void {
  core.warning(escapeControls(message))
}
