// The delivery receipt: what was sent, to whom, from which run, and what became of it, as an
// in-toto statement whose subjects are the files sent with their digests. Written for every
// delivery that created a transfer (or may have: finalize sent), to be archived and signed.
// Never a secret in it: no password, token, client id or download URL.
import type { DeliveryOutcome } from '../commands/deliver.js'
import type { PasswordMode } from '../contract.js'
import type { DeliverySettings } from '../delivery-settings.js'
import { VERSION } from '../version.js'
import { ciRun, type CiRun } from './ci-run.js'
import { recipientsInReceipt, type RecipientsInReceipt } from './recipients.js'
import { statement, type Statement } from './statement.js'

/** The predicate's type: this project's receipt, version 1 (its JSON Schema: schemas/delivery-receipt-v1.schema.json). */
export const DELIVERY_RECEIPT_TYPE = 'https://github.com/cryptshare-ci/cryptshare-ci/delivery-receipt/v1'

export type ReceiptOutcome = 'delivered' | 'partly-delivered' | 'failed' | 'uncertain'

export interface DeliveryReceipt {
  outcome: ReceiptOutcome
  trackingId: string
  /** The transfer's state as last read; absent when finalize's outcome is not known. */
  state?: string
  removedFiles: { name: string; cause: string }[]
  /** Files this tool added to the transfer (checksum files). */
  addedFiles: string[]
  server: { url: string; apiVersion?: string }
  sender: string
  recipients: RecipientsInReceipt
  notificationSubject?: string
  expirationDate?: string
  passwordMode: PasswordMode
  policy: { maxTotalSize?: number; maxRetentionPeriod?: number }
  timestamps: { sessionCreated?: string; finalized?: string; active?: string; receiptWritten: string }
  ci: CiRun
  tool: { name: 'cryptshare-ci'; version: string; frontEnd: 'github-action' | 'cli' }
}

export interface ReceiptContext {
  settings: DeliverySettings
  env: Record<string, string | undefined>
  now: number
  frontEnd: DeliveryReceipt['tool']['frontEnd']
  /** From `GET /api/status`, where the server has it (API >= 1.13). */
  apiVersion?: string
}

/** The receipt of a delivery that created a transfer (or may have); undefined when none was created. */
export function deliveryReceipt(
  outcome: DeliveryOutcome,
  context: ReceiptContext
): Statement<DeliveryReceipt> | undefined {
  const { result } = outcome
  if (!result?.trackingId || result.dryRun) return undefined
  const receiptOutcome = outcomeOf(outcome)
  if (!receiptOutcome) return undefined
  const { settings } = context
  return statement(result.files, DELIVERY_RECEIPT_TYPE, {
    outcome: receiptOutcome,
    trackingId: result.trackingId,
    ...(result.state ? { state: result.state } : {}),
    removedFiles: result.removedFiles,
    addedFiles: result.addedFiles ?? [],
    server: { url: settings.serverUrl, ...(context.apiVersion ? { apiVersion: context.apiVersion } : {}) },
    sender: settings.senderEmail,
    recipients: recipientsInReceipt(settings.recipients, {
      clear: settings.receipt.clearRecipients,
      key: settings.receipt.recipientHashKey
    }),
    ...(settings.subject ? { notificationSubject: settings.subject } : {}),
    ...(result.expirationDate ? { expirationDate: result.expirationDate } : {}),
    passwordMode: settings.passwordMode,
    policy: result.policyLimits ?? {},
    timestamps: { ...result.timeline, receiptWritten: new Date(context.now).toISOString() },
    ci: ciRun(context.env),
    tool: { name: 'cryptshare-ci', version: VERSION, frontEnd: context.frontEnd }
  })
}

function outcomeOf({ status, result }: DeliveryOutcome): ReceiptOutcome | undefined {
  if (status === 'uncertain') return 'uncertain'
  if (!result?.state) return undefined
  if (result.state === 'FAILED') return 'failed'
  if (result.removedFiles.length) return 'partly-delivered'
  if (status === 'delivered') return 'delivered'
  // A transfer that exists but did not end as asked (e.g. still PROCESSING past the timeout).
  return status === 'failed' ? 'failed' : undefined
}
