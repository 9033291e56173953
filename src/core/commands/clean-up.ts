// The post step's decision, after a main step that was killed: delete the session it left
// unfinished, or, once finalize was sent, only read the transfer's state and say it. Never a
// delivery, never a deletion of something that may be a transfer.
import { CryptshareError } from '../../cryptshare/errors.js'
import { explainRequestFailure } from '../../cryptshare/explain.js'
import { readTransferStatus } from '../../cryptshare/readers.js'
import { deleteUnfinishedSession } from '../unfinished-session.js'
import { openConnection, type Connection } from '../connection.js'
import type { Host } from '../host.js'

/** What a main step leaves behind: enough to reach one session or transfer. */
export interface LeftBehind {
  apiBase: string
  clientId: string
  sender: string
  trackingId: string
  token: string
  /** `session`: never finalized; `finalize`: finalize was sent, the outcome not published. */
  stage: 'session' | 'finalize'
}

/** Retries of the post step's one request: it has little time. */
const CLEAN_UP_RETRIES = 2

export async function runCleanUp(left: LeftBehind, host: Host): Promise<void> {
  host.secret(left.token)
  if (left.clientId) host.secret(left.clientId)
  const connection = openConnection({ apiBase: left.apiBase, clientId: left.clientId, retries: CLEAN_UP_RETRIES }, host)
  const { client } = connection
  try {
    client.useToken(left.token)
    if (left.stage === 'finalize') await reportTransfer(client, left, host)
    else {
      const cleanUp = await deleteUnfinishedSession(
        client,
        left.sender,
        left.trackingId,
        ' left by the cancelled main step'
      )
      if (cleanUp.outcome === 'failed') host.warning(cleanUp.message)
      else host.info(cleanUp.message)
    }
  } finally {
    connection.close()
  }
}

async function reportTransfer(client: Connection['client'], left: LeftBehind, host: Host): Promise<void> {
  const id = left.trackingId
  try {
    const { state } = readTransferStatus(await client.transferStatus(client.transferUrl(left.sender, id)))
    host.info(`Transfer ${id} exists on the server: state ${state || 'unknown'}.`)
  } catch (error) {
    if (error instanceof CryptshareError && error.status === 404) {
      host.info(
        `Transfer ${id} was not found (yet) on the server: finalize was sent, so it may still appear; check it before re-running.`
      )
      return
    }
    const why = error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message
    host.warning(
      `Could not read the status of transfer ${id} (finalize was sent, so it may exist): ${why}. Check it on the server before re-running.`
    )
  }
}
