import { describe, expect, it } from '@jest/globals'
import { passwordDestinationProblem, writtenSecrets } from '../../src/cli/password-output.js'
import { cliResult } from '../../src/cli/results.js'

describe('a generated password needs somewhere to go', () => {
  const generated = { passwordMode: 'generated', dryRun: false } as const

  it('refuses a real delivery with a generated password and no destination, naming every way out', () => {
    const problem = passwordDestinationProblem(generated, {}, false)
    for (const way of [
      '--output-password FILE',
      '--output-json FILE',
      '--show-secrets',
      '--password-mode manual',
      '--password-mode none'
    ])
      expect(problem).toContain(way)
    expect(problem).not.toContain('\n')
    expect(passwordDestinationProblem(generated, { 'output-password': '' }, false)).toBe(problem)
  })

  it.each([
    ['--output-password', generated, { 'output-password': '/tmp/p' }, false],
    ['--output-json', generated, { 'output-json': '/tmp/r.json' }, false],
    ['--show-secrets', generated, {}, true],
    ['a dry run', { passwordMode: 'generated', dryRun: true }, {}, false],
    ['password-mode manual', { passwordMode: 'manual', dryRun: false }, {}, false],
    ['password-mode none', { passwordMode: 'none', dryRun: false }, {}, false]
  ] as const)('lets %s through', (_what, settings, values, showsSecrets) => {
    expect(passwordDestinationProblem(settings, values, showsSecrets)).toBeUndefined()
  })
})

describe('the final line names where the secrets went', () => {
  const delivered = cliResult('delivered', 0, {
    trackingId: 't',
    password: 'secret-pw',
    downloadUrls: [{ recipient: 'c@example.org', url: 'https://x/?p=1' }]
  })

  it('a password file and a JSON file', () => {
    expect(
      writtenSecrets(delivered, [
        { option: 'output-password', file: '/run/pw' },
        { option: 'output-json', file: '/run/r.json' }
      ])
    ).toBe(
      'Secrets (not shown): password in /run/pw (0600); password and download URLs in /run/r.json (0600). Never archive these files.'
    )
  })

  it('a password file only: the download URLs are said to be not kept', () => {
    expect(writtenSecrets(delivered, [{ option: 'output-password', file: '/run/pw' }])).toBe(
      'Secrets (not shown): password in /run/pw (0600). Never archive this file. The download URLs are secrets and not kept: write them with --output-json FILE, or print them with --show-secrets.'
    )
  })

  it('nothing written (password-mode manual): how to keep the download URLs', () => {
    const manual = { ...delivered, password: null }
    expect(writtenSecrets(manual, [{ option: 'output-env', file: '/run/x.env' }])).toBe(
      'The download URLs are secrets and not kept: write them with --output-json FILE, or print them with --show-secrets.'
    )
  })
})
