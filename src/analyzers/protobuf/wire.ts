// A streaming protobuf wire-format reader over a ByteSource. Schema-free: callers decide, field by field,
// whether to descend into a length-delimited field, read it (bounded) or skip it by offset — so a 2 GiB
// ONNX model or a frozen GraphDef full of constants is walked without ever holding its tensors in memory.
// Generic protobuf libraries decode whole messages and normalise away the anomalies a scanner wants to see.
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError } from '../../engine/limits.js'

export const VARINT = 0
export const I64 = 1
export const LEN = 2
export const I32 = 5

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'start-group', 'end-group', 'fixed32', '6', '7']
export function wireName(wt: number): string {
  return WIRE_NAMES[wt] ?? String(wt)
}

export interface PbField {
  /** Field number. */
  no: number
  /** Wire type. */
  wt: number
  /** Absolute offset of the tag in the source. */
  at: number
  /** VARINT / I64 / I32 value (unsigned, as read). */
  value: bigint
  /** LEN: absolute offset and length of the payload. */
  start: number
  len: number
}

/** Decodes a varint as a JS number (exact below 2^53). Returns [value, next] or undefined if truncated/overlong. */
export function varNum(buf: Uint8Array, pos: number, end: number): [number, number] | undefined {
  let v = 0
  let mul = 1
  for (let i = 0; i < 10; i++) {
    if (pos + i >= end) return undefined
    const b = buf[pos + i]!
    v += (b & 0x7f) * mul
    if (b < 0x80) return [v, pos + i + 1]
    mul *= 128
  }
  return undefined
}

/** Decodes a varint exactly as a bigint (up to 64 bits). Returns [value, next] or undefined if truncated/overlong. */
export function varBig(buf: Uint8Array, pos: number, end: number): [bigint, number] | undefined {
  // Fast path: values below 2^28 (almost all of them) need no BigInt arithmetic.
  let small = 0
  for (let i = 0; i < 4; i++) {
    if (pos + i >= end) return undefined
    const b = buf[pos + i]!
    small |= (b & 0x7f) << (7 * i)
    if (b < 0x80) return [BigInt(small >>> 0), pos + i + 1]
  }
  let v = 0n
  for (let i = 0; i < 10; i++) {
    if (pos + i >= end) return undefined
    const b = buf[pos + i]!
    v |= BigInt(b & 0x7f) << BigInt(7 * i)
    if (b < 0x80) return [BigInt.asUintN(64, v), pos + i + 1]
  }
  return undefined
}

/** Two's-complement view of an int64 varint. */
export function asInt64(v: bigint): bigint {
  return BigInt.asIntN(64, v)
}

export interface ReaderOptions {
  /** Message nesting depth at which LimitExceeded is thrown. */
  maxDepth: number
  /** Called for every field read, so long walks can honour the time budget. */
  tick?: (offset: number) => void
}

const CHUNK = 1 << 20
const HEAD_NEEDED = 20

interface Window {
  buf: Buffer
  start: number
}

/**
 * Reads the fields of one message occupying [start, end) of `src`. `sub()` gives a reader for a nested
 * message; windows are shared with the parent when the child lies inside them, so small nested messages
 * cost no I/O.
 */
export class ProtoReader {
  pos: number
  private win: Window

  constructor(
    readonly src: ByteSource,
    readonly start: number,
    readonly end: number,
    readonly depth: number,
    readonly opts: ReaderOptions,
    win?: Window
  ) {
    this.pos = start
    this.win = win ?? { buf: Buffer.alloc(0), start }
    if (depth > opts.maxDepth)
      throw new LimitExceeded('maxNesting', `protobuf messages nested deeper than ${opts.maxDepth} levels`, start)
  }

  static root(src: ByteSource, opts: ReaderOptions, start = 0, end = src.size): ProtoReader {
    return new ProtoReader(src, start, end, 0, opts)
  }

  get done(): boolean {
    return this.pos >= this.end
  }

  /** Makes [pos, pos+n) available in the window (n clipped to the message end). */
  private async ensure(pos: number, n: number): Promise<void> {
    const want = Math.min(n, this.end - pos)
    const w = this.win
    if (pos >= w.start && pos + want <= w.start + w.buf.length) return
    const len = Math.min(Math.max(want, CHUNK), this.end - pos)
    const buf = await this.src.read(pos, len)
    this.win = { buf: Buffer.from(buf.buffer, buf.byteOffset, buf.length), start: pos }
  }

  /** Next field, or null at the end of the message. Throws ParseError on malformed or truncated input. */
  async next(): Promise<PbField | null> {
    if (this.pos >= this.end) return null
    const at = this.pos
    this.opts.tick?.(at)
    await this.ensure(at, HEAD_NEEDED)
    const { buf, start: ws } = this.win
    const wend = Math.min(buf.length, this.end - ws)
    const tag = varNum(buf, at - ws, wend)
    if (!tag) throw new ParseError(this.truncatedOr('field tag'), at)
    const [t, afterTag] = tag
    const no = Math.floor(t / 8)
    const wt = t % 8
    if (no === 0 || no > 0x1fffffff) throw new ParseError(`invalid protobuf field number ${no}`, at)
    let p = afterTag
    const f: PbField = { no, wt, at, value: 0n, start: 0, len: 0 }
    switch (wt) {
      case VARINT: {
        const v = varBig(buf, p, wend)
        if (!v) throw new ParseError(this.truncatedOr(`varint of field ${no}`), at)
        f.value = v[0]
        p = v[1]
        break
      }
      case I64:
        if (p + 8 > wend) throw new ParseError(this.truncatedOr(`fixed64 field ${no}`), at)
        f.value = buf.readBigUInt64LE(p)
        p += 8
        break
      case I32:
        if (p + 4 > wend) throw new ParseError(this.truncatedOr(`fixed32 field ${no}`), at)
        f.value = BigInt(buf.readUInt32LE(p))
        p += 4
        break
      case LEN: {
        const l = varNum(buf, p, wend)
        if (!l) throw new ParseError(this.truncatedOr(`length of field ${no}`), at)
        p = l[1]
        f.start = ws + p
        f.len = l[0]
        if (f.start + f.len > this.end) {
          const what = this.end >= this.src.size ? 'the end of the file (truncated?)' : 'its enclosing message'
          throw new ParseError(`field ${no} declares ${f.len} bytes, beyond ${what}`, at)
        }
        this.pos = f.start + f.len
        return f
      }
      default:
        throw new ParseError(`unsupported protobuf wire type ${wireName(wt)} (field ${no})`, at)
    }
    this.pos = ws + p
    return f
  }

  private truncatedOr(what: string): string {
    return this.end >= this.src.size ? `truncated ${what}` : `malformed ${what}`
  }

  /** The payload of a LEN field, at most `max` bytes (a shorter view when the field is longer). */
  async bytes(f: PbField, max = f.len): Promise<Buffer> {
    const n = Math.min(f.len, max)
    const w = this.win
    if (f.start >= w.start && f.start + n <= w.start + w.buf.length) {
      const o = f.start - w.start
      return w.buf.subarray(o, o + n)
    }
    return Buffer.from(await this.src.read(f.start, n))
  }

  async string(f: PbField, max = f.len): Promise<string> {
    return (await this.bytes(f, max)).toString('utf8')
  }

  /** A reader for the message stored in LEN field `f`. */
  sub(f: PbField): ProtoReader {
    return new ProtoReader(this.src, f.start, f.start + f.len, this.depth + 1, this.opts, this.win)
  }

  /** Repeated varint values of a field that may be packed (LEN) or not (VARINT). At most `max` values. */
  async varints(f: PbField, max: number): Promise<bigint[]> {
    if (f.wt === VARINT) return [f.value]
    if (f.wt !== LEN) return []
    const buf = await this.bytes(f, Math.min(f.len, max * 10))
    const out: bigint[] = []
    let p = 0
    while (p < buf.length && out.length < max) {
      const v = varBig(buf, p, buf.length)
      if (!v) throw new ParseError(`malformed packed varints in field ${f.no}`, f.start + p)
      out.push(v[0])
      p = v[1]
    }
    return out
  }
}

/** Counts the varints in a packed field without decoding them into a list (for size checks). */
export async function countPackedVarints(r: ProtoReader, f: PbField): Promise<number> {
  if (f.wt === VARINT) return 1
  let n = 0
  const STEP = 1 << 16
  for (let off = 0; off < f.len; off += STEP) {
    const chunk = await r.src.read(f.start + off, Math.min(STEP, f.len - off))
    for (const b of chunk) if (b < 0x80) n++
  }
  return n
}
