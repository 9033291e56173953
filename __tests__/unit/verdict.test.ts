import { describe, expect, it } from '@jest/globals'
import type { DeliveryResult } from '../../src/core/contract.js'
import { verdict } from '../../src/core/verdict.js'

const result = (extra: Partial<DeliveryResult>): DeliveryResult => ({
  dryRun: false,
  trackingId: 'T1',
  state: 'ACTIVE',
  downloadUrls: [],
  files: [],
  removedFiles: [],
  ...extra
})
const rules = { waitForProcessing: true, allowRemovedFiles: false }

describe('verdict', () => {
  it('ACTIVE with every file: info', () => {
    expect(verdict(result({}), rules)).toEqual({ level: 'info', message: 'Transfer T1 is ACTIVE.' })
  })
  it('FAILED: an error naming the removed files', () => {
    const v = verdict(result({ state: 'FAILED', removedFiles: [{ name: 'a.zip', cause: 'VIRUS' }] }), rules)
    expect(v.level).toBe('error')
    expect(v.message).toMatch(/T1 FAILED: .*removed: a\.zip \(VIRUS\)/)
  })
  it('removed files: an error, or a warning when allowed; a checksum cause is explained', () => {
    const removed = result({ removedFiles: [{ name: 'a.zip', cause: 'CHECKSUM_MISMATCH' }] })
    expect(verdict(removed, rules).level).toBe('error')
    const allowed = verdict(removed, { ...rules, allowRemovedFiles: true })
    expect(allowed.level).toBe('warning')
    expect(allowed.message).toMatch(/received other bytes than were sent/)
  })
  it('not ACTIVE while waiting is an error; without waiting, PROCESSING is fine', () => {
    expect(verdict(result({ state: 'PROCESSING' }), rules).level).toBe('error')
    expect(verdict(result({ state: 'PROCESSING' }), { ...rules, waitForProcessing: false }).level).toBe('info')
  })
  it('a dry run has nothing to judge', () => {
    expect(verdict(result({ dryRun: true }), rules)).toEqual({ level: 'info', message: '' })
  })
})
