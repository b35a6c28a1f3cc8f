// Streaming statistics over one float tensor's bytes (§13.2 of the format rules): low-byte histogram, per-bit
// ratios, upcast provenance (bf16/fp16 low bits), value moments, and bit streams extracted for carving.
import type { DType } from './tensor.js'

/** Bytes of each extracted stream kept for carving: payloads are written from the start of a tensor. */
export const STREAM_PREFIX = 64 * 1024

export class FloatStats {
  n = 0
  readonly lowByte = new Float64Array(256)
  /** Elements whose low 16 bits (bf16 upcast) / low 13 bits (fp16 upcast) are not zero (f32 only). */
  nonzeroLow16 = 0
  nonzeroLow13 = 0
  firstNonzeroLow16 = -1
  lastNonzeroLow16 = -1
  nan = 0
  inf = 0
  sum = 0
  sum2 = 0
  sum3 = 0
  sum4 = 0
  maxAbs = 0
  private readonly distinct = new Set<number>()
  /** k-LSB streams, MSB-first packing, for k = 1, 2, 4, 8, and bytes 0–2 of each element (EvilModel layout). */
  readonly streams = new Map<string, { buf: Buffer; len: number; acc: number; accBits: number }>()

  constructor(readonly dtype: DType) {
    for (const k of [1, 2, 4, 8])
      this.streams.set(`${k}`, { buf: Buffer.alloc(STREAM_PREFIX), len: 0, acc: 0, accBits: 0 })
    if (dtype === 'f32') this.streams.set('low3', { buf: Buffer.alloc(STREAM_PREFIX), len: 0, acc: 0, accBits: 0 })
  }

  get distinctValues(): number {
    return this.distinct.size
  }

  /** Appends the low `bits` bits of each element's low byte to stream `key` until its prefix is full. */
  private extract(key: string, lows: Uint8Array, count: number, bits: number): void {
    const s = this.streams.get(key)!
    const mask = (1 << bits) - 1
    const buf = s.buf
    let { acc, accBits, len } = s
    for (let i = 0; i < count && len < STREAM_PREFIX; i++) {
      acc = ((acc << bits) | (lows[i]! & mask)) & 0xffff
      accBits += bits
      if (accBits >= 8) {
        accBits -= 8
        buf[len++] = (acc >> accBits) & 0xff
      }
    }
    s.acc = acc
    s.accBits = accBits
    s.len = len
  }

  /** Adds whole elements (chunk length must be a multiple of the element size). */
  add(chunk: Buffer, elementIndex: number): void {
    const size = this.dtype === 'f64' ? 8 : this.dtype === 'f32' ? 4 : 2
    const count = Math.floor(chunk.length / size)
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    // low bytes are only needed while some extracted stream is still filling (1 bit per element at most)
    const filling = [...this.streams.values()].some((st) => st.len < STREAM_PREFIX)
    const lows = new Uint8Array(filling ? Math.min(count, STREAM_PREFIX * 8) : 0)
    const low3 = this.streams.get('low3')
    const hist = this.lowByte
    const f32 = this.dtype === 'f32'
    const bf = this.dtype === 'bf16'
    let sum = 0
    let sum2 = 0
    let sum3 = 0
    let sum4 = 0
    let maxAbs = this.maxAbs
    if (f32 && chunk.byteOffset % 4 === 0) {
      // Fast path: typed views over aligned float32 data, integer and float passes kept apart (each loop stays
      // monomorphic and tight: this runs over every examined weight).
      const fv = new Float32Array(chunk.buffer, chunk.byteOffset, count)
      const uv = new Uint32Array(chunk.buffer, chunk.byteOffset, count)
      const counts = new Uint32Array(256)
      let nz16 = 0
      let nz13 = 0
      let nan = 0
      let inf = 0
      let first = -1
      let last = -1
      // integer pass: low-byte histogram, upcast provenance, non-finite values and the largest magnitude (for
      // finite float32, |v| orders like its bits without the sign)
      let maxBits = 0
      for (let e = 0; e < count; e++) {
        const u = uv[e]!
        counts[u & 0xff]!++
        if (u & 0xffff) {
          nz16++
          if (first < 0) first = e
          last = e
        }
        if (u & 0x1fff) nz13++
        const mag = u & 0x7fffffff
        if (mag >= 0x7f800000) {
          if (mag > 0x7f800000) nan++
          else inf++
        } else if (mag > maxBits) maxBits = mag
      }
      for (let e = 0; e < lows.length; e++) lows[e] = uv[e]! & 0xff
      for (let b = 0; b < 256; b++) hist[b]! += counts[b]!
      const distinct = this.distinct
      for (let e = 0; e < count && distinct.size <= 4096; e++) distinct.add(uv[e]!)
      if (maxBits > 0) {
        magnitude[0] = maxBits
        if (magnitudeF[0]! > maxAbs) maxAbs = magnitudeF[0]!
      }
      // float pass: moments of the finite values, without a branch when the chunk has none other
      if (nan + inf === 0)
        for (let e = 0; e < count; e++) {
          const v = fv[e]!
          const v2 = v * v
          sum += v
          sum2 += v2
          sum3 += v2 * v
          sum4 += v2 * v2
        }
      else
        for (let e = 0; e < count; e++) {
          const v = fv[e]!
          if (v - v !== 0) continue // NaN or ±Infinity
          const v2 = v * v
          sum += v
          sum2 += v2
          sum3 += v2 * v
          sum4 += v2 * v2
        }
      if (first >= 0) {
        if (this.firstNonzeroLow16 < 0) this.firstNonzeroLow16 = elementIndex + first
        this.lastNonzeroLow16 = elementIndex + last
      }
      this.nonzeroLow16 += nz16
      this.nonzeroLow13 += nz13
      this.nan += nan
      this.inf += inf
    } else
      for (let e = 0, o = 0; e < count; e++, o += size) {
        const lb = chunk[o]!
        if (e < lows.length) lows[e] = lb
        hist[lb]!++
        let v: number
        if (f32) {
          const b1 = chunk[o + 1]!
          if (lb | b1) {
            this.nonzeroLow16++
            if (this.firstNonzeroLow16 < 0) this.firstNonzeroLow16 = elementIndex + e
            this.lastNonzeroLow16 = elementIndex + e
          }
          if (lb | (b1 & 0x1f)) this.nonzeroLow13++
          v = view.getFloat32(o, true)
          if (this.distinct.size <= 4096) this.distinct.add(view.getUint32(o, true))
        } else if (this.dtype === 'f64') {
          v = view.getFloat64(o, true)
          if (this.distinct.size <= 4096) this.distinct.add(v)
        } else {
          const bits = view.getUint16(o, true)
          v = bf ? bf16(bits) : f16(bits)
          if (this.distinct.size <= 4096) this.distinct.add(bits)
        }
        if (v !== v) this.nan++
        else if (v === Infinity || v === -Infinity) this.inf++
        else {
          const a = v < 0 ? -v : v
          if (a > maxAbs) maxAbs = a
          const v2 = v * v
          sum += v
          sum2 += v2
          sum3 += v2 * v
          sum4 += v2 * v2
        }
      }
    this.sum += sum
    this.sum2 += sum2
    this.sum3 += sum3
    this.sum4 += sum4
    this.maxAbs = maxAbs
    this.n += count
    this.extract('1', lows, lows.length, 1)
    this.extract('2', lows, lows.length, 2)
    this.extract('4', lows, lows.length, 4)
    this.extract('8', lows, lows.length, 8)
    if (low3 && f32)
      for (let e = 0, o = 0; e < count && low3.len + 3 <= STREAM_PREFIX; e++, o += 4) {
        low3.buf[low3.len++] = chunk[o]!
        low3.buf[low3.len++] = chunk[o + 1]!
        low3.buf[low3.len++] = chunk[o + 2]!
      }
  }

  /** Ones ratio of each of the 8 low bits. */
  bitRatios(): number[] {
    const ones = new Array<number>(8).fill(0)
    for (let v = 0; v < 256; v++) {
      const c = this.lowByte[v]!
      if (c) for (let b = 0; b < 8; b++) if (v & (1 << b)) ones[b]! += c
    }
    return ones.map((x) => x / this.n)
  }

  lowByteEntropy(): number {
    let h = 0
    for (const c of this.lowByte) if (c) h -= (c / this.n) * Math.log2(c / this.n)
    return h
  }

  lowByteChi2(): number {
    const e = this.n / 256
    let x = 0
    for (const c of this.lowByte) x += ((c - e) * (c - e)) / e
    return x
  }

  /** Largest |ones ratio − 0.5| over the 8 low bits, and which bit. */
  worstBitBias(): { bit: number; ratio: number } {
    const r = this.bitRatios()
    let bit = 0
    for (let b = 1; b < 8; b++) if (Math.abs(r[b]! - 0.5) > Math.abs(r[bit]! - 0.5)) bit = b
    return { bit, ratio: r[bit]! }
  }

  /**
   * Structure of the low-byte histogram that is not a repetition of its lowest log2(period) bits, as χ² excess over
   * its degrees of freedom per value. A value grid (few random bits, float arithmetic with a constant) leaves a
   * pattern in the lowest bits that repeats across the higher bits of the byte; a whole-byte payload does not.
   */
  aperiodicExcess(period = 64): number {
    const h = this.lowByte
    const fold = new Float64Array(period)
    for (let v = 0; v < 256; v++) fold[v % period]! += h[v]! / (256 / period)
    const expected = Array.from({ length: 256 }, (_, v) => fold[v % period]!)
    return chi2Excess(Array.from(h), expected, 256 - period, this.n)
  }

  /**
   * How far the k-bit symbols packed in stream `k` (k = 1, 2, 4) are from independent draws of one distribution,
   * as χ² excess per stream byte. Random and trained values are independent from element to element whatever
   * their low-bit distribution; a payload written in order is not (text, executables, encodings).
   */
  sequenceExcess(k: 1 | 2 | 4): number {
    const bytes = this.stream(`${k}`)
    const n = bytes.length
    if (n === 0) return 0
    const per = 8 / k
    const mask = (1 << k) - 1
    const counts = new Float64Array(256)
    for (let i = 0; i < n; i++) counts[bytes[i]!]!++
    const sym = new Float64Array(1 << k)
    for (let b = 0; b < 256; b++) if (counts[b]) for (let j = 0; j < per; j++) sym[(b >> (j * k)) & mask]! += counts[b]!
    const expected = Array.from({ length: 256 }, (_, b) => {
      let e = n
      for (let j = 0; j < per; j++) e *= sym[(b >> (j * k)) & mask]! / (n * per)
      return e
    })
    return chi2Excess(Array.from(counts), expected, 255 - mask, n)
  }

  moments(): { mean: number; std: number; kurtosis: number } {
    const m = this.n - this.nan - this.inf
    if (m === 0) return { mean: NaN, std: NaN, kurtosis: NaN }
    const mean = this.sum / m
    const var_ = Math.max(0, this.sum2 / m - mean * mean)
    const m4 = this.sum4 / m - 4 * mean * (this.sum3 / m) + 6 * mean * mean * (this.sum2 / m) - 3 * mean ** 4
    return { mean, std: Math.sqrt(var_), kurtosis: var_ > 0 ? m4 / (var_ * var_) - 3 : 0 }
  }

  stream(key: string): Buffer {
    const s = this.streams.get(key)!
    return s.buf.subarray(0, s.len)
  }
}

/** χ² of observed against expected counts (cells expected under 5 pooled into one), minus dof, per sample. */
function chi2Excess(observed: number[], expected: number[], dof: number, n: number): number {
  let x = 0
  let rareObs = 0
  let rareExp = 0
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i]!
    if (e < 5) {
      rareObs += observed[i]!
      rareExp += e
    } else x += (observed[i]! - e) ** 2 / e
  }
  if (rareExp > 0) x += (rareObs - rareExp) ** 2 / Math.max(rareExp, 5)
  return n > 0 ? Math.max(0, x - dof) / n : 0
}

function f16(h: number): number {
  const s = h & 0x8000 ? -1 : 1
  const e = (h >> 10) & 0x1f
  const f = h & 0x3ff
  if (e === 0) return s * 2 ** -14 * (f / 1024)
  if (e === 31) return f ? NaN : s * Infinity
  return s * 2 ** (e - 15) * (1 + f / 1024)
}

const bfBuf = new DataView(new ArrayBuffer(4))
/** Reinterprets float32 bits (the largest magnitude found by the integer pass). */
const magnitude = new Uint32Array(1)
const magnitudeF = new Float32Array(magnitude.buffer)
function bf16(h: number): number {
  bfBuf.setUint32(0, h << 16)
  return bfBuf.getFloat32(0)
}
