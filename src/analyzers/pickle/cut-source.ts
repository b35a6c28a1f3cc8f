// A view of a source with one byte range removed. The C unpickler reading a file without peek() drops the rest
// of a FRAME when an argument straddles its end and reads the argument from after the frame; analysing the
// stream with [straddle point, frame end) cut out is exactly what that loader executes.
import type { ByteSource } from '../../engine/source.js'

export class CutSource implements ByteSource {
  readonly size: number
  constructor(
    private readonly parent: ByteSource,
    /** First removed byte. */
    readonly cut: number,
    /** First byte after the removed range. */
    readonly resume: number
  ) {
    this.size = parent.size - (resume - cut)
  }

  /** Offset in the parent of virtual offset `o`. */
  toParent(o: number): number {
    return o < this.cut ? o : o + (this.resume - this.cut)
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const o = Math.max(0, Math.min(offset, this.size))
    const len = Math.max(0, Math.min(length, this.size - o))
    if (o + len <= this.cut) return this.parent.read(o, len)
    if (o >= this.cut) return this.parent.read(o + this.resume - this.cut, len)
    const a = Buffer.from(await this.parent.read(o, this.cut - o))
    const b = await this.parent.read(this.resume, len - a.length)
    return Buffer.concat([a, b])
  }
}
