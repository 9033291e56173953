import { DeliveryError } from '../cryptshare/errors.js'
import { FileSelectionError } from '../core/files.js'
import { InputError } from '../core/options.js'
import { UsageError } from './args.js'

/** One line for any failure; an unexpected one (a bug) says so instead of showing a bare TypeError. */
export function describeFailure(error: unknown): string {
  if (
    error instanceof DeliveryError ||
    error instanceof InputError ||
    error instanceof FileSelectionError ||
    error instanceof UsageError
  )
    return error.message
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `Unexpected error (${text}). This is a bug in cryptshare-ci: please report it with the output of --debug.`
}

/** Mistakes found before the server is contacted: exit code 2. */
export function isUsageError(error: unknown): boolean {
  return error instanceof InputError || error instanceof FileSelectionError || error instanceof UsageError
}
