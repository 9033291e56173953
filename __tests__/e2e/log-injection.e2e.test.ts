import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction } from './harness.js'

// Nothing the action prints may command the runner: a file name (or any other text) that holds
// a line break followed by `::stop-commands::` would make the runner ignore every later
// `::add-mask::`, and `::error title=…::` would forge annotations.
const OWN_COMMANDS = /^::(add-mask|error|warning|debug|group|endgroup)::/

/** Lines that the runner would read as a command, apart from the action's own ones. */
function foreignCommands(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => (/^\s*::/.test(line) && !OWN_COMMANDS.test(line)) || /##(vso)?\[/.test(line))
}

let emulator: Emulator | undefined
let workspace: string | undefined
afterEach(async () => {
  await emulator?.stop()
  if (workspace) removeWorkspace(workspace)
  emulator = undefined
  workspace = undefined
})

async function deliver(files: Record<string, string>, extra: Record<string, string> = {}) {
  emulator = new Emulator({ processingPolls: 1 })
  await emulator.start()
  workspace = makeWorkspace(files)
  return runAction({
    workspace,
    inputs: {
      'server-url': emulator.url,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': 'release-bot@example.com',
      recipients: 'customer@example.org',
      files: 'dist/**',
      ...extra
    }
  })
}

describe('file names that try to command the runner', () => {
  it.each([
    ['a line break and ::stop-commands::', 'x\n::stop-commands::abc\n.txt', 'x\\n::stop-commands::abc\\n.txt'],
    ['a line break and a forged annotation', 'x\n::error title=x::forged.txt', 'x\\n::error title=x::forged.txt'],
    ['a bidi override', 'report\u202efdp.exe', 'report\\u202efdp.exe'],
    ['a C1 control', 'x\u0085::warning::y.txt', 'x\\u0085::warning::y.txt']
  ])('refuses a name with %s before anything is created', async (_label, name, shown) => {
    const result = await deliver({ 'dist/app.zip': 'zip', [`dist/${name}`]: 'hostile' })
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toEqual([
      `::error::File name "dist/${shown}" contains control characters or bidirectional overrides (shown escaped); rename it or exclude it with a "!" pattern in "files".`
    ])
    expect(foreignCommands(result.stdout)).toEqual([])
    expect(emulator?.sessions.size).toBe(0)
    expect(emulator?.requests).toEqual([])
  })

  it('refuses it in a dry run too, before the verification is asked', async () => {
    const result = await deliver({ 'dist/x\n::stop-commands::abc\n.txt': 'hostile' }, { 'dry-run': 'true' })
    expect(result.code).toBe(1)
    expect(errorLines(result.stdout)).toHaveLength(1)
    expect(foreignCommands(result.stdout)).toEqual([])
    expect(emulator?.requests).toEqual([])
  })
})

describe('a delivery whose log holds command-like text', () => {
  it('prints no line the runner would read as a foreign command', async () => {
    const result = await deliver({
      'dist/::warning::forged.txt': 'a',
      'dist/##[group]forged.txt': 'b',
      'dist/##vso[task.setvariable variable=x]1.txt': 'c',
      'dist/::stop-commands::abc.bin': 'd'
    })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(emulator?.transfers()).toHaveLength(1)
    expect(
      emulator
        ?.transfers()[0]
        .files.map((f) => f.fileName)
        .sort()
    ).toEqual([
      '##[group]forged.txt',
      '##vso[task.setvariable variable=x]1.txt',
      '::stop-commands::abc.bin',
      '::warning::forged.txt'
    ])
    expect(foreignCommands(result.stdout)).toEqual([])
    // The names are still shown, neutralised visibly.
    expect(result.stdout).toContain('##\\[group]forged.txt')
    expect(result.stdout).not.toMatch(/^::debug::Search path/m)
  })
})
