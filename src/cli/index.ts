#!/usr/bin/env node
// The bundle's entry (dist/cli/cryptshare-ci.mjs, the package's `cryptshare-ci` bin).
import { escapeControls } from '../core/log-text.js'
import { main } from './main.js'

// A reader that goes away (`cryptshare-ci status --json | head -1`) is not a failure of the run.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `error: unexpected failure (${escapeControls(error instanceof Error ? error.message : String(error))}); this is a bug in cryptshare-ci, please report it.\n`
    )
    process.exitCode = 1
  }
)
