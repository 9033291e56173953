/**
 * The one port between the core and a front-end (the action, the CLI): where lines go, how
 * secrets are masked and options named, the cancellation, the environment the tool's knobs are
 * read from, and (optionally) what a front-end records about an open session for its clean-up.
 */
import type { Clock, OptionNaming, UploadProgress } from './contract.js'
import { VERSION } from './version.js'

export interface Host {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** A notice the user should see (e.g. an earlier attempt's transfer published instead of a new one). */
  notice(message: string): void
  /** A secret the host must mask before anything else is printed. */
  secret(value: string): void
  /** How messages name options: the action's inputs, the CLI's flags. */
  naming: OptionNaming
  /** Aborted when the run is cancelled (a signal, the runner's cancel). */
  signal: AbortSignal
  /** Where the knobs that are not options are read (timeouts, backoff: see `tuning`) and re-runs detected. */
  env: Record<string, string | undefined>
  /** The User-Agent of every request (see `userAgent`). */
  userAgent: string
  /** Default: the system clock. */
  clock?: Clock
  /** A session exists on the server from now on (for clean-up by a post step). */
  sessionCreated?(trackingId: string, token: string): void
  /** The server refused the verification token and a new one was obtained (already passed to `secret`). */
  tokenRenewed?(token: string): void
  /** Finalize is about to be sent: from now on the transfer may exist, so it is never deleted. */
  finalizeSent?(trackingId: string): void
  /** The session was finalized or deleted: nothing to clean up any more. */
  sessionClosed?(trackingId: string, how: 'finalized' | 'deleted'): void
  /** Live upload progress; without it, throttled progress lines go to `info`. */
  uploadProgress?(update: UploadProgress): void
}

/** The User-Agent of a front-end: its product name and this tool's version. */
export function userAgent(product: 'cryptshare-github-action' | 'cryptshare-ci'): string {
  return `${product}/${VERSION}`
}

/**
 * The host as a command's steps see it: lines, secrets, naming and session events. The command
 * itself holds the cancellation, the environment and the clock, and hands them on.
 */
export type HostEvents = Omit<Host, 'signal' | 'env' | 'userAgent' | 'clock'>
