// One live bar per running upload at the bottom of a terminal, redrawn in place (ANSI cursor
// movement) at most every REDRAW_MS; log lines are printed above it.
import type { UploadProgress } from '../core/contract.js'
import { humanSize } from '../core/files.js'

/** Where the CLI writes (stderr): a terminal when `isTTY`, `columns` wide. */
export interface Stream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

const REDRAW_MS = 100
const BAR_WIDTH = 24

export class ProgressBoard {
  private readonly uploads = new Map<string, UploadProgress>()
  private drawn = 0
  private lastDraw = -Infinity

  constructor(
    private readonly stream: Stream,
    private readonly safe: (text: string) => string,
    private readonly now: () => number = Date.now
  ) {}

  update(progress: UploadProgress): void {
    const started = !this.uploads.has(progress.name)
    if (progress.done) this.uploads.delete(progress.name)
    else this.uploads.set(progress.name, progress)
    const time = this.now()
    // A new upload and the end of one are shown at once; progress at most every REDRAW_MS.
    if (!progress.done && !started && time - this.lastDraw < REDRAW_MS) return
    this.lastDraw = time
    this.redraw()
  }

  /** Prints a line above the board. */
  above(line: string): void {
    this.stream.write(`${this.erase()}${line}\n${this.lines()}`)
  }

  private redraw(): void {
    this.stream.write(`${this.erase()}${this.lines()}`)
  }

  /** Moves up over the lines drawn last and clears to the end of the screen. */
  private erase(): string {
    const text = this.drawn ? `\u001b[${this.drawn}F\u001b[0J` : ''
    this.drawn = 0
    return text
  }

  private lines(): string {
    const width = Math.max(40, (this.stream.columns || 80) - 1)
    const lines = [...this.uploads.values()].map((u) => bar(u, width, this.safe))
    this.drawn = lines.length
    return lines.map((line) => `${line}\n`).join('')
  }
}

function bar(upload: UploadProgress, width: number, safe: (text: string) => string): string {
  const fraction = upload.size > 0 ? Math.min(1, upload.bytes / upload.size) : 1
  const filled = Math.round(fraction * BAR_WIDTH)
  const meter = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${humanSize(upload.bytes)} of ${humanSize(upload.size)}`
  const room = Math.max(8, width - meter.length - 2)
  const name = Array.from(safe(upload.name))
  const shown = name.length > room ? `…${name.slice(name.length - room + 1).join('')}` : name.join('')
  return `${shown}  ${meter}`.slice(0, width)
}
