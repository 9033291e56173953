import * as core from '@actions/core'
import { openClient } from './connection.js'
import { CryptshareError } from './cryptshare/errors.js'
import { explainRequestFailure } from './cryptshare/explain.js'
import { Input, rawInput } from './inputs.js'

export const SESSION_STATE = 'session'

/** What the main step leaves for the post step while a session is open. */
export interface SavedSession {
  apiBase: string
  sender: string
  trackingId: string
  token: string
}

/**
 * The post step: when the main step was killed (job cancelled) between creating the session and
 * finalizing it, delete the session so recipients never get a partial delivery.
 */
export async function runPost(): Promise<void> {
  const raw = core.getState(SESSION_STATE)
  if (!raw) return
  let saved: SavedSession
  try {
    saved = JSON.parse(raw) as SavedSession
  } catch {
    return
  }
  core.setSecret(saved.token)
  const clientId = rawInput(process.env, Input.clientId)
  if (clientId) core.setSecret(clientId)
  const { client, close } = openClient({ apiBase: saved.apiBase, clientId, retries: 2 })
  try {
    client.useToken(saved.token)
    await client.deleteSession(saved.sender, saved.trackingId)
    core.info(`Deleted the unfinished transfer session ${saved.trackingId} left by the cancelled main step.`)
  } catch (error) {
    if (error instanceof CryptshareError && error.status === 404) return
    const why = error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message
    core.warning(
      `Could not delete the unfinished transfer session ${saved.trackingId}: ${why}. It was never finalized, so recipients receive nothing.`
    )
  } finally {
    close()
  }
}
