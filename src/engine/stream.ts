// Sequential reader over a ByteSource with a bounded window, for stream formats (pickle, joblib, tar).
// `ensure(n)` is the only async step; the typed reads after it are synchronous so hot loops stay fast.
import { readInto, type ByteSource } from './source.js'

const DEFAULT_CHUNK = 1 << 20
/** Room before read-ahead data for the unread tail of the current window. */
const HEADROOM = 64 * 1024

export class StreamReader {
  private buf: Buffer = Buffer.alloc(0)
  /** Absolute offset of buf[0] in the source. */
  private bufStart: number
  /** Absolute read position. */
  pos: number
  /** The next chunk, being read while the current window is used (sequential reads of files only). */
  private ahead: { at: number; buf: Buffer; done: Promise<number> } | undefined

  constructor(
    readonly src: ByteSource,
    start = 0,
    private readonly chunk = DEFAULT_CHUNK
  ) {
    this.bufStart = start
    this.pos = start
  }

  get size(): number {
    return this.src.size
  }

  /** Bytes left in the source from the current position. */
  remaining(): number {
    return Math.max(0, this.src.size - this.pos)
  }

  /** The buffered window (valid from `windowStart`), for hot loops that index bytes directly between ensure() calls. */
  get window(): Buffer {
    return this.buf
  }
  /** Absolute offset of window[0]. */
  get windowStart(): number {
    return this.bufStart
  }

  /** Bytes of the window available from pos without I/O. */
  available(): number {
    // after a seek back before the window nothing is buffered
    return this.pos < this.bufStart ? 0 : this.bufStart + this.buf.length - this.pos
  }

  /** Makes `n` bytes available (n should be modest: it is held in memory). False when the source ends first. */
  async ensure(n: number): Promise<boolean> {
    if (this.available() >= n) return true
    const want = Math.max(n, this.chunk)
    const keepFrom = this.pos - this.bufStart
    const kept = keepFrom >= 0 && keepFrom < this.buf.length ? this.buf.length - keepFrom : 0
    const readFrom = this.pos + kept
    const sequential = readFrom === this.bufStart + this.buf.length
    const ahead = this.ahead
    this.ahead = undefined
    let next: Buffer | undefined
    if (ahead && ahead.at === readFrom && kept <= HEADROOM && want <= kept + this.chunk) {
      // the read-ahead of the next chunk: the kept tail goes into its headroom, no copy of the new bytes
      const got = await ahead.done
      if (got > 0 && kept + got >= Math.min(n, kept + (this.src.size - readFrom))) {
        if (kept) this.buf.copy(ahead.buf, HEADROOM - kept, keepFrom)
        next = ahead.buf.subarray(HEADROOM - kept, HEADROOM + got)
      }
    }
    if (!next) {
      // one new window per refill (views of the old one may still be held), filled in place: no second copy
      const total = Math.max(kept, Math.min(want, kept + Math.max(0, this.src.size - readFrom)))
      const buf = Buffer.allocUnsafe(total)
      if (kept) this.buf.copy(buf, 0, keepFrom)
      const got = total > kept ? await readInto(this.src, buf.subarray(kept), readFrom) : 0
      next = buf.subarray(0, kept + got)
    }
    this.buf = next
    this.bufStart = this.pos
    // reading front to back through a file: fetch the next chunk while the caller works on this one
    const end = this.bufStart + this.buf.length
    if (sequential && this.src.prefetchable && end < this.src.size) {
      const buf = Buffer.allocUnsafe(HEADROOM + Math.min(this.chunk, this.src.size - end))
      this.ahead = { at: end, buf, done: readInto(this.src, buf.subarray(HEADROOM), end).catch(() => -1) }
    }
    return this.buf.length >= n
  }

  private at(): number {
    return this.pos - this.bufStart
  }

  u8(): number {
    const v = this.buf[this.at()]!
    this.pos += 1
    return v
  }
  u16(): number {
    const v = this.buf.readUInt16LE(this.at())
    this.pos += 2
    return v
  }
  u32(): number {
    const v = this.buf.readUInt32LE(this.at())
    this.pos += 4
    return v
  }
  i32(): number {
    const v = this.buf.readInt32LE(this.at())
    this.pos += 4
    return v
  }
  u64(): bigint {
    const v = this.buf.readBigUInt64LE(this.at())
    this.pos += 8
    return v
  }
  f64be(): number {
    const v = this.buf.readDoubleBE(this.at())
    this.pos += 8
    return v
  }
  /** A view of the next n bytes (call ensure(n) first). */
  bytes(n: number): Buffer {
    const a = this.at()
    const v = this.buf.subarray(a, a + n)
    this.pos += n
    return v
  }
  peek(n: number): Buffer {
    const a = this.at()
    return this.buf.subarray(a, a + n)
  }
  /** Skips n bytes without reading them (may be far beyond the window). */
  skip(n: number): void {
    this.pos += n
  }
  seek(abs: number): void {
    this.pos = abs
  }

  /**
   * Reads up to and including '\n', at most maxLen bytes. Returns the line without '\n',
   * or null when no newline occurs within maxLen bytes or before the end.
   */
  async readLine(maxLen: number): Promise<Buffer | null> {
    let scanned = 0
    for (;;) {
      const avail = this.available()
      const a = this.at()
      const idx = this.buf.indexOf(0x0a, a + scanned)
      if (idx >= 0 && idx < a + avail && idx - a <= maxLen) {
        const line = this.buf.subarray(a, idx)
        this.pos += idx - a + 1
        return line
      }
      scanned = avail
      if (avail > maxLen || this.remaining() <= avail) return null
      await this.ensure(Math.min(avail + this.chunk, maxLen + 1))
    }
  }
}
