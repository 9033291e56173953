/** The emulator's pending timers (cancelled on stop()) and whether it stopped. */
export class Timers {
  stopped = false
  private readonly pending = new Set<NodeJS.Timeout>()

  /** Runs `fn` after `ms` unless stop() comes first. */
  start(ms: number, fn: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.pending.delete(timer)
      fn()
    }, ms)
    this.pending.add(timer)
    return timer
  }

  /** Timers still pending. */
  get size(): number {
    return this.pending.size
  }

  cancel(timer: NodeJS.Timeout): void {
    clearTimeout(timer)
    this.pending.delete(timer)
  }

  /** Resolves after `ms`; never when stop() comes first. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.start(ms, resolve))
  }

  stop(): void {
    this.stopped = true
    for (const timer of this.pending) clearTimeout(timer)
    this.pending.clear()
  }
}
