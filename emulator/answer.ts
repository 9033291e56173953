/** Writing answers: normally, by hand on the socket (any header value), or one byte at a time. */
import { STATUS_CODES, type ServerResponse } from 'node:http'
import type { Ctx } from './context.js'
import type { Reply } from './http.js'
import type { Timers } from './timers.js'

/** The answer's status line + headers and body (with Content-Type and Content-Length). */
function answerParts(reply: Reply): { headers: Record<string, string>; body?: Buffer } {
  const headers: Record<string, string> = { ...reply.headers }
  let body: Buffer | undefined
  if (reply.json !== undefined) {
    body = Buffer.from(JSON.stringify(reply.json))
    headers['Content-Type'] = 'application/json'
  } else if (reply.text) {
    body = Buffer.from(reply.text.body)
    headers['Content-Type'] = reply.text.contentType
  }
  if (reply.status !== 204 && reply.status !== 304) headers['Content-Length'] = String(body?.length ?? 0)
  else body = undefined
  return { headers, body }
}

/** False when the answer can no longer be sent; else drains an unread body (early answer). */
function prepareAnswer(ctx: Ctx, res: ServerResponse): boolean {
  if (res.headersSent || res.destroyed || ctx.req.socket.destroyed) return false
  const req = ctx.req
  if (req.readableFlowing === null && !req.readableEnded) {
    // An unread body (early answer): drain it so the keep-alive connection stays usable.
    req.on('data', (chunk: Buffer) => (ctx.record.bodyBytes += chunk.length))
    req.on('error', () => undefined)
    req.resume()
  }
  return true
}

export function send(ctx: Ctx, res: ServerResponse, reply: Reply): void {
  if (!prepareAnswer(ctx, res)) return
  const { headers, body } = answerParts(reply)
  res.writeHead(reply.status, headers)
  res.end(body)
}

/** The whole answer as raw bytes, closing the connection afterwards (no header validation). */
function rawAnswer(reply: Reply): Buffer {
  const { headers, body } = answerParts(reply)
  const lines = [`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? 'Unknown'}`]
  lines.push(`Date: ${new Date().toUTCString()}`, 'Connection: close')
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  const head = `${lines.join('\r\n')}\r\n\r\n`
  // eslint-disable-next-line no-control-regex -- one byte per character wherever latin1 can carry it
  const encoded = /^[\u0000-\u00ff]*$/.test(head) ? Buffer.from(head, 'latin1') : Buffer.from(head, 'utf8')
  return body ? Buffer.concat([encoded, body]) : encoded
}

/** Writes a hand-built answer on the socket (any header value) and closes the connection. */
export function sendRaw(ctx: Ctx, res: ServerResponse, reply: Reply): void {
  if (!prepareAnswer(ctx, res)) return
  ctx.rawAnswered = true
  ctx.record.status = reply.status
  ctx.req.socket.end(rawAnswer(reply))
  ctx.report?.()
}

/** Sends the answer one byte every `ms` (body only, or everything with `withHeaders`). */
export async function sendTrickled(
  ctx: Ctx,
  res: ServerResponse,
  reply: Reply,
  trickle: { ms: number; withHeaders: boolean; timers: Timers }
): Promise<void> {
  if (!prepareAnswer(ctx, res)) return
  const { ms, timers } = trickle
  const socket = ctx.req.socket
  let bytes: Buffer
  let write: (byte: Buffer) => void
  let finish: () => void
  if (trickle.withHeaders) {
    ctx.rawAnswered = true
    bytes = rawAnswer(reply)
    write = (byte) => socket.write(byte)
    finish = () => {
      ctx.record.status = reply.status
      socket.end()
      ctx.report?.()
    }
  } else {
    const { headers, body } = answerParts(reply)
    res.writeHead(reply.status, headers)
    res.flushHeaders()
    bytes = body ?? Buffer.alloc(0)
    write = (byte) => res.write(byte)
    finish = () => res.end()
  }
  await new Promise<void>((resolve) => {
    let i = 0
    let timer: NodeJS.Timeout | undefined
    const onClose = (): void => {
      if (timer) timers.cancel(timer)
      resolve()
    }
    const step = (): void => {
      timer = undefined
      if (timers.stopped || socket.destroyed) return onClose()
      if (i >= bytes.length) {
        socket.off('close', onClose)
        finish()
        return resolve()
      }
      write(bytes.subarray(i, ++i))
      timer = timers.start(ms, step)
    }
    socket.once('close', onClose)
    timer = timers.start(ms, step)
  })
}
