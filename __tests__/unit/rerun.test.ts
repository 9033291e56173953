import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CryptshareClient } from '../../src/cryptshare/client.js'
import { CryptshareError } from '../../src/cryptshare/errors.js'
import type { DeliveryOptions } from '../../src/core/contract.js'
import type { HostEvents } from '../../src/core/host.js'
import { checksumAlgorithm } from '../../src/core/lifecycle/checksum.js'
import { isRerunAttempt } from '../../src/action/inputs.js'
import { earlierDelivery, LOOKUP_MAX_PAGES, LOOKUP_PAGE_SIZE } from '../../src/core/lifecycle/rerun.js'
import {
  matchListEntry as screen,
  matchTransfer,
  trackingIdTime,
  type DigestsOf,
  type Wanted
} from '../../src/core/lifecycle/rerun-match.js'

const NOW = Date.parse('2030-05-01T12:00:00Z')
const sha = (text: string, algorithm = 'sha256'): string => createHash(algorithm).update(text).digest('hex')

const wanted: Wanted = {
  recipients: { to: ['a@example.org', 'b@example.org'], cc: ['c@example.org'], bcc: [] },
  files: [
    { name: 'app.zip', path: 'dist/app.zip', size: 3, sha256: sha('app') },
    { name: 'notes.txt', path: 'dist/notes.txt', size: 5, sha256: sha('notes') }
  ]
}
const digestsOf: DigestsOf = (algorithm) =>
  Promise.resolve(
    new Map([
      ['app.zip', sha('app', algorithm)],
      ['notes.txt', sha('notes', algorithm)]
    ])
  )

/** A transfer status (`GET …/transfers/{id}`) of exactly `wanted`, with `change` applied to `transfer`. */
function status(change: Record<string, unknown> = {}, state: Record<string, unknown> = {}): unknown {
  return {
    transfer: {
      recipients: {
        to: [{ mail: 'B@example.org' }, { mail: 'a@example.org' }],
        cc: [{ mail: 'c@EXAMPLE.org' }],
        bcc: []
      },
      fileChecksumAlgorithm: 'SHA-256',
      files: [
        { id: 'f2', fileName: 'notes.txt', size: 5, checksum: sha('notes').toUpperCase() },
        { id: 'f1', fileName: 'app.zip', size: 3, checksum: sha('app') }
      ],
      ...change
    },
    status: { state: 'ACTIVE', recipients: [], ...state }
  }
}

const match = (value: unknown, w: Wanted = wanted): Promise<unknown> => matchTransfer(value, w, digestsOf, NOW)

describe('a transfer is this delivery only with the same recipients and files', () => {
  it('matches recipients as sets per role, ignoring case and order, and files in any order', async () => {
    await expect(match(status())).resolves.toEqual({ matches: true })
  })

  it('other recipients, or the same addresses in another role, do not match', async () => {
    const moved = { to: [{ mail: 'a@example.org' }], cc: [{ mail: 'b@example.org' }, { mail: 'c@example.org' }] }
    await expect(match(status({ recipients: moved }))).resolves.toMatchObject({ matches: false })
    const extra = {
      to: [{ mail: 'a@example.org' }, { mail: 'b@example.org' }],
      cc: [{ mail: 'c@example.org' }],
      bcc: [{ mail: 'x@example.org' }]
    }
    await expect(match(status({ recipients: extra }))).resolves.toMatchObject({
      matches: false,
      why: 'other bcc recipients'
    })
  })

  it('without transfer.recipients, compares every recipient of the status as one set', async () => {
    const flat = [{ mail: 'a@example.org' }, { mail: 'b@example.org' }, { mail: 'c@example.org' }]
    await expect(match(status({ recipients: undefined }, { recipients: flat }))).resolves.toEqual({ matches: true })
    await expect(match(status({ recipients: undefined }, { recipients: flat.slice(1) }))).resolves.toMatchObject({
      matches: false
    })
  })

  it('a different name, size or checksum, a missing or an extra file does not match', async () => {
    const files = (status() as { transfer: { files: Record<string, unknown>[] } }).transfer.files
    const variants = [
      [{ ...files[0], fileName: 'Notes.txt' }, files[1]],
      [{ ...files[0], size: 6 }, files[1]],
      [{ ...files[0], checksum: sha('other') }, files[1]],
      [{ ...files[0], checksum: undefined }, files[1]],
      [files[1]],
      [...files, { id: 'f3', fileName: 'more.bin', size: 1, checksum: sha('m') }]
    ]
    for (const variant of variants) {
      await expect(match(status({ files: variant }))).resolves.toMatchObject({ matches: false })
    }
  })

  it('sizes given as strings are accepted', async () => {
    const files = (status() as { transfer: { files: Record<string, unknown>[] } }).transfer.files
    await expect(match(status({ files: files.map((f) => ({ ...f, size: String(f.size) })) }))).resolves.toEqual({
      matches: true
    })
  })

  it('the confidential message file is not compared', async () => {
    const files = (status() as { transfer: { files: Record<string, unknown>[] } }).transfer.files
    const message = { id: 'cm', fileName: 'confidential-message.txt', size: 6, checksum: sha('secret') }
    const withMessage = { ...wanted, confidentialMessage: 'secret' }
    await expect(
      match(status({ files: [...files, message], confidentialMessageFileId: 'cm' }), withMessage)
    ).resolves.toEqual({ matches: true })
    // A server that does not mark it: the one file that looks like it is left out.
    await expect(match(status({ files: [message, ...files] }), withMessage)).resolves.toEqual({ matches: true })
    await expect(match(status({ files: [message, ...files] }))).resolves.toMatchObject({ matches: false })
  })

  it("checksums are compared in the transfer's algorithm", async () => {
    const files = [
      { fileName: 'app.zip', size: 3, checksum: sha('app', 'sha512') },
      { fileName: 'notes.txt', size: 5, checksum: sha('notes', 'sha512') }
    ]
    await expect(match(status({ files, fileChecksumAlgorithm: 'SHA512' }))).resolves.toEqual({ matches: true })
    await expect(match(status({ files, fileChecksumAlgorithm: 'SHA-256' }))).resolves.toMatchObject({ matches: false })
    await expect(match(status({ fileChecksumAlgorithm: 'CRC32' }))).resolves.toMatchObject({ matches: false })
    expect([
      checksumAlgorithm(undefined),
      checksumAlgorithm('sha-1'),
      checksumAlgorithm('MD5'),
      checksumAlgorithm(7)
    ]).toEqual(['sha256', 'sha1', 'md5', undefined])
  })

  it('a transfer older than a day does not match where the server names a date; without one it counts as recent', async () => {
    const old = new Date(NOW - 25 * 3600_000).toISOString()
    const recent = new Date(NOW - 2 * 3600_000).toISOString()
    await expect(match(status({ creationDate: old }))).resolves.toMatchObject({ matches: false })
    await expect(match(status({ creationDate: recent }))).resolves.toEqual({ matches: true })
    expect(screen({ trackingId: 't', state: 'ACTIVE', createdAt: old }, wanted, NOW)).toMatchObject({ matches: false })
    expect(screen({ trackingId: 't', state: 'ACTIVE' }, wanted, NOW)).toEqual({ matches: true })
  })

  it('failed and deleted transfers are not a delivery', async () => {
    await expect(match(status({}, { state: 'FAILED' }))).resolves.toMatchObject({ matches: false })
    expect(screen({ trackingId: 't', state: 'DELETED_BY_REVOCATION' }, wanted, NOW)).toMatchObject({ matches: false })
  })

  it('answers of the wrong shape never throw', async () => {
    for (const value of [
      null,
      'x',
      [],
      {},
      { transfer: null },
      { transfer: [] },
      status({ files: {} }),
      status({ files: 'x' }),
      status({ files: [null] }),
      status({ files: [1, 2] }),
      status({ recipients: { to: {} } }),
      status({ recipients: { to: [null] } }),
      status({ recipients: 'x' }, { recipients: {} }),
      status({}, { state: 7 })
    ]) {
      await expect(match(value)).resolves.toMatchObject({ matches: expect.any(Boolean) })
    }
    for (const entry of [{}, { recipients: {} }, { recipients: [null] }, { state: null, createdAt: {} }]) {
      expect(() => screen(entry, wanted, NOW)).not.toThrow()
    }
  })

  it('a re-run is GITHUB_RUN_ATTEMPT above 1', () => {
    expect([undefined, '', '1', '2', '10', 'x'].map((v) => isRerunAttempt({ GITHUB_RUN_ATTEMPT: v }))).toEqual([
      false,
      false,
      false,
      true,
      true,
      false
    ])
  })
})

describe('earlierDelivery', () => {
  let dir: string
  let options: DeliveryOptions
  const log: string[] = []
  const events = {
    info: (m: string) => log.push(`info ${m}`),
    warning: (m: string) => log.push(`warning ${m}`),
    debug: (m: string) => log.push(`debug ${m}`),
    notice: (m: string) => log.push(`notice ${m}`),
    secret: (m: string) => log.push(`secret ${m}`)
  } as unknown as HostEvents

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cs-rerun-'))
    writeFileSync(join(dir, 'app.zip'), 'app')
    writeFileSync(join(dir, 'notes.txt'), 'notes')
    options = {
      senderEmail: 'ci@example.com',
      recipients: wanted.recipients,
      files: wanted.files.map((f) => ({
        absolutePath: join(dir, f.name),
        relativePath: f.path,
        name: f.name,
        size: f.size
      })),
      lookForEarlierDelivery: true
    } as DeliveryOptions
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const client = (
    list: (email: string, page: number) => Promise<unknown[]>,
    statusOf: (id: string) => Promise<unknown>
  ): CryptshareClient =>
    ({
      listTransfers: list,
      transferUrl: (_email: string, id: string) => id,
      transferStatus: statusOf
    }) as unknown as CryptshareClient

  it('publishes the matching transfer with its links and a notice, skipping entries of the wrong shape', async () => {
    log.length = 0
    const seen: string[] = []
    const result = await earlierDelivery(
      client(
        () =>
          Promise.resolve([
            null,
            'x',
            { state: 'ACTIVE' },
            { trackingId: 'other', recipients: [{ mail: 'z@example.org' }] },
            { trackingId: 'T1', state: 'ACTIVE' }
          ]),
        (id) => {
          seen.push(id)
          return Promise.resolve(
            status(
              { expirationDate: '2030-05-08T12:00:00+00:00' },
              { recipients: [{ mail: 'a@example.org', downloadUrl: 'https://dl/1' }] }
            )
          )
        }
      ),
      options,
      events,
      NOW
    )
    expect(seen).toEqual(['T1'])
    expect(result).toMatchObject({
      trackingId: 'T1',
      state: 'ACTIVE',
      downloadUrls: [{ recipient: 'a@example.org', url: 'https://dl/1' }],
      expirationDate: '2030-05-08T12:00:00+00:00',
      files: wanted.files
    })
    expect(log).toContain('secret https://dl/1')
    expect(log.filter((l) => l.startsWith('notice'))).toEqual([expect.stringContaining('"deliver-again: true"')])
    expect(log.filter((l) => l.startsWith('warning'))).toEqual([])
  })

  it('a refused lookup fails before anything is sent, naming deliver-again', async () => {
    log.length = 0
    const refused = new CryptshareError({
      kind: 'http',
      status: 401,
      errorCode: 3002,
      message: 'HTTP 401',
      method: 'GET',
      url: '/x'
    })
    await expect(
      earlierDelivery(
        client(
          () => Promise.resolve([{ trackingId: 'T1' }]),
          () => Promise.reject(refused)
        ),
        options,
        events,
        NOW
      )
    ).rejects.toThrow(/^This is a re-run, and this run could not check .*3002.*set "deliver-again: true"\.$/)
    await expect(
      earlierDelivery(
        client(
          () => Promise.reject(refused),
          () => Promise.reject(new Error('not asked'))
        ),
        options,
        events,
        NOW
      )
    ).rejects.toThrow(/the list of the sender's transfers: .*3002/)
  })

  /** Pages of the list: `pages[n - 1]` is page n (empty beyond). */
  const paged =
    (pages: unknown[][], asked: number[]) =>
    (_email: string, page: number): Promise<unknown[]> => {
      asked.push(page)
      return Promise.resolve(pages[page - 1] ?? [])
    }
  const others = (count: number, stamp: string): unknown[] =>
    Array.from({ length: count }, (_, i) => ({
      trackingId: `${stamp}-other${i}`,
      recipients: [{ mail: 'z@example.org' }]
    }))
  const matching = () =>
    Promise.resolve(status({}, { recipients: [{ mail: 'a@example.org', downloadUrl: 'https://dl/1' }] }))

  it('reads further pages while the transfers are recent: 100 others sent since do not hide the delivery', async () => {
    const asked: number[] = []
    const list = paged([others(LOOKUP_PAGE_SIZE, '20300501-110000'), [{ trackingId: '20300501-100000-T1' }]], asked)
    const result = await earlierDelivery(client(list, matching), options, events, NOW)
    expect(result?.trackingId).toBe('20300501-100000-T1')
    expect(asked).toEqual([1, 2])
  })

  it('stops at transfers whose tracking id dates them more than two days back', async () => {
    const asked: number[] = []
    const stale = [{ trackingId: '20300428-110000-OLD' }, ...others(LOOKUP_PAGE_SIZE - 1, '20300428-100000')]
    const list = paged(
      [others(LOOKUP_PAGE_SIZE, '20300501-110000'), stale, others(LOOKUP_PAGE_SIZE, '20300427-100000')],
      asked
    )
    const statusOf = (): Promise<unknown> => Promise.reject(new Error('an old transfer is not looked at'))
    await expect(earlierDelivery(client(list, statusOf), options, events, NOW)).resolves.toBeUndefined()
    expect(asked).toEqual([1, 2])
  })

  it('past the page cap the lookup is incomplete: fails naming deliver-again', async () => {
    const asked: number[] = []
    const pages = Array.from({ length: LOOKUP_MAX_PAGES + 1 }, () => others(LOOKUP_PAGE_SIZE, '20300501-110000'))
    await expect(earlierDelivery(client(paged(pages, asked), matching), options, events, NOW)).rejects.toThrow(
      /more than 1000 transfers from the last day.*"deliver-again: true"/
    )
    expect(asked).toHaveLength(LOOKUP_MAX_PAGES)
  })

  it("takes a transfer's age from its tracking id (a day either side for the zone)", () => {
    expect(trackingIdTime('20300501-120000-abcdefgh')).toBe(NOW)
    expect(trackingIdTime('20301340-120000-abcdefgh')).toBeUndefined()
    expect(trackingIdTime('not-a-tracking-id')).toBeUndefined()
    const entry = (trackingId: string) => screen({ trackingId }, wanted, NOW)
    expect(entry('20300430-000001-x')).toEqual({ matches: true })
    expect(entry('20300429-115959-x')).toMatchObject({ matches: false, older: true })
  })

  it('does nothing unless asked to', async () => {
    const list = (): Promise<unknown[]> => Promise.reject(new Error('must not be called'))
    await expect(
      earlierDelivery(client(list, list), { ...options, lookForEarlierDelivery: false }, events, NOW)
    ).resolves.toBeUndefined()
  })
})
