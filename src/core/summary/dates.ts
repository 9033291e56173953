// Dates as people read them in a summary ("3 January 2027", "4 Dec 2026 14:03 UTC", "in 30 days");
// JSON outputs keep the server's ISO text. A date that cannot be read is shown as the server wrote it.

const DAY_MS = 86_400_000

// Written out rather than by Intl.DateTimeFormat, whose first use loads locale data (about 12 ms
// at every start when the formatters were made at load) and whose short month names change with
// the ICU version; these are en-GB's.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/** "3 January 2027" (UTC). */
export function longDate(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const date = new Date(time)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

/** "4 Dec 2026 14:03 UTC". */
export function dateTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const date = new Date(time)
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`
}

/** How far a date is from now, in words: "today", "tomorrow", "in 30 days", "2 days ago"; undefined if unreadable. */
export function fromNow(iso: string, now: number): string | undefined {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return undefined
  const days = Math.round((startOfDay(time) - startOfDay(now)) / DAY_MS)
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  return days > 0 ? `in ${days} days` : `${-days} days ago`
}

/** "expires in 30 days, on 3 January 2027"; "expires today, on …"; "expiry set by the server" without a date. */
export function expiry(iso: string | undefined, now: number): string {
  if (!iso) return 'expiry as the server sets it'
  const words = fromNow(iso, now)
  return words ? `expires ${words}, on ${longDate(iso)}` : `expires ${iso}`
}

function startOfDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS
}
