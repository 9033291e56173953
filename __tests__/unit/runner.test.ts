// Workflow commands as the runner reads them (the format of @actions/core 3.0.1): a message can
// never start a second command, and an output's value never ends its own block early.
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../../src/action/runner.js'

const dir = mkdtempSync(join(tmpdir(), 'cs-runner-'))
const saved = { output: process.env.GITHUB_OUTPUT, state: process.env.GITHUB_STATE }
afterEach(() => {
  jest.restoreAllMocks()
  process.env.GITHUB_OUTPUT = saved.output
  process.env.GITHUB_STATE = saved.state
  if (saved.output === undefined) delete process.env.GITHUB_OUTPUT
  if (saved.state === undefined) delete process.env.GITHUB_STATE
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function printed(run: () => void): string {
  let out = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  run()
  jest.restoreAllMocks()
  return out
}

describe('workflow commands', () => {
  it('escapes %, CR and LF in messages, so a message is one command line', () => {
    expect(printed(() => runner.warning('50% done\r\n::error::injected'))).toBe(
      '::warning::50%25 done%0D%0A::error::injected\n'
    )
    expect(printed(() => runner.setSecret('pa\nss'))).toBe('::add-mask::pa%0Ass\n')
    expect(printed(() => runner.debug('d'))).toBe('::debug::d\n')
    expect(printed(() => runner.notice('n'))).toBe('::notice::n\n')
    expect(printed(() => runner.info('plain %'))).toBe('plain %\n')
  })

  it('setFailed logs an error and sets exit code 1', () => {
    const before = process.exitCode
    expect(printed(() => runner.setFailed('broken'))).toBe('::error::broken\n')
    expect(process.exitCode).toBe(1)
    process.exitCode = before
  })

  it('outputs and state go to their files as name<<delimiter blocks; a value holds newlines', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output')
    process.env.GITHUB_STATE = join(dir, 'state')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    writeFileSync(process.env.GITHUB_STATE, '')
    runner.setOutput('files', 'a\nb')
    runner.setOutput('count', 2)
    runner.saveState('token', 'T')
    const blocks = [
      ...readFileSync(process.env.GITHUB_OUTPUT, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)
    ]
    expect(blocks.map((m) => [m[1], m[3]])).toEqual([
      ['files', 'a\nb'],
      ['count', '2']
    ])
    expect(readFileSync(process.env.GITHUB_STATE, 'utf8')).toMatch(/^token<<(ghadelimiter_[\w-]+)\nT\n\1\n$/)
  })

  it('a missing output file is an error, not a silent loss', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'absent')
    expect(() => runner.setOutput('x', 'y')).toThrow(/Missing file at path/)
  })

  it('without GITHUB_OUTPUT an output is a set-output command with its name escaped', () => {
    delete process.env.GITHUB_OUTPUT
    expect(printed(() => runner.setOutput('a:b', 'v\n'))).toBe('\n::set-output name=a%3Ab::v%0A\n')
    expect(runner.getState('none')).toBe('')
  })
})
