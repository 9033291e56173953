import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import type { Duplex } from 'node:stream'
import { join } from 'node:path'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { DEMO_CLIENT_ID, Emulator } from '../../emulator/server.js'
import { errorLines, makeWorkspace, removeWorkspace, runAction } from './harness.js'

// The runner reaches the server only through an HTTPS proxy, and the server's certificate comes
// from a private CA: https_proxy and NODE_EXTRA_CA_CERTS must be all it takes.
const HOST = 'cryptshare.example.test'
let emulator: Emulator
let tlsFront: TlsServer
let proxy: Server
let proxyPort: number
let certDir: string
let workspace: string
const connects: string[] = []

/** Pipes two sockets into each other; an error on either closes both. */
function splice(a: Duplex, b: Duplex): void {
  a.pipe(b).pipe(a)
  const close = (): void => {
    a.destroy()
    b.destroy()
  }
  a.on('error', close)
  b.on('error', close)
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
  )
}

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'cs-ca-'))
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'),
    '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`
  ], { stdio: 'ignore' }) // prettier-ignore
  emulator = new Emulator({ processingPolls: 1 })
  const url = new URL(await emulator.start())

  // TLS terminator in front of the (plain HTTP) emulator.
  tlsFront = createTlsServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    (socket) => splice(socket, connect(Number(url.port), url.hostname))
  )
  const tlsPort = await listen(tlsFront)

  // A CONNECT proxy that sends every tunnel to the TLS terminator.
  proxy = createServer((client) => {
    client.once('data', (head: Buffer) => {
      const text = head.toString('latin1')
      connects.push(text.split('\r\n')[0])
      const upstream = connect(tlsPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        const rest = head.subarray(text.indexOf('\r\n\r\n') + 4)
        if (rest.length) upstream.write(rest)
      })
      splice(client, upstream)
    })
  })
  proxyPort = await listen(proxy)
  workspace = makeWorkspace({ 'dist/app.zip': 500_000 })
})

afterAll(async () => {
  await emulator.stop()
  await new Promise((resolve) => tlsFront.close(resolve))
  await new Promise((resolve) => proxy.close(resolve))
  rmSync(certDir, { recursive: true, force: true })
  removeWorkspace(workspace)
})

const inputs = {
  'server-url': `https://${HOST}`,
  'client-id': DEMO_CLIENT_ID,
  'sender-email': 'release-bot@example.com',
  recipients: 'customer@example.org',
  files: 'dist/**'
}

describe('proxies and custom CAs', () => {
  it('delivers through https_proxy to a server whose CA is in NODE_EXTRA_CA_CERTS', async () => {
    const result = await runAction({
      inputs,
      workspace,
      env: { https_proxy: `http://127.0.0.1:${proxyPort}`, NODE_EXTRA_CA_CERTS: join(certDir, 'cert.pem') }
    })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
    expect(emulator.transfers()).toHaveLength(1)
    expect(connects.length).toBeGreaterThan(0)
    expect(new Set(connects)).toEqual(new Set([`CONNECT ${HOST}:443 HTTP/1.1`]))
  })

  it('without the CA the TLS error says to set NODE_EXTRA_CA_CERTS, without retrying', async () => {
    const before = connects.length
    const result = await runAction({ inputs, workspace, env: { https_proxy: `http://127.0.0.1:${proxyPort}` } })
    expect(result.code).toBe(1)
    const [error] = errorLines(result.stdout)
    expect(error).toContain('NODE_EXTRA_CA_CERTS')
    // The API version, the verification status and the token are asked for at once: one tunnel
    // each, none retried.
    expect(connects.length - before).toBe(3)
  })
})
