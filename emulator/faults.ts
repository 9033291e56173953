/** Scripted faults (matching and counting) and seeded random failures. */
import type { Fault } from './options.js'
import { seededRandom } from './random.js'

const ACTIONS = [
  'status',
  'html',
  'resetAfterBytes',
  'stallMs',
  'delayMs',
  'afterProcessing',
  'dropAfterProcessing',
  'location',
  'trickleMs',
  'rewrite'
] as const

/** Actions that let the request be processed and then change what becomes of the answer. */
export const POST_ACTIONS = ['afterProcessing', 'dropAfterProcessing', 'location', 'trickleMs', 'rewrite'] as const

/** The action of an armed fault. */
export function actionOf(fault: Fault): (typeof ACTIONS)[number] {
  return ACTIONS.find((action) => fault[action] !== undefined && fault[action] !== false) ?? 'status'
}

export interface ArmedFault {
  fault: Fault
  path?: RegExp
  /** Matching requests seen so far. */
  seen: number
  /** Requests affected so far. */
  fired: number
}

/** Checks a fault (exactly one action) and compiles its path. */
export function armFault(fault: Fault): ArmedFault {
  const actions = ACTIONS.filter((action) => fault[action] !== undefined && fault[action] !== false)
  if (actions.length !== 1) {
    throw new Error(`a fault needs exactly one action of ${ACTIONS.join(', ')}; got ${actions.join(', ') || 'none'}`)
  }
  if ((fault.errorCode !== undefined || fault.retryAfter !== undefined) && fault.status === undefined) {
    throw new Error('errorCode and retryAfter belong to a status fault')
  }
  if (fault.processEvenIfClosed && fault.delayMs === undefined)
    throw new Error('processEvenIfClosed belongs to a delayMs fault')
  if (fault.trickleHeaders && fault.trickleMs === undefined)
    throw new Error('trickleHeaders belongs to a trickleMs fault')
  if (fault.rewrite !== undefined && typeof fault.rewrite !== 'function') throw new Error('rewrite must be a function')
  const times = fault.times as unknown
  const normalized: Fault = { ...fault, times: times === 'Infinity' || times === null ? Infinity : fault.times }
  const path = fault.path === undefined ? undefined : fault.path instanceof RegExp ? fault.path : new RegExp(fault.path)
  return { fault: normalized, path, seen: 0, fired: 0 }
}

/**
 * Counts a request against an armed fault; true when the fault affects this request
 * (it matches, its `skip` is used up and it has `times` left).
 */
export function fires(armed: ArmedFault, method: string, pathname: string): boolean {
  const { fault } = armed
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) return false
  if (armed.path && !armed.path.test(pathname)) return false
  armed.seen++
  if (armed.seen <= (fault.skip ?? 0)) return false
  if (armed.fired >= (fault.times ?? 1)) return false
  armed.fired++
  return true
}

export interface RandomFailure {
  status: number
  errorCode: number
  headers: Record<string, string>
}

const RANDOM_STATUSES = [429, 502, 503, 504]

/** Decides per request (in arrival order) whether it fails; deterministic for a given seed. */
export function randomFailures(rate: number, seed: number): () => RandomFailure | undefined {
  if (!(rate >= 0 && rate <= 1)) throw new Error('randomFailureRate must be within 0..1')
  const next = seededRandom(seed)
  return (): RandomFailure | undefined => {
    if (rate === 0 || next() >= rate) return undefined
    const status = RANDOM_STATUSES[Math.floor(next() * RANDOM_STATUSES.length)]
    return status === 429
      ? { status, errorCode: 2007, headers: { 'Retry-After': '0' } }
      : { status, errorCode: 5000, headers: {} }
  }
}
