// The retrieval record: who downloaded which delivered file when, and when the transfer was
// revoked after the last download — evidence that the delivery reached its recipients, in the
// same statement form as the receipt, with the files (by the server's checksums) as subjects.
import type { TransferReport } from '../transfer-report.js'
import type { StatusSettings } from '../transfer-options.js'
import { VERSION } from '../version.js'
import { ciRun, type CiRun } from './ci-run.js'
import { recipientsInReceipt } from './recipients.js'
import { STATEMENT_TYPE, type Statement, type Subject } from './statement.js'

export const RETRIEVAL_RECORD_TYPE = 'https://github.com/cryptshare-ci/cryptshare-ci/retrieval-record/v1'

export interface Revocation {
  /** When this tool revoked the transfer (ISO 8601). */
  at: string
  /** The state afterwards. */
  state: string
  recipientsNotified: boolean
}

export interface RetrievalRecord {
  trackingId: string
  state: string
  allRetrieved: boolean
  server: { url: string }
  sender: string
  /** How the recipients are named below: in clear, or HMAC-SHA256 pseudonyms (as in the receipt). */
  recipientNames: { form: 'clear' } | { form: 'hmac-sha256'; keyed: boolean; salt?: string }
  retrievals: { recipient: string; files: { name: string; retrievedAt: string[] }[] }[]
  revoked?: Revocation
  /** Files the server named without a checksum this tool can read: not subjects, listed here. */
  filesWithoutDigest: string[]
  timestamps: { recordWritten: string }
  ci: CiRun
  tool: { name: 'cryptshare-ci'; version: string; frontEnd: 'github-action' | 'cli' }
}

export function retrievalRecord(
  report: TransferReport,
  settings: Pick<StatusSettings, 'serverUrl' | 'senderEmail' | 'record'>,
  context: {
    env: Record<string, string | undefined>
    now: number
    frontEnd: 'github-action' | 'cli'
    revoked?: Revocation
  }
): Statement<RetrievalRecord> {
  const names = recipientsInReceipt(
    { to: report.downloads.map((r) => r.recipient), cc: [], bcc: [] },
    { clear: settings.record.clearRecipients, key: settings.record.recipientHashKey }
  )
  const subject: Subject[] = report.files
    .filter((file) => Object.keys(file.digest).length > 0)
    .map((file) => ({ name: file.name, digest: file.digest }))
  return {
    _type: STATEMENT_TYPE,
    subject,
    predicateType: RETRIEVAL_RECORD_TYPE,
    predicate: {
      trackingId: report.trackingId,
      state: context.revoked?.state ?? report.state,
      allRetrieved: report.allDownloaded,
      server: { url: settings.serverUrl },
      sender: settings.senderEmail,
      recipientNames:
        names.form === 'clear'
          ? { form: 'clear' }
          : { form: 'hmac-sha256', keyed: names.keyed, ...(names.keyed ? {} : { salt: names.salt }) },
      retrievals: report.downloads.map((r, i) => ({
        recipient: names.to[i],
        files: r.files.map((f) => ({ name: f.name, retrievedAt: f.downloads }))
      })),
      ...(context.revoked ? { revoked: context.revoked } : {}),
      filesWithoutDigest: report.files.filter((f) => !Object.keys(f.digest).length).map((f) => f.name),
      timestamps: { recordWritten: new Date(context.now).toISOString() },
      ci: ciRun(context.env),
      tool: { name: 'cryptshare-ci', version: VERSION, frontEnd: context.frontEnd }
    }
  }
}
