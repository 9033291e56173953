// The receipt's JSON Schema (schemas/delivery-receipt-v1.schema.json) as a validator for tests:
// every receipt a test produces is checked against it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const root = join(new URL('.', import.meta.url).pathname, '..')
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'delivery-receipt-v1.schema.json'), 'utf8')) as object
const ajv = new Ajv2020({ allErrors: true, strict: true })
;(addFormats as unknown as (ajv: Ajv2020) => void)(ajv)
const validate = ajv.compile(schema)

/** The schema's complaints about a receipt ([] when it is valid). */
export function receiptProblems(receipt: unknown): string[] {
  return validate(receipt) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}
