// Where a dataset's raw bytes lie in an HDF5 file, read from its object header (HDF5 file format spec §IV.A):
// the Data Layout message (contiguous / compact / chunked), the Datatype message (to tell bfloat16 from IEEE
// half) and the presence of filters or external storage. The HDF5 library in WebAssembly does not export
// H5Dget_offset, but it gives each dataset's object header address (an object reference); the header itself is
// parsed here, from the file's bytes, so the weights stage can read contiguous tensors in place without a copy.
import type { ByteSource } from '../../engine/source.js'

export interface H5Sizes {
  /** Absolute offset every HDF5 address is relative to (the superblock's position: after a user block). */
  base: number
  offsets: number
  lengths: number
}

export interface FloatType {
  size: number
  littleEndian: boolean
  exponentBits: number
  mantissaBits: number
}

export type DataLayout =
  | { kind: 'contiguous' | 'compact'; address: number; size: number }
  | { kind: 'contiguous-unallocated' }
  | { kind: 'chunked' | 'virtual' | 'other' }

export interface DatasetHeader {
  layout?: DataLayout
  /** The Datatype message when it is a float stored in the header (not a shared/committed datatype). */
  float?: FloatType
  filtered: boolean
  external: boolean
}

const UNDEFINED = -1
const MAX_BLOCK = 256 * 1024
const MAX_BLOCKS = 64
const MAX_MESSAGES = 4096

/** Size of offsets and lengths from the superblock at `base` (versions 0–3); undefined when unreadable. */
export async function readSuperblock(src: ByteSource, base: number): Promise<H5Sizes | undefined> {
  const b = await src.read(base, 16)
  if (b.length < 16) return undefined
  const version = b[8]!
  const [offsets, lengths] = version <= 1 ? [b[13]!, b[14]!] : version <= 3 ? [b[9]!, b[10]!] : [0, 0]
  const ok = (n: number) => n === 2 || n === 4 || n === 8
  return ok(offsets) && ok(lengths) ? { base, offsets, lengths } : undefined
}

/** Unsigned little-endian integer of `width` bytes; UNDEFINED for all-ones (HDF5's undefined address). */
function uint(b: Buffer, at: number, width: number): number {
  if (at + width > b.length) throw new RangeError('field past the end of the header block')
  if (b.subarray(at, at + width).every((x) => x === 0xff)) return UNDEFINED
  const v = width === 8 ? b.readBigUInt64LE(at) : BigInt(b.readUIntLE(at, width))
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('address beyond 2^53')
  return Number(v)
}

function parseLayout(d: Buffer, s: H5Sizes): DataLayout {
  const version = d[0]!
  if (version === 1 || version === 2) {
    // Old layout messages (HDF5 < 1.6.3): contiguous only; their size is not stored (the caller checks it).
    if (d[2] !== 1) return { kind: d[2] === 2 ? 'chunked' : 'other' }
    const address = uint(d, 8, s.offsets)
    return address === UNDEFINED ? { kind: 'contiguous-unallocated' } : { kind: 'contiguous', address, size: NaN }
  }
  if (version === 3 || version === 4) {
    const cls = d[1]!
    if (cls === 0) return { kind: 'compact', address: UNDEFINED, size: d.readUInt16LE(2) }
    if (cls === 1) {
      const address = uint(d, 2, s.offsets)
      const size = uint(d, 2 + s.offsets, s.lengths)
      return address === UNDEFINED ? { kind: 'contiguous-unallocated' } : { kind: 'contiguous', address, size }
    }
    return { kind: cls === 2 ? 'chunked' : cls === 3 ? 'virtual' : 'other' }
  }
  return { kind: 'other' }
}

function parseFloatType(d: Buffer): FloatType | undefined {
  if ((d[0]! & 0x0f) !== 1 || d.length < 20) return undefined
  const bits = d[1]!
  return {
    size: d.readUInt32LE(4),
    littleEndian: (bits & 0x41) === 0,
    exponentBits: d[13]!,
    mantissaBits: d[15]!
  }
}

/**
 * Parses the object header at relative address `address`: version 1 (no signature) or version 2 ("OHDR"), with
 * its continuation blocks. Bounded (block size, block count, message count); throws RangeError on malformed input.
 */
export async function readDatasetHeader(src: ByteSource, s: H5Sizes, address: number): Promise<DatasetHeader> {
  const out: DatasetHeader = { filtered: false, external: false }
  const pending: { at: number; len: number; first: boolean }[] = [{ at: address, len: MAX_BLOCK, first: true }]
  const seen = new Set<number>()
  let version = 0
  let flags = 0
  let messages = 0
  while (pending.length > 0) {
    const blk = pending.shift()!
    if (seen.has(blk.at) || seen.size >= MAX_BLOCKS) throw new RangeError('object header continuation loop')
    seen.add(blk.at)
    if (blk.len > MAX_BLOCK) throw new RangeError(`object header block of ${blk.len} bytes`)
    const b = await src.read(s.base + blk.at, blk.len)
    let pos: number
    let end: number
    if (blk.first) {
      if (b.toString('latin1', 0, 4) === 'OHDR') {
        version = 2
        flags = b[5]!
        pos = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0)
        const width = 1 << (flags & 3)
        const size = uint(b, pos, width)
        pos += width
        end = pos + size
      } else if (b[0] === 1) {
        version = 1
        pos = 16
        end = pos + b.readUInt32LE(8)
      } else throw new RangeError(`object header version ${b[0]}`)
    } else if (version === 2) {
      if (b.toString('latin1', 0, 4) !== 'OCHK') throw new RangeError('continuation block without OCHK signature')
      pos = 4
      end = blk.len - 4
    } else {
      pos = 0
      end = blk.len
    }
    if (end > b.length) throw new RangeError('object header past the end of the file')
    const head = version === 1 ? 8 : 4 + (flags & 0x04 ? 2 : 0)
    while (pos + head <= end) {
      if (++messages > MAX_MESSAGES) throw new RangeError('too many header messages')
      const type = version === 1 ? b.readUInt16LE(pos) : b[pos]!
      const size = version === 1 ? b.readUInt16LE(pos + 2) : b.readUInt16LE(pos + 1)
      const mflags = version === 1 ? b[pos + 4]! : b[pos + 3]!
      const at = pos + head
      if (at + size > end) throw new RangeError('header message past the end of its block')
      const d = b.subarray(at, at + size)
      if (type === 0x0008) {
        out.layout = parseLayout(d, s)
        if (out.layout.kind === 'compact') {
          // Raw data follows the size field inside this message: locate it in file terms.
          const skip = 4
          out.layout = { kind: 'compact', address: blk.at + at + skip, size: out.layout.size }
          if (skip + out.layout.size > size) throw new RangeError('compact data larger than its message')
        }
      } else if (type === 0x0003 && !(mflags & 0x02)) out.float = parseFloatType(d)
      else if (type === 0x000b) out.filtered ||= size > 2 && d[1]! > 0
      else if (type === 0x0007) out.external = true
      else if (type === 0x0010)
        pending.push({ at: uint(d, 0, s.offsets), len: uint(d, s.offsets, s.lengths), first: false })
      pos = at + size
    }
  }
  return out
}
