// Tar headers read at their offsets (512-byte blocks; ustar prefix, GNU long names, pax path/size records), so
// members are windows on the file and nothing is extracted. Mirrors Python's tarfile, which torch.load uses.
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError, type Limits } from '../../engine/limits.js'

const BLOCK = 512
/** GNU long names and pax headers are read into memory; larger ones are refused. */
const MAX_META = 1 << 20

export interface TarEntry {
  name: string
  /** Type flag character ('0' file, '1' hard link, '2' symlink, '5' directory…). */
  type: string
  size: number
  dataOffset: number
  headerOffset: number
  linkName: string
  mode: number
}

export interface TarListing {
  entries: TarEntry[]
  /** Offset just past the last member (end-of-archive blocks excluded). */
  end: number
  /** Set when the walk stopped at a damaged header or truncated member (what came before is listed). */
  error?: { message: string; offset: number }
}

function cstr(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len)
  const nul = s.indexOf(0)
  return s.toString('utf8', 0, nul < 0 ? s.length : nul)
}

/** Numeric header field: octal text, or GNU base-256 when the high bit of the first byte is set. */
function num(b: Buffer, start: number, len: number): number | undefined {
  if (b[start]! & 0x80) {
    let v = 0n
    for (let i = 1; i < len; i++) v = (v << 8n) | BigInt(b[start + i]!)
    if (b[start]! & 0x40) return undefined // negative
    v |= BigInt(b[start]! & 0x3f) << BigInt(8 * (len - 1))
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined
  }
  const t = b
    .toString('latin1', start, start + len)
    .replace(/\0.*$/s, '')
    .trim()
  if (t === '') return 0
  if (!/^[0-7]+$/.test(t)) return undefined
  return parseInt(t, 8)
}

/** Whether 512 bytes are a tar header with a correct checksum (ustar, GNU or old v7). */
export function validHeader(h: Buffer): boolean {
  if (h.length < BLOCK) return false
  const stored = num(h, 148, 8)
  if (stored === undefined) return false
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : h[i]!
    unsigned += c
    signed += c > 127 ? c - 256 : c
  }
  if (stored !== unsigned && stored !== signed) return false
  if (h.toString('latin1', 257, 262) === 'ustar') return true
  // v7: no magic, so also require a name and a numeric size to keep random blocks out.
  return h[0] !== 0 && num(h, 124, 12) !== undefined
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let p = 0
  while (p < data.length) {
    const sp = data.indexOf(0x20, p)
    if (sp < 0) break
    const len = parseInt(data.toString('latin1', p, sp), 10)
    if (!Number.isFinite(len) || len <= 0 || p + len > data.length) break
    const rec = data.toString('utf8', sp + 1, p + len - 1)
    const eq = rec.indexOf('=')
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1)
    p += len
  }
  return out
}

const isZero = (b: Buffer) => b.every((c) => c === 0)

export async function readTar(src: ByteSource, limits: Limits, tick: () => void): Promise<TarListing> {
  const entries: TarEntry[] = []
  let pos = 0
  let longName: string | undefined
  let longLink: string | undefined
  let pax: Record<string, string> = {}
  const meta = async (at: number, size: number) => {
    if (size > MAX_META) throw new ParseError(`tar metadata block of ${size} bytes`, at)
    return Buffer.from(await src.read(at, size))
  }
  while (pos + BLOCK <= src.size) {
    tick()
    const h = Buffer.from(await src.read(pos, BLOCK))
    if (isZero(h)) return { entries, end: pos }
    if (!validHeader(h)) {
      if (entries.length === 0 && pos === 0) throw new ParseError('not a tar header (bad checksum)', pos)
      return { entries, end: pos, error: { message: 'damaged tar header (bad checksum)', offset: pos } }
    }
    const type = String.fromCharCode(h[156]!) === '\0' ? '0' : String.fromCharCode(h[156]!)
    const size = num(h, 124, 12)
    if (size === undefined) return { entries, end: pos, error: { message: 'unreadable member size', offset: pos } }
    const dataOffset = pos + BLOCK
    const isMeta = type === 'L' || type === 'K' || type === 'x' || type === 'g'
    // A pax `size` record overrides the header field (members over 8 GiB).
    const paxSize = !isMeta && pax.size !== undefined ? Number(pax.size) : undefined
    const realSize = paxSize !== undefined && Number.isSafeInteger(paxSize) && paxSize >= 0 ? paxSize : size
    const next = dataOffset + Math.ceil(realSize / BLOCK) * BLOCK
    if (dataOffset + realSize > src.size)
      return {
        entries,
        end: pos,
        error: { message: `member data (${realSize} bytes) runs past the end of the file`, offset: pos }
      }
    if (isMeta) {
      const data = await meta(dataOffset, size)
      if (type === 'L') longName = cstr(data, 0, data.length)
      else if (type === 'K') longLink = cstr(data, 0, data.length)
      else if (type === 'x') pax = parsePax(data)
      pos = next
      continue
    }
    if (entries.length >= limits.maxEntries)
      throw new LimitExceeded('maxEntries', `more than ${limits.maxEntries} entries in one archive`, pos)
    const ustar = h.toString('latin1', 257, 263) === 'ustar\0'
    const prefix = ustar ? cstr(h, 345, 155) : ''
    let name = cstr(h, 0, 100)
    if (prefix) name = `${prefix}/${name}`
    name = pax.path ?? longName ?? name
    entries.push({
      name,
      type,
      size: realSize,
      dataOffset,
      headerOffset: pos,
      linkName: pax.linkpath ?? longLink ?? cstr(h, 157, 100),
      mode: num(h, 100, 8) ?? 0
    })
    pos = next
    longName = undefined
    longLink = undefined
    pax = {}
  }
  return { entries, end: pos }
}
