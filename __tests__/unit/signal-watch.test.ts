import { describe, expect, it } from '@jest/globals'
import { REPEAT_WINDOW_MS, watchCancelSignals, type CancelSignal } from '../../src/core/signal-watch.js'

describe('watchCancelSignals', () => {
  it('takes a repeat within the window as the same signal and a later one as deliberate', () => {
    let now = 1_000
    const seen: string[] = []
    const watch = watchCancelSignals(
      {
        first: (signal: CancelSignal) => seen.push(`first ${signal}`),
        again: (signal: CancelSignal) => seen.push(`again ${signal}`)
      },
      () => now
    )
    try {
      process.emit('SIGHUP', 'SIGHUP')
      expect(watch.signal.aborted).toBe(true)
      now += REPEAT_WINDOW_MS
      process.emit('SIGHUP', 'SIGHUP')
      expect(seen).toEqual(['first SIGHUP'])
      now += 1
      process.emit('SIGHUP', 'SIGHUP')
      expect(seen).toEqual(['first SIGHUP', 'again SIGHUP'])
      expect(watch.received()).toBe('SIGHUP')
    } finally {
      watch.dispose()
    }
    expect(process.listenerCount('SIGHUP')).toBe(0)
  })
})
