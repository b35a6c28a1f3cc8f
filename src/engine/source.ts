// Random-access byte sources. Analyzers read through these and nothing else, so that a 40 GiB checkpoint is
// never held in memory and archive members are analysed in place (slices) without copies.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/**
 * Read-only, and never through a symbolic link at the last component: discovery reports links instead of
 * following them, and this closes the gap between that check and the open.
 */
export const READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

export interface ByteSource {
  /** Total length in bytes. */
  readonly size: number
  /**
   * Reads up to `length` bytes at `offset`; the result is shorter only at the end of the source.
   * The returned buffer may be a view: copy it if you keep it past the next read.
   */
  read(offset: number, length: number): Promise<Buffer>
  /** Optional: reads into `target` at `offset` without an intermediate buffer; returns the bytes read. */
  readInto?(target: Uint8Array, offset: number): Promise<number>
  /** True when reading ahead is cheap and free of side effects (file bytes; not lazily decompressed data). */
  readonly prefetchable?: boolean
}

/** Fills `target` from `offset` (shorter only at the end of the source); returns the bytes read. */
export async function readInto(src: ByteSource, target: Uint8Array, offset: number): Promise<number> {
  if (src.readInto) return src.readInto(target, offset)
  const got = await src.read(offset, target.length)
  target.set(got)
  return got.length
}

export class BufferSource implements ByteSource {
  constructor(private readonly buf: Uint8Array) {}
  get size(): number {
    return this.buf.length
  }
  async read(offset: number, length: number): Promise<Buffer> {
    return this.readSync(offset, length)
  }
  readSync(offset: number, length: number): Buffer {
    const start = Math.max(0, Math.min(offset, this.buf.length))
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.buf.length))
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + start, end - start)
  }
}

/** A window onto another source: archive members that are stored uncompressed, nested byte strings. */
export class SliceSource implements ByteSource {
  readonly size: number
  readonly prefetchable: boolean
  constructor(
    private readonly parent: ByteSource,
    private readonly start: number,
    length: number
  ) {
    this.size = Math.max(0, Math.min(length, parent.size - start))
    this.prefetchable = parent.prefetchable === true
  }
  read(offset: number, length: number): Promise<Buffer> {
    const o = Math.max(0, Math.min(offset, this.size))
    const len = Math.max(0, Math.min(length, this.size - o))
    return this.parent.read(this.start + o, len)
  }
  readInto(target: Uint8Array, offset: number): Promise<number> {
    const o = Math.max(0, Math.min(offset, this.size))
    const len = Math.max(0, Math.min(target.length, this.size - o))
    return readInto(this.parent, target.subarray(0, len), this.start + o)
  }
}

/** Files up to this size are read whole when opened: one read instead of one per header, window and hash pass. */
const WHOLE_FILE_MAX = 256 * 1024

export class FileSource implements ByteSource {
  readonly prefetchable = true
  private constructor(
    private readonly fh: FileHandle | undefined,
    readonly size: number,
    /** The file on disk, for libraries that read files themselves (the HDF5 library). */
    readonly path: string,
    /** The whole file, when it is small (no handle is kept open then). */
    private readonly whole?: Buffer,
    /** Which file this is (device, inode, size, times): matches a hash started before it was opened (prehash). */
    readonly stamp?: string
  ) {}

  static async open(path: string): Promise<FileSource> {
    // Small files are read whole with blocking calls (microseconds each): a pull request of a thousand small
    // files would otherwise spend more time hopping through the I/O thread pool than being analysed.
    // O_NONBLOCK: opening a FIFO (or a device) must not wait for a writer; only regular files are read at all
    const fd = openSync(path, READ_NOFOLLOW | (constants.O_NONBLOCK ?? 0))
    try {
      const st = fstatSync(fd)
      if (!st.isFile()) throw new Error(`${path} is not a regular file`)
      if (st.size <= WHOLE_FILE_MAX) {
        const whole = Buffer.allocUnsafe(st.size)
        let got = 0
        while (got < whole.length) {
          const n = readSync(fd, whole, got, whole.length - got, got)
          if (n === 0) break
          got += n
        }
        return new FileSource(undefined, st.size, path, whole.subarray(0, got))
      }
    } finally {
      closeSync(fd)
    }
    const fh = await open(path, READ_NOFOLLOW)
    try {
      const st = await fh.stat()
      return new FileSource(fh, st.size, path, undefined, fileStamp(st))
    } catch (e) {
      await fh.close()
      throw e
    }
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const o = Math.max(0, Math.min(offset, this.size))
    const len = Math.max(0, Math.min(length, this.size - o))
    if (this.whole) return this.wholeSlice(o, len)
    const buf = Buffer.allocUnsafe(len)
    const got = await this.readInto(buf, o)
    return got === len ? buf : buf.subarray(0, got)
  }

  async readInto(target: Uint8Array, offset: number): Promise<number> {
    const o = Math.max(0, Math.min(offset, this.size))
    const len = Math.max(0, Math.min(target.length, this.size - o))
    if (this.whole) {
      const part = this.wholeSlice(o, len)
      target.set(part)
      return part.length
    }
    let got = 0
    while (got < len) {
      const { bytesRead } = await this.fh!.read(target, got, len - got, o + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    return got
  }

  async close(): Promise<void> {
    await this.fh?.close()
  }

  /** `len` bytes at `o` of a file read whole (shorter when the file shrank after it was sized). */
  private wholeSlice(o: number, len: number): Buffer {
    const w = this.whole!
    return w.subarray(Math.min(o, w.length), Math.min(o + len, w.length))
  }
}

/** Reads a whole (small) source into memory. Callers must check `size` against a limit first. */
export async function readAll(src: ByteSource): Promise<Buffer> {
  return Buffer.from(await src.read(0, src.size))
}

/** Identity of a file's content as far as metadata tells: a replaced or rewritten file gets another stamp. */
export function fileStamp(st: { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`
}
