// What an end-to-end test of one feature sets up afresh for each test: an emulator (stopped after
// the test) and temporary folders (removed after it).
import { afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { makeWorkspace } from './harness.js'

export interface PerTest {
  /** The emulator of the running test (after `start`). */
  readonly emulator: Emulator
  start(options?: EmulatorOptions): Promise<Emulator>
  /** A temporary folder, removed after the test. */
  temp(): string
  /** A workspace with these files, removed after the test. */
  workspace(files: Record<string, string | number>): string
}

export function perTest(defaults: EmulatorOptions = { processingPolls: 1 }): PerTest {
  let current: Emulator | undefined
  const paths: string[] = []
  afterEach(async () => {
    await current?.stop()
    current = undefined
    for (const path of paths.splice(0)) rmSync(path, { recursive: true, force: true })
  })
  return {
    get emulator(): Emulator {
      if (!current) throw new Error('start() the emulator first')
      return current
    },
    async start(options = {}) {
      await current?.stop()
      current = new Emulator({ ...defaults, ...options })
      await current.start()
      return current
    },
    temp() {
      const dir = mkdtempSync(join(tmpdir(), 'cs-e2e-'))
      paths.push(dir)
      return dir
    },
    workspace(files) {
      const ws = makeWorkspace(files)
      paths.push(ws)
      return ws
    }
  }
}
