// Many deliveries in one run, from a manifest: every entry read and checked, every policy asked,
// before anything is created; then one verification for the whole run and the transfers with
// bounded parallelism, each with every guarantee a single delivery has. One entry's failure
// does not stop the others (unless fail-fast); each is reported as exactly what happened.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { openConnection, type Connection } from '../connection.js'
import type { DeliveryResult } from '../contract.js'
import { deliveryOptions, type DeliverySettings, type FrontEndDefaults } from '../delivery-settings.js'
import { humanSize, totalSize, type LocalFile, type OwnFile } from '../files.js'
import type { Host } from '../host.js'
import { deliver } from '../lifecycle/index.js'
import { preflight } from '../lifecycle/preflight.js'
import { entryNaming, entrySettings } from '../manifest/entry-settings.js'
import { DeliveryError, labelledError } from '../errors.js'
import type { Manifest } from '../manifest/read-manifest.js'
import { optionReader, type OptionSource } from '../option-reader.js'
import { InputError } from '../option-values.js'
import { deliveryReceipt } from '../receipt/delivery-receipt.js'
import { tuning } from '../tuning.js'
import {
  deliverySignature,
  readRunState,
  recorded,
  recordedResult,
  writeRunState,
  type RecordedDelivery,
  type RunState
} from '../run-state.js'
import { inParallel, systemClock } from '../wait.js'
import { verifySender } from '../verification.js'
import { checkedFiles, failedDelivery, judged, type DeliveryOutcome } from './deliver.js'
import { classifyFailure } from './outcome.js'

export interface ManifestRequest {
  /** The run's inputs or flags: server, sender, client id, manifest, delivery-concurrency, fail-fast… */
  run: OptionSource
  frontEnd: FrontEndDefaults
  frontEndName: 'github-action' | 'cli'
  ownFiles: OwnFile[]
  rerun: boolean
  /** A file kept between attempts: entries it records as made are not sent again (see run-state.ts). */
  stateFile?: string
}

export interface EntryOutcome extends DeliveryOutcome {
  name: string
  /** Not started: an earlier entry failed and fail-fast is set, or the run was cancelled. */
  skipped?: boolean
}

export interface ManifestOutcome {
  /** `delivered`: every entry; `dry-run`; `failed`: before anything was created, or some entry did not deliver. */
  status: 'delivered' | 'dry-run' | 'failed' | 'cancelled'
  failed: boolean
  usage: boolean
  cancelled: boolean
  /** The reason when the run stopped before any entry (a bad entry, a policy refusal…). */
  message?: string
  entries: EntryOutcome[]
}

interface PlannedEntry {
  name: string
  settings: DeliverySettings
  files: LocalFile[] | undefined
  /** With a state file: what identifies this delivery, and what an earlier attempt recorded of it. */
  signature?: string
  earlier?: RecordedDelivery
}

export async function runManifest(request: ManifestRequest, host: Host): Promise<ManifestOutcome> {
  let connection: Connection | undefined
  try {
    const read = optionReader(request.run)
    const manifestPath = path.resolve(request.frontEnd.workspace, read.required('manifest'))
    assertNoSingleDeliveryInputs(request.run)
    const manifest = await load(manifestPath)
    const planned = await plan(manifest, request, host)
    const state = request.stateFile ? await readRunState(request.stateFile) : undefined
    if (state) await matchEarlier(planned, state, host)
    const [first] = planned
    connection = openConnection(first.settings, host)
    const client = connection.client
    const sending = planned.filter((entry) => entry.files && !entry.earlier)
    // One verification for the whole run: every entry reuses its token (renewed as the server asks).
    const token = sending.length ? await verifySender(client, first.settings, host) : ''
    let saving = Promise.resolve()
    const record = (entry: PlannedEntry, result: DeliveryResult | undefined): Promise<void> => {
      const made = state && result && entry.signature ? recorded(result, entry.signature, Date.now()) : undefined
      if (!state || !made || !request.stateFile) return saving
      state.deliveries[entry.name] = made
      const file = request.stateFile
      saving = saving.then(() =>
        writeRunState(file, state).catch((error: Error) =>
          host.warning(
            `Could not write the state file ${file}: ${error.message}. A re-run may send "${entry.name}" again.`
          )
        )
      )
      return saving
    }
    for (const entry of sending) {
      await preflight(client, options(entry, token, request, host), entryHost(entry.name, host)).catch(
        (error: unknown) => {
          throw new DeliveryError(
            'preflight',
            `Delivery "${entry.name}": ${labelledError('preflight', error).message} Nothing was sent to any delivery.`,
            error
          )
        }
      )
    }
    if (first.settings.dryRun) {
      host.info(`Dry run of ${planned.length} deliveries: nothing was created on the server.`)
      return {
        status: 'dry-run',
        failed: false,
        usage: false,
        cancelled: false,
        entries: planned.map((entry) => dryRun(entry))
      }
    }
    const concurrency = read.integer('delivery-concurrency')
    const failFast = read.bool('fail-fast')
    let stop = false
    const entries = await inParallel(planned, concurrency, async (entry) => {
      if (!entry.files)
        return entryOutcome(entry.name, {
          status: 'nothing-sent',
          failed: false,
          usage: false,
          cancelled: false,
          level: 'info'
        })
      if (entry.earlier)
        return entryOutcome(entry.name, {
          status: 'delivered',
          failed: false,
          usage: false,
          cancelled: false,
          level: 'warning',
          result: recordedResult(entry.earlier),
          message: `Delivered by an earlier attempt as transfer ${entry.earlier.trackingId} (recorded in the state file): not sent again; its password and download URLs cannot be published again.`
        })
      if (stop || host.signal.aborted)
        return entryOutcome(entry.name, {
          ...failedDelivery(new Error('skipped'), host.signal.aborted),
          message: host.signal.aborted
            ? 'Not started: the run was cancelled. Nothing was sent.'
            : 'Not started: an earlier delivery failed and fail-fast is set. Nothing was sent.',
          skipped: true
        })
      let outcome: DeliveryOutcome
      try {
        const result = await deliver(
          client,
          options(entry, token, request, host),
          entryHost(entry.name, host),
          host.signal,
          host.clock
        )
        outcome = judged(result, entry.settings, entryHost(entry.name, host))
      } catch (error) {
        outcome = failedDelivery(error, host.signal.aborted)
      }
      if (outcome.failed && failFast) stop = true
      await record(entry, outcome.result)
      const receipt = deliveryReceipt(outcome, {
        settings: entry.settings,
        env: host.env,
        now: (host.clock ?? systemClock).now(),
        frontEnd: request.frontEndName
      })
      return entryOutcome(entry.name, receipt ? { ...outcome, receipt } : outcome)
    })
    const failed = entries.some((entry) => entry.failed)
    return {
      status: host.signal.aborted && failed ? 'cancelled' : failed ? 'failed' : 'delivered',
      failed,
      usage: false,
      cancelled: host.signal.aborted,
      entries
    }
  } catch (error) {
    const failure = classifyFailure(error, host.signal.aborted)
    return {
      status: failure.kind === 'cancelled' ? 'cancelled' : 'failed',
      failed: true,
      usage: failure.kind === 'usage',
      cancelled: host.signal.aborted,
      message: failure.message,
      entries: []
    }
  } finally {
    connection?.close()
  }
}

/** Marks the entries an earlier attempt made (same name, recipients and file digests). */
async function matchEarlier(planned: PlannedEntry[], state: RunState, host: Host): Promise<void> {
  for (const entry of planned) {
    if (!entry.files) continue
    entry.signature = await deliverySignature(entry.settings.recipients, entry.files)
    const earlier = state.deliveries[entry.name]
    if (earlier?.signature === entry.signature && !entry.settings.deliverAgain) {
      entry.earlier = earlier
      host.notice(
        `Delivery "${entry.name}" was made by an earlier attempt (transfer ${earlier.trackingId}): it is not sent again.`
      )
    } else if (earlier)
      host.info(
        `Delivery "${entry.name}" changed since the earlier attempt recorded transfer ${earlier.trackingId} (recipients or files): it is sent.`
      )
  }
}

/** With a manifest, the deliveries' settings come from it: a single delivery's input is a mistake. */
function assertNoSingleDeliveryInputs(run: OptionSource): void {
  for (const name of ['recipients', 'cc', 'bcc', 'files'])
    if (run.get(name).trim())
      throw new InputError(
        `${run.naming.option(name)} is set, but with ${run.naming.name('manifest')} each delivery's ${name} come from the manifest: move it there (the top's "files" go to every delivery).`
      )
}

async function load(file: string): Promise<Manifest> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      `The manifest ${file} cannot be read: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`
    )
  })
  // Loaded here, not at start-up: the YAML parser is a quarter of the bundle, and only a manifest needs it.
  const { readManifest } = await import(/* webpackMode: "eager" */ '../manifest/read-manifest.js')
  return readManifest(text, file)
}

/** Every entry's settings and files, each checked before anything is contacted. */
async function plan(manifest: Manifest, request: ManifestRequest, host: Host): Promise<PlannedEntry[]> {
  const planned: PlannedEntry[] = []
  for (const entry of manifest.entries) {
    const settings = entrySettings(manifest, entry, request.run, request.frontEnd, host.env)
    const files = await checkedFiles(settings, entryHost(entry.name, host), request.ownFiles)
    planned.push({ name: entry.name, settings, files })
  }
  for (const entry of planned)
    host.info(
      `Delivery "${entry.name}": ${entry.files ? `${entry.files.length} file(s), ${humanSize(totalSize(entry.files))},` : 'no files (nothing to send)'} to ${[...entry.settings.recipients.to, ...entry.settings.recipients.cc, ...entry.settings.recipients.bcc].join(', ')}.`
    )
  return planned
}

function options(entry: PlannedEntry, token: string, request: ManifestRequest, host: Host) {
  return deliveryOptions({ ...entry.settings, verificationToken: token }, entry.files ?? [], {
    finalizeConfirmMs: tuning(host.env).finalizeConfirmMs,
    lookForEarlierDelivery: request.rerun && !entry.settings.deliverAgain
  })
}

/** The host as one entry's deliveries see it: options named as fields of that entry. */
function entryHost(name: string, host: Host): Host {
  return { ...host, naming: entryNaming(name, host.naming) }
}

function dryRun(entry: PlannedEntry): EntryOutcome {
  const result: DeliveryResult = { dryRun: true, downloadUrls: [], files: [], removedFiles: [] }
  return entryOutcome(entry.name, {
    status: entry.files ? 'dry-run' : 'nothing-sent',
    failed: false,
    usage: false,
    cancelled: false,
    level: 'info',
    result: {
      ...result,
      files: (entry.files ?? []).map((file) => ({
        name: file.name,
        path: file.relativePath,
        size: file.size,
        sha256: ''
      }))
    }
  })
}

function entryOutcome(name: string, outcome: DeliveryOutcome & { skipped?: boolean }): EntryOutcome {
  return { name, ...outcome }
}
