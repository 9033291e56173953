// Renders the README's pictures from a real run against the emulator, so they can be made again
// whenever the output changes:
//   docs/images/terminal.svg     the CLI's live progress (a few frames) and its receipt table
//   docs/images/job-summary.svg  the Markdown summary the same run wrote (= the action's job summary)
// Runs the CLI bundle in a pseudo-terminal (util-linux `script`), replays its escape sequences
// on a small screen model, and writes plain SVG (no fonts, scripts or links: GitHub shows it as
// an <img>). Nothing secret is drawn: the run uses password mode "none" and the SVGs are checked.
//
//   npm run images
import { spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  ftruncateSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
/** A control sequence: ESC [ parameters letter (built from a string: lint forbids control characters in regex literals). */
const CSI = new RegExp(String.raw`^\u001b\[([?\d;]*)([A-Za-z])`)
/** The terminal's width in columns: longer lines wrap, as they do on screen. */
const COLUMNS = 100
/** The CLI's SGR colours (src/cli/terminal.ts) on a dark background. */
const COLORS = { 31: '#ff7b72', 33: '#e3b341', 36: '#79c0ff', 2: '#8b949e' }
const out = join(root, 'docs', 'images')
if (spawnSync('npm', ['run', '--silent', 'build:emulator'], { cwd: root, stdio: 'inherit' }).status !== 0)
  process.exit(1)
const { Emulator, DEMO_CLIENT_ID } = await import(join(root, '.build', 'emulator', 'server.js'))

const work = mkdtempSync(join(tmpdir(), 'cs-images-'))
const workspace = join(work, 'project')
mkdirSync(join(workspace, 'dist', 'docs'), { recursive: true })
// Big enough that the progress is visible for a few seconds on localhost (sparse: no disk used until read).
for (const [name, size] of [
  ['dist/app-2.4.0-linux-x64.tar.gz', 700 * 1024 * 1024],
  ['dist/app-2.4.0-windows-x64.zip', 450 * 1024 * 1024],
  ['dist/docs/release-notes-2.4.0.pdf', 3 * 1024 * 1024]
]) {
  const fd = openSync(join(workspace, name), 'w')
  ftruncateSync(fd, size)
  closeSync(fd)
}
writeFileSync(join(workspace, 'dist', 'sbom.cdx.json'), '{"bomFormat":"CycloneDX","specVersion":"1.6"}\n')

const emulator = new Emulator({ processingPolls: 2 })
const url = await emulator.start()
const summaryFile = join(work, 'summary.md')
const typescript = join(work, 'terminal.log')
const cli = join(root, 'dist', 'cli', 'cryptshare-ci.mjs')
const command = [
  process.execPath,
  cli,
  'deliver',
  '--server-url',
  url,
  '--sender-email',
  'releases@example.com',
  '--recipients',
  'it-operations@bank.example, auditor@bank.example',
  '--files',
  'dist/**',
  '--subject',
  'Release 2.4.0',
  '--password-mode',
  'none',
  '--summary-file',
  summaryFile
]
  .map((arg) => `'${String(arg).replace(/'/g, `'\\''`)}'`)
  .join(' ')
// The emulator runs in this process: the CLI runs beside it in a pseudo-terminal of 100 columns.
const code = await new Promise((resolve) => {
  const child = spawn('script', ['-qfec', `stty cols ${COLUMNS} rows 30; ${command}`, typescript], {
    cwd: workspace,
    env: { ...process.env, CRYPTSHARE_CLIENT_ID: DEMO_CLIENT_ID, TERM: 'xterm-256color', NO_COLOR: '' },
    stdio: ['ignore', 'ignore', 'inherit']
  })
  child.on('close', resolve)
})
await emulator.stop()
if (code !== 0) {
  console.error(`The delivery failed (exit code ${code}); see ${typescript}.`)
  process.exit(1)
}

// The typescript file starts and ends with lines of `script` itself; the prompt is what a user types.
const prompt = `$ cryptshare-ci deliver --recipients 'it-operations@bank.example, auditor@bank.example' --files 'dist/**' --subject 'Release 2.4.0'\r\n`
const raw =
  prompt +
  readFileSync(typescript, 'utf8')
    .replace(/^Script started.*\r?\n/, '')
    .replace(/\r?\nScript done.*\s*$/, '')
const summary = readFileSync(summaryFile, 'utf8')
mkdirSync(out, { recursive: true })
const terminal = terminalSvg(frames(raw))
const jobSummary = summarySvg(summary)
for (const [name, svg] of [
  ['terminal.svg', terminal],
  ['job-summary.svg', jobSummary]
]) {
  const secret = /download\?id=|code=[A-Za-z0-9]/i.exec(svg)
  if (secret) throw new Error(`${name} would show a secret: ${secret[0]}`)
  writeFileSync(join(out, name), svg)
  console.log(`Wrote docs/images/${name}`)
}
rmSync(work, { recursive: true, force: true })

/**
 * The screens the run showed: a snapshot before every redraw of the progress board (ESC[nF
 * ESC[0J), and the final screen. A small model of a terminal: lines of styled characters, a
 * cursor, SGR colours, carriage return, line feed, cursor-previous-line, erase-below.
 */
function frames(text) {
  const screens = []
  let lines = [[]]
  let row = 0
  let col = 0
  let style = ''
  const snapshot = () => screens.push(lines.map((line) => [...line]))
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\u001b') {
      const match = CSI.exec(text.slice(i))
      if (!match) continue
      i += match[0].length - 1
      const [, args, op] = match
      const n = Number(args || 1)
      if (op === 'm') style = args === '0' || args === '' ? '' : args
      else if (op === 'F') {
        snapshot()
        row = Math.max(0, row - n)
        col = 0
      } else if (op === 'A') row = Math.max(0, row - n)
      else if (op === 'J') {
        lines = lines.slice(0, row + 1)
        lines[row] = (lines[row] ?? []).slice(0, col)
      } else if (op === 'K') lines[row] = (lines[row] ?? []).slice(0, col)
      continue
    }
    if (c === '\r') col = 0
    else if (c === '\n') {
      row++
      col = 0
      while (lines.length <= row) lines.push([])
    } else {
      const line = lines[row] ?? (lines[row] = [])
      line[col++] = { c, style }
    }
  }
  snapshot()
  const trim = (screen) => {
    const rows = screen.map((line) => line.filter(Boolean))
    while (rows.length && !rows[rows.length - 1].length) rows.pop()
    return rows
  }
  // A hashing frame, one mid-upload with an ETA, the final screen.
  const all = screens.map(trim)
  const plain = (screen) => screen.map((line) => line.map((ch) => ch.c).join('')).join('\n')
  const hashing = all.find((s) => /hashing/.test(plain(s)))
  const uploading = all.filter((s) => /left/.test(plain(s)))
  const middle = uploading[Math.floor(uploading.length / 2)]
  return [hashing, middle, all[all.length - 1]].filter(Boolean)
}

function xml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A screen's lines as the terminal shows them: wrapped at COLUMNS. */
function wrapped(screen) {
  return screen.flatMap((line) => {
    const rows = []
    for (let i = 0; i < Math.max(line.length, 1); i += COLUMNS) rows.push(line.slice(i, i + COLUMNS))
    return rows
  })
}

function terminalSvg(shown) {
  const screens = shown.map(wrapped)
  const lineHeight = 18
  const rows = Math.max(...screens.map((s) => s.length)) + 1
  const width = 32 + Math.ceil(COLUMNS * 7.85)
  const height = 44 + rows * lineHeight
  const duration = screens.length * 2.5
  const frame = (screen, index) => {
    const texts = screen
      .map((line, y) => {
        const spans = []
        for (const ch of line) {
          const last = spans[spans.length - 1]
          if (last && last.style === ch.style) last.text += ch.c
          else spans.push({ style: ch.style, text: ch.c })
        }
        const content = spans
          .map((s) => (COLORS[s.style] ? `<tspan fill="${COLORS[s.style]}">${xml(s.text)}</tspan>` : xml(s.text)))
          .join('')
        return `<text x="16" y="${52 + y * lineHeight}" xml:space="preserve">${content}</text>`
      })
      .join('\n    ')
    const begin = (index * duration) / screens.length
    const visible = screens.length === 1 ? '' : animation(index, screens.length, duration, begin)
    return `  <g visibility="${index === screens.length - 1 ? 'visible' : 'hidden'}">${visible}\n    ${texts}\n  </g>`
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="cryptshare-ci deliver in a terminal: the progress of each file and overall, then the receipt table">
  <rect width="100%" height="100%" rx="8" fill="#0d1117"/>
  <circle cx="20" cy="16" r="6" fill="#ff5f56"/><circle cx="40" cy="16" r="6" fill="#ffbd2e"/><circle cx="60" cy="16" r="6" fill="#27c93f"/>
  <g font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="13" fill="#e6edf3">
${screens.map(frame).join('\n')}
  </g>
</svg>
`
}

/** Shows frame `index` of `count` for its share of `duration` seconds, in a loop. */
function animation(index, count, duration) {
  const values = Array.from({ length: count }, (_, i) => (i === index ? 'visible' : 'hidden'))
  const keyTimes = Array.from({ length: count }, (_, i) => (i / count).toFixed(3))
  return `<animate attributeName="visibility" values="${values.join(';')}" keyTimes="${keyTimes.join(';')}" calcMode="discrete" dur="${duration}s" repeatCount="indefinite"/>`
}

/** The Markdown summary (a verdict line and pipe tables whose cells are escaped already) as SVG. */
function summarySvg(markdown) {
  const blocks = markdown.trim().split(/\n\n+/)
  const inline = (text) =>
    text
      .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
      .replace(/<code>(.*?)<\/code>/g, '<code>$1</code>')
      .replace(/&#(\d+);/g, '&#$1;')
  const html = blocks
    .map((block) => {
      if (!block.startsWith('|')) return `<p>${inline(block)}</p>`
      const rows = block.split('\n').filter((line) => !/^\|( ?-+ ?\|)+$/.test(line))
      const cells = (line) => line.slice(2, -2).split(' | ')
      const [head, ...body] = rows
      const th = cells(head).some((c) => c.trim())
        ? `<tr>${cells(head)
            .map((c) => `<th>${inline(c)}</th>`)
            .join('')}</tr>`
        : ''
      return `<table>${th}${body
        .map(
          (line) =>
            `<tr>${cells(line)
              .map((c) => `<td>${inline(c)}</td>`)
              .join('')}</tr>`
        )
        .join('')}</table>`
    })
    .join('')
  const height = 80 + markdown.split('\n').length * 34
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="${height}" viewBox="0 0 960 ${height}" role="img" aria-label="The job summary of a delivery: the verdict first, then the transfer and each file with its SHA-256 and status">
  <foreignObject x="0" y="0" width="960" height="${height}">
    <div xmlns="http://www.w3.org/1999/xhtml" style="font: 14px -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; color: #1f2328; background: #ffffff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; box-sizing: border-box; height: 100%">
      <style>
        table { border-collapse: collapse; margin: 12px 0; font-size: 13px }
        th, td { border: 1px solid #d1d9e0; padding: 6px 12px; text-align: left; vertical-align: top }
        th { background: #f6f8fa }
        code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px; word-break: break-all }
        p { margin: 0 0 12px }
      </style>
      ${html}
    </div>
  </foreignObject>
</svg>
`
}
