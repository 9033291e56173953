// The connection pool: one kept-alive agent per server for the whole run, a CONNECT tunnel where
// the environment names a proxy (its default port when the proxy URL has none), none for no_proxy.
import { afterEach, describe, expect, it } from '@jest/globals'
import * as https from 'node:https'
import { ConnectionPool } from '../../src/http/agent.js'

const saved = { ...process.env }
afterEach(() => {
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY']) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

const server = new URL('https://cs.example.com/api/users/a@example.com/verification')

describe('connection pool', () => {
  it('without a proxy: one kept-alive agent for every request to the server', () => {
    delete process.env.https_proxy
    delete process.env.HTTPS_PROXY
    const pool = new ConnectionPool(32)
    const agent = pool.agentFor(server)
    expect(agent).toBeInstanceOf(https.Agent)
    expect((agent as https.Agent & { keepAlive: boolean }).keepAlive).toBe(true)
    expect(agent.maxSockets).toBe(32)
    expect(pool.agentFor(new URL('https://cs.example.com/api/password'))).toBe(agent)
    pool.dispose()
  })

  it("through https_proxy: a tunnel to the proxy's port, or its scheme's default port", () => {
    process.env.https_proxy = 'http://user:secret@proxy.example:3128'
    const pool = new ConnectionPool(8)
    const tunnelled = pool.agentFor(server) as unknown as { proxyOptions: Record<string, unknown> }
    expect(tunnelled).not.toBeInstanceOf(https.Agent)
    expect(tunnelled.proxyOptions).toEqual({ host: 'proxy.example', port: 3128, proxyAuth: 'user:secret' })
    process.env.https_proxy = 'http://proxy.example'
    const fresh = new ConnectionPool(8).agentFor(server) as unknown as { proxyOptions: Record<string, unknown> }
    expect(fresh.proxyOptions).toEqual({ host: 'proxy.example', port: 80 })
    pool.dispose()
  })

  it('no_proxy naming the server: direct', () => {
    process.env.https_proxy = 'http://proxy.example:3128'
    process.env.no_proxy = 'example.org,cs.example.com'
    expect(new ConnectionPool(8).agentFor(server)).toBeInstanceOf(https.Agent)
  })
})
