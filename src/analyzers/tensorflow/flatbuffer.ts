// Bounds-checked FlatBuffer reads over a ByteSource through a small page cache, so a multi-GiB .tflite is
// read at the offsets its tables name and never whole. Every offset is checked against the file before it is
// followed; a violation is a ParseError (the rest cannot be read), which the engine reports as not analysed.
import type { ByteSource } from '../../engine/source.js'
import { ParseError } from '../../engine/limits.js'

const PAGE = 1 << 16
const MAX_PAGES = 256

export class FbFile {
  private readonly pages = new Map<number, Buffer>()

  constructor(readonly src: ByteSource) {}

  get size(): number {
    return this.src.size
  }

  check(off: number, n: number, what: string): void {
    if (!Number.isSafeInteger(off) || off < 0 || n < 0 || off + n > this.src.size)
      throw new ParseError(`${what} at ${off} (+${n}) lies outside the file (${this.src.size} bytes)`, off)
  }

  private async page(i: number): Promise<Buffer> {
    let p = this.pages.get(i)
    if (p) {
      this.pages.delete(i) // LRU: re-insert at the end
      this.pages.set(i, p)
      return p
    }
    p = Buffer.from(await this.src.read(i * PAGE, PAGE))
    this.pages.set(i, p)
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!)
    return p
  }

  /** n bytes at off (n ≤ one page). */
  async bytes(off: number, n: number, what = 'field'): Promise<Buffer> {
    this.check(off, n, what)
    const i = Math.floor(off / PAGE)
    const o = off - i * PAGE
    const p = await this.page(i)
    if (o + n <= p.length) return p.subarray(o, o + n)
    if (n > PAGE) return Buffer.from(await this.src.read(off, n))
    return Buffer.concat([p.subarray(o), (await this.page(i + 1)).subarray(0, n - (p.length - o))])
  }

  async u8(off: number): Promise<number> {
    return (await this.bytes(off, 1))[0]!
  }
  async i8(off: number): Promise<number> {
    return (await this.bytes(off, 1)).readInt8(0)
  }
  async u16(off: number): Promise<number> {
    return (await this.bytes(off, 2)).readUInt16LE(0)
  }
  async i32(off: number): Promise<number> {
    return (await this.bytes(off, 4)).readInt32LE(0)
  }
  async u32(off: number): Promise<number> {
    return (await this.bytes(off, 4)).readUInt32LE(0)
  }
  async u64(off: number): Promise<bigint> {
    return (await this.bytes(off, 8)).readBigUInt64LE(0)
  }

  async table(pos: number, what: string): Promise<FbTable> {
    const soff = await this.i32(pos)
    const vt = pos - soff
    this.check(vt, 4, `vtable of ${what}`)
    const vtLen = await this.u16(vt)
    const objLen = await this.u16(vt + 2)
    if (vtLen < 4 || vtLen % 2 !== 0) throw new ParseError(`vtable of ${what} has an invalid size ${vtLen}`, vt)
    this.check(vt, vtLen, `vtable of ${what}`)
    this.check(pos, Math.max(objLen, 4), what)
    return new FbTable(this, pos, vt, vtLen, what)
  }
}

export interface FbVector {
  /** Offset of the first element. */
  start: number
  length: number
}

export class FbTable {
  constructor(
    readonly fb: FbFile,
    readonly pos: number,
    private readonly vt: number,
    private readonly vtLen: number,
    readonly what: string
  ) {}

  /** Absolute offset of field `slot`, or 0 when absent. */
  async field(slot: number): Promise<number> {
    const e = 4 + 2 * slot
    if (e + 2 > this.vtLen) return 0
    const o = await this.fb.u16(this.vt + e)
    return o === 0 ? 0 : this.pos + o
  }

  async u32(slot: number, dflt = 0): Promise<number> {
    const f = await this.field(slot)
    return f ? this.fb.u32(f) : dflt
  }
  async i32(slot: number, dflt = 0): Promise<number> {
    const f = await this.field(slot)
    return f ? this.fb.i32(f) : dflt
  }
  async i8(slot: number, dflt = 0): Promise<number> {
    const f = await this.field(slot)
    return f ? this.fb.i8(f) : dflt
  }
  async u64(slot: number, dflt = 0n): Promise<bigint> {
    const f = await this.field(slot)
    return f ? this.fb.u64(f) : dflt
  }

  /** Follows the uoffset stored in a reference field. */
  private async ref(slot: number): Promise<number> {
    const f = await this.field(slot)
    if (!f) return 0
    return f + (await this.fb.u32(f))
  }

  async table(slot: number, what: string): Promise<FbTable | undefined> {
    const p = await this.ref(slot)
    return p ? this.fb.table(p, what) : undefined
  }

  /** A vector of elements of `elemSize` bytes; the whole extent is checked against the file. */
  async vector(slot: number, elemSize: number, what: string): Promise<FbVector | undefined> {
    const p = await this.ref(slot)
    if (!p) return undefined
    const length = await this.fb.u32(p)
    this.fb.check(p + 4, length * elemSize, `vector ${what} of ${length} elements`)
    return { start: p + 4, length }
  }

  async string(slot: number, max: number, what: string): Promise<{ value: string; length: number } | undefined> {
    const v = await this.vector(slot, 1, what)
    if (!v) return undefined
    const n = Math.min(v.length, max)
    const b = n <= 1 << 16 ? await this.fb.bytes(v.start, n, what) : Buffer.from(await this.fb.src.read(v.start, n))
    return { value: b.toString('utf8'), length: v.length }
  }
}

/** Element i of a vector of tables. */
export async function tableAt(fb: FbFile, v: FbVector, i: number, what: string): Promise<FbTable> {
  const slot = v.start + 4 * i
  return fb.table(slot + (await fb.u32(slot)), what)
}
