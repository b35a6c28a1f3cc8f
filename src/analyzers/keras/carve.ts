// Best-effort fallback when an HDF5 file cannot be parsed: Keras stores its configs as unfiltered JSON
// strings, so every `{"class_name"…}` / `{"module"…}` object can be carved from the raw bytes and walked.
// Used only together with a "not analysed" finding: it recovers evidence, it does not prove absence.
import type { ByteSource } from '../../engine/source.js'
import type { AnalysisContext } from '../../engine/context.js'

const NEEDLES = ['{"class_name"', '{"module"'].map((s) => Buffer.from(s, 'latin1'))
const CHUNK = 1 << 20
/** Objects carved per file at most. */
const MAX_OBJECTS = 10_000

/**
 * Bytes all brace-matching attempts may read together, as a multiple of the file size: every needle starts a
 * new attempt, so a file of unclosed `{"class_name"` needles would otherwise cost size² reads.
 */
const SCAN_FACTOR = 4

/** Scan budget shared by the attempts of one carve. */
interface Budget {
  left: number
}

/** Reads a JSON object starting at `start` (a `{`) by brace matching; undefined when it does not close. */
async function readObject(
  src: ByteSource,
  start: number,
  maxLen: number,
  ctx: AnalysisContext,
  budget: Budget
): Promise<Buffer | undefined> {
  let depth = 0
  let inString = false
  let escaped = false
  const parts: Buffer[] = []
  for (let pos = start; pos < src.size && pos - start < maxLen;) {
    ctx.checkDeadline(pos)
    if (budget.left <= 0) return undefined
    const chunk = await src.read(pos, Math.min(CHUNK, maxLen - (pos - start), budget.left))
    if (chunk.length === 0) break
    budget.left -= chunk.length
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!
      if (inString) {
        if (escaped) escaped = false
        else if (c === 0x5c) escaped = true
        else if (c === 0x22) inString = false
        else if (c < 0x20) return undefined
      } else if (c === 0x22) inString = true
      else if (c === 0x7b || c === 0x5b) depth++
      else if (c === 0x7d || c === 0x5d) {
        depth--
        if (depth === 0) {
          parts.push(Buffer.from(chunk.subarray(0, i + 1)))
          return Buffer.concat(parts)
        }
      } else if (c === 0) return undefined
    }
    parts.push(Buffer.from(chunk))
    pos += chunk.length
  }
  return undefined
}

/** Calls `visit` for every top-level Keras-looking JSON object in `src`; returns how many were found. */
export async function carveKerasJson(
  src: ByteSource,
  ctx: AnalysisContext,
  visit: (value: unknown, offset: number) => Promise<void>
): Promise<number> {
  const maxLen = ctx.limits.maxHeaderBytes
  const overlap = Math.max(...NEEDLES.map((n) => n.length)) - 1
  let found = 0
  let skipUntil = 0
  const budget: Budget = { left: Math.max(CHUNK, src.size * SCAN_FACTOR) }
  let pos = 0
  for (; pos < src.size && found < MAX_OBJECTS && budget.left > 0; pos += CHUNK) {
    ctx.checkDeadline(pos)
    const buf = await src.read(pos, CHUNK + overlap)
    const hits: number[] = []
    for (const n of NEEDLES) for (let i = buf.indexOf(n); i >= 0 && i < CHUNK; i = buf.indexOf(n, i + 1)) hits.push(i)
    hits.sort((a, b) => a - b)
    for (const i of hits) {
      const at = pos + i
      if (at < skipUntil) continue
      const obj = await readObject(src, at, maxLen, ctx, budget)
      if (!obj) continue
      let value: unknown
      try {
        value = JSON.parse(obj.toString('utf8'))
      } catch {
        continue
      }
      found++
      skipUntil = at + obj.length
      await visit(value, at)
      if (found >= MAX_OBJECTS) break
    }
  }
  if (budget.left <= 0)
    ctx.report('GEN-007', `Not analysed: carving Keras configs stopped near byte ${pos} (too many unclosed objects)`, {
      offset: pos
    })
  return found
}
