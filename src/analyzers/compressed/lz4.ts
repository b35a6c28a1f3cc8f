// LZ4 frame decoder (lz4.frame / joblib `.lz4`), streaming block by block with bounds checks on every copy.
// Hand-written because a decoder for untrusted input must refuse out-of-range matches and oversized blocks
// rather than write past its buffers; checksums are not verified (loaders do that, scanners need the bytes).
import type { ByteSource } from '../../engine/source.js'
import { ParseError } from '../../engine/limits.js'
import type { OutputSink } from './sink.js'

const FRAME_MAGIC = 0x184d2204
const HISTORY = 64 * 1024
const BLOCK_MAX = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024]

/** Decodes one LZ4 block into dst starting at dIndex (dst[0..dIndex) is history). Returns the new end. */
export function decodeBlock(src: Uint8Array, dst: Uint8Array, dIndex: number): number {
  let s = 0
  let d = dIndex
  const end = src.length
  while (s < end) {
    const token = src[s++]!
    let lit = token >> 4
    if (lit === 15) {
      let b: number
      do {
        if (s >= end) throw new ParseError('LZ4 literal length runs past the block')
        b = src[s++]!
        lit += b
      } while (b === 255)
    }
    if (s + lit > end || d + lit > dst.length) throw new ParseError('LZ4 literals run past the block')
    dst.set(src.subarray(s, s + lit), d)
    s += lit
    d += lit
    if (s >= end) break
    if (s + 2 > end) throw new ParseError('LZ4 match offset runs past the block')
    const off = src[s]! | (src[s + 1]! << 8)
    s += 2
    let len = token & 15
    if (len === 15) {
      let b: number
      do {
        if (s >= end) throw new ParseError('LZ4 match length runs past the block')
        b = src[s++]!
        len += b
      } while (b === 255)
    }
    len += 4
    if (off === 0 || off > d) throw new ParseError('LZ4 match refers before the start of the data')
    if (d + len > dst.length) throw new ParseError('LZ4 block decodes past its declared maximum size')
    // Overlapping copies are legal (run-length style), so copy byte by byte when they overlap.
    if (off >= len) dst.copyWithin(d, d - off, d - off + len)
    else for (let i = 0; i < len; i++) dst[d + i] = dst[d - off + i]!
    d += len
  }
  return d
}

async function readExact(src: ByteSource, at: number, n: number, what: string): Promise<Buffer> {
  const b = await src.read(at, n)
  if (b.length < n) throw new ParseError(`LZ4 frame truncated in ${what}`, at)
  return b
}

/**
 * Decodes every LZ4 frame of `src` (skippable frames are skipped) into `sink`.
 * Returns the number of input bytes consumed; throws ParseError on malformed or truncated input.
 */
export async function decodeLz4Frames(src: ByteSource, sink: OutputSink, tick: () => void): Promise<number> {
  let pos = 0
  let frames = 0
  while (pos + 4 <= src.size) {
    const magic = (await readExact(src, pos, 4, 'magic')).readUInt32LE(0)
    if (magic >= 0x184d2a50 && magic <= 0x184d2a5f) {
      const len = (await readExact(src, pos + 4, 4, 'skippable frame')).readUInt32LE(0)
      pos += 8 + len
      continue
    }
    if (magic !== FRAME_MAGIC) {
      if (frames === 0) throw new ParseError('not an LZ4 frame', pos)
      break // trailing data after the last frame; the caller decides what it means
    }
    const hdr = await readExact(src, pos + 4, 2, 'frame descriptor')
    const flg = hdr[0]!
    const bd = hdr[1]!
    if (flg >> 6 !== 1) throw new ParseError('unsupported LZ4 frame version', pos + 4)
    const independent = (flg & 0x20) !== 0
    const blockSum = (flg & 0x10) !== 0
    const contentSize = (flg & 0x08) !== 0
    const contentSum = (flg & 0x04) !== 0
    const dictId = (flg & 0x01) !== 0
    const blockMax = BLOCK_MAX[(bd >> 4) & 7] ?? 0
    if (!blockMax) throw new ParseError('invalid LZ4 block size code', pos + 5)
    pos += 4 + 2 + (contentSize ? 8 : 0) + (dictId ? 4 : 0) + 1
    const window = new Uint8Array(HISTORY + blockMax)
    let hist = 0
    for (;;) {
      tick()
      const word = (await readExact(src, pos, 4, 'block size')).readUInt32LE(0)
      pos += 4
      if (word === 0) break
      const stored = (word & 0x80000000) !== 0
      const len = word & 0x7fffffff
      if (len > blockMax) throw new ParseError(`LZ4 block of ${len} bytes exceeds the frame's ${blockMax}`, pos - 4)
      const data = await readExact(src, pos, len, 'block')
      pos += len + (blockSum ? 4 : 0)
      let out: Uint8Array
      if (stored) {
        out = data
      } else {
        const start = independent ? 0 : hist
        if (independent) hist = 0
        const end = decodeBlock(data, window, start)
        out = window.subarray(start, end)
      }
      sink.write(out)
      if (!independent) {
        // Keep the last 64 KiB as the dictionary of the next block.
        const all = stored ? concatTail(window.subarray(0, hist), out) : window.subarray(0, hist + out.length)
        const keep = all.subarray(Math.max(0, all.length - HISTORY))
        const copy = Uint8Array.from(keep) // keep may be a view of window itself
        window.set(copy, 0)
        hist = copy.length
      }
    }
    if (contentSum) pos += 4
    frames++
  }
  return pos
}

function concatTail(a: Uint8Array, b: Uint8Array): Uint8Array {
  const tail = a.subarray(Math.max(0, a.length - Math.max(0, HISTORY - b.length)))
  const out = new Uint8Array(tail.length + b.length)
  out.set(tail, 0)
  out.set(b, tail.length)
  return out
}
