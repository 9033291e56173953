// The connection pool of a run: keep-alive agents, one per protocol and proxy, through the proxy
// the environment names (https_proxy / http_proxy / no_proxy, by @actions/http-client's rules)
// as a CONNECT tunnel. Without @actions/http-client's client itself, whose module loads undici
// at start-up (about a megabyte of code this tool never runs).
import * as http from 'node:http'
import * as https from 'node:https'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import * as tunnel from 'tunnel'

export class ConnectionPool {
  private readonly agents = new Map<string, http.Agent>()

  constructor(private readonly maxSockets: number) {}

  /** The agent for requests to `url`: direct, or through the proxy the environment names for it. */
  agentFor(url: URL): http.Agent {
    const proxy = getProxyUrl(url)
    const via = proxy?.hostname ? proxy : undefined
    const key = `${url.protocol} ${via?.href ?? 'direct'}`
    let agent = this.agents.get(key)
    if (!agent) {
      agent = via ? tunnelAgent(url, via, this.maxSockets) : directAgent(url, this.maxSockets)
      this.agents.set(key, agent)
    }
    return agent
  }

  /** Closes every kept-alive connection (a tunnelling agent has none to close: it keeps none alive). */
  dispose(): void {
    for (const agent of this.agents.values()) (agent as Partial<http.Agent>).destroy?.()
    this.agents.clear()
  }
}

function directAgent(url: URL, maxSockets: number): http.Agent {
  const options = { keepAlive: true, maxSockets }
  return url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options)
}

function tunnelAgent(url: URL, proxy: URL, maxSockets: number): http.Agent {
  const auth = proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {}
  const overHttps = proxy.protocol === 'https:'
  const port = proxy.port ? Number(proxy.port) : overHttps ? 443 : 80
  const options = { maxSockets, keepAlive: true, proxy: { ...auth, host: proxy.hostname, port } }
  if (url.protocol === 'https:') return overHttps ? tunnel.httpsOverHttps(options) : tunnel.httpsOverHttp(options)
  return overHttps ? tunnel.httpOverHttps(options) : tunnel.httpOverHttp(options)
}
