// The runner's side of a step: workflow commands on stdout and the GITHUB_OUTPUT / GITHUB_STATE
// files, written exactly as @actions/core 3.0.1 writes them (command.js, file-command.js,
// core.js). Its own module, because @actions/core's loads @actions/http-client and with it
// undici at start-up (for OIDC tokens, which this action never asks for).
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

/** A value as a command carries it: strings as they are, anything else as JSON, nothing as ''. */
function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** What a command's message may not hold raw: `%`, CR and LF (a new line would start a new command). */
function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function issueCommand(command: string, properties: Record<string, string>, message: unknown): void {
  const named = Object.entries(properties).filter(([, value]) => value)
  const props = named.length ? ` ${named.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}` : ''
  process.stdout.write(`::${command}${props}::${escapeData(message)}${EOL}`)
}

/** `name<<delimiter` … `delimiter`, with a delimiter neither the name nor the value can hold. */
function keyValueMessage(name: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const converted = commandValue(value)
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (converted.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`
}

function issueFileCommand(command: 'OUTPUT' | 'STATE', message: string): void {
  const filePath = process.env[`GITHUB_${command}`]
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`)
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`)
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' })
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function notice(message: string | Error): void {
  issueCommand('notice', {}, message instanceof Error ? message.toString() : message)
}

export function warning(message: string | Error): void {
  issueCommand('warning', {}, message instanceof Error ? message.toString() : message)
}

export function error(message: string | Error): void {
  issueCommand('error', {}, message instanceof Error ? message.toString() : message)
}

/** Logs the error and makes the step fail (exit code 1). */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** Tells the runner to mask `secret` in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, commandValue(value))
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', keyValueMessage(name, value))
  issueCommand('save-state', { name }, commandValue(value))
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || ''
}
