import { describe, expect, it } from '@jest/globals'
import { CLI_NAMING, closest, parseCommandLine, UsageError } from '../../src/cli/args.js'
import { DELIVER, VERIFY } from '../../src/cli/commands.js'
import { OPTIONS } from '../../src/core/options.js'

const parse = (argv: string[], env: Record<string, string> = {}) => parseCommandLine(DELIVER, argv, env)

function usageError(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('no UsageError')
}

describe('the command line', () => {
  it('offers every option of the action under the same name', () => {
    for (const name of Object.keys(OPTIONS)) expect(DELIVER.options).toHaveProperty(name)
  })

  it('joins repeated lists with newlines, and lets the last value of any other option win', () => {
    const { values } = parse([
      '--files',
      'a/*',
      '--files=b/**',
      '--recipients',
      'x@example.org',
      '--recipients',
      'y@example.org',
      '--subject',
      'first',
      '--subject',
      'second'
    ])
    expect(values.files).toBe('a/*\nb/**')
    expect(values.recipients).toBe('x@example.org\ny@example.org')
    expect(values.subject).toBe('second')
  })

  it('reads a bare boolean option as true, and a switch without a value', () => {
    expect(parse(['--dry-run']).values['dry-run']).toBe('true')
    expect(parse(['--dry-run', '--json']).values).toMatchObject({ 'dry-run': 'true', json: 'true' })
    expect(parse(['--dry-run', 'false']).values['dry-run']).toBe('false')
    expect(usageError(() => parse(['--json=yes']))).toBe('--json takes no value; write just --json.')
  })

  it('keeps values that start with a dash, but not a flag taken for a value', () => {
    expect(parse(['--message', '-- see notes']).values.message).toBe('-- see notes')
    expect(parse(['--message=--json']).values.message).toBe('--json')
    expect(usageError(() => parse(['--files', '--json']))).toMatch(/^--files needs a value/)
    expect(usageError(() => parse(['--subject']))).toMatch(/^--subject needs a value/)
  })

  it('takes CRYPTSHARE_* variables where no flag is given; a flag, even empty, wins; unknown ones are ignored', () => {
    const env = { CRYPTSHARE_SENDER_EMAIL: 'env@example.com', CRYPTSHARE_SUBJECT: 'from env', CRYPTSHARE_NOPE: 'x' }
    const { values, fromFlags } = parse(['--subject', ''], env)
    expect(values['sender-email']).toBe('env@example.com')
    expect(values.subject).toBe('')
    expect(values).not.toHaveProperty('nope')
    expect([...fromFlags]).toEqual(['subject'])
    expect(parseCommandLine(VERIFY, [], { CRYPTSHARE_VERIFICATION_CODE: 'ABC' }).values.code).toBe('ABC')
  })

  it('refuses unknown options (with a guess), positionals and short flags', () => {
    expect(usageError(() => parse(['--recipent', 'x']))).toBe(
      'Unknown option --recipent (did you mean --recipients?). Run "cryptshare-ci deliver --help" for the options.'
    )
    expect(usageError(() => parse(['--zzz']))).toMatch(/^Unknown option --zzz\. /)
    expect(usageError(() => parse(['dist/a.zip']))).toMatch(/^Unexpected argument "dist\/a.zip"/)
    expect(usageError(() => parse(['-f', 'x']))).toMatch(/^Unknown option -f/)
    expect(parse(['-h']).help).toBe(true)
  })

  it('names options the CLI way in messages', () => {
    expect(CLI_NAMING.missing('sender-email')).toBe(
      'Missing --sender-email: pass it, or set CRYPTSHARE_SENDER_EMAIL in the environment.'
    )
    expect(CLI_NAMING.setting('if-no-files-found', 'warn')).toBe('--if-no-files-found warn')
    expect(closest('delivr', ['deliver', 'verify'])).toBe('deliver')
    expect(closest('xyz', ['deliver', 'verify'])).toBeUndefined()
  })
})
