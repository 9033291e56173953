// The subcommands and their flags: every option of the core under its own name, plus what only a
// command line needs (where files start, where results go).
import { OPTIONS, type OptionName, type OptionSpec } from '../core/options.js'
import { REVOKE_OPTIONS, STATUS_OPTIONS } from '../core/transfer-options.js'
import { PROGRAM, type CliOption, type Command } from './args.js'

/** The sender name recipients see when none is given (the action's is "GitHub Actions"). */
export const CLI_SENDER_NAME = 'Cryptshare CI'

function coreOptions(names: OptionName[]): Record<string, CliOption> {
  const specs = OPTIONS as Record<string, OptionSpec>
  return Object.fromEntries(names.map((name) => [name, { ...specs[name] }]))
}

const SHARED: Record<string, CliOption> = {
  'show-secrets': {
    kind: 'switch',
    help: 'Print secrets (password, download URLs, token) in the log and --json output',
    env: false
  },
  debug: { kind: 'switch', help: 'Print debug lines too', env: false }
}

const SUMMARY_FILE: Record<string, CliOption> = {
  'summary-file': {
    kind: 'text',
    help: 'Write a Markdown summary, its verdict first and nothing secret, to this file (a merge-request note, a release description)'
  }
}

export const DELIVER: Command = {
  name: 'deliver',
  summary: 'Deliver files to recipients through a Cryptshare server',
  usage: `${PROGRAM} deliver --server-url URL --sender-email ADDRESS --recipients ADDRESSES --files PATTERN [options]`,
  options: {
    ...coreOptions(Object.keys(OPTIONS) as OptionName[]),
    'deliver-again': {
      ...OPTIONS['deliver-again'],
      help: 'With --rerun or --state-file: send even when an earlier attempt already delivered the same files'
    },
    'sender-name': { ...OPTIONS['sender-name'], default: CLI_SENDER_NAME },
    workspace: { kind: 'text', help: 'Folder where the files patterns start', default: 'the working directory' },
    json: { kind: 'switch', help: 'Print the result as JSON on stdout (without secrets)', env: false },
    'output-json': { kind: 'text', help: 'Write the whole result, secrets included, to this file (mode 0600)' },
    'output-password': {
      kind: 'text',
      help: 'Write the generated password, alone on one line, to this file (mode 0600); keep it out of archived folders'
    },
    'output-env': {
      kind: 'text',
      help: 'Write CRYPTSHARE_TRACKING_ID, _STATE and _EXPIRATION_DATE to this dotenv file'
    },
    'state-file': {
      kind: 'text',
      help: 'A file kept between attempts of the CI job: deliveries it records as made are not sent again'
    },
    rerun: {
      kind: 'boolean',
      default: 'false',
      help: 'This is a re-run: publish a matching transfer the sender sent in the last day instead of sending again (asks the server)'
    },
    'output-receipt': {
      kind: 'text',
      help: 'Write the delivery receipt (an in-toto statement, nothing secret) to this file when a transfer was created'
    },
    'output-checksums': {
      kind: 'text',
      help: 'Write SHA256SUMS / SHA512SUMS (see --checksums) of the delivered files into this folder'
    },
    ...SUMMARY_FILE,
    ...SHARED
  }
}

export const VERIFY: Command = {
  name: 'verify',
  summary: 'Email verification: mail a code to the sender, exchange it for a verification token',
  usage: `${PROGRAM} verify --server-url URL --sender-email ADDRESS [--code CODE] [options]`,
  options: {
    ...coreOptions(['server-url', 'client-id', 'sender-email', 'language', 'retries']),
    code: {
      kind: 'secret',
      help: 'The code from the verification email: exchange it and print the token on stdout',
      env: 'CRYPTSHARE_VERIFICATION_CODE'
    },
    ...SHARED
  }
}

const JSON_RESULT: Record<string, CliOption> = {
  json: { kind: 'switch', help: 'Print the result as JSON on stdout', env: false },
  'output-json': { kind: 'text', help: 'Write the result as JSON to this file (mode 0600)' },
  ...SUMMARY_FILE
}

export const REVOKE: Command = {
  name: 'revoke',
  summary: 'Revoke a sent transfer: its files are deleted, the recipients notified as asked',
  usage: `${PROGRAM} revoke --server-url URL --sender-email ADDRESS --tracking-id ID [options]`,
  options: { ...REVOKE_OPTIONS, ...JSON_RESULT, debug: SHARED.debug }
}

export const STATUS: Command = {
  name: 'status',
  summary: 'Show the state of a sent transfer and who downloaded which file',
  usage: `${PROGRAM} status --server-url URL --sender-email ADDRESS --tracking-id ID [--wait-for-download] [options]`,
  options: {
    ...STATUS_OPTIONS,
    ...JSON_RESULT,
    'output-retrieval-record': {
      kind: 'text',
      help: 'Write the retrieval record (an in-toto statement of who downloaded which file when; nothing secret) to this file'
    },
    debug: SHARED.debug
  }
}

export const COMMANDS: Command[] = [DELIVER, VERIFY, REVOKE, STATUS]
