// The recipients as a receipt names them: pseudonymised by default (an archive of receipts is
// not a list of a company's customers), in clear only when asked for. With a secret key the
// pseudonyms are the same in every receipt (an auditor holding the key can look an address up);
// without one a random salt of this receipt, stored in it, still lets anyone who knows an
// address check whether it was a recipient, but not list them.
import { createHmac, randomBytes } from 'node:crypto'
import type { Recipients } from '../contract.js'

export type RecipientsInReceipt =
  | ({ form: 'clear' } & Recipients)
  | ({ form: 'hmac-sha256'; keyed: true } & Recipients)
  | ({ form: 'hmac-sha256'; keyed: false; salt: string } & Recipients)

/** One address's pseudonym: HMAC-SHA256 of the address in lower case, as hex. */
export function pseudonym(address: string, key: string | Buffer): string {
  return createHmac('sha256', key).update(address.trim().toLowerCase()).digest('hex')
}

export function recipientsInReceipt(
  recipients: Recipients,
  options: { clear: boolean; key?: string }
): RecipientsInReceipt {
  if (options.clear) return { form: 'clear', ...recipients }
  const key = options.key ?? randomBytes(16)
  const map = (list: string[]): string[] => list.map((address) => pseudonym(address, key))
  const hashed = { to: map(recipients.to), cc: map(recipients.cc), bcc: map(recipients.bcc) }
  return options.key
    ? { form: 'hmac-sha256', keyed: true, ...hashed }
    : { form: 'hmac-sha256', keyed: false, salt: (key as Buffer).toString('hex'), ...hashed }
}
