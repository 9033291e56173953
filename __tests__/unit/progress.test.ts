import { describe, expect, it } from '@jest/globals'
import { throttledProgress } from '../../src/core/lifecycle/progress.js'

describe('throttledProgress', () => {
  it('logs at most one line per 5 s with percent, bytes and rate, and none at the end', () => {
    let clock = 0
    const lines: string[] = []
    const size = 1024 * 1024 * 1024
    const onProgress = throttledProgress(
      { name: 'big.iso', size },
      (l) => lines.push(l),
      () => clock
    )
    for (let second = 1; second <= 12; second++) {
      clock = second * 1000
      onProgress((size / 12) * second - (second === 12 ? 0 : 1))
    }
    expect(lines).toEqual([
      'big.iso: 41% (426.7 MiB of 1.00 GiB, 89.5 MB/s)',
      'big.iso: 83% (853.3 MiB of 1.00 GiB, 89.5 MB/s)'
    ])
  })
})
