// A user-space relay that makes loopback look like a wide-area link: every byte is delayed by
// half the round trip in each direction and paced to the link's bandwidth, which all connections
// share (parallel connections do not get more than the link), in order per connection. A new
// connection costs a round trip before its first byte. TCP slow start and loss are not
// modelled, so results through it are optimistic. Used by `npm run bench -- --wan`.
import net from 'node:net'

/**
 * Starts a relay to `target` (host:port); resolves to { port, connections(), close() }. `rttMs`
 * is split evenly over both directions; `mbit` paces each direction of the link.
 */
export function startRelay({ target, rttMs, mbit }) {
  const [host, port] = target.split(':')
  const bytesPerMs = (mbit * 1e6) / 8 / 1000
  const oneWay = rttMs / 2
  const sockets = new Set()
  let connections = 0
  /** When each direction of the link is free again. */
  const link = { up: 0, down: 0 }

  /** Forwards `from` to `to` with the link's delay and pace, keeping byte order. */
  const pipe = (from, to, direction) => {
    let queue = Promise.resolve()
    from.on('data', (chunk) => {
      const now = performance.now()
      // The last byte leaves when the link is free and the chunk's bytes are sent.
      const sentAt = Math.max(now, link[direction]) + chunk.length / bytesPerMs
      link[direction] = sentAt
      const arriveAt = sentAt + oneWay
      from.pause()
      // Reading stops while much is in flight: the sender feels the link, as TCP's window would.
      if (sentAt - now < 50) from.resume()
      else setTimeout(() => from.resume(), sentAt - now - 50)
      queue = queue.then(
        () =>
          new Promise((resolve) =>
            setTimeout(
              () => {
                if (!to.destroyed) to.write(chunk)
                resolve()
              },
              Math.max(0, arriveAt - performance.now())
            )
          )
      )
    })
    from.on('end', () => queue.then(() => to.end()))
    from.on('error', () => to.destroy())
  }

  const server = net.createServer((client) => {
    connections++
    const upstream = net.connect(Number(port), host)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.setNoDelay(true)
      socket.on('close', () => sockets.delete(socket))
    }
    // The connection itself costs a round trip before the first byte.
    client.pause()
    setTimeout(() => client.resume(), rttMs)
    pipe(client, upstream, 'up')
    pipe(upstream, client, 'down')
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        connections: () => connections,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    )
  )
}
