// One entry of a manifest read as a single delivery's settings: the top's defaults, the entry's
// own fields over them, the run's inputs for what belongs to the run. Errors name the entry.
import type { OptionNaming } from '../contract.js'
import { readDeliverySettings, type DeliverySettings, type FrontEndDefaults } from '../delivery-settings.js'
import type { OptionSource } from '../option-reader.js'
import { InputError } from '../option-values.js'
import { RUN_ONLY } from './fields.js'
import type { Manifest, ManifestEntry } from './read-manifest.js'

/** How messages name a field of an entry (the run's own options as the front-end names them). */
export function entryNaming(entry: string, run: OptionNaming): OptionNaming {
  const ofRun = (name: string): boolean => (RUN_ONLY as readonly string[]).includes(name)
  return {
    option: (name) => (ofRun(name) ? run.option(name) : `Field "${name}" of delivery "${entry}" in the manifest`),
    name: (name) => (ofRun(name) ? run.name(name) : `"${name}" (delivery "${entry}")`),
    setting: (name, value) => (ofRun(name) ? run.setting(name, value) : `"${name}: ${value}" in delivery "${entry}"`),
    missing: (name) =>
      ofRun(name)
        ? run.missing(name)
        : `Delivery "${entry}" in the manifest has no "${name}": add it to the entry (or to the top, for every entry).`
  }
}

export function entrySettings(
  manifest: Manifest,
  entry: ManifestEntry,
  run: OptionSource,
  frontEnd: FrontEndDefaults,
  env: Record<string, string | undefined>
): DeliverySettings {
  const values: Record<string, string> = { ...manifest.defaults, ...entry.values }
  values.files = [manifest.defaults.files, entry.values.files].filter(Boolean).join('\n')
  const naming = entryNaming(entry.name, run.naming)
  let password = ''
  if (values['password-env']) {
    const variable = values['password-env']
    password = env[variable] ?? ''
    if (!password)
      throw new InputError(
        `${naming.option('password-env')} names the environment variable ${variable}, which is not set or empty.`
      )
  }
  const source: OptionSource = {
    naming,
    get: (name) =>
      (RUN_ONLY as readonly string[]).includes(name)
        ? name === 'password'
          ? password
          : run.get(name)
        : (values[name] ?? '')
  }
  return readDeliverySettings(source, frontEnd)
}
