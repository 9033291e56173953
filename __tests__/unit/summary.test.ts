// The Markdown summaries the core writes for both front-ends (the job summary, --summary-file):
// the verdict first, every case in words, nothing secret, no injection from names or the server.
import { describe, expect, it } from '@jest/globals'
import { failedDelivery, type DeliveryOutcome } from '../../src/core/commands/deliver.js'
import type { DeliveryResult } from '../../src/core/contract.js'
import { DeliveryError } from '../../src/core/errors.js'
import { InputError } from '../../src/core/option-values.js'
import { dateTime, expiry, fromNow, longDate } from '../../src/core/summary/dates.js'
import { deliverySummary } from '../../src/core/summary/delivery.js'
import { revokeSummary, statusSummary } from '../../src/core/summary/transfer.js'
import type { TransferReport } from '../../src/core/transfer-report.js'

const NOW = Date.parse('2026-12-04T10:00:00Z')
const ID = '20261204-100000-abcd1234'
const recipients = { to: ['a@example.org', 'b@example.org'], cc: ['c@example.org'], bcc: [] }
const SECRETS = { password: 'Pa55-w0rd-secret', url: 'https://cs.example.com/download?id=1&code=SECRETCODE' }

function result(fields: Partial<DeliveryResult> = {}): DeliveryResult {
  return {
    dryRun: false,
    trackingId: ID,
    state: 'ACTIVE',
    expirationDate: '2027-01-03T10:00:00Z',
    password: SECRETS.password,
    verificationToken: 'TOKEN-SECRET',
    downloadUrls: [{ recipient: 'a@example.org', url: SECRETS.url }],
    files: [
      { name: 'app.zip', path: 'dist/app.zip', size: 2_097_152, sha256: 'a'.repeat(64) },
      { name: 'notes.txt', path: 'dist/notes.txt', size: 12, sha256: 'b'.repeat(64) }
    ],
    removedFiles: [],
    ...fields
  }
}

function outcome(fields: Partial<DeliveryOutcome>): DeliveryOutcome {
  return { status: 'delivered', failed: false, usage: false, cancelled: false, level: 'info', ...fields }
}

const summary = (o: DeliveryOutcome, withRecipients = true): string =>
  deliverySummary(o, { recipients: withRecipients ? recipients : undefined, now: NOW }).markdown
const firstLine = (markdown: string): string => markdown.split('\n')[0]

describe('the delivery summary', () => {
  it('delivered: one line with the files, the recipients, the transfer and the expiry in words and date', () => {
    const text = summary(outcome({ result: result() }))
    expect(firstLine(text)).toBe(
      `✅ **Delivered** 2 files to 3 recipients as transfer <code>${ID}</code>; expires in 30 days, on 3 January 2027.`
    )
    expect(text).toContain('| Recipients | a@example.org (to), b@example.org (to), c@example.org (cc) |')
    expect(text).toContain('| Expires | 3 January 2027 (2027-01-03T10:00:00Z) |')
    expect(text).toContain(`| app.zip | 2.00 MiB (2,097,152 bytes) | <code>${'a'.repeat(64)}</code> | delivered |`)
  })

  it('partly delivered: which files the server removed, and why in words, in the verdict and per file', () => {
    const o = outcome({
      result: result({ removedFiles: [{ name: 'notes.txt', cause: 'VIRUS_DETECTED' }] }),
      level: 'warning'
    })
    const text = summary(o)
    expect(firstLine(text)).toBe(
      `⚠️ **Partly delivered:** 1 file to 3 recipients as transfer <code>${ID}</code>; expires in 30 days, on 3 January 2027. The server removed notes.txt (a virus scan on the server rejected it; <code>VIRUS&#95;DETECTED</code>).`
    )
    expect(text).toContain('| notes.txt | 12 B |')
    expect(text).toMatch(
      /\| notes\.txt \|.*\| removed: a virus scan on the server rejected it; <code>VIRUS&#95;DETECTED<\/code> \|/
    )
    expect(text).toMatch(/\| app\.zip \|.*\| delivered \|/)
    // Also when the run fails because removed files are not allowed: the transfer exists.
    expect(firstLine(summary({ ...o, status: 'failed', failed: true, level: 'error' }))).toMatch(
      /^⚠️ \*\*Partly delivered/
    )
  })

  it('an unknown removal cause: "rejected by the server\'s pre-processing", with the server\'s own code', () => {
    const text = summary(outcome({ result: result({ removedFiles: [{ name: 'app.zip', cause: 'POLICY_X' }] }) }))
    expect(firstLine(text)).toContain(
      "The server removed app.zip (rejected by the server's pre-processing, e.g. a virus scan; <code>POLICY&#95;X</code>)."
    )
  })

  it('not delivered before finalize: why, that nothing was sent, and no file table', () => {
    const o = failedDelivery(new DeliveryError('upload', 'the server refused the upload (errorCode 1234)'), false)
    const text = summary(o)
    expect(firstLine(text)).toMatch(
      /^❌ \*\*Not delivered\.\*\* .*the server refused the upload \(errorCode 1234\)\. Nothing was sent\.$/
    )
    expect(text).not.toContain('| File |')
    // A message that says it already is not said twice.
    const usage = summary(outcome({ status: 'failed', failed: true, message: 'Bad "recipients". Nothing was sent.' }))
    expect(firstLine(usage).match(/Nothing was sent/g)).toHaveLength(1)
  })

  it('a transfer the server could not process (FAILED): not delivered, nothing downloadable, per file removed', () => {
    const removedFiles = [
      { name: 'app.zip', cause: 'CHECKSUM_MISMATCH' },
      { name: 'notes.txt', cause: 'PROCESSING_FAILED' }
    ]
    const text = summary(outcome({ status: 'failed', failed: true, result: result({ state: 'FAILED', removedFiles }) }))
    expect(firstLine(text)).toMatch(
      new RegExp(
        `^❌ \\*\\*Not delivered:\\*\\* the server could not process any file of transfer <code>${ID}</code> \\(state FAILED\\); nothing can be downloaded\\. The server removed app\\.zip \\(its checksum did not match`
      )
    )
    expect(text).toMatch(/\| app\.zip \|.*\| removed: its checksum did not match/)
  })

  it('uncertain: the tracking id to check before running again', () => {
    const text = summary(
      outcome({
        status: 'uncertain',
        failed: true,
        result: result({ state: undefined }),
        message: 'No answer to finalize.'
      })
    )
    expect(firstLine(text)).toBe(
      `❓ **Delivery uncertain:** finalize was sent for transfer <code>${ID}</code>, but whether the server made it a transfer is not known. Check transfer <code>${ID}</code> on the server before running the delivery again. No answer to finalize.`
    )
    expect(text).toMatch(/\| app\.zip \|.*\| uploaded; transfer not confirmed \|/)
  })

  it('cancelled, dry run and no matching file each say that nothing was sent', () => {
    expect(firstLine(summary(outcome({ status: 'cancelled', cancelled: true, failed: true })))).toBe(
      '⏹️ **Not delivered: the run was cancelled before anything was sent.**'
    )
    const dry = summary(
      outcome({ status: 'dry-run', result: result({ dryRun: true, trackingId: undefined, state: undefined }) })
    )
    expect(firstLine(dry)).toBe(
      "🧪 **Dry run: nothing was sent.** The sender is verified and the server's policy allows 2 files to 3 recipients."
    )
    expect(dry).toMatch(/\| app\.zip \|.*\| checked, not sent \|/)
    expect(firstLine(summary(outcome({ status: 'nothing-sent' })))).toBe(
      '➖ **Nothing delivered: no file matched the pattern.** Nothing was sent.'
    )
  })

  it('sent but still PROCESSING (not waited for): sent, and when the recipients hear of it', () => {
    const text = summary(outcome({ result: result({ state: 'PROCESSING' }) }))
    expect(firstLine(text)).toMatch(
      /^✅ \*\*Sent\*\* to 3 recipients as transfer <code>.*<\/code>, PROCESSING: the server is still checking/
    )
    expect(text).toMatch(/\| app\.zip \|.*\| sent \(PROCESSING\) \|/)
  })

  it('holds no password, download URL or verification token', () => {
    for (const status of ['delivered', 'failed', 'uncertain', 'dry-run'] as const) {
      const text = summary(outcome({ status, result: result(), message: 'm' }))
      for (const secret of [SECRETS.password, SECRETS.url, 'SECRETCODE', 'TOKEN-SECRET'])
        expect(text).not.toContain(secret)
    }
  })

  it('escapes hostile file names, recipients and server text: no HTML, no Markdown, no extra cell or line', () => {
    const hostile = 'x<img src=x onerror=alert(1)>|`code`*b*[l](http://e)\n## h'
    const text = summary(
      outcome({
        result: result({
          trackingId: 'id<b>',
          files: [{ name: hostile, path: hostile, size: 1, sha256: 'c'.repeat(64) }],
          removedFiles: [{ name: hostile, cause: '<script>' }]
        }),
        message: hostile
      }),
      false
    )
    expect(text).not.toMatch(/<(img|script|b)\b/)
    expect(text).not.toContain('`code`')
    expect(text).not.toContain('[l](')
    expect(text).not.toMatch(/^## h/m)
    const row = text.split('\n').find((line) => line.startsWith('| x'))!
    expect(row.split(' | ')).toHaveLength(4)
    expect(row).toContain(
      'x&#60;img src=x onerror=alert(1)&#62;&#124;&#96;code&#96;&#42;b&#42;&#91;l&#93;(http://e)&#92;n## h'
    )
  })

  it('without the options (they could not be read) it still says what failed', () => {
    const text = summary(failedDelivery(new InputError('Input "files" is required.'), false), false)
    expect(firstLine(text)).toMatch(
      /^❌ \*\*Not delivered\.\*\* Input &#34;files&#34; is required\. Nothing was sent\.$/
    )
  })

  it('leaves out file rows beyond the byte limit and says how many it shows', () => {
    const many = result({
      files: Array.from({ length: 100 }, (_, i) => ({ name: `f${i}`, path: `f${i}`, size: 1, sha256: 'd'.repeat(64) }))
    })
    const cut = deliverySummary(outcome({ result: many }), { now: NOW, maxFileRowBytes: 1000 })
    expect(cut.filesTotal).toBe(100)
    expect(cut.filesShown).toBeGreaterThan(0)
    expect(cut.filesShown).toBeLessThan(100)
    expect(cut.markdown.match(/^\| f\d+ \|/gm)).toHaveLength(cut.filesShown)
  })
})

function report(fields: Partial<TransferReport> = {}): TransferReport {
  return {
    trackingId: ID,
    state: 'ACTIVE',
    expirationDate: '2026-12-11T10:00:00Z',
    downloads: [
      {
        recipient: 'a@example.org',
        files: [
          { name: 'app.zip', downloads: ['2026-12-04T14:03:59Z', '2026-12-05T08:00:00Z'] },
          { name: 'notes.txt', downloads: [] }
        ]
      },
      {
        recipient: 'b@example.org',
        files: [
          { name: 'app.zip', downloads: [] },
          { name: 'notes.txt', downloads: [] }
        ]
      }
    ],
    allDownloaded: false,
    files: [],
    ...fields
  }
}

describe('the status summary', () => {
  it('marks each recipient × file cell with the first download or "not yet"', () => {
    const text = statusSummary({ status: 'ok', usage: false, value: report() }, NOW)
    expect(firstLine(text)).toBe(
      `⏳ Transfer <code>${ID}</code> is active: the recipients can download the files; 1 of 4 downloads done; expires in 7 days, on 11 December 2026.`
    )
    expect(text).toContain('| Recipient | app.zip | notes.txt |')
    expect(text).toContain('| a@example.org | downloaded 4 Dec 2026 14:03 UTC | not yet |')
    expect(text).toContain('| b@example.org | not yet | not yet |')
  })

  it('all downloaded: says so, with the counts', () => {
    const all = report({
      downloads: [{ recipient: 'a@example.org', files: [{ name: 'app.zip', downloads: ['2026-12-04T14:03:59Z'] }] }],
      allDownloaded: true
    })
    expect(firstLine(statusSummary({ status: 'ok', usage: false, value: all }, NOW))).toMatch(
      /^✅ Transfer .*: every recipient has downloaded every file \(1 recipient, 1 file\)/
    )
  })

  it('a revoked transfer says revoked, never that every recipient has downloaded every file', () => {
    const revoked = report({ state: 'DELETED_BY_REVOCATION', allDownloaded: true })
    const text = statusSummary({ status: 'ok', usage: false, value: revoked }, NOW)
    expect(firstLine(text)).toBe(
      `🗑️ Transfer <code>${ID}</code> is revoked: its files are deleted and can no longer be downloaded. Before that, 1 of 4 downloads were done.`
    )
    expect(text).not.toMatch(/every recipient has downloaded/i)
    expect(text).toContain('| b@example.org | not downloaded | not downloaded |')
  })

  it('revoke-when-downloaded: says when it revoked, and that the recipients were not told', () => {
    const all = report({ allDownloaded: true })
    const revoked = { at: '2026-12-04T15:00:00Z', state: 'DELETED_BY_REVOCATION', recipientsNotified: false }
    expect(firstLine(statusSummary({ status: 'ok', usage: false, value: all, revoked }, NOW))).toMatch(
      / Revoked on 4 Dec 2026 15:00 UTC once every file was downloaded \(revoke-when-downloaded; the recipients were not notified\)\.$/
    )
  })

  it('a failed read: the reason in one line', () => {
    expect(statusSummary({ status: 'failed', usage: false, message: 'Transfer X was not found.' }, NOW)).toBe(
      '❌ **Transfer status not read.** Transfer X was not found.\n'
    )
  })
})

describe('the revoke summary', () => {
  it('revoked, nothing to revoke, failed', () => {
    const ok = (state: string, revoked: boolean) =>
      revokeSummary({ status: 'ok', usage: false, value: { trackingId: ID, state, revoked } }, NOW)
    expect(ok('DELETED_BY_REVOCATION', true)).toBe(
      `🗑️ Transfer <code>${ID}</code> was revoked on 4 Dec 2026 10:00 UTC: its files are deleted and can no longer be downloaded.\n`
    )
    expect(ok('DELETED_BY_EXPIRATION', false)).toBe(
      `➖ Nothing to revoke: Transfer <code>${ID}</code> is expired: its files are deleted.\n`
    )
    expect(revokeSummary({ status: 'cancelled', usage: false, message: 'Interrupted.' }, NOW)).toBe(
      '⏹️ **Not revoked: cancelled.** Interrupted.\n'
    )
  })
})

describe('dates in words', () => {
  it('as people read them, and as the server wrote them when they cannot be read', () => {
    expect(longDate('2027-01-03T23:30:00+01:00')).toBe('3 January 2027')
    expect(dateTime('2026-12-04T14:03:59.123Z')).toBe('4 Dec 2026 14:03 UTC')
    expect(fromNow('2026-12-04T23:00:00Z', NOW)).toBe('today')
    expect(fromNow('2026-12-05T01:00:00Z', NOW)).toBe('tomorrow')
    expect(fromNow('2026-12-01T01:00:00Z', NOW)).toBe('3 days ago')
    expect(expiry('soon', NOW)).toBe('expires soon')
    expect(expiry(undefined, NOW)).toBe('expiry as the server sets it')
    expect(dateTime('later')).toBe('later')
  })

  it('every month as en-GB names it, hours and minutes in two digits (UTC)', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    for (let month = 0; month < 12; month++) {
      const time = Date.UTC(2027, month, 28, 23, 59)
      expect(longDate(new Date(time).toISOString())).toBe(intl.format(time))
    }
    expect(dateTime('2026-09-04T03:05:00Z')).toBe('4 Sept 2026 03:05 UTC')
    expect(dateTime('2026-12-31T23:30:00-01:00')).toBe('1 Jan 2027 00:30 UTC')
  })
})
