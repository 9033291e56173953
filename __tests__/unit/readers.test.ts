import { describe, expect, it } from '@jest/globals'
import {
  readTransferListEntry,
  readTransferPolicy,
  readTransferSession,
  readTransferStatus,
  readVerificationStatus
} from '../../src/cryptshare/readers.js'

function warnings(): { warn: (message: string) => void; seen: string[] } {
  const seen: string[] = []
  return { warn: (message) => seen.push(message), seen }
}

const STATUS = {
  transfer: {
    expirationDate: '2031-01-31T23:00:00+01:00',
    confidentialMessageFileId: 'M1',
    securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'GENERATED', password: 'pw-1' } },
    files: [{ id: 'F1', fileName: 'a.txt', size: 3, checksum: 'abc', state: 'ACTIVE' }]
  },
  status: {
    state: 'active',
    warnings: false,
    files: [{ id: 'F1', removed: false, removalCause: null }],
    recipients: [
      {
        id: 'R1',
        mail: 'customer@example.org',
        downloadUrl: 'https://cs.example.com/d/1',
        notificationFailed: false,
        fileDownloads: [
          { id: 'F1', downloads: [{ downloadDate: '2031-01-02T10:00:00+01:00', retrievalMethod: 'DOWNLOADED' }] }
        ]
      }
    ]
  },
  somethingNew: { ignored: true }
}

describe('readTransferStatus', () => {
  it('reads a full status answer, state upper-cased, unknown fields ignored', () => {
    const { warn, seen } = warnings()
    const view = readTransferStatus(STATUS, warn)
    expect(view).toEqual({
      state: 'ACTIVE',
      stateUnreadable: false,
      warnings: false,
      recipients: [
        {
          id: 'R1',
          mail: 'customer@example.org',
          downloadUrl: 'https://cs.example.com/d/1',
          notificationFailed: false,
          fileDownloads: [
            { id: 'F1', downloads: [{ downloadDate: '2031-01-02T10:00:00+01:00', retrievalMethod: 'DOWNLOADED' }] }
          ]
        }
      ],
      statusFiles: [{ id: 'F1', removed: false, removalCause: undefined }],
      files: [{ id: 'F1', fileName: 'a.txt', size: 3, checksum: 'abc', state: 'ACTIVE', href: undefined }],
      expirationDate: '2031-01-31T23:00:00+01:00',
      confidentialMessageFileId: 'M1',
      password: 'pw-1'
    })
    expect(seen).toEqual([])
  })

  it('leaves the state undefined when the answer does not say, and says nothing about what that means', () => {
    for (const raw of [{}, { status: {} }, { status: null }, { status: { state: null } }, null, undefined]) {
      const view = readTransferStatus(raw)
      expect(view.state).toBeUndefined()
      expect(view.stateUnreadable).toBe(false)
      expect(view.recipients).toEqual([])
      expect(view.files).toEqual([])
    }
  })

  it('marks a state of the wrong shape as unreadable, with a warning naming the field', () => {
    const { warn, seen } = warnings()
    expect(readTransferStatus({ status: { state: 42 } }, warn)).toMatchObject({
      state: undefined,
      stateUnreadable: true
    })
    expect(readTransferStatus({ status: 'ACTIVE' }, warn)).toMatchObject({ state: undefined, stateUnreadable: true })
    expect(seen).toEqual([
      `The server's transfer status has "status.state" of the wrong shape (number, expected a string); ignored.`,
      `The server's transfer status has "status" of the wrong shape (string, expected an object); ignored.`
    ])
  })

  it('skips odd-typed entries and fields, reading what it can', () => {
    const { warn, seen } = warnings()
    const view = readTransferStatus(
      {
        transfer: { files: [null, { id: 7, fileName: 'b.txt', size: '12' }], expirationDate: 20310131 },
        status: {
          state: 'PROCESSING',
          recipients: 'nobody',
          files: [{ id: 'F2', removed: 'TRUE', removalCause: 'virus' }]
        }
      },
      warn
    )
    expect(view.state).toBe('PROCESSING')
    expect(view.files).toEqual([
      { id: undefined, fileName: 'b.txt', size: 12, checksum: undefined, state: undefined, href: undefined }
    ])
    expect(view.expirationDate).toBeUndefined()
    expect(view.recipients).toEqual([])
    expect(view.statusFiles).toEqual([{ id: 'F2', removed: true, removalCause: 'virus' }])
    expect(seen).toHaveLength(4)
  })

  it('reads a null downloadUrl (another token, password mode NONE) as absent', () => {
    const view = readTransferStatus({ status: { recipients: [{ mail: 'a@b.c', downloadUrl: null }] } })
    expect(view.recipients[0]).toMatchObject({ mail: 'a@b.c', downloadUrl: undefined, fileDownloads: [] })
  })
})

describe('readTransferListEntry', () => {
  it('reads an entry of the transfer list (TransferBasicInfo)', () => {
    const { warn, seen } = warnings()
    expect(
      readTransferListEntry(
        {
          trackingId: '20240522-065711-H8UoUSI6',
          state: 'active',
          href: 'https://cs.example.com/api/users/s%40x/transfers/20240522-065711-H8UoUSI6',
          recipients: [{ id: 'R1', mail: 'A@example.org' }],
          extra: 1
        },
        warn
      )
    ).toEqual({
      trackingId: '20240522-065711-H8UoUSI6',
      state: 'ACTIVE',
      href: 'https://cs.example.com/api/users/s%40x/transfers/20240522-065711-H8UoUSI6',
      recipients: ['A@example.org']
    })
    expect(seen).toEqual([])
  })

  it('takes recipients as RecipientStatus objects or plain addresses', () => {
    expect(readTransferListEntry({ recipients: ['a@x.org', { mail: 'b@x.org' }] }).recipients).toEqual([
      'a@x.org',
      'b@x.org'
    ])
  })

  it('reads recipients it cannot fully read as unknown, never as a shorter list', () => {
    for (const recipients of [[{ mail: 'a@x.org' }, {}], [null], 'a@x.org', undefined, [{ mail: '' }]])
      expect(readTransferListEntry({ recipients }).recipients).toBeUndefined()
  })

  it('reads an entry that is no object, or fields of the wrong shape, as absent', () => {
    const { warn, seen } = warnings()
    expect(readTransferListEntry('20240522-065711-H8UoUSI6', warn)).toEqual({
      trackingId: undefined,
      state: undefined,
      href: undefined,
      recipients: undefined
    })
    expect(readTransferListEntry({ trackingId: 12, state: ['ACTIVE'], href: '' }, warn)).toMatchObject({
      trackingId: undefined,
      state: undefined,
      href: ''
    })
    expect(readTransferListEntry({ trackingId: '' }).trackingId).toBeUndefined()
    expect(seen).toHaveLength(3)
  })
})

describe('readTransferSession', () => {
  it('reads files, expiry, the checksum algorithm as named and the security mode', () => {
    const view = readTransferSession({
      expirationDate: '2031-01-31T23:00:00+00:00',
      fileChecksumAlgorithm: 'SHA-256',
      confidentialMessageFileId: 'M1',
      securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'GENERATED', password: 'pw' } },
      files: [{ id: 'F1', fileName: 'a.txt', size: 3, state: 'UPLOADED', href: '/api/x/files/F1' }],
      unknownField: {}
    })
    expect(view).toEqual({
      files: [
        { id: 'F1', fileName: 'a.txt', size: 3, checksum: undefined, state: 'UPLOADED', href: '/api/x/files/F1' }
      ],
      expirationDate: '2031-01-31T23:00:00+00:00',
      confidentialMessageFileId: 'M1',
      fileChecksumAlgorithm: 'SHA-256',
      securityMode: { name: 'ONE_TIME_PASSWORD', passwordMode: 'GENERATED', password: 'pw' }
    })
    expect(readTransferSession({ fileChecksumAlgorithm: 'SHA256' }).fileChecksumAlgorithm).toBe('SHA256')
  })

  it('reads an empty or odd answer as a session without anything', () => {
    const { warn, seen } = warnings()
    for (const raw of [{}, null, { files: 'x', securityMode: 'NONE', fileChecksumAlgorithm: 256 }])
      expect(readTransferSession(raw, warn)).toEqual({
        files: [],
        expirationDate: undefined,
        confidentialMessageFileId: undefined,
        fileChecksumAlgorithm: undefined,
        securityMode: { name: undefined, passwordMode: undefined, password: undefined }
      })
    expect(seen).toHaveLength(3)
  })
})

describe('readVerificationStatus', () => {
  it('reads both spellings of the verification methods (spec CLIENT_ID/EMAIL, prose clientId/email)', () => {
    expect(readVerificationStatus({ verificationMethods: ['CLIENT_ID', 'EMAIL'] }).verificationMethods).toEqual([
      'CLIENT_ID',
      'EMAIL'
    ])
    expect(readVerificationStatus({ verificationMethods: ['clientId', 'email', 'sms'] }).verificationMethods).toEqual([
      'CLIENT_ID',
      'EMAIL',
      'SMS'
    ])
  })

  it('reads verified and validUntil; no list of methods is unknown, not empty', () => {
    const { warn, seen } = warnings()
    expect(readVerificationStatus({ verified: 'true', validUntil: '2031-01-01T00:00:00Z' }, warn)).toEqual({
      verified: true,
      validUntil: '2031-01-01T00:00:00Z',
      verificationMethods: undefined
    })
    expect(readVerificationStatus({ verified: 1, verificationMethods: 'EMAIL' }, warn)).toEqual({
      verified: undefined,
      validUntil: undefined,
      verificationMethods: undefined
    })
    expect(readVerificationStatus({ verificationMethods: [3, 'EMAIL'] }, warn).verificationMethods).toEqual(['EMAIL'])
    expect(seen).toHaveLength(3)
  })
})

describe('readTransferPolicy', () => {
  it('reads allowed, the failed recipients and the settings', () => {
    const view = readTransferPolicy({
      allowed: false,
      failedRecipients: [{ emailAddress: 'x@y.org', reason: 'blocked' }],
      settings: {
        maxRetentionPeriod: '14',
        maxTotalSize: 1000,
        showFileNamesDefault: true,
        confidentialMessageAllowed: 'false',
        securityModes: [{ name: 'ONE_TIME_PASSWORD', config: { allowedPasswordModes: ['MANUAL', 'GENERATED'] } }],
        futureSetting: 'ignored'
      }
    })
    expect(view.allowed).toBe(false)
    expect(view.failedRecipients).toEqual([{ emailAddress: 'x@y.org', reason: 'blocked' }])
    expect(view.settings).toMatchObject({
      maxRetentionPeriod: 14,
      maxTotalSize: 1000,
      showFileNamesDefault: true,
      confidentialMessageAllowed: false,
      sendDownloadNotificationsDefault: undefined,
      securityModes: [{ name: 'ONE_TIME_PASSWORD', config: { allowedPasswordModes: ['MANUAL', 'GENERATED'] } }]
    })
  })

  it('leaves allowed undefined when absent or odd (the caller decides), and unknown password modes unknown', () => {
    const { warn, seen } = warnings()
    const view = readTransferPolicy(
      { allowed: 'maybe', settings: { securityModes: [{ config: { allowedPasswordModes: [1] } }] } },
      warn
    )
    expect(view.allowed).toBeUndefined()
    expect(view.settings.securityModes).toEqual([{ name: undefined, config: { allowedPasswordModes: undefined } }])
    expect(readTransferPolicy({}).allowed).toBeUndefined()
    expect(seen).toHaveLength(2)
  })
})
