/**
 * Checks requests (and the emulator's own answers) against the real server's OpenAPI 1.8 export
 * plus a small supplement for newer operations (openapi/supplement.json).
 *
 * Supported is exactly the JSON-schema subset the export uses: type (object, array, string,
 * integer, number, boolean), properties, required, items, enum, uniqueItems, format (int32, int64,
 * byte), pattern, minLength, maxLength, minimum and $ref; additionalProperties where present
 * (the export has none). Rules that go beyond a plain reading of the spec, on purpose:
 * - an object schema with `properties` and no `additionalProperties` refuses unknown fields
 *   (we want typos caught; what the real server does with them is unsure);
 * - an object schema without `properties` (Java `Object`, e.g. `securityMode.config`, `meta`) is free-form;
 * - `null` counts as "absent": allowed for an optional property, a violation for a required one
 *   (the Spring-generated export never says `nullable`, yet the server itself answers nulls);
 * - an unresolvable `$ref` (the export has one: `TransferPolicySettings.securityModes`) accepts anything;
 * - query parameters the operation does not declare are refused, except the documented query forms
 *   of the X-CS-* headers (taken from the parameters' descriptions) and of the verification token.
 */
import { existsSync, readFileSync } from 'node:fs'

export const SPEC_VERSION = '1.8'
export const SPEC_PREFIX = `request does not match the Cryptshare REST API ${SPEC_VERSION} specification: `

type Json = unknown
type Schema = Record<string, Json>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  description?: string
  schema?: Schema
}

export interface Operation {
  method: string
  /** e.g. `/users/{email-address}/transfers/{tracking-id}` (relative to `/api`). */
  template: string
  parameters: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> }
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>
  security: string[]
}

/** A request the spec does not describe, with the answer the emulator gives it. */
export interface SpecRefusal {
  status: number
  errorCode: number
  problem: string
}

export interface SpecViolation {
  method: string
  path: string
  problem: string
}

interface SpecDocument {
  paths: Record<string, Record<string, Record<string, Json>>>
  components: {
    schemas: Record<string, Schema>
    parameters: Record<string, Parameter>
    securitySchemes: Record<string, { type: string; name: string; in: string; description?: string }>
  }
}

interface Supplement {
  paths: SpecDocument['paths']
  requestBodies: Record<string, Operation['requestBody']>
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']

function readSpecFile(name: string): string {
  // next to this module (ts-jest, tsx) or, when compiled to .build/emulator/, in the source tree
  for (const relative of [`./openapi/${name}`, `../../emulator/openapi/${name}`]) {
    const url = new URL(relative, import.meta.url)
    if (existsSync(url)) return readFileSync(url, 'utf8')
  }
  throw new Error(`emulator: cannot find the OpenAPI file ${name}`)
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The documented query-parameter form of a header parameter ("Can also be specified by query parameter (x)"). */
function queryAlternative(description: string | undefined): string | undefined {
  return /query parameter \(([^)]+)\)/.exec(description ?? '')?.[1]
}

const INT32 = 2 ** 31

export class OpenApiSpec {
  readonly operations: Operation[] = []
  private readonly doc: SpecDocument

  constructor(doc: SpecDocument, supplement?: Supplement) {
    this.doc = doc
    const paths = { ...doc.paths }
    for (const [path, ops] of Object.entries(supplement?.paths ?? {})) paths[path] = { ...paths[path], ...ops }
    for (const [template, ops] of Object.entries(paths)) {
      for (const [method, raw] of Object.entries(ops)) {
        if (!METHODS.includes(method)) continue
        const parameters = ((raw.parameters as Parameter[] | undefined) ?? []).map((p) => this.parameter(p))
        const security = ((raw.security as Record<string, unknown>[] | undefined) ?? []).flatMap((s) => Object.keys(s))
        const key = `${method} ${template}`
        this.operations.push({
          method: method.toUpperCase(),
          template,
          parameters,
          requestBody: (raw.requestBody as Operation['requestBody']) ?? supplement?.requestBodies[key],
          responses: (raw.responses as Operation['responses']) ?? {},
          security
        })
      }
    }
  }

  private static cached?: OpenApiSpec

  /** The 1.8 export merged with the supplement (read once). */
  static load(): OpenApiSpec {
    OpenApiSpec.cached ??= new OpenApiSpec(
      JSON.parse(readSpecFile('cryptshare-openapi-1.8.json')) as SpecDocument,
      JSON.parse(readSpecFile('supplement.json')) as Supplement
    )
    return OpenApiSpec.cached
  }

  private parameter(p: Parameter | { $ref: string }): Parameter {
    if ('$ref' in p) return this.doc.components.parameters[p.$ref.split('/').pop() ?? '']
    return p
  }

  /** The operation of `METHOD /api/...`, or why there is none. */
  match(method: string, pathname: string): Operation | SpecRefusal {
    const notFound = { status: 404, errorCode: 1006, problem: `no operation is described for ${method} ${pathname}` }
    if (!pathname.startsWith('/api/')) return notFound
    const parts = pathname.slice(4).split('/').slice(1)
    let best: { template: string; literals: number } | undefined
    for (const op of this.operations) {
      const pattern = op.template.split('/').slice(1)
      if (pattern.length !== parts.length) continue
      let literals = 0
      const fits = pattern.every((p, i) => {
        if (/^\{.+\}$/.test(p)) return parts[i] !== ''
        literals++
        return p === parts[i]
      })
      if (fits && (!best || literals > best.literals)) best = { template: op.template, literals }
    }
    if (!best) return notFound
    const op = this.operations.find((o) => o.template === best.template && o.method === method.toUpperCase())
    if (op) return op
    return {
      status: 405,
      errorCode: 1006,
      problem: `${method} is not described for /api${best.template} (described: ${this.operations
        .filter((o) => o.template === best.template)
        .map((o) => o.method)
        .join(', ')})`
    }
  }

  /** Required headers / query parameters, their values, unknown query parameters and the security token. */
  checkParameters(
    op: Operation,
    query: URLSearchParams,
    headers: Record<string, string | string[] | undefined>
  ): SpecRefusal | undefined {
    const header = (name: string): string | undefined => {
      const value = headers[name.toLowerCase()]
      return Array.isArray(value) ? value[0] : value
    }
    const knownQuery = new Set<string>()
    // the documented query forms of security headers (e.g. verification-token), for every header of that name
    const schemeAlternatives = new Map<string, string>()
    for (const scheme of Object.values(this.doc.components.securitySchemes)) {
      const alternative = queryAlternative(scheme.description)
      if (scheme.in === 'header' && alternative) schemeAlternatives.set(scheme.name.toLowerCase(), alternative)
    }
    for (const p of op.parameters) {
      if (p.in === 'path') continue
      const alternative =
        p.in === 'header'
          ? (queryAlternative(p.description) ?? schemeAlternatives.get(p.name.toLowerCase()))
          : undefined
      if (p.in === 'query') knownQuery.add(p.name)
      if (alternative) knownQuery.add(alternative)
      const value =
        p.in === 'header'
          ? (header(p.name) ?? (alternative ? (query.get(alternative) ?? undefined) : undefined))
          : p.in === 'query'
            ? (query.get(p.name) ?? undefined)
            : undefined
      const where =
        p.in === 'header' ? `header ${p.name}${alternative ? ` (or query ${alternative})` : ''}` : `query ${p.name}`
      if (value === undefined) {
        if (p.required) return { status: 400, errorCode: 1002, problem: `missing required ${where}` }
        continue
      }
      const problem = p.schema ? this.checkParameterValue(p.schema, value) : undefined
      if (problem) return { status: 400, errorCode: 1004, problem: `${where}: ${problem}` }
    }
    for (const name of op.security) {
      const scheme = this.doc.components.securitySchemes[name]
      if (scheme?.type !== 'apiKey' || scheme.in !== 'header') continue
      const alternative = queryAlternative(scheme.description)
      if (alternative) knownQuery.add(alternative)
      if (header(scheme.name) === undefined && (!alternative || !query.has(alternative))) {
        return {
          status: 403,
          errorCode: 3002,
          problem: `missing verification token (header ${scheme.name}${alternative ? ` or query ${alternative}` : ''})`
        }
      }
    }
    for (const name of query.keys()) {
      if (!knownQuery.has(name)) return { status: 400, errorCode: 1004, problem: `unknown query parameter ${name}` }
    }
    return undefined
  }

  private checkParameterValue(schema: Schema, raw: string): string | undefined {
    let value: Json = raw
    if (schema.type === 'integer' || schema.type === 'number') {
      if (!/^[+-]?\d+(\.\d+)?$/.test(raw)) return `${JSON.stringify(raw)} is not ${String(schema.type)}`
      value = Number(raw)
    } else if (schema.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') return `${JSON.stringify(raw)} is not boolean`
      value = raw === 'true'
    }
    return this.checkValue(schema, value, 'value', { strict: true })
  }

  /**
   * How the operation takes a body: `undefined` = it declares none; else its media types.
   */
  bodyMediaTypes(op: Operation): string[] | undefined {
    return op.requestBody ? Object.keys(op.requestBody.content) : undefined
  }

  /** The media type of a request body the operation does not accept, as a refusal. */
  checkMediaType(op: Operation, mediaType: string | undefined, hasBody: boolean): SpecRefusal | undefined {
    const types = this.bodyMediaTypes(op)
    if (!hasBody) {
      if (op.requestBody?.required) return { status: 400, errorCode: 1004, problem: 'the request body is missing' }
      return undefined
    }
    if (!types)
      return { status: 400, errorCode: 1004, problem: `${op.method} /api${op.template} takes no request body` }
    if (types.includes('*/*') || (mediaType !== undefined && types.includes(mediaType))) return undefined
    return {
      status: 415,
      errorCode: 1004,
      problem: `Content-Type ${mediaType ?? '(none)'} is not one the operation takes (${types.join(', ')})`
    }
  }

  /** A parsed JSON request body against the operation's schema. */
  checkBody(op: Operation, mediaType: string, body: Json): SpecRefusal | undefined {
    const schema = op.requestBody?.content[mediaType]?.schema
    if (!schema) return undefined
    const problem = this.checkValue(schema, body, 'body', { strict: true })
    return problem ? { status: 400, errorCode: 1004, problem } : undefined
  }

  /** A JSON answer against the schema the operation declares for that status (errors: the Error schema). */
  checkResponse(op: Operation, status: number, json: Json): string | undefined {
    const declared = op.responses[String(status)]
    if (status >= 200 && status < 300) {
      if (!declared) return `status ${status} is not described for ${op.method} /api${op.template}`
      const schema = declared.content?.['application/json']?.schema
      if (json === undefined) return undefined
      if (!schema) return `status ${status} of ${op.method} /api${op.template} has no JSON body in the spec`
      return this.checkValue(schema, json, 'response', { strict: true })
    }
    if (json === undefined) return `error answer ${status} without a body`
    return this.checkValue({ $ref: '#/components/schemas/Error' }, json, 'error response', { strict: true })
  }

  /** The first problem of `value` against `schema`, with a JSON-path-like location. */
  checkValue(schema: Schema, value: Json, where: string, mode: { strict: boolean }): string | undefined {
    if (typeof schema.$ref === 'string') {
      const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1]
      const target = name === undefined ? undefined : this.doc.components.schemas[name]
      return target ? this.checkValue(target, value, where, mode) : undefined
    }
    if (value === null) return undefined // see the module comment: null = absent
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      return `${where} is ${JSON.stringify(value)}, not one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`
    }
    const type = schema.type ?? (schema.properties ? 'object' : undefined)
    switch (type) {
      case 'object':
        return this.checkObject(schema, value, where, mode)
      case 'array': {
        if (!Array.isArray(value)) return `${where} must be an array, got ${describe(value)}`
        if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) {
          return `${where} has duplicate items`
        }
        if (!isObject(schema.items)) return undefined
        for (let i = 0; i < value.length; i++) {
          if (value[i] === null) return `${where}[${i}] is null`
          const problem = this.checkValue(schema.items, value[i], `${where}[${i}]`, mode)
          if (problem) return problem
        }
        return undefined
      }
      case 'string':
        if (typeof value !== 'string') return `${where} must be a string, got ${describe(value)}`
        if (typeof schema.minLength === 'number' && value.length < schema.minLength)
          return `${where} is shorter than ${schema.minLength}`
        if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
          return `${where} is longer than ${schema.maxLength}`
        if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
          return `${where} does not match ${schema.pattern}`
        if (schema.format === 'byte' && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return `${where} is not base64`
        return undefined
      case 'integer':
      case 'number': {
        if (typeof value !== 'number' || !Number.isFinite(value))
          return `${where} must be ${type === 'integer' ? 'an integer' : 'a number'}, got ${describe(value)}`
        if (type === 'integer' && !Number.isInteger(value)) return `${where} must be an integer, got ${value}`
        if (schema.format === 'int32' && (value < -INT32 || value >= INT32)) return `${where} is outside int32`
        if (schema.format === 'int64' && !Number.isSafeInteger(value)) return `${where} is outside the safe int64 range`
        if (typeof schema.minimum === 'number' && value < schema.minimum) return `${where} is below ${schema.minimum}`
        return undefined
      }
      case 'boolean':
        return typeof value === 'boolean' ? undefined : `${where} must be a boolean, got ${describe(value)}`
      default:
        return undefined
    }
  }

  private checkObject(schema: Schema, value: Json, where: string, mode: { strict: boolean }): string | undefined {
    if (!isObject(value)) return `${where} must be an object, got ${describe(value)}`
    const properties = schema.properties as Record<string, Schema> | undefined
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (value[name] === undefined || value[name] === null) return `${where}.${name} is required`
    }
    if (!properties) return undefined // a free-form object
    for (const [name, item] of Object.entries(value)) {
      const property = properties[name]
      if (property === undefined) {
        const extra = schema.additionalProperties
        if (extra === true || (extra === undefined && !mode.strict)) continue
        if (isObject(extra)) {
          const problem = this.checkValue(extra, item, `${where}.${name}`, mode)
          if (problem) return problem
          continue
        }
        return `${where}.${name} is not a field the spec describes (known: ${Object.keys(properties).join(', ')})`
      }
      if (item === undefined) continue
      const problem = this.checkValue(property, item, `${where}.${name}`, mode)
      if (problem) return problem
    }
    return undefined
  }
}

function describe(value: Json): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${JSON.stringify(value)}`
}
