// Cancellation by signal, for both front-ends. SIGHUP (a closed terminal, a dropped SSH session)
// counts as much as SIGINT/SIGTERM. GNU `timeout` and CI agents signal the child and its process
// group, so one request to stop can arrive twice within moments: a repeat within REPEAT_WINDOW_MS
// of the first is that same request; only a later, deliberate one counts as a second.

export const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
export type CancelSignal = (typeof CANCEL_SIGNALS)[number]

export const REPEAT_WINDOW_MS = 500

export interface SignalWatch {
  signal: AbortSignal
  /** The first signal received, if any. */
  received: () => CancelSignal | undefined
  dispose: () => void
}

export interface SignalHandlers {
  first(signal: CancelSignal): void
  /** A deliberate further signal (later than REPEAT_WINDOW_MS after the first). */
  again(signal: CancelSignal): void
}

export function watchCancelSignals(handlers: SignalHandlers, now: () => number = Date.now): SignalWatch {
  const controller = new AbortController()
  let first: { signal: CancelSignal; at: number } | undefined
  const onSignal = (signal: CancelSignal): void => {
    if (!first) {
      first = { signal, at: now() }
      handlers.first(signal)
      controller.abort()
      return
    }
    if (now() - first.at > REPEAT_WINDOW_MS) handlers.again(signal)
  }
  for (const name of CANCEL_SIGNALS) process.on(name, onSignal)
  return {
    signal: controller.signal,
    received: () => first?.signal,
    dispose: () => {
      for (const name of CANCEL_SIGNALS) process.off(name, onSignal)
    }
  }
}
