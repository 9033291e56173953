/** The server's password rules: requirements, validation and generation. */
import { randomInt } from 'node:crypto'
import { pick } from './random.js'

export interface PasswordRule {
  name: string
  details: Record<string, unknown>
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const DIGITS = '23456789'
const SPECIAL = '!#$%&()*+-.:;<=>?@[]^_{}~'

export function passwordRequirements(minLength: number): PasswordRule[] {
  return [
    { name: 'minimumLengthRequired', details: { length: minLength } },
    { name: 'whitespacesDeclined', details: {} },
    { name: 'lettersRequired', details: {} },
    { name: 'digitsRequired', details: {} },
    { name: 'specialCharactersRequired', details: {} },
    { name: 'upperCaseRequired', details: {} },
    { name: 'lowerCaseRequired', details: {} }
  ]
}

const CHECKS: Record<string, (password: string, minLength: number) => boolean> = {
  minimumLengthRequired: (p, min) => [...p].length >= min,
  whitespacesDeclined: (p) => !/\s/u.test(p),
  lettersRequired: (p) => /\p{L}/u.test(p),
  digitsRequired: (p) => /\p{Nd}/u.test(p),
  specialCharactersRequired: (p) => /[^\p{L}\p{N}\s]/u.test(p),
  upperCaseRequired: (p) => /\p{Lu}/u.test(p),
  lowerCaseRequired: (p) => /\p{Ll}/u.test(p)
}

/** The rules `password` does not fulfil (empty = valid). */
export function unmetRules(password: string, minLength: number): PasswordRule[] {
  return passwordRequirements(minLength).filter((rule) => !CHECKS[rule.name](password, minLength))
}

/** A random password that fulfils every rule. */
export function generatePassword(minLength: number): string {
  const length = Math.max(16, minLength)
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SPECIAL)]
  const all = UPPER + LOWER + DIGITS + SPECIAL
  while (chars.length < length) chars.push(pick(all))
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}
