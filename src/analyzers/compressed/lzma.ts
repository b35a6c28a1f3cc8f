// LZMA1 decoder for `.lzma` "alone" files (Python lzma.FORMAT_ALONE, joblib compress='lzma') and zip method 14.
// xz-decompress only handles the xz container (LZMA2), so this follows the reference decoder of the LZMA SDK
// (LzmaSpec.cpp, public domain) step by step. Input is read in chunks and output streams into a sink through a
// circular dictionary window, so memory is bounded by the dictionary size, not the content size.
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import type { OutputSink } from './sink.js'

const PROB_INIT = 1024
const NUM_STATES = 12
const POS_BITS_MAX = 4
const END_POS_MODEL_INDEX = 14
const NUM_FULL_DISTANCES = 1 << (END_POS_MODEL_INDEX >> 1)
const NUM_LEN_TO_POS_STATES = 4
const MATCH_MIN_LEN = 2
/** Largest dictionary window allocated; larger declarations are refused as a resource limit. */
export const MAX_LZMA_DICT = 512 * 1024 * 1024
const REFILL_BELOW = 1024
const CHUNK = 1 << 20

export interface LzmaProps {
  lc: number
  lp: number
  pb: number
  dictSize: number
}

export function parsePropsByte(b: number, dictSize: number): LzmaProps {
  if (b >= 9 * 5 * 5) throw new ParseError(`invalid LZMA properties byte 0x${b.toString(16)}`)
  const lc = b % 9
  const rest = Math.floor(b / 9)
  return { lc, lp: rest % 5, pb: Math.floor(rest / 5), dictSize: Math.max(dictSize, 1 << 12) }
}

/** Header of a `.lzma` alone file: props, u32 dictionary size, u64 size (all ones = unknown, end marker). */
export function parseAloneHeader(h: Buffer): { props: LzmaProps; unpackSize: bigint | undefined } {
  if (h.length < 13) throw new ParseError('LZMA header truncated')
  const props = parsePropsByte(h[0]!, h.readUInt32LE(1))
  const size = h.readBigUInt64LE(5)
  return { props, unpackSize: size === 0xffffffffffffffffn ? undefined : size }
}

/** Whether 13 header bytes are a plausible LZMA alone header (used by detection, never throws). */
export function plausibleAloneHeader(h: Buffer): boolean {
  if (h.length < 13 || h[0]! >= 225) return false
  const dict = h.readUInt32LE(1)
  // xz-utils writes 2^n or 2^n + 2^(n-1); require that shape to keep random data from matching.
  let pow = false
  for (let n = 12; n <= 31 && !pow; n++) pow = dict === 2 ** n || dict === 2 ** n + 2 ** (n - 1)
  if (!pow) return false
  const size = h.readBigUInt64LE(5)
  return size === 0xffffffffffffffffn || size < 1n << 48n
}

class BitTree {
  readonly probs: Uint16Array
  constructor(readonly numBits: number) {
    this.probs = new Uint16Array(1 << numBits).fill(PROB_INIT)
  }
}

class LenDecoder {
  choice = new Uint16Array([PROB_INIT])
  choice2 = new Uint16Array([PROB_INIT])
  low: BitTree[] = []
  mid: BitTree[] = []
  high = new BitTree(8)
  constructor() {
    for (let i = 0; i < 1 << POS_BITS_MAX; i++) {
      this.low.push(new BitTree(3))
      this.mid.push(new BitTree(3))
    }
  }
}

/** Decodes raw LZMA data from `src` (starting at `start`) into `sink`. Returns when the stream ends. */
export async function decodeLzma(
  src: ByteSource,
  start: number,
  props: LzmaProps,
  unpackSize: bigint | undefined,
  sink: OutputSink,
  tick: () => void
): Promise<void> {
  const dec = new LzmaDecoder(src, start, props, unpackSize, sink)
  await dec.run(tick)
}

class LzmaDecoder {
  // input window
  private buf: Buffer = Buffer.alloc(0)
  private bufPos = 0
  private nextRead: number
  private inputEnded = false
  // range coder
  private range = 0xffffffff
  private code = 0
  // dictionary window
  private readonly win: Uint8Array
  private winPos = 0
  private flushed = 0
  private isFull = false
  private total = 0
  // model
  private readonly lc: number
  private readonly lp: number
  private readonly pb: number
  private readonly dictSize: number
  private readonly literal: Uint16Array
  private readonly posSlot: BitTree[] = []
  private readonly posDecoders = new Uint16Array(1 + NUM_FULL_DISTANCES - END_POS_MODEL_INDEX).fill(PROB_INIT)
  private readonly align = new BitTree(4)
  private readonly len = new LenDecoder()
  private readonly repLen = new LenDecoder()
  private readonly isMatch = new Uint16Array(NUM_STATES << POS_BITS_MAX).fill(PROB_INIT)
  private readonly isRep = new Uint16Array(NUM_STATES).fill(PROB_INIT)
  private readonly isRepG0 = new Uint16Array(NUM_STATES).fill(PROB_INIT)
  private readonly isRepG1 = new Uint16Array(NUM_STATES).fill(PROB_INIT)
  private readonly isRepG2 = new Uint16Array(NUM_STATES).fill(PROB_INIT)
  private readonly isRep0Long = new Uint16Array(NUM_STATES << POS_BITS_MAX).fill(PROB_INIT)

  constructor(
    private readonly src: ByteSource,
    start: number,
    props: LzmaProps,
    private readonly unpackSize: bigint | undefined,
    private readonly sink: OutputSink
  ) {
    this.nextRead = start
    this.lc = props.lc
    this.lp = props.lp
    this.pb = props.pb
    this.dictSize = props.dictSize
    if (props.lc + props.lp > 12) throw new ParseError('LZMA lc + lp too large')
    let winSize = props.dictSize
    if (unpackSize !== undefined && unpackSize < BigInt(winSize)) winSize = Math.max(1 << 12, Number(unpackSize))
    if (winSize > MAX_LZMA_DICT)
      throw new LimitExceeded('lzmaDictionary', `LZMA dictionary of ${props.dictSize} bytes is larger than supported`)
    this.win = new Uint8Array(winSize)
    this.literal = new Uint16Array(0x300 << (props.lc + props.lp)).fill(PROB_INIT)
    for (let i = 0; i < NUM_LEN_TO_POS_STATES; i++) this.posSlot.push(new BitTree(6))
  }

  private async refill(): Promise<void> {
    if (this.inputEnded) return
    const more = await this.src.read(this.nextRead, CHUNK)
    this.nextRead += more.length
    if (more.length < CHUNK) this.inputEnded = true
    const rest = this.buf.subarray(this.bufPos)
    this.buf = rest.length ? Buffer.concat([rest, more]) : Buffer.from(more)
    this.bufPos = 0
  }

  private byte(): number {
    if (this.bufPos >= this.buf.length) throw new ParseError('LZMA data truncated')
    return this.buf[this.bufPos++]!
  }

  private normalize(): void {
    if (this.range < 0x1000000) {
      this.range = (this.range << 8) >>> 0
      this.code = ((this.code << 8) | this.byte()) >>> 0
    }
  }

  private bit(probs: Uint16Array, i: number): number {
    const p = probs[i]!
    const bound = (this.range >>> 11) * p
    let b: number
    if (this.code < bound) {
      probs[i] = p + ((2048 - p) >>> 5)
      this.range = bound >>> 0
      b = 0
    } else {
      probs[i] = p - (p >>> 5)
      this.code = (this.code - bound) >>> 0
      this.range = (this.range - bound) >>> 0
      b = 1
    }
    this.normalize()
    return b
  }

  private direct(n: number): number {
    let res = 0
    for (; n > 0; n--) {
      this.range >>>= 1
      let b = 0
      if (this.code >= this.range) {
        this.code = (this.code - this.range) >>> 0
        b = 1
      }
      res = ((res << 1) | b) >>> 0
      this.normalize()
    }
    return res
  }

  private tree(t: BitTree): number {
    let m = 1
    for (let i = 0; i < t.numBits; i++) m = (m << 1) + this.bit(t.probs, m)
    return m - (1 << t.numBits)
  }

  private reverse(probs: Uint16Array, offset: number, numBits: number): number {
    let m = 1
    let sym = 0
    for (let i = 0; i < numBits; i++) {
      const b = this.bit(probs, offset + m)
      m = (m << 1) + b
      sym |= b << i
    }
    return sym
  }

  private decodeLen(d: LenDecoder, posState: number): number {
    if (this.bit(d.choice, 0) === 0) return this.tree(d.low[posState]!)
    if (this.bit(d.choice2, 0) === 0) return 8 + this.tree(d.mid[posState]!)
    return 16 + this.tree(d.high)
  }

  private decodeDistance(len: number): number {
    const lenState = Math.min(len, NUM_LEN_TO_POS_STATES - 1)
    const slot = this.tree(this.posSlot[lenState]!)
    if (slot < 4) return slot
    const numDirect = (slot >>> 1) - 1
    let dist = ((2 | (slot & 1)) << numDirect) >>> 0
    if (slot < END_POS_MODEL_INDEX) {
      dist = (dist + this.reverse(this.posDecoders, dist - slot, numDirect)) >>> 0
    } else {
      dist = (dist + ((this.direct(numDirect - 4) << 4) >>> 0)) >>> 0
      dist = (dist + this.reverse(this.align.probs, 0, 4)) >>> 0
    }
    return dist
  }

  private getByte(dist: number): number {
    const i = dist <= this.winPos ? this.winPos - dist : this.win.length - dist + this.winPos
    return this.win[i]!
  }

  private put(b: number): void {
    this.win[this.winPos++] = b
    this.total++
    if (this.winPos === this.win.length) {
      this.flush()
      this.winPos = 0
      this.flushed = 0
      this.isFull = true
    }
  }

  private flush(): void {
    if (this.winPos > this.flushed) this.sink.write(this.win.subarray(this.flushed, this.winPos))
    this.flushed = this.winPos
  }

  private remaining(): bigint | undefined {
    return this.unpackSize === undefined ? undefined : this.unpackSize - BigInt(this.total)
  }

  async run(tick: () => void): Promise<void> {
    await this.refill()
    if (this.byte() !== 0) throw new ParseError('LZMA range coder does not start with 0')
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.byte()) >>> 0
    if (this.code === this.range) throw new ParseError('LZMA range coder corrupted')
    let state = 0
    let rep0 = 0
    let rep1 = 0
    let rep2 = 0
    let rep3 = 0
    let steps = 0
    const pbMask = (1 << this.pb) - 1
    const lpMask = (1 << this.lp) - 1
    for (;;) {
      if (this.buf.length - this.bufPos < REFILL_BELOW && !this.inputEnded) await this.refill()
      if (++steps % 65536 === 0) {
        this.flush()
        tick()
      }
      const left = this.remaining()
      if (left === 0n && this.code === 0) break // known size reached, no end marker
      const posState = this.total & pbMask
      if (this.bit(this.isMatch, (state << POS_BITS_MAX) + posState) === 0) {
        if (left === 0n) throw new ParseError('LZMA data continues past the declared size')
        this.literal1(state, rep0, lpMask)
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6
        continue
      }
      let len: number
      if (this.bit(this.isRep, state) !== 0) {
        if (left === 0n) throw new ParseError('LZMA data continues past the declared size')
        if (this.total === 0) throw new ParseError('LZMA repeat match before any data')
        if (this.bit(this.isRepG0, state) === 0) {
          if (this.bit(this.isRep0Long, (state << POS_BITS_MAX) + posState) === 0) {
            state = state < 7 ? 9 : 11
            this.put(this.getByte(rep0 + 1))
            continue
          }
        } else {
          let dist: number
          if (this.bit(this.isRepG1, state) === 0) {
            dist = rep1
          } else {
            if (this.bit(this.isRepG2, state) === 0) {
              dist = rep2
            } else {
              dist = rep3
              rep3 = rep2
            }
            rep2 = rep1
          }
          rep1 = rep0
          rep0 = dist
        }
        len = this.decodeLen(this.repLen, posState)
        state = state < 7 ? 8 : 11
      } else {
        rep3 = rep2
        rep2 = rep1
        rep1 = rep0
        len = this.decodeLen(this.len, posState)
        state = state < 7 ? 7 : 10
        rep0 = this.decodeDistance(len)
        if (rep0 === 0xffffffff) {
          if (this.code !== 0) throw new ParseError('LZMA end marker with a corrupted range coder')
          break
        }
        if (left === 0n) throw new ParseError('LZMA data continues past the declared size')
        if (rep0 >= this.dictSize || (!this.isFull && rep0 >= this.winPos))
          throw new ParseError('LZMA match distance beyond the data decoded so far')
      }
      len += MATCH_MIN_LEN
      let cut = false
      if (left !== undefined && BigInt(len) > left) {
        len = Number(left)
        cut = true
      }
      for (let i = 0; i < len; i++) this.put(this.getByte(rep0 + 1))
      if (cut) throw new ParseError('LZMA match runs past the declared size')
    }
    this.flush()
    const left = this.remaining()
    if (left !== undefined && left !== 0n) throw new ParseError('LZMA data ends before the declared size')
  }

  private literal1(state: number, rep0: number, lpMask: number): void {
    const prev = this.total === 0 ? 0 : this.getByte(1)
    const litState = ((this.total & lpMask) << this.lc) + (prev >>> (8 - this.lc))
    const base = 0x300 * litState
    let symbol = 1
    if (state >= 7) {
      let match = this.getByte(rep0 + 1)
      do {
        const matchBit = (match >>> 7) & 1
        match <<= 1
        const b = this.bit(this.literal, base + ((1 + matchBit) << 8) + symbol)
        symbol = (symbol << 1) | b
        if (matchBit !== b) break
      } while (symbol < 0x100)
    }
    while (symbol < 0x100) symbol = (symbol << 1) | this.bit(this.literal, base + symbol)
    this.put(symbol - 0x100)
  }
}
