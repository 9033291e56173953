import { describe, expect, it } from '@jest/globals'
import { answer, AnswerShapeError } from '../../src/cryptshare/shape.js'
import type { TransferStatus } from '../../src/cryptshare/types.js'
import { transferReport } from '../../src/core/transfer-report.js'

function report(status: unknown) {
  const warnings: string[] = []
  const read = answer('transfer status', (message) => warnings.push(message))
  return { report: transferReport('T1', status as TransferStatus, read), warnings }
}

const transfer = {
  expirationDate: '2027-01-01T00:00:00+00:00',
  confidentialMessageFileId: 'msg',
  fileChecksumAlgorithm: 'SHA-256',
  files: [
    { id: 'f1', fileName: 'app.zip', checksum: 'AB'.repeat(32) },
    { id: 'f2', fileName: 'virus.exe' },
    { id: 'msg', fileName: 'message.html' },
    { id: 'sums', fileName: 'SHA256SUMS' }
  ]
}

describe('the download report', () => {
  it('counts delivered files only (not the confidential message, removed files or the checksum files this tool adds); a view counts', () => {
    const { report: r } = report({
      transfer,
      status: {
        state: 'active',
        files: [{ id: 'f2', removed: true, removalCause: 'VIRUS' }],
        recipients: [
          {
            mail: 'a@example.org',
            fileDownloads: [
              {
                id: 'f1',
                downloads: [
                  { downloadDate: '2026-12-05T10:00:00+00:00', retrievalMethod: 'VIEWED' },
                  { downloadDate: '2026-12-04T10:00:00+00:00', retrievalMethod: 'DOWNLOADED' }
                ]
              },
              { id: 'msg', downloads: [{ downloadDate: '2026-12-04T09:00:00+00:00' }] }
            ]
          }
        ]
      }
    })
    expect(r).toEqual({
      trackingId: 'T1',
      state: 'ACTIVE',
      expirationDate: '2027-01-01T00:00:00+00:00',
      downloads: [
        {
          recipient: 'a@example.org',
          files: [{ name: 'app.zip', downloads: ['2026-12-04T10:00:00+00:00', '2026-12-05T10:00:00+00:00'] }]
        }
      ],
      allDownloaded: true,
      files: [{ name: 'app.zip', digest: { sha256: 'ab'.repeat(32) } }]
    })
  })

  it('reads answers of the wrong shape without a TypeError, warning once per field', () => {
    const { report: r, warnings } = report({
      transfer: { files: [null, { id: 'f1', fileName: 'app.zip' }] },
      status: { state: 'ACTIVE', recipients: [{ mail: 'a@example.org', fileDownloads: { id: 'f1' } }, null] }
    })
    expect(r.allDownloaded).toBe(false)
    expect(r.downloads).toEqual([{ recipient: 'a@example.org', files: [{ name: 'app.zip', downloads: [] }] }])
    expect(warnings.length).toBeGreaterThan(0)
  })

  it('refuses an answer without the state: one error naming the missing field', () => {
    for (const status of [{ transfer }, { transfer, status: 'x' }, { transfer, status: { recipients: [] } }]) {
      expect(() => report(status)).toThrow(AnswerShapeError)
    }
    expect(() => report({ transfer, status: { recipients: [] } })).toThrow(
      'The server\'s transfer status has no "status.state" (expected a string): this tool cannot tell whether the transfer is still available. Check the transfer on the server, or run again later.'
    )
  })

  it('is not "all downloaded" without recipients or files', () => {
    expect(report({ transfer, status: { state: 'ACTIVE', recipients: [] } }).report.allDownloaded).toBe(false)
    expect(
      report({ transfer: { files: [] }, status: { state: 'ACTIVE', recipients: [{ mail: 'a@example.org' }] } }).report
        .allDownloaded
    ).toBe(false)
  })
})
