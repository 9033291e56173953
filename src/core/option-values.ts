// The checks of option values that are more than a kind: the server URL, email addresses, and
// the error every option check throws.
import { shorten } from '../cryptshare/explain.js'

/** A mistake in the options; the message says what to change. Found before the server is contacted. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export const EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/

/** Normalises the server URL: no trailing slash, no trailing `/api`; https unless loopback. */
export function parseServerUrl(value: string, label = '"server-url"'): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `${label} is not a URL: "${shorten(value)}". Use the server's base URL, e.g. https://cryptshare.example.com.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`${label} must start with https:// (got "${shorten(url.protocol)}").`)
  }
  if (url.username || url.password) {
    throw new InputError(`${label} must not contain a user name or password.`)
  }
  if (url.search || url.hash) {
    throw new InputError(`${label} must not contain a query string or fragment: "${shorten(value)}".`)
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      `${label} uses http:// with the non-loopback host "${shorten(url.hostname)}": the client id and files would travel unencrypted. Use https://.`
    )
  }
  const pathname = url.pathname.replace(/\/+$/, '').replace(/\/api$/i, '')
  return `${url.origin}${pathname}`
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** Splits a recipient list on commas, semicolons, whitespace and newlines; validates each address. */
export function parseAddresses(value: string, label: string): string[] {
  refuseDisplayName(value, label)
  const addresses = value.split(/[\s,;]+/).filter(Boolean)
  for (const address of addresses) {
    if (!EMAIL.test(address)) {
      throw new InputError(
        `${label} contains an invalid email address: "${shorten(address)}". Separate addresses with commas, semicolons, spaces or newlines.`
      )
    }
  }
  return addresses
}

/** `Jane <jane@example.org>`: the form of a mail header, which the API does not take. */
export function refuseDisplayName(value: string, label: string): void {
  const angled = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value)
  if (angled) {
    throw new InputError(
      `${label} has an address with a display name ("${shorten(value)}"): display names are not supported: give the bare address, e.g. ${shorten(angled[1])}.`
    )
  }
}
