// The part of `tunnel` (CONNECT-tunnelling agents; no types of its own) that agent.ts uses. Its
// agents are not node:http Agents (no destroy()), but requests take them as such.
declare module 'tunnel' {
  import type { Agent } from 'node:http'
  interface TunnelOptions {
    maxSockets?: number
    keepAlive?: boolean
    proxy: { host: string; port: number; proxyAuth?: string }
  }
  export function httpOverHttp(options: TunnelOptions): Agent
  export function httpOverHttps(options: TunnelOptions): Agent
  export function httpsOverHttp(options: TunnelOptions): Agent
  export function httpsOverHttps(options: TunnelOptions): Agent
}
