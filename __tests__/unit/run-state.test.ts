// The state file kept between attempts: read back as written, refused when it is not ours, and a
// delivery's signature that changes with its recipients or its files' bytes.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deliverySignature, readRunState, recorded, recordedResult, writeRunState } from '../../src/core/run-state.js'

const dir = mkdtempSync(join(tmpdir(), 'cs-state-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content)
  return { absolutePath: join(dir, name), relativePath: name, name, size: content.length }
}

describe('the run state', () => {
  it('is empty when the file does not exist, and reads back what was written', async () => {
    const path = join(dir, 'state.json')
    expect(await readRunState(path)).toEqual({ version: 1, deliveries: {} })
    const result = {
      dryRun: false,
      trackingId: 'T1',
      state: 'ACTIVE',
      downloadUrls: [],
      files: [],
      removedFiles: [],
      password: 'secret'
    }
    const made = recorded(result, 'sig', Date.parse('2026-12-05T10:00:00Z'))!
    await writeRunState(path, { version: 1, deliveries: { a: made } })
    const back = await readRunState(path)
    expect(back.deliveries.a).toEqual({
      signature: 'sig',
      trackingId: 'T1',
      state: 'ACTIVE',
      files: [],
      removedFiles: [],
      recordedAt: '2026-12-05T10:00:00.000Z'
    })
    expect(JSON.stringify(back)).not.toContain('secret')
    expect(recordedResult(back.deliveries.a)).toMatchObject({ trackingId: 'T1', state: 'ACTIVE', downloadUrls: [] })
    // A transfer whose state is not known is not recorded as made.
    expect(recorded({ ...result, state: undefined }, 'sig', 0)).toBeUndefined()
  })

  it('refuses a file it did not write', async () => {
    writeFileSync(join(dir, 'other.json'), '{"x": 1}')
    await expect(readRunState(join(dir, 'other.json'))).rejects.toThrow(/is not one this tool wrote: remove it/)
  })

  it('a signature that changes with the recipients or the bytes, not with case or order', async () => {
    const a = file('a.bin', 'one')
    const b = file('b.bin', 'two')
    const base = await deliverySignature({ to: ['X@example.org'], cc: [], bcc: [] }, [a, b])
    expect(await deliverySignature({ to: ['x@example.org'], cc: [], bcc: [] }, [b, a])).toBe(base)
    expect(await deliverySignature({ to: ['y@example.org'], cc: [], bcc: [] }, [a, b])).not.toBe(base)
    const changed = file('b.bin', 'TWO')
    expect(await deliverySignature({ to: ['x@example.org'], cc: [], bcc: [] }, [a, changed])).not.toBe(base)
  })
})
