// The files of a delivery, from the `files` patterns to the list sent: one module per job, named
// here together for the rest of the code.
export type { WalkFs } from './file-checks.js'
export { anchorPattern } from './file-patterns.js'
export { findFiles, type FileSearch, type FindOptions } from './file-walk.js'
export {
  assertUniqueNames,
  FileSelectionError,
  humanSize,
  relativePosix,
  totalSize,
  type LocalFile,
  type OwnFile
} from './local-files.js'
export { withoutOwnFiles } from './own-files.js'
