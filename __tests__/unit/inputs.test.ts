import { describe, expect, it } from '@jest/globals'
import { shorten } from '../../src/cryptshare/explain.js'
import { NEUTRAL_NAMING } from '../../src/core/contract.js'
import { InputError, optionReader, parseAddresses, parseServerUrl, type OptionTable } from '../../src/core/options.js'
import { ACTION_NAMING, readInputs } from '../../src/action/inputs.js'
import { readStatusSettings } from '../../src/core/transfer-options.js'
import { MAX_TIMER_MS } from '../../src/core/options.js'
import { tuning, TuningEnv } from '../../src/core/tuning.js'

const CLIENT_ID = 'a'.repeat(30) + 'B1'.repeat(15)

function env(overrides: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = {
    'server-url': 'https://cs.example.com',
    'client-id': CLIENT_ID,
    'sender-email': 'ci@example.com',
    recipients: 'a@example.org',
    files: 'dist/*.zip',
    ...overrides
  }
  return Object.fromEntries(Object.entries(base).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
}

const statusInputs: Record<string, string> = {
  'server-url': 'https://cs.example.com',
  'client-id': CLIENT_ID,
  'sender-email': 'ci@example.com',
  'tracking-id': '20260101-120000-abcd1234'
}

function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('readInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = readInputs({ ...env(), GITHUB_WORKSPACE: '/work/space' })
    expect(inputs).toMatchObject({
      serverUrl: 'https://cs.example.com',
      apiBase: 'https://cs.example.com/api',
      senderName: 'GitHub Actions',
      senderPhone: '',
      recipients: { to: ['a@example.org'], cc: [], bcc: [] },
      filePatterns: ['dist/*.zip'],
      ifNoFilesFound: 'error',
      passwordMode: 'generated',
      notifyRecipients: true,
      notifyDownloads: false,
      showFileNames: true,
      uploadConcurrency: 4,
      waitForProcessing: true,
      processingTimeoutSeconds: 600,
      allowRemovedFiles: false,
      retries: 5,
      dryRun: false,
      workspace: '/work/space'
    })
    expect(inputs.expirationDays).toBeUndefined()
  })

  it('names a missing required input', () => {
    for (const name of ['server-url', 'client-id', 'sender-email', 'files']) {
      expect(errorOf(() => readInputs(env({ [name]: '  ' })))).toContain(name)
    }
  })

  it('asks for a recipient when to, cc and bcc are all empty', () => {
    expect(errorOf(() => readInputs(env({ recipients: '' })))).toContain('recipients')
  })

  it('splits recipients on commas, semicolons, whitespace and newlines', () => {
    const inputs = readInputs(
      env({ recipients: 'a@x.org, b@x.org;c@x.org\n d@x.org', cc: 'e@x.org', bcc: 'f@x.org g@x.org' })
    )
    expect(inputs.recipients).toEqual({
      to: ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org'],
      cc: ['e@x.org'],
      bcc: ['f@x.org', 'g@x.org']
    })
  })

  it('names an invalid address and the input it is in', () => {
    const message = errorOf(() => readInputs(env({ cc: 'ok@x.org, not-an-address' })))
    expect(message).toContain('"cc"')
    expect(message).toContain('not-an-address')
  })

  it('refuses a recipient listed twice', () => {
    expect(errorOf(() => readInputs(env({ recipients: 'a@x.org', bcc: 'A@x.org' })))).toContain('more than once')
  })

  it('refuses a malformed client id without printing it', () => {
    const bad = 'secret-value-' + 'x'.repeat(60)
    const message = errorOf(() => readInputs(env({ 'client-id': bad })))
    expect(message).toContain('50 to 4000 letters and digits')
    expect(message).not.toContain(bad)
    expect(message).not.toContain('secret-value')
    expect(errorOf(() => readInputs(env({ 'client-id': 'abc123' })))).toContain('6 characters')
  })

  it('requires a password for password-mode manual and refuses unknown modes', () => {
    expect(errorOf(() => readInputs(env({ 'password-mode': 'manual' })))).toContain('"password"')
    expect(errorOf(() => readInputs(env({ 'password-mode': 'secret' })))).toContain('"generated", "manual", "none"')
    expect(readInputs(env({ 'password-mode': 'Manual', password: 'Xy7!Xy7!Xy7!' })).password).toBe('Xy7!Xy7!Xy7!')
  })

  it.each(['upload-concurrency', 'processing-timeout', 'expiration-days'])(
    'refuses a %s that is not a positive integer',
    (name) => {
      for (const value of ['0', '-1', '1.5', 'ten']) {
        expect(errorOf(() => readInputs(env({ [name]: value })))).toContain(`"${name}"`)
      }
    }
  )

  it('accepts retries: 0 (no retries) and says what a bad value must be', () => {
    expect(readInputs(env({ retries: '0' })).retries).toBe(0)
    expect(readInputs(env({ retries: '7' })).retries).toBe(7)
    for (const value of ['-1', '1.5', 'ten']) {
      expect(errorOf(() => readInputs(env({ retries: value })))).toBe(
        `Input "retries" must be a whole number, 0 or more; got "${value}".`
      )
    }
  })

  it('refuses a timeout or expiration beyond what a timer or a date can hold, naming the bound', () => {
    // 2,147,484 s is past the longest Node.js timer: the wait would end at once.
    expect(errorOf(() => readInputs(env({ 'processing-timeout': '2147484' })))).toBe(
      'Input "processing-timeout" must be at most 2147483 (seconds, about 24 days: the longest wait this tool can time); got "2147484".'
    )
    expect(readInputs(env({ 'processing-timeout': '2147483' })).processingTimeoutSeconds).toBe(2147483)
    expect(errorOf(() => readInputs(env({ 'expiration-days': '99999999' })))).toBe(
      'Input "expiration-days" must be at most 36500 (days, 100 years); got "99999999".'
    )
    expect(readInputs(env({ 'expiration-days': '36500' })).expirationDays).toBe(36500)
    const status = (timeout: string) =>
      readStatusSettings({
        get: (name) => ({ ...statusInputs, 'download-timeout': timeout })[name] ?? '',
        naming: ACTION_NAMING
      })
    expect(errorOf(() => status('99999999'))).toContain('"download-timeout" must be at most 2147483 (seconds')
    expect(status('2147483').downloadTimeoutSeconds).toBe(2147483)
  })

  it('shortens a very long value quoted in a message, and says how long it was', () => {
    const address = `${'x'.repeat(5000)}@example`
    const message = errorOf(() => readInputs(env({ recipients: address })))
    expect(message).toContain(`"${'x'.repeat(200)}… (5008 characters)"`)
    expect(message.length).toBeLessThan(400)
    const url = errorOf(() => readInputs(env({ 'server-url': `not a url ${'y'.repeat(5000)}` })))
    expect(url).toContain('… (5010 characters)')
    expect(url.length).toBeLessThan(400)
  })

  it('refuses booleans that are not true or false', () => {
    expect(errorOf(() => readInputs(env({ 'dry-run': 'maybe' })))).toContain('"dry-run"')
    expect(readInputs(env({ 'dry-run': 'TRUE' })).dryRun).toBe(true)
  })

  it('ignores blank lines and comments in files and needs one include pattern', () => {
    expect(readInputs(env({ files: 'dist/**\n\n# comment\n!dist/*.map' })).filePatterns).toEqual([
      'dist/**',
      '!dist/*.map'
    ])
    expect(errorOf(() => readInputs(env({ files: '!dist/*.map' })))).toContain('"files"')
  })
})

describe('parseServerUrl', () => {
  it.each([
    ['https://cs.example.com', 'https://cs.example.com'],
    ['https://cs.example.com/', 'https://cs.example.com'],
    ['https://cs.example.com/api', 'https://cs.example.com'],
    ['https://cs.example.com/api/', 'https://cs.example.com'],
    ['https://cs.example.com/cryptshare/api', 'https://cs.example.com/cryptshare'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.5:1234/api', 'http://127.0.0.5:1234'],
    ['http://[::1]:8080', 'http://[::1]:8080']
  ])('normalises %s', (input, expected) => {
    expect(parseServerUrl(input)).toBe(expected)
  })

  it('refuses http:// to a non-loopback host and non-URLs', () => {
    expect(errorOf(() => parseServerUrl('http://cs.example.com'))).toContain('https://')
    expect(errorOf(() => parseServerUrl('cs.example.com'))).toContain('not a URL')
    expect(errorOf(() => parseServerUrl('ftp://cs.example.com'))).toContain('https://')
  })
})

describe('parseAddresses', () => {
  it('returns nothing for an empty list', () => {
    expect(parseAddresses('', 'cc')).toEqual([])
  })
})

describe('shorten', () => {
  it('leaves short values alone and cuts long ones to 200 characters with … and the length', () => {
    expect(shorten('a@example.org')).toBe('a@example.org')
    expect(shorten('z'.repeat(200))).toBe('z'.repeat(200))
    expect(shorten('z'.repeat(201))).toBe(`${'z'.repeat(200)}… (201 characters)`)
    expect(shorten('😀'.repeat(300))).toBe(`${'😀'.repeat(200)}… (300 characters)`)
  })
})

describe('tuning', () => {
  it('counts a timeout or backoff beyond the longest Node.js timer as that longest one', () => {
    const knobs = tuning({
      [TuningEnv.requestTimeout]: '99999999',
      [TuningEnv.idleTimeout]: '99999999',
      [TuningEnv.retryMax]: '1e12',
      [TuningEnv.finalizeConfirm]: '5'
    })
    expect(knobs.requestTimeoutMs).toBe(MAX_TIMER_MS)
    expect(knobs.idleTimeoutMs).toBe(MAX_TIMER_MS)
    expect(knobs.retryMaxMs).toBe(MAX_TIMER_MS)
    expect(knobs.finalizeConfirmMs).toBe(5000)
    expect(tuning({}).requestTimeoutMs).toBe(120_000)
  })
})

describe('the option table drives the reader', () => {
  const table = {
    mode: { kind: 'choice', default: 'b', choices: ['a', 'b'], help: 'A choice' },
    count: { kind: 'integer', min: 0, max: { max: 3, why: 'three at most' }, default: '1', help: 'A number' },
    size: { kind: 'integer', help: 'A positive number' },
    flag: { kind: 'boolean', default: 'true', help: 'A switch' }
  } as const satisfies OptionTable
  const reader = (values: Record<string, string>) =>
    optionReader({ get: (name) => values[name] ?? '', naming: NEUTRAL_NAMING }, table)

  it("takes the entry's choices, bounds and defaults", () => {
    const read = reader({ mode: 'A', count: '0' })
    expect(read.choice('mode')).toBe('a')
    expect(reader({}).choice('mode')).toBe('b')
    expect(read.integer('count')).toBe(0)
    expect(reader({}).integer('count')).toBe(1)
    expect(read.optionalInteger('size')).toBeUndefined()
    expect(read.bool('flag')).toBe(true)
  })

  it('refuses what the entry does not allow, naming the option', () => {
    expect(errorOf(() => reader({ mode: 'c' }).choice('mode'))).toBe('"mode" must be one of "a", "b"; got "c".')
    expect(errorOf(() => reader({ count: '4' }).integer('count'))).toBe(
      '"count" must be at most 3 (three at most); got "4".'
    )
    expect(errorOf(() => reader({ count: '-1' }).integer('count'))).toBe(
      '"count" must be a whole number, 0 or more; got "-1".'
    )
    expect(errorOf(() => reader({ size: '0' }).integer('size'))).toBe(
      '"size" must be a positive whole number; got "0".'
    )
  })

  it('throws a plain error for a name the table has not, or of another kind', () => {
    expect(() => reader({}).integer('mode')).toThrow('option "mode" is not of kind integer in the table')
    expect(() => reader({}).bool('nothing')).toThrow(Error)
  })
})
