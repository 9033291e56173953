import type { OptionNaming } from '../core/contract.js'
import { readDeliverySettings, type DeliverySettings } from '../core/options.js'

export { InputError } from '../core/options.js'

/** The action's inputs are the core's options, under the same names (action.yml declares them). */
export type ActionInputs = DeliverySettings

type Env = Record<string, string | undefined>

/** Reads an input the way @actions/core does (INPUT_<NAME>, spaces to `_`, upper case), trimmed. */
export function rawInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** How the action's messages name its inputs. */
export const ACTION_NAMING: OptionNaming = {
  option: (name) => `Input "${name}"`,
  name: (name) => `"${name}"`,
  setting: (name, value) => `"${name}: ${value}"`,
  missing: (name) => `Input required and not supplied: ${name}. Set "${name}" in the step's "with:" block.`
}

/** Parses and validates every input into one typed object. Throws `InputError` on bad input. */
export function readInputs(env: Env = process.env): ActionInputs {
  return readDeliverySettings(
    { get: (name) => rawInput(env, name), naming: ACTION_NAMING },
    { senderName: 'GitHub Actions', workspace: env.GITHUB_WORKSPACE || process.cwd() }
  )
}

/** Whether this run is a re-run of the job (`GITHUB_RUN_ATTEMPT` > 1): an earlier attempt may have delivered. */
export function isRerunAttempt(env: Env): boolean {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '')
  return Number.isInteger(attempt) && attempt > 1
}
