import * as http from 'node:http'
import * as https from 'node:https'
import { ConnectionPool } from './agent.js'
import { HttpError } from './errors.js'
import { seconds } from './format.js'

/**
 * A request body streamed from a source that can be opened again for each attempt. The next chunk
 * is asked for only once the socket took the last, so a source may read each into the same buffer.
 */
export interface StreamBody {
  open: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  length: number
}

export interface HttpRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string | StreamBody
  signal?: AbortSignal
  /** Called with the number of body bytes handed to the socket so far. */
  onUploadProgress?: (bytesSent: number) => void
}

export interface HttpResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface TransportOptions {
  /** A connection with no traffic in either direction for this long fails (idle or stalled). */
  idleTimeoutMs: number
  /**
   * Total deadline of one request: from sending it to the answer's last byte, or, for a streamed
   * (upload) body, from the body's last byte handed to the socket to the answer's last byte.
   */
  requestTimeoutMs: number
  userAgent: string
  /** The settings that change the two timeouts, named in their messages (e.g. an environment variable). */
  settings?: { idleTimeout?: string; requestTimeout?: string }
}

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO'
])

/**
 * Sends one HTTP request and reads the whole (small) answer. Bodies are streamed.
 * Proxies (`https_proxy`, `no_proxy`) by a CONNECT tunnel (agent.ts); custom CAs
 * from Node's own `NODE_EXTRA_CA_CERTS`. Every failure becomes a `HttpError`.
 */
export class Transport {
  private readonly pool = new ConnectionPool(32)
  constructor(private readonly options: TransportOptions) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.url)
    const fail = (kind: HttpError['kind'], message: string, cause?: unknown, code?: string): HttpError =>
      new HttpError({ kind, message, method: request.method, url: redact(url), code, cause })
    if (request.signal?.aborted) throw fail('aborted', 'cancelled')

    const headers: Record<string, string | number> = { 'User-Agent': this.options.userAgent, ...request.headers }
    if (typeof request.body === 'string') headers['Content-Length'] = Buffer.byteLength(request.body)
    else if (request.body) headers['Content-Length'] = request.body.length

    const agent = this.pool.agentFor(url)
    const module = url.protocol === 'https:' ? https : http
    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false
      let deadline: NodeJS.Timeout | undefined
      const settle = (error: HttpError | undefined, response?: HttpResponse): void => {
        if (settled) return
        settled = true
        clearTimeout(deadline)
        request.signal?.removeEventListener('abort', onAbort)
        if (error) {
          req.destroy()
          reject(error)
        } else resolve(response as HttpResponse)
      }
      const onAbort = (): void => settle(fail('aborted', 'cancelled'))
      request.signal?.addEventListener('abort', onAbort, { once: true })

      const req = module.request(url, { method: request.method, headers, agent })
      const idleMs = this.options.idleTimeoutMs
      req.setTimeout(idleMs, () =>
        settle(
          fail(
            'timeout',
            `no data moved for ${seconds(idleMs)} (connection idle or stalled${this.settingHint('idleTimeout', 'this idle timeout')})`,
            undefined,
            'ETIMEDOUT'
          )
        )
      )
      // The idle timer never trips on an answer that trickles in byte by byte: a total deadline does.
      const deadlineMs = this.options.requestTimeoutMs
      const startDeadline = (after: string): void => {
        if (settled) return
        deadline = setTimeout(
          () =>
            settle(
              fail(
                'timeout',
                `no complete answer within ${seconds(deadlineMs)} ${after} (request deadline${this.settingHint('requestTimeout', 'it')})`,
                undefined,
                'ETIMEDOUT'
              )
            ),
          deadlineMs
        )
      }
      if (typeof request.body === 'object') req.once('finish', () => startDeadline("after the upload's last byte"))
      else startDeadline('of sending the request')
      // A failing body source (file deleted or unreadable) also destroys the request: report the source.
      let sourceError: Error | undefined
      const sourceFailure = (err: Error): HttpError => fail('source', `reading the file failed: ${err.message}`, err)
      req.on('error', (err: NodeJS.ErrnoException) =>
        settle(sourceError ? sourceFailure(sourceError) : networkError(err, url, fail))
      )
      req.on('response', (res) => {
        const chunks: Buffer[] = []
        let size = 0
        const expected = Number(res.headers['content-length'])
        // A connection closed before the answer's last byte: say so, rather than "reset".
        const cutOff = (err?: NodeJS.ErrnoException): HttpError =>
          fail(
            'network',
            `the answer was truncated: the connection closed after ${size}${Number.isFinite(expected) ? ` of ${expected}` : ''} bytes of the body`,
            err,
            'ETRUNCATED'
          )
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_RESPONSE_BYTES)
            settle(fail('protocol', `the answer is larger than ${MAX_RESPONSE_BYTES} bytes`))
          else chunks.push(chunk)
        })
        res.on('error', (err: NodeJS.ErrnoException) =>
          settle(res.complete ? networkError(err, url, fail) : cutOff(err))
        )
        res.on('aborted', () => settle(cutOff()))
        res.on('end', () =>
          settle(res.complete ? undefined : cutOff(), {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks)
          })
        )
      })

      if (typeof request.body === 'string') req.end(request.body)
      else if (request.body) {
        const body = request.body
        void (async () => {
          let sent = 0
          try {
            for await (const chunk of body.open()) {
              if (chunk.length === 0) continue
              if (!(await written(req, chunk))) return
              sent += chunk.length
              request.onUploadProgress?.(sent)
            }
          } catch (err) {
            sourceError = err as Error
            req.destroy(sourceError)
            return
          }
          req.end()
        })()
      } else req.end()
    })
  }

  private settingHint(name: 'idleTimeout' | 'requestTimeout', what: string): string {
    const setting = this.options.settings?.[name]
    return setting ? `; ${setting} sets ${what}` : ''
  }

  dispose(): void {
    this.pool.dispose()
  }
}

function networkError(
  err: NodeJS.ErrnoException,
  url: URL,
  fail: (kind: HttpError['kind'], message: string, cause?: unknown, code?: string) => HttpError
): HttpError {
  const code = err.code ?? 'UNKNOWN'
  const host = url.host
  if (TLS_CODES.has(code) || /certificate|ssl|tls/i.test(err.message)) {
    return fail(
      'setup',
      `TLS handshake with ${host} failed (${code}: ${err.message}). If the server uses a private CA, point NODE_EXTRA_CA_CERTS at its PEM file; check that the server URL names the right host and that any proxy (https_proxy) does not intercept TLS`,
      err,
      code
    )
  }
  if (code === 'ENOTFOUND') {
    return fail(
      'setup',
      `the host ${url.hostname} cannot be resolved (ENOTFOUND). Check the server URL, and https_proxy/no_proxy if this machine needs a proxy`,
      err,
      code
    )
  }
  if (code === 'ECONNREFUSED') {
    return fail(
      'network',
      `connection to ${host} refused (ECONNREFUSED). Check the server URL and that the server is reachable from this machine (firewall, https_proxy/no_proxy)`,
      err,
      code
    )
  }
  return fail('network', `connection to ${host} failed (${code}: ${err.message})`, err, code)
}

/** Writes a chunk and waits until the socket took it; false when the request closed first. */
function written(req: http.ClientRequest, chunk: Uint8Array): Promise<boolean> {
  if (req.destroyed) return Promise.resolve(false)
  return new Promise((resolve) => {
    const closed = (): void => resolve(false)
    req.once('close', closed)
    req.write(chunk, (err) => {
      req.off('close', closed)
      resolve(!err)
    })
  })
}

/** A URL as it may be logged: no query string (query parameters can carry secrets). */
export function redact(url: URL): string {
  return `${url.origin}${url.pathname}`
}
