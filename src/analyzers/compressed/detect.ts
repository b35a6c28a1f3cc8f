// Recognises compression wrappers by their headers. Weak signatures (zlib's two bytes, LZMA's props byte) are
// confirmed by decoding the first bytes, so random tensor data does not pass for a compressed stream.
import { constants, inflateSync } from 'node:zlib'
import { BufferSource } from '../../engine/source.js'
import { GZIP_MAGIC, LZ4_MAGIC, SEVENZ_MAGIC, XZ_MAGIC, startsWith } from '../../engine/magic.js'
import { OutputCapReached, OutputSink } from './sink.js'
import { decodeLzma, parseAloneHeader, plausibleAloneHeader } from './lzma.js'

export type Wrapper = 'gzip' | 'zlib' | 'bzip2' | 'xz' | 'lzma-alone' | 'lz4' | 'joblib-zf' | '7z'

/** joblib < 0.9.3 `ZF` files: 'ZF' + hex length padded to 19 characters (+ an optional space) + zlib data. */
export const ZF_HEADER = 21

function zlibHeader(h: Buffer, at = 0): boolean {
  if (h.length < at + 2) return false
  const cmf = h[at]!
  const flg = h[at + 1]!
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && ((cmf << 8) | flg) % 31 === 0
}

/** Decodes the start of a zlib stream: invalid data throws at once; truncation does not (sync flush). */
function zlibStarts(h: Buffer): boolean {
  try {
    inflateSync(h.subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH })
    return true
  } catch {
    return false
  }
}

async function lzmaStarts(h: Buffer): Promise<boolean> {
  try {
    const { props, unpackSize } = parseAloneHeader(h)
    const sink = new OutputSink(4096, () => {})
    await decodeLzma(new BufferSource(h.subarray(0, 4096)), 13, props, unpackSize, sink, () => {})
    return true
  } catch (e) {
    if (e instanceof OutputCapReached) return true
    return e instanceof Error && /truncated|before the declared size/.test(e.message)
  }
}

export function bzip2Header(h: Buffer): boolean {
  if (h.length < 10 || h.toString('latin1', 0, 3) !== 'BZh' || h[3]! < 0x31 || h[3]! > 0x39) return false
  const block = h.toString('hex', 4, 10)
  return block === '314159265359' || block === '177245385090'
}

export async function identifyWrapper(h: Buffer): Promise<Wrapper | undefined> {
  if (startsWith(h, SEVENZ_MAGIC)) return '7z'
  if (startsWith(h, GZIP_MAGIC) && h[2] === 8) return 'gzip'
  if (startsWith(h, XZ_MAGIC)) return 'xz'
  if (startsWith(h, LZ4_MAGIC) && h.length > 4 && h[4]! >> 6 === 1) return 'lz4'
  if (bzip2Header(h)) return 'bzip2'
  if (
    h.toString('latin1', 0, 4) === 'ZF0x' &&
    zlibStarts(h.subarray(h[ZF_HEADER] === 0x20 ? ZF_HEADER + 1 : ZF_HEADER))
  )
    return 'joblib-zf'
  if (zlibHeader(h) && zlibStarts(h)) return 'zlib'
  if (h[0] === 0x5d && plausibleAloneHeader(h) && (await lzmaStarts(h))) return 'lzma-alone'
  return undefined
}
