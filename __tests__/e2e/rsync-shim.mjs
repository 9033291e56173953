// A stand-in for the few rsync calls gitlab-ci-local makes (this machine has no rsync): local
// copies only, with -a/-r (recursive, keep modes), -R (keep the source's relative path),
// --exclude, --exclude-from, --delete and --delete-excluded. Anything else is refused loudly.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { minimatch } from 'minimatch'

const args = process.argv.slice(2)
const excludes = []
const paths = []
let relativePaths = false
let deleteExtra = false
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (arg === '--exclude' || arg === '--exclude-from') {
    const value = args[++i]
    if (arg === '--exclude') excludes.push(value)
    else excludes.push(...readFileSync(value, 'utf8').split('\n').filter(Boolean))
  } else if (arg.startsWith('--exclude=')) excludes.push(arg.slice('--exclude='.length))
  else if (arg.startsWith('--exclude-from='))
    excludes.push(...readFileSync(arg.slice('--exclude-from='.length), 'utf8').split('\n').filter(Boolean))
  else if (arg === '--delete' || arg === '--delete-excluded') deleteExtra = true
  else if (/^-[arR]+$/.test(arg)) relativePaths ||= arg.includes('R')
  else if (arg.startsWith('-')) {
    console.error(`rsync shim: unsupported option ${arg}`)
    process.exit(1)
  } else paths.push(arg)
}
const destination = paths.pop()

/** rsync's exclude rules, as far as gitlab-ci-local uses them: anchored (/x), directory (x/), glob. */
function excluded(path, isDirectory) {
  return excludes.some((raw) => {
    let pattern = raw.replace(/\/\*\*$/, '/')
    const directoryOnly = pattern.endsWith('/')
    if (directoryOnly) pattern = pattern.slice(0, -1)
    if (directoryOnly && !isDirectory) return false
    if (pattern.startsWith('/')) return minimatch(path, pattern.slice(1), { dot: true })
    if (pattern.includes('/'))
      return minimatch(path, pattern, { dot: true }) || minimatch(path, `**/${pattern}`, { dot: true })
    return minimatch(basename(path), pattern, { dot: true })
  })
}

const copied = new Set()
function copyTree(from, to, rel) {
  const stat = lstatSync(from)
  if (rel && excluded(rel, stat.isDirectory())) return
  if (rel) copied.add(rel)
  if (stat.isDirectory()) {
    mkdirSync(to, { recursive: true })
    for (const name of readdirSync(from)) copyTree(join(from, name), join(to, name), rel ? `${rel}/${name}` : name)
  } else {
    mkdirSync(dirname(to), { recursive: true })
    cpSync(from, to, { force: true, verbatimSymlinks: true })
  }
}

for (const source of paths) {
  if (relativePaths) {
    // -R: "./a/b" lands at destination/a/b; a "/./" in the path marks where the kept part starts.
    const marker = source.indexOf('/./')
    const kept = marker >= 0 ? source.slice(marker + 3) : source.replace(/^\.\//, '')
    const base = marker >= 0 ? source.slice(0, marker) : '.'
    if (!existsSync(join(base, kept))) continue
    copyTree(resolve(base, kept), join(destination, kept), kept === '.' || kept === '' ? '' : kept)
  } else if (source.endsWith('/') || source.endsWith('/.')) copyTree(resolve(source), resolve(destination), '')
  else copyTree(resolve(source), join(destination, basename(source)), basename(source))
}

if (deleteExtra && existsSync(destination)) {
  const prune = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const path = rel ? `${rel}/${name}` : name
      if (!copied.has(path)) rmSync(join(dir, name), { recursive: true, force: true })
      else if (lstatSync(join(dir, name)).isDirectory()) prune(join(dir, name), path)
    }
  }
  prune(resolve(destination), '')
}
