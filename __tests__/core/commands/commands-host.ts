// The host the in-process command tests give the core: every line recorded, the environment's
// knobs set so that retries and waits cost nothing.
import type { Host } from '../../../src/core/host.js'
import { NEUTRAL_NAMING } from '../../../src/core/contract.js'
import { fakeClock } from '../host.js'

export interface CommandHost extends Host {
  lines: [string, string][]
  secrets: string[]
  /** The lines of one kind. */
  of(kind: string): string[]
  cancel(): void
}

export function commandHost(env: Record<string, string> = {}): CommandHost {
  const lines: [string, string][] = []
  const secrets: string[] = []
  const controller = new AbortController()
  return {
    lines,
    secrets,
    of: (kind) => lines.filter(([k]) => k === kind).map(([, line]) => line),
    cancel: () => controller.abort(),
    info: (m) => lines.push(['info', m]),
    warning: (m) => lines.push(['warning', m]),
    debug: (m) => lines.push(['debug', m]),
    notice: (m) => lines.push(['notice', m]),
    secret: (v) => secrets.push(v),
    naming: NEUTRAL_NAMING,
    signal: controller.signal,
    env: { CRYPTSHARE_RETRY_BASE_MS: '1', CRYPTSHARE_RETRY_MAX_MS: '2', ...env },
    userAgent: 'command-test/1',
    clock: fakeClock(),
    sessionCreated: (id) => lines.push(['sessionCreated', id]),
    sessionClosed: (id, how) => lines.push(['sessionClosed', `${id} ${how}`])
  }
}

/** An option source over a plain record, as a front-end's inputs or flags. */
export function options(values: Record<string, string>): { get(name: string): string; naming: typeof NEUTRAL_NAMING } {
  return { get: (name) => values[name] ?? '', naming: NEUTRAL_NAMING }
}
