// The manifest's JSON Schema, made from the same tables that decide what a manifest may hold
// (schemas/manifest-v1.schema.json is this, written out; a test keeps them equal).
import type { OptionSpec } from '../option-table.js'
import { DEFAULT_FIELDS, ENTRY_FIELDS } from './fields.js'

function fieldSchema(spec: OptionSpec): Record<string, unknown> {
  const description = spec.help
  switch (spec.kind) {
    case 'boolean':
      return { description, type: ['boolean', 'string'], enum: [true, false, 'true', 'false'] }
    case 'integer':
      return { description, type: ['integer', 'string'] }
    case 'choice':
      return { description, enum: [...(spec.choices ?? [])] }
    case 'addresses':
    case 'patterns':
      return { description, oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }
    default:
      return { description, type: 'string' }
  }
}

const properties = (fields: Record<string, OptionSpec>) =>
  Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, fieldSchema(spec)]))

export function manifestSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/cryptshare-ci/cryptshare-ci/manifest/v1/schema.json',
    title: 'cryptshare-ci delivery manifest, version 1',
    description:
      'Many deliveries in one run. Defaults at the top (the files there go to every delivery); one entry per delivery under "deliveries". Server, sender, client id and secrets are inputs of the run, never here.',
    type: 'object',
    required: ['deliveries'],
    additionalProperties: false,
    properties: {
      version: { const: 1 },
      ...properties(DEFAULT_FIELDS),
      deliveries: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['name', 'recipients'],
          additionalProperties: false,
          properties: {
            ...properties(ENTRY_FIELDS),
            name: { ...fieldSchema(ENTRY_FIELDS.name), pattern: '^[^\\s/\\\\]{1,100}$' }
          }
        }
      }
    }
  }
}
