// Checksums in the session's fileChecksumAlgorithm (item 13) and the server checking them at
// upload or after finalization (item 14).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import { Transform } from 'node:stream'
import { join } from 'node:path'
import { DEMO_CLIENT_ID, Emulator, type EmulatorOptions } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction, type ActionRun } from './harness.js'

let emulator: Emulator
let workspace: string

async function start(options: EmulatorOptions): Promise<void> {
  emulator = new Emulator({ processingPolls: 1, ...options })
  await emulator.start()
}

function run(inputs: Record<string, string> = {}, serverUrl = emulator.url): Promise<ActionRun> {
  return runAction({
    inputs: {
      'server-url': serverUrl,
      'client-id': DEMO_CLIENT_ID,
      'sender-email': 'release-bot@example.com',
      recipients: 'customer@example.org',
      files: 'dist/**',
      ...inputs
    },
    workspace
  })
}

const digest = (algorithm: string, name: string): string =>
  createHash(algorithm)
    .update(readFileSync(join(workspace, 'dist', name)))
    .digest('hex')

beforeAll(() => {
  workspace = makeWorkspace({ 'dist/app.bin': 300_000, 'dist/notes.txt': 'release notes' })
})
afterAll(() => removeWorkspace(workspace))
afterEach(async () => {
  await emulator?.stop()
})

describe("checksums in the session's fileChecksumAlgorithm", () => {
  it.each([
    ['SHA256', 'sha256'],
    ['SHA-256', 'sha256'],
    ['SHA-512', 'sha512'],
    ['SHA512', 'sha512'],
    ['SHA-1', 'sha1'],
    ['MD5', 'md5']
  ])('%s: every file registered with its %s digest; the files output keeps SHA-256', async (named, algorithm) => {
    await start({ fileChecksumAlgorithm: named })
    const result = await run({ 'confidential-message': 'the key is in the safe' })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    const [transfer] = emulator.transfers()
    for (const name of ['app.bin', 'notes.txt']) {
      expect(transfer.files.find((f) => f.fileName === name)?.checksum).toBe(digest(algorithm, name))
    }
    const message = transfer.files.find((f) => f.fileName === 'confidential-message.txt')
    expect(message?.checksum).toBe(createHash(algorithm).update('the key is in the safe').digest('hex'))
    const files = JSON.parse(result.outputs.files) as { name: string; sha256: string }[]
    expect(files.map((f) => f.sha256)).toEqual([digest('sha256', 'app.bin'), digest('sha256', 'notes.txt')])
  })

  it('an algorithm the action does not know: registered without a checksum, with a warning', async () => {
    await start({ fileChecksumAlgorithm: 'CRC32' })
    const result = await run()
    expect(result.code).toBe(0)
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/checksum algorithm "CRC32", which this tool does not know: .*without a checksum/)
    // Registered first with a SHA-256 guess beside the settings, then again without: only those remain.
    const files = emulator.transfers()[0].files.filter((f) => !f.deleted)
    expect(files.map((f) => f.fileName).sort()).toEqual(['app.bin', 'notes.txt'])
    expect(files.every((f) => f.checksum === undefined)).toBe(true)
  })
})

/**
 * A hostile reverse proxy in front of the emulator that flips the first byte of every file
 * upload (PUT …/content): what a broken proxy or an over-eager scanner would do.
 */
async function corruptingProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target)
  const server: Server = createServer((req, res) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on('error', () => res.destroy())
    let first = true
    const flip = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (first && chunk.length && req.method === 'PUT' && /\/content$/.test(req.url ?? '')) {
          chunk = Buffer.from(chunk)
          chunk[0] ^= 0xff
          first = false
        }
        done(null, chunk)
      }
    })
    req.pipe(flip).pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

describe('the server checks checksums at upload or after finalization (bytes altered on the way)', () => {
  it('checked at upload: the upload is refused, the error says the file did not change on disk, nothing is sent', async () => {
    await start({ checksumCheck: 'upload' })
    const proxy = await corruptingProxy(emulator.url)
    try {
      const result = await run({ files: 'dist/app.bin' }, proxy.url)
      expect(result.code).toBe(1)
      const errors = errorLines(result.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/upload of "dist\/app\.bin" failed: HTTP 400, errorCode 1004: checksum mismatch/)
      expect(errors[0]).toMatch(/did not change on disk .*altered on the way/)
      expect(emulator.transfers()).toHaveLength(0)
      expect(emulator.liveSessions()).toHaveLength(0)
    } finally {
      await proxy.close()
    }
  })

  it('checked after finalization: the file is removed during processing and the step fails naming it', async () => {
    await start({ checksumCheck: 'finalization' })
    const proxy = await corruptingProxy(emulator.url)
    try {
      const result = await run({}, proxy.url)
      expect(result.code).toBe(1)
      const errors = errorLines(result.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/removed 2 file\(s\) during processing: app\.bin \(CHECKSUM_MISMATCH\)|FAILED/)
      expect(errors[0]).toMatch(/checksum mismatch: the server received other bytes than were sent/)
      const [transfer] = emulator.transfers()
      expect(result.outputs['tracking-id']).toBe(transfer.trackingId)
    } finally {
      await proxy.close()
    }
  })
})
