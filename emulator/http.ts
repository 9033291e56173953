/** Answers (JSON envelope, flat error bodies) and request-body reading. */
import type { Readable } from 'node:stream'

/** A failure answered as `{errorCode, errorMessage}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: number,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

export interface Reply {
  status: number
  headers?: Record<string, string>
  /** A JSON body (serialized as is). */
  json?: unknown
  /** A non-JSON body with its content type. */
  text?: { contentType: string; body: string | Buffer }
}

/** `{data, meta:{}}` success answer. */
export function dataReply(data: unknown, status = 200, headers?: Record<string, string>): Reply {
  return { status, headers, json: { data, meta: {} } }
}

/** An answer without a body. */
export function emptyReply(status: number, headers?: Record<string, string>): Reply {
  return { status, headers }
}

export function errorReply(
  status: number,
  errorCode: number,
  errorMessage: string,
  headers?: Record<string, string>
): Reply {
  return { status, headers, json: { errorCode, errorMessage } }
}

/** The errorCode a status-only failure carries by default. */
export function defaultErrorCode(status: number): number {
  if (status === 429) return 2007
  if (status >= 500) return 5000
  return 1004
}

export const REASONS: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  429: 'Too many requests at the same time',
  500: 'Unhandled server exception',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout'
}

/**
 * Reads the whole (small) body. Past `limit` bytes it keeps draining but fails with 400/1004,
 * so the connection stays usable.
 */
export function readSmallBody(req: Readable, limit: number, onBytes: (n: number) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    req.on('data', (chunk: Buffer) => {
      total += chunk.length
      onBytes(chunk.length)
      if (total <= limit) chunks.push(chunk)
    })
    req.on('end', () => {
      if (total > limit) reject(new ApiError(400, 1004, `The request body exceeds ${limit} bytes`))
      else resolve(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined
  return contentType.split(';')[0].trim().toLowerCase()
}

/** Reads the whole body into memory; resolves with what arrived also when the connection closes early. */
export function bufferBody(req: Readable, onBytes: (n: number) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const done = (): void => resolve(Buffer.concat(chunks))
    req.on('data', (chunk: Buffer) => {
      onBytes(chunk.length)
      chunks.push(chunk)
    })
    req.on('end', done)
    req.on('close', done)
    req.on('error', done)
  })
}
