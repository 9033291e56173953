// Turns ncc's output for the CLI into one file that runs with plain `node` anywhere:
// dist/cli/cryptshare-ci.mjs (.mjs: an ES module without the package.json ncc writes beside it).
// dist/cli/index.js stays as a two-line entry for those who run the folder's index (inside this
// package, whose package.json makes .js an ES module).
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(new URL('..', import.meta.url).pathname, 'dist', 'cli')
const bin = join(dir, 'cryptshare-ci.mjs')
renameSync(join(dir, 'index.js'), bin)
rmSync(join(dir, 'package.json'), { force: true })
chmodSync(bin, 0o755)
writeFileSync(join(dir, 'index.js'), "#!/usr/bin/env node\nimport './cryptshare-ci.mjs'\n", { mode: 0o755 })
