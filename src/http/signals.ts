// Abort-signal arithmetic, in one place: signals combined, a time limit, a grace after a cancel.
// The lowest layer that needs it: the client's time limits and the lifecycle's cancel graces.

/** Aborts when either signal does; one of them as is when the other is absent. */
export function combineSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b)
}

/** A signal that aborts after `ms`; `clear` stops its timer. */
export function timeLimit(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), Math.max(0, ms))
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}

/** A signal that aborts `ms` after `signal` does (never, without one); `dispose` stops watching. */
export function graceAfter(signal: AbortSignal | undefined, ms: number): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const start = (): void => {
    timer = setTimeout(() => controller.abort(), ms)
  }
  if (signal?.aborted) start()
  else signal?.addEventListener('abort', start, { once: true })
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', start)
    }
  }
}
