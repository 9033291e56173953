/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import type { EmulatorOptions } from '../../emulator/server.js'
import { type Api, SENDER, TO, openSession, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const OTHER = 'cc@example.net'
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/

/** An ACTIVE transfer to TO and OTHER with these files (name -> content). */
async function active(files: Record<string, string> = { 'a.txt': 'alpha' }, options: EmulatorOptions = {}) {
  const started = await emulators.start({ processingPolls: 0, fileDownloadsListsAll: false, ...options })
  const { api } = started
  const { token, tid } = await openSession(api, { to: [TO], cc: [OTHER] })
  const ids: Record<string, string> = {}
  for (const [name, content] of Object.entries(files))
    ids[name] = await api.addFile(token, tid, name, Buffer.from(content))
  expect((await api.finalize(token, tid)).status).toBe(201)
  return { ...started, token, tid, ids }
}

interface RecipientStatus {
  mail: string
  downloadUrl: string
  fileDownloads: { id: string; downloads: { downloadDate: string; retrievalMethod: string }[] }[]
}

/** The recipients of the transfer status, by mail. */
async function recipients(api: Api, tid: string, token: string): Promise<Record<string, RecipientStatus>> {
  const status = (await api.call('GET', api.statusPath(tid), { token })).body.data.status as {
    recipients: RecipientStatus[]
  }
  return Object.fromEntries(status.recipients.map((r) => [r.mail, r]))
}

describe('the download link of the transfer status', () => {
  it('a GET answers the single file and records a DOWNLOADED download for that recipient only', async () => {
    const { api, emulator, token, tid, ids } = await active()
    const url = (await recipients(api, tid, token))[TO].downloadUrl
    const response = await fetch(url) // no X-CS-* headers: a page for people
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''a.txt")
    expect(await response.text()).toBe('alpha')
    const after = await recipients(api, tid, token)
    expect(after[TO].fileDownloads).toEqual([
      { id: ids['a.txt'], downloads: [{ downloadDate: expect.stringMatching(ISO), retrievalMethod: 'DOWNLOADED' }] }
    ])
    expect(after[OTHER].fileDownloads).toEqual([])
    expect(emulator.specViolations()).toEqual([])
    expect(emulator.responseViolations()).toEqual([])
  })

  it('several files: every one is recorded; `file=<id>` downloads just that one', async () => {
    const { api, token, tid, ids } = await active({ 'a.txt': 'alpha', 'b.txt': 'beta' })
    const url = (await recipients(api, tid, token))[TO].downloadUrl
    const all = await fetch(url)
    expect(all.status).toBe(200)
    expect(await all.text()).toBe('Downloaded:\na.txt\nb.txt\n')
    const one = await fetch(`${url}&file=${ids['b.txt']}`)
    expect(await one.text()).toBe('beta')
    const downloads = (await recipients(api, tid, token))[TO].fileDownloads
    expect(downloads.map((d) => [d.id, d.downloads.length])).toEqual([
      [ids['a.txt'], 1],
      [ids['b.txt'], 2]
    ])
  })

  it('the list shows the same fileDownloads', async () => {
    const { api, token, tid, ids } = await active()
    await fetch((await recipients(api, tid, token))[TO].downloadUrl)
    const list = (await api.call('GET', `/api/users/${SENDER}/transfers`, { token })).body.data
    expect(list[0].recipients[0]).toMatchObject({ mail: TO, fileDownloads: [{ id: ids['a.txt'] }] })
  })

  it('a wrong code, an unknown file or a removed file -> 404, nothing recorded', async () => {
    const { api, token, tid, ids } = await active(
      { 'a.txt': 'alpha', 'b.txt': 'beta' },
      { outcome: 'REMOVED_FILES', removeFiles: ['b.txt'] }
    )
    const url = (await recipients(api, tid, token))[TO].downloadUrl
    expect((await fetch(url.replace(/code=\w+/, 'code=wrong'))).status).toBe(404)
    expect((await fetch(`${url}&file=AAAAAAAAAA`)).status).toBe(404)
    expect((await fetch(`${url}&file=${ids['b.txt']}`)).status).toBe(404)
    expect((await recipients(api, tid, token))[TO].fileDownloads).toEqual([])
    expect(await (await fetch(url)).text()).toBe('alpha') // only the file that survived processing
  })

  it("a revoked transfer's link -> 410", async () => {
    const { api, token, tid } = await active()
    const url = (await recipients(api, tid, token))[TO].downloadUrl
    const revoked = await api.call('PATCH', api.statusPath(tid), {
      token,
      json: { status: { state: 'DELETED_BY_REVOCATION' } },
      headers: { 'X-CS-MinimumMinorApiVersion': '10' }
    })
    expect(revoked.status).toBe(204)
    expect((await fetch(url)).status).toBe(410)
    expect((await recipients(api, tid, token))[TO].fileDownloads).toEqual([])
  })
})

describe('download() without HTTP', () => {
  it('records a file by name, with the retrieval method given', async () => {
    const { api, emulator, token, tid, ids } = await active({ 'a.txt': 'alpha', 'b.txt': 'beta' })
    emulator.download(tid, TO, 'b.txt')
    emulator.download(tid, OTHER.toUpperCase(), 'a.txt', 'VIEWED')
    const after = await recipients(api, tid, token)
    expect(after[TO].fileDownloads).toEqual([
      { id: ids['b.txt'], downloads: [{ downloadDate: expect.stringMatching(ISO), retrievalMethod: 'DOWNLOADED' }] }
    ])
    expect(after[OTHER].fileDownloads).toEqual([
      { id: ids['a.txt'], downloads: [{ downloadDate: expect.stringMatching(ISO), retrievalMethod: 'VIEWED' }] }
    ])
    expect(emulator.responseViolations()).toEqual([])
  })

  it('without a file name: every file', async () => {
    const { api, emulator, token, tid, ids } = await active({ 'a.txt': 'alpha', 'b.txt': 'beta' })
    emulator.download(tid, TO)
    const downloads = (await recipients(api, tid, token))[TO].fileDownloads
    expect(downloads.map((d) => d.id)).toEqual([ids['a.txt'], ids['b.txt']])
  })

  it('throws for an unknown transfer, recipient or file, and for a transfer not ACTIVE', async () => {
    const { api, emulator, token, tid } = await active()
    expect(() => emulator.download('20300101-000000-AAAAAAAA', TO)).toThrow(/no transfer/)
    expect(() => emulator.download(tid, 'stranger@example.com')).toThrow(/no recipient/)
    expect(() => emulator.download(tid, TO, 'missing.txt')).toThrow(/No such file/)
    const processing = await active({ 'a.txt': 'alpha' }, { processingPolls: 1 })
    expect(() => processing.emulator.download(processing.tid, TO)).toThrow(/PROCESSING/)
    await api.call('PATCH', api.statusPath(tid), {
      token,
      json: { status: { state: 'DELETED_BY_REVOCATION' } },
      headers: { 'X-CS-MinimumMinorApiVersion': '10' }
    })
    expect(() => emulator.download(tid, TO)).toThrow(/revoked/)
  })
})

describe('fileDownloadsListsAll', () => {
  it('lists every file, with an empty downloads array until it is downloaded', async () => {
    const { api, emulator, token, tid, ids } = await active(
      { 'a.txt': 'alpha', 'b.txt': 'beta' },
      {
        fileDownloadsListsAll: true
      }
    )
    const before = await recipients(api, tid, token)
    for (const mail of [TO, OTHER]) {
      expect(before[mail].fileDownloads).toEqual([
        { id: ids['a.txt'], downloads: [] },
        { id: ids['b.txt'], downloads: [] }
      ])
    }
    emulator.download(tid, TO, 'a.txt')
    const after = await recipients(api, tid, token)
    expect(after[TO].fileDownloads).toEqual([
      { id: ids['a.txt'], downloads: [{ downloadDate: expect.stringMatching(ISO), retrievalMethod: 'DOWNLOADED' }] },
      { id: ids['b.txt'], downloads: [] }
    ])
    expect(after[OTHER].fileDownloads).toEqual(before[OTHER].fileDownloads)
  })
})
