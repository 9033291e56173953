// Reads options from a plain key-value source, each checked by what its table entry declares
// (kind, choices, bounds, default). Messages name options the way the front-end's `OptionNaming` does.
import { shorten } from '../cryptshare/explain.js'
import type { OptionNaming } from './contract.js'
import { defaultOf, OPTIONS, type OptionSpec, type OptionTable } from './option-table.js'
import { EMAIL, InputError, parseServerUrl, refuseDisplayName } from './option-values.js'

/** Where option values come from: `get` returns the raw text ('' when not given). */
export interface OptionSource {
  get(name: string): string
  naming: OptionNaming
}

/** The names of a table's choice options. */
type ChoiceName<T> = { [N in keyof T]: T[N] extends { kind: 'choice' } ? N : never }[keyof T] & string
/** The values a choice option takes, from its table entry. */
type ChoiceOf<S> = S extends { choices: readonly (infer C extends string)[] } ? C : string

const CLIENT_ID = /^[A-Za-z0-9]{50,4000}$/
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

/** A reader of the options in `source`, each checked by its entry in `table` (defaults too). */
export function optionReader<T extends OptionTable = typeof OPTIONS>(
  source: OptionSource,
  table: T = OPTIONS as unknown as T
) {
  const { naming } = source
  const raw = (name: string): string => source.get(name).trim()
  const given = (name: string): string => raw(name) || defaultOf(name, table)
  const spec = (name: string, kind: OptionSpec['kind']): OptionSpec => {
    const entry = table[name]
    if (entry?.kind !== kind) throw new Error(`option "${name}" is not of kind ${kind} in the table`)
    return entry
  }
  /** A whole number within the entry's bounds: from `min` (default 1) to `max` (named in the message). */
  const integer = (name: string): number => {
    const { min = 1, max } = spec(name, 'integer')
    const value = given(name)
    const n = wholeNumber(value)
    if (n === undefined || n < min) {
      const wanted = min === 0 ? 'a whole number, 0 or more' : 'a positive whole number'
      throw new InputError(`${naming.option(name)} must be ${wanted}; got "${shorten(value)}".`)
    }
    if (max && n > max.max)
      throw new InputError(`${naming.option(name)} must be at most ${max.max} (${max.why}); got "${shorten(value)}".`)
    return n
  }
  return {
    raw,
    required(name: string): string {
      const value = raw(name)
      if (!value) throw new InputError(naming.missing(name))
      return value
    },
    /** One of the entry's choices (given in any case). */
    choice<N extends ChoiceName<T>>(name: N): ChoiceOf<T[N]> {
      const allowed = spec(name, 'choice').choices ?? []
      const value = given(name)
      const match = allowed.find((a) => a === value.toLowerCase())
      if (!match) {
        throw new InputError(
          `${naming.option(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${shorten(value)}".`
        )
      }
      return match as ChoiceOf<T[N]>
    },
    bool(name: string): boolean {
      spec(name, 'boolean')
      const value = given(name)
      if (/^(true|yes|on|1)$/i.test(value)) return true
      if (/^(false|no|off|0)$/i.test(value)) return false
      throw new InputError(`${naming.option(name)} must be "true" or "false"; got "${shorten(value)}".`)
    },
    integer,
    /** An integer option without a default: undefined when not given. */
    optionalInteger(name: string): number | undefined {
      return given(name) ? integer(name) : undefined
    },
    /** The same as `integer` (the table says where the number starts); kept for its callers. */
    nonNegative: integer,
    email(name: string): string {
      const value = this.required(name)
      refuseDisplayName(value, naming.option(name))
      if (!EMAIL.test(value))
        throw new InputError(`${naming.option(name)} is not a valid email address: "${shorten(value)}".`)
      return value
    },
    clientId(name: string): string {
      const value = this.required(name)
      if (!CLIENT_ID.test(value)) {
        throw new InputError(
          `${naming.option(name)} must be 50 to 4000 letters and digits (A-Z, a-z, 0-9); the value given ` +
            `has ${value.length} characters${/[^A-Za-z0-9]/.test(value) ? ' and other characters' : ''}. ` +
            'Pass the client id your Cryptshare administrator registered, from a secret.'
        )
      }
      return value
    },
    serverUrl(name: string): string {
      return parseServerUrl(this.required(name), naming.option(name))
    },
    language(name: string): string | undefined {
      const value = raw(name) || undefined
      if (value && !LANGUAGE.test(value)) {
        throw new InputError(
          `${naming.option(name)} must be a language tag such as "en" or "de-DE"; got "${shorten(value)}".`
        )
      }
      return value
    }
  }
}

/** The reader `optionReader` returns for a table. */
export type OptionReader<T extends OptionTable = typeof OPTIONS> = ReturnType<typeof optionReader<T>>

function wholeNumber(value: string): number | undefined {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  return Number.isSafeInteger(n) ? n : undefined
}
