// The live progress at the bottom of a terminal, redrawn in place (ANSI cursor movement) at most
// every REDRAW_MS, with log lines printed above it: an overall line (bytes, files, time left) and
// one line per running upload (or "hashing" while a big file is read first), whose numbers start
// in one column (column 50 when the terminal is wide enough), whatever the names.
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
/** Names of uploads take at most this many columns (cut from the left): the numbers start at column 50. */
export const NAME_COLUMNS = 48

export class ProgressBoard {
  private readonly uploads = new Map<string, UploadProgress>()
  private total?: { files: number; bytes: number }
  /** Bytes and files of the uploads that ended well. */
  private finished = { files: 0, bytes: 0 }
  private startedAt?: number
  private drawn = 0
  private lastDraw = -Infinity

  constructor(
    private readonly stream: Stream,
    private readonly safe: (text: string) => string,
    private readonly now: () => number = Date.now
  ) {}

  update(progress: UploadProgress): void {
    const started = !this.uploads.has(progress.name)
    this.total = progress.total ?? this.total
    this.startedAt ??= this.now()
    if (progress.done) {
      this.uploads.delete(progress.name)
      if (progress.bytes === progress.size)
        this.finished = { files: this.finished.files + 1, bytes: this.finished.bytes + progress.size }
    } else this.uploads.set(progress.name, progress)
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
    const uploads = [...this.uploads.values()]
    const numbers = uploads.map((u) => (u.phase === 'hashing' ? hashing(u) : meter(u.bytes, u.size)))
    const room = Math.max(8, Math.min(NAME_COLUMNS, width - Math.max(0, ...numbers.map((n) => n.length)) - 2))
    const lines = uploads.map((u, i) => `${column(this.safe(u.name), room)}  ${numbers[i]}`.slice(0, width))
    if (this.total && uploads.length) lines.unshift(`All files  ${this.overall(this.total, uploads)}`.slice(0, width))
    this.drawn = lines.length
    return lines.map((text) => `${text}\n`).join('')
  }

  /** `[####----]  42% 420 MiB of 1.00 GiB, 2 of 5 files, about 1 min 20 s left` */
  private overall(total: { files: number; bytes: number }, running: UploadProgress[]): string {
    const sent = this.finished.bytes + running.reduce((sum, u) => sum + u.bytes, 0)
    const files = `${this.finished.files} of ${total.files} files`
    const left = eta(sent, total.bytes, this.now() - (this.startedAt ?? this.now()))
    return `${meter(sent, total.bytes)}, ${files}${left ? `, ${left}` : ''}`
  }
}

/** The name padded to `room` columns, or cut from the left (the file's own name stays). */
function column(name: string, room: number): string {
  const chars = Array.from(name)
  const shown = chars.length > room ? `…${chars.slice(chars.length - room + 1).join('')}` : chars.join('')
  return `${shown}${' '.repeat(room - Array.from(shown).length)}`
}

function meter(bytes: number, size: number): string {
  const fraction = size > 0 ? Math.min(1, bytes / size) : 1
  const filled = Math.round(fraction * BAR_WIDTH)
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${humanSize(bytes)} of ${humanSize(size)}`
}

function hashing(upload: UploadProgress): string {
  return `hashing ${humanSize(upload.size)} before the upload…`
}

/** `about 1 min 20 s left`, once there is a rate to go by (after a second and some bytes). */
export function eta(sent: number, total: number, elapsedMs: number): string | undefined {
  if (sent <= 0 || elapsedMs < 1000 || sent >= total) return undefined
  const seconds = Math.ceil(((total - sent) / sent) * (elapsedMs / 1000))
  if (seconds < 60) return `about ${seconds} s left`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `about ${minutes} min ${seconds % 60} s left`
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min left`
}
