// Which files a delivery sends, and the no-files rule: the same decisions for every front-end.
import type { HostEvents } from './host.js'
import type { OptionNaming } from './contract.js'
import { NEUTRAL_NAMING } from './contract.js'
import { escapeControls } from './log-text.js'
import type { DeliverySettings } from './delivery-settings.js'
import { findFiles } from './file-walk.js'
import { assertUniqueNames, type LocalFile, type OwnFile } from './local-files.js'
import { InputError } from './option-values.js'
import { withoutOwnFiles } from './own-files.js'

export type Selection = { files: LocalFile[] } | { files: undefined; nothingSent: string }

/**
 * Resolves `files` in the workspace, leaving out `ownFiles` (the files the front-end writes: they
 * hold a previous run's secrets). No match: an `InputError` (`if-no-files-found: error`), or
 * `files: undefined` after a warning or info line saying nothing was sent.
 */
export async function selectFiles(
  settings: Pick<DeliverySettings, 'filePatterns' | 'workspace' | 'includeHiddenFiles' | 'ifNoFilesFound'>,
  events: Pick<HostEvents, 'info' | 'warning'>,
  naming: OptionNaming = NEUTRAL_NAMING,
  ownFiles: OwnFile[] = []
): Promise<Selection> {
  const { filePatterns, workspace } = settings
  const found = await findFiles(filePatterns, workspace, { includeHidden: settings.includeHiddenFiles })
  for (const warning of found.warnings) events.warning(warning)
  const own = await withoutOwnFiles(found.files, ownFiles)
  if (own.excluded.length) {
    const names = own.excluded.map((e) => `"${escapeControls(e.file.relativePath)}" (${e.by})`).join(', ')
    events.warning(
      `Left out ${names}: this tool writes that file, and a previous run's copy holds its password and download URLs. Write it outside the "files" selection.`
    )
  }
  const search = { ...found, files: own.files }
  const hidden = search.hidden.length
    ? `${search.hidden.length} hidden file(s) or folder(s) matched but are left out (${search.hidden.map((h) => `"${h}"`).join(', ')}); set ${naming.setting('include-hidden-files', 'true')} to deliver them`
    : ''
  if (search.files.length === 0) {
    const what = `No files match ${filePatterns.map((p) => `"${p}"`).join(', ')} in ${workspace}${hidden ? `; ${hidden}` : ''}`
    if (settings.ifNoFilesFound === 'error') {
      throw new InputError(
        `${what}. Check the ${naming.name('files')} patterns (they are relative to ${workspace}) and that the build wrote its artifacts there, or set ${naming.setting('if-no-files-found', 'warn')} (or ignore).`
      )
    }
    const nothingSent = `${what}; nothing was sent.`
    if (settings.ifNoFilesFound === 'warn') events.warning(nothingSent)
    else events.info(nothingSent)
    return { files: undefined, nothingSent }
  }
  for (const pattern of search.unmatchedPatterns)
    events.warning(`The pattern "${pattern}" in ${naming.name('files')} matches no file in ${workspace}.`)
  if (hidden) events.info(`${hidden}.`)
  assertUniqueNames(search.files)
  events.info(`Found ${search.files.length} file(s) to deliver: ${search.files.map((f) => f.relativePath).join(', ')}`)
  return { files: search.files }
}
