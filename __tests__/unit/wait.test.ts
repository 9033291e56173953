import { describe, expect, it } from '@jest/globals'
import { combineSignals, graceAfter, inParallel, pollUntil, timeLimit } from '../../src/core/wait.js'
import { fakeClock } from '../core/host.js'

describe('pollUntil', () => {
  it('reads at most maxReads times, however much time is left', async () => {
    const clock = fakeClock()
    let reads = 0
    const result = await pollUntil(
      () => Promise.resolve(++reads),
      () => false,
      { timeoutMs: 60_000, maxReads: 3, firstDelayMs: 1000, maxDelayMs: 1000, clock }
    )
    expect(result).toEqual({ value: 3, done: false })
    expect(clock.slept).toBe(2000)
  })

  it('reads until done, pausing with a doubling backoff capped at maxDelayMs', async () => {
    const clock = fakeClock()
    const pauses: number[] = []
    let reads = 0
    const result = await pollUntil(
      () => Promise.resolve(++reads),
      (n) => n === 5,
      { timeoutMs: 60_000, firstDelayMs: 100, maxDelayMs: 300, clock, onWait: (ms) => pauses.push(ms) }
    )
    expect(result).toEqual({ value: 5, done: true })
    expect(pauses).toEqual([100, 200, 300, 300])
    expect(clock.slept).toBe(900)
  })

  it('ends not done at the deadline, cutting the last pause short and telling the read the time left', async () => {
    const clock = fakeClock()
    const left: number[] = []
    const waits: [number, number][] = []
    const result = await pollUntil(
      (remainingMs) => {
        left.push(remainingMs)
        return Promise.resolve('PROCESSING')
      },
      () => false,
      {
        timeoutMs: 1000,
        firstDelayMs: 400,
        maxDelayMs: 5000,
        clock,
        onWait: (pause, backoff) => waits.push([pause, backoff])
      }
    )
    expect(result).toEqual({ value: 'PROCESSING', done: false })
    expect(waits).toEqual([
      [400, 400],
      [600, 800]
    ])
    expect(left).toEqual([1000, 600, 0])
    expect(clock.slept).toBe(1000)
  })

  it('does not pause when the first read is done', async () => {
    const clock = fakeClock()
    await expect(
      pollUntil(
        () => Promise.resolve(1),
        () => true,
        { timeoutMs: 0, firstDelayMs: 1, maxDelayMs: 1, clock }
      )
    ).resolves.toEqual({ value: 1, done: true })
    expect(clock.slept).toBe(0)
  })

  it('passes a failed read and an aborted pause on', async () => {
    const clock = fakeClock()
    const bounds = { timeoutMs: 1000, firstDelayMs: 10, maxDelayMs: 10, clock }
    await expect(
      pollUntil(
        () => Promise.reject(new Error('no answer')),
        () => true,
        bounds
      )
    ).rejects.toThrow('no answer')
    const stopped = new AbortController()
    stopped.abort()
    await expect(
      pollUntil(
        () => Promise.resolve(0),
        () => false,
        { timeoutMs: 1000, firstDelayMs: 10, maxDelayMs: 10, signal: stopped.signal }
      )
    ).rejects.toThrow('cancelled')
  })
})

describe('inParallel', () => {
  it('runs at most `limit` at a time and returns the results in the order of the items', async () => {
    let running = 0
    let most = 0
    const results = await inParallel([30, 10, 20, 5, 15], 2, async (ms, _stop, index) => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, ms))
      running--
      return `${index}:${ms}`
    })
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:5', '4:15'])
    expect(most).toBe(2)
  })

  it('stops at the first failure: running work sees the stop, no new item starts, that failure is thrown', async () => {
    const started: number[] = []
    let stoppedSeen = false
    const run = inParallel([1, 2, 3, 4], 2, async (item, stop) => {
      started.push(item)
      if (item === 2) throw new Error('item 2 failed')
      await new Promise<void>((resolve) => stop.addEventListener('abort', () => resolve(), { once: true }))
      stoppedSeen = stop.aborted
      throw new Error(`item ${item} stopped`)
    })
    await expect(run).rejects.toThrow('item 2 failed')
    expect(started).toEqual([1, 2])
    expect(stoppedSeen).toBe(true)
  })

  it('does nothing for no items', async () => {
    await expect(inParallel([], 4, () => Promise.resolve(1))).resolves.toEqual([])
  })
})

describe('abort signals', () => {
  it('graceAfter aborts only some time after the signal, and never without one', async () => {
    const job = new AbortController()
    const grace = graceAfter(job.signal, 20)
    job.abort()
    expect(grace.signal.aborted).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(grace.signal.aborted).toBe(true)
    grace.dispose()

    const none = graceAfter(undefined, 1)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(none.signal.aborted).toBe(false)
    none.dispose()
  })

  it('graceAfter stops watching once disposed', async () => {
    const job = new AbortController()
    const grace = graceAfter(job.signal, 1)
    grace.dispose()
    job.abort()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(grace.signal.aborted).toBe(false)
  })

  it('combineSignals aborts with either; timeLimit aborts after its time unless cleared', async () => {
    const a = new AbortController()
    const b = new AbortController()
    expect(combineSignals(a.signal, undefined)).toBe(a.signal)
    expect(combineSignals(undefined, undefined)).toBeUndefined()
    const both = combineSignals(a.signal, b.signal)
    b.abort()
    expect(both?.aborted).toBe(true)

    const limit = timeLimit(5)
    const cleared = timeLimit(5)
    cleared.clear()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(limit.signal.aborted).toBe(true)
    expect(cleared.signal.aborted).toBe(false)
  })
})
