// The server's API version from `GET /api/status` (API >= 1.13; older servers answer 404). The
// documented answer is `{ apiVersions: { uiApiVersions: [{ major, minor }] } }`, perhaps wrapped
// in `data`: every list of versions under `apiVersions` is read, and the highest is the answer.

export function apiVersionOf(answer: unknown): string | undefined {
  const body = unwrap(answer)
  const versions = body && typeof body === 'object' ? (body as { apiVersions?: unknown }).apiVersions : undefined
  if (!versions || typeof versions !== 'object') return undefined
  let best: [number, number] | undefined
  for (const list of Object.values(versions as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue
    for (const entry of list as { major?: unknown; minor?: unknown }[]) {
      if (!Number.isInteger(entry?.major) || !Number.isInteger(entry?.minor)) continue
      const version: [number, number] = [entry.major as number, entry.minor as number]
      if (!best || version[0] > best[0] || (version[0] === best[0] && version[1] > best[1])) best = version
    }
  }
  return best && `${best[0]}.${best[1]}`
}

function unwrap(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && 'data' in answer && !('apiVersions' in answer)) return answer.data
  return answer
}
