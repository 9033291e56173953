// In-toto Statement v1 (https://in-toto.io/Statement/v1): the shape of every record this tool
// writes about a delivery (the receipt, the retrieval record). The subjects are the delivered
// files with their digests; the predicate is the record's own.
import type { DeliveredFile } from '../contract.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'

export interface Subject {
  name: string
  digest: Record<string, string>
}

export interface Statement<P> {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: string
  predicate: P
}

/** The files as in-toto subjects: the name the recipients see, every digest known. */
export function subjects(files: Pick<DeliveredFile, 'name' | 'sha256' | 'sha512'>[]): Subject[] {
  return files.map((file) => ({
    name: file.name,
    digest: { sha256: file.sha256, ...(file.sha512 ? { sha512: file.sha512 } : {}) }
  }))
}

export function statement<P>(
  files: Pick<DeliveredFile, 'name' | 'sha256' | 'sha512'>[],
  predicateType: string,
  predicate: P
): Statement<P> {
  return { _type: STATEMENT_TYPE, subject: subjects(files), predicateType, predicate }
}

/** A statement as the file it is written to: indented JSON, one trailing newline. */
export function statementText(value: Statement<unknown>): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
