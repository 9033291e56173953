import type { HostEvents } from '../host.js'
import type { CryptshareClient } from '../../cryptshare/client.js'
import { CryptshareError } from '../../cryptshare/errors.js'
import { DeliveryError } from '../errors.js'
import { explainRequestFailure } from '../../cryptshare/explain.js'
import { readTransferListEntry, readTransferStatus } from '../../cryptshare/readers.js'
import { NEUTRAL_NAMING, type DeliveredFile, type DeliveryOptions, type DeliveryResult } from '../contract.js'
import type { LocalFile } from '../files.js'
import { fileDigests, hashAll } from './file-digests.js'
import { matchListEntry, matchTransfer, record, type DigestsOf, type Wanted } from './rerun-match.js'

/**
 * Never twice, across re-runs: on a re-run of a job, a transfer that an earlier attempt finalized
 * (and then failed, e.g. while polling) is found among the sender's newest transfers and published
 * instead of being sent again.
 */

/** Entries per page of the sender's transfer list (newest first; the API's maximum). */
export const LOOKUP_PAGE_SIZE = 100
/** Pages read at most: past them the lookup is incomplete, and a re-run does not deliver again. */
export const LOOKUP_MAX_PAGES = 10

/**
 * Looks for a transfer an earlier attempt of this job delivered, when `lookForEarlierDelivery` is
 * set; the result to publish when there is one. The sender's transfers are read page by page until
 * they are older than a day. A lookup that cannot be completed (refused, failed, too many recent
 * transfers) cannot rule out an earlier delivery: the run fails before anything is created, naming
 * "deliver-again".
 */
export async function earlierDelivery(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: HostEvents,
  now: number = Date.now()
): Promise<DeliveryResult | undefined> {
  if (!options.lookForEarlierDelivery) return undefined
  const sender = options.senderEmail
  const cannotRuleOut = (why: string, cause?: unknown): DeliveryError =>
    new DeliveryError(
      're-run check',
      `This is a re-run, and this run could not check whether an earlier attempt already delivered these files (${why}), so it sends nothing: they may have been delivered already. Check the sender's transfers on the server; to send anyway, set ${(events.naming ?? NEUTRAL_NAMING).setting('deliver-again', 'true')}.`,
      cause
    )
  const failure = (error: unknown): string =>
    error instanceof CryptshareError ? explainRequestFailure(error) : (error as Error).message

  const files = await hashAll(options.files)
  const wanted: Wanted = { recipients: options.recipients, files, confidentialMessage: options.confidentialMessage }
  const digestsOf = localDigests(options.files)
  let looked = 0
  for (let page = 1; page <= LOOKUP_MAX_PAGES; page++) {
    let list: unknown[]
    try {
      list = await client.listTransfers(sender, page, LOOKUP_PAGE_SIZE)
    } catch (error) {
      throw cannotRuleOut(`the list of the sender's transfers: ${failure(error)}`, error)
    }
    looked += list.length
    let older = false
    for (const entry of list) {
      const basic = record(entry)
      const trackingId = typeof basic?.trackingId === 'string' && basic.trackingId ? basic.trackingId : undefined
      if (!basic || !trackingId) {
        events.debug('Re-run check: a transfer list entry without a tracking id was skipped.')
        continue
      }
      const early = matchListEntry(basic, wanted, now)
      if (!early.matches) {
        older ||= early.older === true
        events.debug(`Re-run check: transfer ${trackingId} skipped: ${early.why}.`)
        continue
      }
      let status: unknown
      try {
        status = await client.transferStatus(client.transferUrl(sender, trackingId))
      } catch (error) {
        if (error instanceof CryptshareError && error.status === 404) {
          events.debug(`Re-run check: transfer ${trackingId} skipped: its status answers 404.`)
          continue
        }
        throw cannotRuleOut(`the status of transfer ${trackingId}: ${failure(error)}`, error)
      }
      const match = await matchTransfer(status, wanted, digestsOf, now)
      if (!match.matches) {
        events.debug(`Re-run check: transfer ${trackingId} skipped: ${match.why}.`)
        continue
      }
      const result = earlierResult(trackingId, basic, status, files, events)
      events.notice(
        `Transfer ${trackingId} (state ${result.state}) with the same recipients and files was delivered by an earlier attempt of this job: it is published as this run's result instead of being sent again. Set ${(events.naming ?? NEUTRAL_NAMING).setting('deliver-again', 'true')} to send anyway.`
      )
      return result
    }
    // Newest first: a short page is the end of the list, an older transfer the end of the window.
    if (list.length < LOOKUP_PAGE_SIZE || older) {
      events.debug(`Re-run check: none of the sender's ${looked} newest transfers is this delivery.`)
      return undefined
    }
  }
  throw cannotRuleOut(
    `the sender has more than ${looked} transfers from the last day, more than this run reads (${LOOKUP_MAX_PAGES} pages of ${LOOKUP_PAGE_SIZE})`
  )
}

/** Local digests per algorithm by file name, gathered once each (a file is read only for an algorithm not yet known). */
function localDigests(local: LocalFile[]): DigestsOf {
  const cache = new Map<string, Promise<Map<string, string>>>()
  return (algorithm) => {
    let digests = cache.get(algorithm)
    if (!digests) {
      digests = Promise.all(
        local.map(async (f) => [f.name, (await fileDigests(f, [algorithm])).digests[algorithm]] as const)
      ).then((pairs) => new Map(pairs))
      cache.set(algorithm, digests)
    }
    return digests
  }
}

/** The earlier transfer as this step's result: its id, state, links and expiry; our files. */
function earlierResult(
  trackingId: string,
  entry: Record<string, unknown>,
  status: unknown,
  files: DeliveredFile[],
  events: HostEvents
): DeliveryResult {
  const view = readTransferStatus(status)
  const downloadUrls = view.recipients.flatMap(({ mail, downloadUrl }) => {
    if (!downloadUrl) return []
    events.secret(downloadUrl)
    return [{ recipient: mail ?? '', url: downloadUrl }]
  })
  const names = new Map(view.files.map((file) => [file.id, file.fileName]))
  const removedFiles = view.statusFiles
    .filter((file) => file.removed === true)
    .map((file) => ({
      name: names.get(file.id) ?? file.id ?? '(unknown file)',
      cause: file.removalCause ?? 'no cause given'
    }))
  if (view.password) events.secret(view.password)
  return {
    dryRun: false,
    trackingId,
    state: view.state ?? readTransferListEntry(entry).state ?? 'UNKNOWN',
    downloadUrls,
    files,
    password: view.password || undefined,
    expirationDate: view.expirationDate,
    removedFiles
  }
}
