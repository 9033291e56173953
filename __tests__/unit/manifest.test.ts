// The delivery manifest: its schema in the repository matches what the reader accepts, and the
// reader names the entry and the field of every mistake.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { manifestSchema } from '../../src/core/manifest/schema.js'
import { readManifest } from '../../src/core/manifest/read-manifest.js'

const root = join(new URL('.', import.meta.url).pathname, '..', '..')
const schemaFile = join(root, 'schemas', 'manifest-v1.schema.json')

describe('the manifest schema', () => {
  it('is the one in schemas/ (UPDATE_SCHEMAS=1 writes it)', () => {
    const text = `${JSON.stringify(manifestSchema(), null, 2)}\n`
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(schemaFile, text)
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(JSON.parse(text))
  })

  it('accepts what the reader accepts and refuses what it refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(manifestSchema())
    const good = {
      files: ['dist/*.msi'],
      'password-mode': 'none',
      deliveries: [{ name: 'bank-a', recipients: ['a@example.org'], files: 'l/a.lic', 'expiration-days': 14 }]
    }
    expect(validate(good)).toBe(true)
    expect(() => readManifest(JSON.stringify(good), 'm.json')).not.toThrow()
    for (const bad of [
      { deliveries: [] },
      { deliveries: [{ name: 'x', recipients: 'a@example.org', subjet: 'typo' }] },
      { 'server-url': 'https://x', deliveries: [{ name: 'x', recipients: 'a@example.org' }] }
    ]) {
      expect(validate(bad)).toBe(false)
      expect(() => readManifest(JSON.stringify(bad), 'm.json')).toThrow(/manifest/)
    }
  })
})

describe('reading a manifest', () => {
  it('turns lists into one item per line and keeps the entries in order', () => {
    const manifest = readManifest(
      'files: [a, b]\nnotify-downloads: true\ndeliveries:\n  - name: one\n    recipients: [x@example.org, y@example.org]\n  - name: two\n    recipients: z@example.org\n    expiration-days: 7\n',
      'm.yml'
    )
    expect(manifest).toEqual({
      defaults: { files: 'a\nb', 'notify-downloads': 'true' },
      entries: [
        { name: 'one', values: { recipients: 'x@example.org\ny@example.org' } },
        { name: 'two', values: { recipients: 'z@example.org', 'expiration-days': '7' } }
      ]
    })
  })

  it.each([
    ['deliveries: [', /not valid YAML or JSON/],
    ['- a', /must be a mapping with "deliveries:"/],
    ['version: 2\ndeliveries: [{name: a, recipients: b@example.org}]', /version 2; this tool reads version 1/],
    ['deliveries: [{recipients: b@example.org}]', /delivery 1 has no "name"/],
    ['deliveries: [{name: "a b", recipients: b@example.org}]', /name "a b": use letters/],
    [
      'deliveries: [{name: a, recipients: {to: x}}]',
      /delivery 1, field "recipients", must be text, a number, true\/false or a list/
    ],
    ['deliveries: [{name: a, password: x}]', /sets "password", which belongs to the run/],
    ['a: 1\na: 2\ndeliveries: []', /not valid YAML/]
  ])('%j: one clear line', (text, reason) => {
    expect(() => readManifest(text, 'm.yml')).toThrow(reason)
  })
})
