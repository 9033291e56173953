// The floor for the benchmark: the same lifecycle as scripts/bench-curl.sh by the barest Node.js
// client (one keep-alive pool, four files at a time, hash then stream each file, no retries, no
// checks, no output). What the emulator and the machine allow; not a way to deliver anything.
// Usage: node bench-bare-client.mjs BASE_URL CLIENT_ID SENDER RECIPIENT FILE...
import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import http from 'node:http'
import { basename } from 'node:path'
import { pipeline } from 'node:stream/promises'

const [baseUrl, clientId, sender, recipient, ...files] = process.argv.slice(2)
const base = new URL(baseUrl)
const agent = new http.Agent({ keepAlive: true })
const headers = { 'X-CS-ClientId': clientId, 'X-CS-MajorApiVersion': '1', 'X-CS-MinimumMinorApiVersion': '8' }
const JSON_TYPE = { 'Content-Type': 'application/json' }

/** One request; `body` is a string, or a file path streamed. Resolves with status, headers and the answer's text. */
function request(method, path, body, extra = {}) {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? 0 : body.file ? statSync(body.file).size : Buffer.byteLength(body)
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        agent,
        headers: { ...headers, ...extra, 'Content-Length': length }
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () =>
          res.statusCode < 300
            ? resolve({ headers: res.headers, text })
            : reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`))
        )
      }
    )
    req.on('error', reject)
    if (body?.file) pipeline(createReadStream(body.file), req).catch(reject)
    else req.end(body)
  })
}

async function sha256(file) {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

const user = `/api/users/${sender}`
headers['X-CS-VerificationToken'] = JSON.parse(
  (await request('POST', `${user}/verification/token`, '{}', JSON_TYPE)).text
).data.token
await request('POST', `${user}/transfer-policy`, JSON.stringify({ recipients: [recipient] }), JSON_TYPE)
const created = await request(
  'POST',
  `${user}/transfer-sessions`,
  JSON.stringify({ sender: { name: 'bench', phone: '' }, recipients: { to: [{ mail: recipient }], cc: [], bcc: [] } }),
  JSON_TYPE
)
const trackingId = created.headers.location.split('/').pop()
const session = `${user}/transfer-sessions/${trackingId}`
const settings = { securityMode: { name: 'ONE_TIME_PASSWORD', config: { passwordMode: 'NONE' } } }
await request('PATCH', session, JSON.stringify(settings), JSON_TYPE)
let next = 0
async function uploads() {
  while (next < files.length) {
    const file = files[next++]
    const registration = { fileName: basename(file), size: statSync(file).size, checksum: await sha256(file) }
    const { fileId } = JSON.parse(
      (await request('POST', `${session}/files`, JSON.stringify(registration), JSON_TYPE)).text
    ).data
    await request('PUT', `${session}/files/${fileId}/content`, { file }, { 'Content-Type': 'application/octet-stream' })
  }
}
await Promise.all([uploads(), uploads(), uploads(), uploads()])
await request('POST', session)
while (!(await request('GET', `${user}/transfers/${trackingId}`)).text.includes('"ACTIVE"'))
  await new Promise((resolve) => setTimeout(resolve, 100))
agent.destroy()
console.log(trackingId)
