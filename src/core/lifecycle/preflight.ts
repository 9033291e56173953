// Before anything is created: the sender verified, the policy asked, the password planned.
import type { HostEvents } from '../host.js'
import type { CryptshareClient } from '../../cryptshare/client.js'
import { DeliveryError, labelled } from '../errors.js'
import { answer } from '../../cryptshare/shape.js'
import type { PolicySettings } from '../../cryptshare/types.js'
import { NEUTRAL_NAMING, type DeliveryOptions } from '../contract.js'
import { humanSize, totalSize } from '../files.js'
import {
  allowedPasswordModes,
  describeRules,
  planPassword,
  policyProblems,
  readPolicy,
  type PasswordPlan
} from '../policy.js'
import { verifySender } from '../verification.js'
import { includedChecksumBytes, messageWithChecksumsSize } from '../checksum-files.js'

/** What the preflight cleared the delivery with: the sender's token, the policy's settings, the password plan. */
export interface Clearance {
  token: string
  settings: PolicySettings
  password: PasswordPlan
}

/** Verifies the sender and checks everything the policy decides, before anything is created. */
export async function preflight(
  client: CryptshareClient,
  options: DeliveryOptions,
  events: HostEvents
): Promise<Clearance> {
  const sender = options.senderEmail
  const allRecipients = [...options.recipients.to, ...options.recipients.cc, ...options.recipients.bcc]
  const token = await verifySender(client, options, events)
  const warn = (message: string): void => events.warning(message)
  const policy = readPolicy(
    await labelled('transfer policy check', () => client.transferPolicy(sender, allRecipients)),
    warn
  )
  const naming = events.naming ?? NEUTRAL_NAMING
  const problems = policyProblems(policy, { ...options, addedBytes: addedBytes(options, policy.settings) }, naming)
  const settings = policy.settings
  const password = planPassword(options.passwordMode, allowedPasswordModes(settings))
  if (problems.length || !password) {
    const why =
      problems.join(' ') ||
      `${naming.setting('password-mode', options.passwordMode)} is not allowed by the server's policy.`
    throw new DeliveryError('transfer policy check', why)
  }
  if (options.passwordMode === 'manual' && options.password) {
    const candidate = options.password
    const validation = await labelled('password check', () => client.validatePassword(candidate))
    // Unreadable: the server still refuses a weak password when the session settings are applied.
    if (answer('password check', warn).bool(validation.valid, 'valid') === false) {
      throw new DeliveryError(
        'password check',
        `The password of ${naming.name('password')} does not meet the server's password rules: ${describeRules(validation.rulesNotFulfilled, warn)}. Choose a password that does, or use ${naming.setting('password-mode', 'generated')}.`
      )
    }
  }
  events.info(
    `Sender ${sender} verified; the transfer policy allows ${allRecipients.length} recipient(s) and ${humanSize(totalSize(options.files))} in ${options.files.length} file(s).`
  )
  return { token, settings, password }
}

/** The bytes the checksum files and digest lists add to the transfer, counted against the size limit. */
function addedBytes(
  { checksumFiles: plan, files, confidentialMessage }: DeliveryOptions,
  settings: PolicySettings
): number {
  const lists = plan.include ? includedChecksumBytes(files, plan.algorithms) : 0
  const inMessage =
    plan.inMessage && settings.confidentialMessageAllowed !== false
      ? messageWithChecksumsSize(confidentialMessage, files, plan.algorithms) -
        Buffer.byteLength(confidentialMessage ?? '')
      : 0
  return lists + inMessage
}
