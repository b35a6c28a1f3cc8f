// Where decompressed bytes go: memory while small, a private temp file once large, so a multi-GiB member is
// never held in memory. Every byte is charged to the file's decompression budget as it arrives, and the sink
// refuses to grow past its cap (the bomb/declared-size bound chosen by the caller).
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BufferSource, FileSource, type ByteSource } from '../../engine/source.js'

/** Output larger than this goes to a temp file instead of memory. */
export const MEMORY_SPILL_BYTES = 64 * 1024 * 1024

/** Thrown by OutputSink.write when the caller's cap is reached; the bytes up to the cap are kept. */
export class OutputCapReached extends Error {
  constructor() {
    super('output cap reached')
    this.name = 'OutputCapReached'
  }
}

/** A decompressed source that must be released (temp files are deleted on dispose). */
export interface OwnedSource {
  src: ByteSource
  dispose(): Promise<void>
}

const liveTempDirs = new Set<string>()
let exitHookInstalled = false

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  // Safety net: a crash between spill and dispose must not leave decompressed model data in /tmp.
  process.on('exit', () => {
    for (const d of liveTempDirs) rmSync(d, { recursive: true, force: true })
  })
}

export class OutputSink {
  private chunks: Buffer[] = []
  private fd: number | undefined
  private dir: string | undefined
  size = 0
  /** True once a write was cut at the cap. */
  capped = false

  constructor(
    /** Maximum bytes kept. */
    readonly cap: number,
    /** Called with the length of every accepted chunk (charge the decompression budget; may throw). */
    private readonly onBytes: (n: number) => void
  ) {}

  /** Appends a chunk (copied). Throws OutputCapReached after keeping what fits. */
  write(chunk: Uint8Array): void {
    const room = this.cap - this.size
    if (chunk.length > room) {
      this.append(chunk.subarray(0, Math.max(0, room)))
      this.capped = true
      throw new OutputCapReached()
    }
    this.append(chunk)
  }

  private append(c: Uint8Array): void {
    if (c.length === 0) return
    this.onBytes(c.length)
    if (this.fd === undefined && this.size + c.length <= MEMORY_SPILL_BYTES) {
      this.chunks.push(Buffer.from(c))
    } else {
      if (this.fd === undefined) this.spill()
      let done = 0
      while (done < c.length) done += writeSync(this.fd!, c, done, c.length - done)
    }
    this.size += c.length
  }

  private spill(): void {
    installExitHook()
    this.dir = mkdtempSync(join(tmpdir(), 'modelgate-'))
    liveTempDirs.add(this.dir)
    this.fd = openSync(join(this.dir, 'member'), 'w', 0o600)
    for (const c of this.chunks) {
      let done = 0
      while (done < c.length) done += writeSync(this.fd, c, done, c.length - done)
    }
    this.chunks = []
  }

  /** The bytes written so far as a source. The sink must not be written after this. */
  async finish(): Promise<OwnedSource> {
    if (this.fd === undefined) {
      const buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks)
      this.chunks = []
      return { src: new BufferSource(buf), dispose: async () => {} }
    }
    closeSync(this.fd)
    this.fd = undefined
    const dir = this.dir!
    const file = await FileSource.open(join(dir, 'member'))
    return {
      src: file,
      dispose: async () => {
        await file.close().catch(() => {})
        rmSync(dir, { recursive: true, force: true })
        liveTempDirs.delete(dir)
      }
    }
  }

  /** Drops everything (on errors before finish). */
  discard(): void {
    this.chunks = []
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true })
      liveTempDirs.delete(this.dir)
    }
  }
}
