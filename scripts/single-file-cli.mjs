// Turns ncc's output for the CLI into one file that runs with plain `node` anywhere:
// dist/cli/cryptshare-ci.mjs (.mjs: an ES module without the package.json ncc writes beside it).
import { chmodSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(new URL('..', import.meta.url).pathname, 'dist', 'cli')
const bin = join(dir, 'cryptshare-ci.mjs')
renameSync(join(dir, 'index.js'), bin)
rmSync(join(dir, 'package.json'), { force: true })
chmodSync(bin, 0o755)
