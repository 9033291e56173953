// After the delivery: revoke a transfer and report its downloads, through the CLI and through
// the sub-actions (revoke/action.yml, status/action.yml) run as the runner runs them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import {
  errorLines,
  makeWorkspace,
  removeWorkspace,
  runAction,
  runCli,
  type CliOptions,
  statusWithoutState
} from './harness.js'

const SENDER = 'release-bot@example.com'
const CUSTOMER = 'customer@example.org'
const AUDITOR = 'auditor@example.org'

/** deliver needs somewhere for the generated password: outside the workspace. */
const PASSWORD_FILE = join(tmpdir(), `cryptshare-password-${process.pid}`)
let emulator: Emulator
let workspace: string

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.zip': 70_000, 'dist/notes.txt': 'Release notes\n' })
})
afterAll(() => {
  removeWorkspace(workspace)
  rmSync(PASSWORD_FILE, { force: true })
})
afterEach(async () => {
  await emulator?.stop()
})

/** A later job: a new verification token may read the transfer (the emulator's default rules). */
async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
  return emulator
}

function cli(args: string[], more: Partial<CliOptions> = {}) {
  return runCli(args, {
    cwd: workspace,
    ...more,
    env: {
      CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID,
      CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.05',
      CRYPTSHARE_OUTPUT_PASSWORD: PASSWORD_FILE,
      ...more.env
    }
  })
}

/** Delivers dist/* to the customer and the auditor; the tracking id. */
async function delivered(...extra: string[]): Promise<string> {
  const run = await cli([
    'deliver',
    '--server-url',
    emulator.url,
    '--sender-email',
    SENDER,
    '--recipients',
    `${CUSTOMER}, ${AUDITOR}`,
    '--files',
    'dist/*',
    '--confidential-message',
    'The licence key is 42.',
    '--json',
    ...extra
  ])
  expect(run.code).toBe(0)
  return (JSON.parse(run.stdout) as { trackingId: string }).trackingId
}

function transferArgs(command: string, trackingId: string, ...extra: string[]): string[] {
  return [
    command,
    '--server-url',
    emulator.url,
    '--sender-email',
    SENDER,
    '--tracking-id',
    trackingId,
    '--json',
    ...extra
  ]
}

interface StatusJson {
  status: string
  exitCode: number
  state: string
  allDownloaded: boolean
  downloads: { recipient: string; files: { name: string; downloads: string[] }[] }[]
  error?: string
}

describe('cryptshare-ci revoke', () => {
  it('revokes an ACTIVE transfer, notifying as asked; a second run finds nothing to revoke', async () => {
    await startEmulator()
    const id = await delivered()
    const run = await cli(transferArgs('revoke', id, '--notify-recipients', 'false', '--message', 'Wrong build.'))
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      status: 'revoked',
      trackingId: id,
      state: 'DELETED_BY_REVOCATION',
      exitCode: 0
    })
    expect(emulator.revocations()).toEqual([
      { trackingId: id, sender: SENDER, notifySender: true, notifyRecipients: false, message: 'Wrong build.' }
    ])
    const [patch] = emulator.requestsTo('PATCH', /\/transfers\//)
    expect(patch.headers['x-cs-minimumminorapiversion']).toBe('10')

    const status = JSON.parse((await cli(transferArgs('status', id))).stdout) as StatusJson
    expect(status.state).toBe('DELETED_BY_REVOCATION')

    const again = await cli(transferArgs('revoke', id))
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'not-needed', state: 'DELETED_BY_REVOCATION' })
    expect(again.stderr).toContain(`Transfer ${id} is DELETED_BY_REVOCATION: there is nothing to revoke.`)
    expect(emulator.revocations()).toHaveLength(1)
  })

  it('a revocation answered 200 text/html (a proxy page) is not reported revoked: exit 1, the transfer stays ACTIVE', async () => {
    await startEmulator()
    const id = await delivered()
    emulator.addFault({ method: 'PATCH', path: `/transfers/${id}$`, html: true })
    const run = await cli(transferArgs('revoke', id))
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'failed', exitCode: 1 })
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: The server did not revoke transfer ${id} \\(HTTP 200 with a text/html body that is not a Cryptshare API answer.*; it is ACTIVE\\.$`
        )
      )
    ])
    expect(emulator.revocations()).toEqual([])
  })

  it.each([
    ['the answer is lost', { faults: [{ method: 'PATCH', path: /\/transfers\//, dropAfterProcessing: true }] }],
    ['the server answers 200 with the status', { revocationStatus: 200 as const }]
  ])('reports a revocation as done when %s', async (_what, options) => {
    await startEmulator(options)
    const id = await delivered()
    const run = await cli(transferArgs('revoke', id, '--retries', '0'))
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'revoked', state: 'DELETED_BY_REVOCATION' })
    expect(emulator.revocations()).toHaveLength(1)
    expect(emulator.requestsTo('PATCH', /\/transfers\//)).toHaveLength(1)
  })

  it('waits for a transfer still PROCESSING, then revokes it', async () => {
    await startEmulator({ processingPolls: 3 })
    const id = await delivered('--wait-for-processing', 'false')
    const run = await cli(transferArgs('revoke', id))
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(emulator.revocations()).toHaveLength(1)
    expect(emulator.requestsTo('GET', new RegExp(`/transfers/${id}$`)).length).toBeGreaterThanOrEqual(3)
  })

  it('refuses a transfer of another sender and an unknown tracking id with one clear error (exit 1)', async () => {
    await startEmulator()
    const id = await delivered()
    const other = await cli([
      'revoke',
      '--server-url',
      emulator.url,
      '--sender-email',
      'other@example.com',
      '--tracking-id',
      id
    ])
    expect(other.code).toBe(1)
    expect(other.stderr).toMatch(
      new RegExp(
        `^error: Transfer ${id} was not found for the sender other@example\\.com \\(HTTP 404, errorCode \\d+`,
        'm'
      )
    )
    const unknown = await cli(transferArgs('revoke', '20991231-000000-nothere1'))
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/^error: Transfer 20991231-000000-nothere1 was not found/m)
    expect(emulator.revocations()).toEqual([])
  })

  it.each(['notFound2004', 'notFound1006', 'methodNotAllowed'] as const)(
    'says clearly that a server below REST API 1.10 cannot revoke (%s)',
    async (revocationBelow10) => {
      await startEmulator({ maxMinorVersion: 9, revocationBelow10 })
      const id = await delivered()
      const run = await cli(transferArgs('revoke', id))
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^error: The server's REST API is older than 1\.10, which brought revocation/m)
      expect(emulator.revocations()).toEqual([])
    }
  )

  it('refuses a bad tracking id before contacting the server (exit 2)', async () => {
    await startEmulator()
    const run = await cli(transferArgs('revoke', '../transfer-sessions/x'))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^error: --tracking-id is not a tracking id/m)
    expect(emulator.requests).toHaveLength(0)
  })
})

describe('cryptshare-ci status', () => {
  it('reports the downloads per recipient and file, before and after a download', async () => {
    await startEmulator()
    const id = await delivered()
    const before = JSON.parse((await cli(transferArgs('status', id))).stdout) as StatusJson
    expect(before).toMatchObject({ status: 'ok', exitCode: 0, state: 'ACTIVE', allDownloaded: false })
    expect(before.downloads).toEqual([
      {
        recipient: CUSTOMER,
        files: [
          { name: 'app.zip', downloads: [] },
          { name: 'notes.txt', downloads: [] }
        ]
      },
      {
        recipient: AUDITOR,
        files: [
          { name: 'app.zip', downloads: [] },
          { name: 'notes.txt', downloads: [] }
        ]
      }
    ])

    emulator.download(id, CUSTOMER)
    emulator.download(id, AUDITOR, 'app.zip')
    const partly = await cli(transferArgs('status', id))
    const half = JSON.parse(partly.stdout) as StatusJson
    expect(half.allDownloaded).toBe(false)
    expect(half.downloads[0].files.every((f) => f.downloads.length === 1)).toBe(true)
    expect(partly.stderr).toContain(`${AUDITOR}  notes.txt  not yet`)

    emulator.download(id, AUDITOR, 'notes.txt', 'VIEWED')
    const after = JSON.parse((await cli(transferArgs('status', id))).stdout) as StatusJson
    expect(after.allDownloaded).toBe(true)
  })

  it('waits for the downloads with --wait-for-download, and times out with exit code 1', async () => {
    await startEmulator()
    const id = await delivered()
    const statusReads = (): number => emulator.requestsTo('GET', new RegExp(`/transfers/${id}$`)).length
    const readsBefore = statusReads()
    const waited = await cli(transferArgs('status', id, '--wait-for-download'), {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (statusReads() >= readsBefore + 2) {
            clearInterval(poll)
            emulator.download(id, CUSTOMER)
            emulator.download(id, AUDITOR)
          }
        }, 20)
        child.on('exit', () => clearInterval(poll))
      }
    })
    expect(waited.code).toBe(0)
    expect(JSON.parse(waited.stdout)).toMatchObject({ status: 'ok', allDownloaded: true })

    await emulator.stop()
    await startEmulator()
    const other = await delivered()
    const timedOut = await cli(transferArgs('status', other, '--wait-for-download', '--download-timeout', '1'))
    expect(timedOut.code).toBe(1)
    const json = JSON.parse(timedOut.stdout) as StatusJson
    expect(json).toMatchObject({ status: 'timeout', exitCode: 1, state: 'ACTIVE', allDownloaded: false })
    expect(timedOut.stderr).toMatch(
      new RegExp(`^error: Not every recipient downloaded every file of transfer ${other} within 1 s`, 'm')
    )
  })

  it('a status answer that hangs ends the wait at download-timeout with the last state read (exit 1)', async () => {
    await startEmulator()
    const id = await delivered()
    // The first read answers; every later one hangs, longer than the idle timeout of this run.
    emulator.addFault({ method: 'GET', path: `/transfers/${id}$`, skip: 1, times: Infinity, stallMs: 60_000 })
    const run = await cli(
      transferArgs(
        'status',
        id,
        '--wait-for-download',
        '--download-timeout',
        '2',
        '--retries',
        '0',
        '--output-json',
        'status.json'
      ),
      { env: { CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.2', CRYPTSHARE_TIMEOUT_SECONDS: '20' } }
    )
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as StatusJson
    expect(json).toMatchObject({ status: 'timeout', exitCode: 1, state: 'ACTIVE', allDownloaded: false })
    expect(json.downloads.map((d) => d.recipient)).toEqual([CUSTOMER, AUDITOR])
    expect(JSON.parse(readFileSync(path.join(workspace, 'status.json'), 'utf8'))).toEqual(json)
    expect(run.stderr).toMatch(
      new RegExp(
        `^error: Not every recipient downloaded every file of transfer ${id} within 2 s \\(--download-timeout\\)`,
        'm'
      )
    )
  })

  it('a status answer that hangs from the first read fails at download-timeout saying the state is unknown', async () => {
    await startEmulator()
    const id = await delivered()
    emulator.addFault({ method: 'GET', path: `/transfers/${id}$`, times: Infinity, stallMs: 60_000 })
    const run = await cli(
      transferArgs('status', id, '--wait-for-download', '--download-timeout', '1', '--retries', '0'),
      { env: { CRYPTSHARE_TIMEOUT_SECONDS: '20' } }
    )
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'failed', exitCode: 1 })
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      expect.stringContaining(
        `The server did not answer the status read of transfer ${id} within 1 s (--download-timeout); its state is unknown.`
      )
    ])
  })

  it('refuses a status answer without a state: one error line, exit 1', async () => {
    await startEmulator()
    const id = await delivered()
    emulator.addFault(statusWithoutState(id))
    const run = await cli(transferArgs('status', id))
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'failed', exitCode: 1 })
    expect(run.stdout).not.toContain('UNKNOWN')
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      expect.stringContaining('has no "status.state"')
    ])
  })

  it('verifies the sender again each time the token is refused during a long wait', async () => {
    await startEmulator()
    const id = await delivered()
    const tokensBefore = emulator.tokensIssued
    emulator.addFault({ method: 'GET', path: `/transfers/${id}$`, skip: 1, status: 401, errorCode: 3002 })
    emulator.addFault({ method: 'GET', path: `/transfers/${id}$`, skip: 3, status: 403, errorCode: 3002 })
    emulator.download(id, CUSTOMER)
    emulator.download(id, AUDITOR, 'app.zip')
    const run = await cli(transferArgs('status', id, '--wait-for-download', '--download-timeout', '30'), {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (emulator.tokensIssued >= tokensBefore + 3) {
            clearInterval(poll)
            emulator.download(id, AUDITOR, 'notes.txt')
          }
        }, 20)
        child.on('exit', () => clearInterval(poll))
      }
    })
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(run.stderr.match(/verifying the sender again/g)).toHaveLength(2)
    expect(emulator.tokensIssued).toBe(tokensBefore + 3)
    expect(JSON.parse(run.stdout)).toMatchObject({ allDownloaded: true })
  })

  it('tells what to do when the server lets only the creating token read the transfer', async () => {
    await startEmulator({ transferReads: 'creator', revocationAccess: 'creator' })
    const id = await delivered()
    const run = await cli(transferArgs('status', id))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^error: The server does not let this verification token read transfer .*In the job that delivered it, pass the delivery's token as --verification-token/m
    )
  })
})

describe('the revoke and status sub-actions', () => {
  const inputs = (trackingId: string, extra: Record<string, string> = {}) => ({
    'server-url': emulator.url,
    'client-id': DEMO_CLIENT_ID,
    'sender-email': SENDER,
    'tracking-id': trackingId,
    ...extra
  })

  it('status reports downloads as outputs and a summary table; revoke revokes', async () => {
    await startEmulator()
    const id = await delivered()
    emulator.download(id, CUSTOMER)
    const status = await runAction({ inputs: inputs(id), workspace, subAction: 'status' })
    expect(errorLines(status.stdout)).toEqual([])
    expect(status.code).toBe(0)
    expect(status.outputs.state).toBe('ACTIVE')
    expect(status.outputs['all-downloaded']).toBe('false')
    const downloads = JSON.parse(status.outputs.downloads) as StatusJson['downloads']
    expect(downloads.map((d) => [d.recipient, d.files.map((f) => f.downloads.length)])).toEqual([
      [CUSTOMER, [1, 1]],
      [AUDITOR, [0, 0]]
    ])
    expect(status.summary).toContain('not yet')
    expect(status.outputs['expiration-date']).not.toBe('')

    const revoked = await runAction({
      inputs: inputs(id, { 'notify-sender': 'false' }),
      workspace,
      subAction: 'revoke'
    })
    expect(errorLines(revoked.stdout)).toEqual([])
    expect(revoked.code).toBe(0)
    expect(revoked.outputs.state).toBe('DELETED_BY_REVOCATION')
    expect(emulator.revocations()).toMatchObject([{ trackingId: id, notifySender: false, notifyRecipients: true }])
    const printed = revoked.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain(DEMO_CLIENT_ID)
  })

  it('status with wait-for-download fails after download-timeout with the outputs set', async () => {
    await startEmulator()
    const id = await delivered()
    const run = await runAction({
      inputs: inputs(id, { 'wait-for-download': 'true', 'download-timeout': '1' }),
      workspace,
      subAction: 'status',
      env: { CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.05' }
    })
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toEqual([
      expect.stringMatching(/^::error::Not every recipient downloaded every file/)
    ])
    expect(run.outputs['all-downloaded']).toBe('false')
    expect(run.outputs.state).toBe('ACTIVE')
  })

  it('status with wait-for-download whose status answer hangs stops at download-timeout with the outputs set', async () => {
    await startEmulator()
    const id = await delivered()
    emulator.addFault({ method: 'GET', path: `/transfers/${id}$`, skip: 1, times: Infinity, stallMs: 60_000 })
    const run = await runAction({
      inputs: inputs(id, { 'wait-for-download': 'true', 'download-timeout': '2', retries: '0' }),
      workspace,
      subAction: 'status',
      env: { CRYPTSHARE_DOWNLOAD_POLL_SECONDS: '0.2', CRYPTSHARE_TIMEOUT_SECONDS: '20' }
    })
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toEqual([
      expect.stringMatching(/^::error::Not every recipient downloaded every file of transfer .* within 2 s/)
    ])
    expect(run.outputs.state).toBe('ACTIVE')
    expect(run.outputs['all-downloaded']).toBe('false')
  })
})

describe('cryptshare-ci status --revoke-when-downloaded', () => {
  it('revokes exactly once, after the last download and not before; the retrieval record says who fetched what when', async () => {
    await startEmulator()
    // The checksum files the tool adds, and the confidential message, are not waited for.
    const id = await delivered('--include-checksums', 'true')
    const record = join(tmpdir(), `cryptshare-retrieval-${process.pid}.json`)
    const statusReads = (): number => emulator.requestsTo('GET', new RegExp(`/transfers/${id}$`)).length
    let revocationsBeforeTheLastDownload = -1
    const run = await cli(
      transferArgs(
        'status',
        id,
        '--wait-for-download',
        '--revoke-when-downloaded',
        '--output-retrieval-record',
        record
      ),
      {
        onSpawn: (child) => {
          const start = statusReads()
          let step = 0
          const poll = setInterval(() => {
            const reads = statusReads() - start
            if (step === 0 && reads >= 2) {
              step = 1
              for (const file of ['app.zip', 'notes.txt']) emulator.download(id, CUSTOMER, file)
              emulator.download(id, AUDITOR, 'app.zip')
            } else if (step === 1 && reads >= 4) {
              step = 2
              revocationsBeforeTheLastDownload = emulator.revocations().length
              emulator.download(id, AUDITOR, 'notes.txt', 'VIEWED')
              clearInterval(poll)
            }
          }, 10)
          child.on('exit', () => clearInterval(poll))
        }
      }
    )
    try {
      expect(run.stderr).not.toMatch(/^error:/m)
      expect(run.code).toBe(0)
      expect(revocationsBeforeTheLastDownload).toBe(0)
      expect(emulator.revocations()).toEqual([
        expect.objectContaining({ trackingId: id, notifyRecipients: false, notifySender: true })
      ])
      expect(JSON.parse(run.stdout)).toMatchObject({
        status: 'ok',
        allDownloaded: true,
        revoked: { state: 'DELETED_BY_REVOCATION', recipientsNotified: false }
      })
      const statement = JSON.parse(readFileSync(record, 'utf8')) as {
        _type: string
        subject: { name: string; digest: { sha256: string } }[]
        predicateType: string
        predicate: {
          trackingId: string
          state: string
          allRetrieved: boolean
          recipientNames: { form: string; keyed: boolean }
          retrievals: { recipient: string; files: { name: string; retrievedAt: string[] }[] }[]
          revoked: { at: string }
        }
      }
      expect(statement._type).toBe('https://in-toto.io/Statement/v1')
      expect(statement.predicateType).toBe('https://github.com/cryptshare-ci/cryptshare-ci/retrieval-record/v1')
      const received = emulator
        .transfers()[0]
        .files.filter((f) => ['app.zip', 'notes.txt'].includes(f.fileName))
        .map((f) => [f.fileName, f.receivedSha256])
        .sort()
      expect(statement.subject.map((s) => [s.name, s.digest.sha256]).sort()).toEqual(received)
      expect(statement.predicate).toMatchObject({
        trackingId: id,
        state: 'DELETED_BY_REVOCATION',
        allRetrieved: true,
        recipientNames: { form: 'hmac-sha256', keyed: false }
      })
      expect(statement.predicate.retrievals).toHaveLength(2)
      for (const retrieval of statement.predicate.retrievals) {
        expect(retrieval.recipient).toMatch(/^[0-9a-f]{64}$/)
        expect(retrieval.files.map((f) => f.name).sort()).toEqual(['app.zip', 'notes.txt'])
        expect(retrieval.files.every((f) => f.retrievedAt.length === 1)).toBe(true)
      }
      expect(Date.parse(statement.predicate.revoked.at)).not.toBeNaN()
      expect(readFileSync(record, 'utf8')).not.toMatch(/customer@|auditor@|licence key/i)
    } finally {
      rmSync(record, { force: true })
    }
  })

  it('on a server below API 1.10: one error before any waiting, nothing revoked', async () => {
    await startEmulator({ maxMinorVersion: 9 })
    const id = await delivered()
    const readsBefore = emulator.requestsTo('GET', new RegExp(`/transfers/${id}$`)).length
    const run = await cli(transferArgs('status', id, '--wait-for-download', '--revoke-when-downloaded'))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^error: .*older than 1\.10 .*cannot revoke a transfer, so --revoke-when-downloaded true cannot be honoured/m
    )
    expect(emulator.requestsTo('GET', new RegExp(`/transfers/${id}$`))).toHaveLength(readsBefore)
    expect(emulator.revocations()).toEqual([])
  })

  it('without --wait-for-download: a usage error, nothing contacted', async () => {
    await startEmulator()
    const run = await cli(transferArgs('status', 'x-1', '--revoke-when-downloaded'))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /--revoke-when-downloaded true revokes once every file is downloaded, which needs --wait-for-download true/
    )
    expect(emulator.requestsTo(undefined, /./)).toEqual([])
  })
})
