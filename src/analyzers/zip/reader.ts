// The Archive implementation over a parsed zip: opens members the way PyTorch (miniz) does — central directory
// sizes and offsets, CRC and flag bits ignored — while reporting every place where another reader would see
// something else. Stored members are windows on the file; compressed ones are decoded within the file's limits.
import { crc32 as nodeCrc32 } from 'node:zlib'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import { ParseError } from '../../engine/limits.js'
import type { AnalysisContext } from '../../engine/context.js'
import { recognise } from '../../engine/dispatch.js'
import { bombCap, decode, type Codec } from '../compressed/codecs.js'
import type { OwnedSource } from '../compressed/sink.js'
import type { Archive, ArchiveEntry } from './archive.js'
import type { ZipEntry, ZipStructure } from './structure.js'

/** Thrown by open() for a member that cannot be read; the reason is already reported on that member. */
export class MemberUnreadable extends ParseError {}

/** Members up to this size get their CRC checked (bigger stored members are tensor data; never read whole). */
export const CRC_CHECK_MAX = 64 * 1024 * 1024
/** General-purpose flag bits for encryption (0x1), patched data (0x20) and strong encryption (0x40). */
export const FLAG_HIDING_BITS = 0x61

const CODECS: Record<number, Codec> = { 8: 'deflate-raw', 12: 'bzip2', 14: 'lzma-zip' }
const METHOD_NAMES: Record<number, string> = {
  9: 'deflate64',
  6: 'implode',
  93: 'zstd',
  95: 'xz',
  98: 'ppmd',
  99: 'AES'
}

function crcTableCompute(): (data: Uint8Array, prev: number) => number {
  if (typeof nodeCrc32 === 'function') return (d, prev) => nodeCrc32(d, prev)
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return (d, prev) => {
    let c = ~prev >>> 0
    for (let i = 0; i < d.length; i++) c = table[(c ^ d[i]!) & 0xff]! ^ (c >>> 8)
    return ~c >>> 0
  }
}
const crcUpdate = crcTableCompute()

async function crcOf(src: ByteSource, ctx: AnalysisContext): Promise<number> {
  let crc = 0
  for (let pos = 0; pos < src.size;) {
    const b = await src.read(pos, 1 << 20)
    if (b.length === 0) break
    crc = crcUpdate(b, crc)
    pos += b.length
    ctx.checkDeadline()
  }
  return crc >>> 0
}

/** Plain text (a protocol-0 pickle, a script) — readable even though no binary format recognises it. */
function mostlyText(b: Buffer): boolean {
  if (b.length === 0) return true
  let ok = 0
  for (const c of b) if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) ok++
  return ok / b.length >= 0.9
}

interface Opened {
  src: ByteSource
  owned?: OwnedSource
  /** False when decompression stopped early (the CRC cannot be checked then). */
  complete?: boolean
}

export class ZipArchive implements Archive {
  readonly entries: ZipEntry[]
  private readonly opened = new Map<number, Promise<Opened>>()

  constructor(
    readonly src: ByteSource,
    readonly structure: ZipStructure,
    /** The context of the archive itself: member findings are reported on its children. */
    readonly ctx: AnalysisContext
  ) {
    this.entries = structure.entries
  }

  memberPath(entry: ArchiveEntry): string {
    return this.ctx.childPath(entry.name, true)
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name)
  }

  private report(entry: ArchiveEntry, rule: string, message: string, evidence?: string): void {
    this.ctx.report(rule, message, { member: this.memberPath(entry), ...(evidence ? { evidence } : {}) })
  }

  open(entry: ArchiveEntry, ctx: AnalysisContext = this.ctx): Promise<ByteSource> {
    let p = this.opened.get(entry.index)
    if (!p) {
      p = this.load(this.entries[entry.index] ?? (entry as ZipEntry), ctx)
      this.opened.set(entry.index, p)
      p.catch(() => this.opened.delete(entry.index))
    }
    return p.then((r) => r.src)
  }

  /** Frees the decoded copy of a member (temp file or memory). Later opens decode again. */
  async release(entry: ArchiveEntry): Promise<void> {
    const p = this.opened.get(entry.index)
    this.opened.delete(entry.index)
    const r = await p?.catch(() => undefined)
    await r?.owned?.dispose()
  }

  async dispose(): Promise<void> {
    for (const e of [...this.opened.keys()]) await this.release(this.entries[e]!)
  }

  private async load(e: ZipEntry, ctx: AnalysisContext): Promise<Opened> {
    if (e.unreadable !== undefined || e.dataOffset === undefined) {
      this.report(e, 'GEN-003', `Not analysed: ${e.unreadable ?? 'member data cannot be located'}`)
      throw new MemberUnreadable(`member ${e.name}: ${e.unreadable}`)
    }
    const raw = new SliceSource(this.src, e.dataOffset, e.compressedSize)
    const hiding = e.flags & FLAG_HIDING_BITS
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize)
        this.report(
          e,
          'CTR-003',
          `Stored member declares ${e.uncompressedSize} bytes but holds ${e.compressedSize}`,
          'stored-size'
        )
      if (hiding) await this.checkHiding(e, raw)
      return { src: raw }
    }
    const codec = CODECS[e.method]
    if (!codec) {
      const m = METHOD_NAMES[e.method] ?? `method ${e.method}`
      this.report(
        e,
        'CTR-005',
        `Not analysed: compression ${m} is not supported (PyTorch cannot read it either)`,
        `method:${e.method}`
      )
      throw new MemberUnreadable(`member ${e.name}: unsupported ${m}`)
    }
    const ratioCap = bombCap(e.compressedSize, ctx.limits)
    const cap = Math.min(e.uncompressedSize + 1, ratioCap)
    const res = await decode(codec, raw, ctx, { cap, zipLzmaSize: e.flags & 2 ? undefined : e.uncompressedSize })
    let src: ByteSource = res.out.src
    try {
      if (hiding) await this.checkHiding(e, src)
      const size = src.size
      if (res.capped && cap === e.uncompressedSize + 1 && size === cap) {
        this.report(
          e,
          'CTR-003',
          `Compressed data expands past the declared ${e.uncompressedSize} bytes; PyTorch stops at the declared size`,
          'size'
        )
        src = new SliceSource(src, 0, e.uncompressedSize)
      } else if (res.capped) {
        this.report(
          e,
          'CTR-008',
          `Member expands beyond ${size} bytes from ${e.compressedSize} compressed (ratio over ${Math.floor(size / Math.max(1, e.compressedSize))}:1); decompression stopped`,
          `${e.compressedSize}->${size}+`
        )
        this.report(e, 'GEN-007', `Not analysed: member content past the first ${size} decompressed bytes`)
      } else if (res.error !== undefined) {
        this.report(e, 'GEN-003', `Not analysed past ${size} decompressed bytes: ${res.error}`)
      } else if (size !== e.uncompressedSize) {
        this.report(
          e,
          'CTR-003',
          `Member decompresses to ${size} bytes but the central directory declares ${e.uncompressedSize}`,
          'size'
        )
      }
      return { src, owned: res.out, complete: res.complete }
    } catch (err) {
      await res.out.dispose()
      throw err
    }
  }

  /** C3: encryption/patch flag bits on data that is plainly readable (PyTorch ignores the bits and loads it). */
  private async checkHiding(e: ZipEntry, content: ByteSource): Promise<void> {
    const bits = `0x${(e.flags & FLAG_HIDING_BITS).toString(16)}`
    const head = Buffer.from(await content.read(0, 4096))
    const readable =
      content.size > 0 && ((await recognise(content, e.name.split('/').pop() ?? e.name)).length > 0 || mostlyText(head))
    if (!readable) {
      this.report(e, 'CTR-005', `Not analysed: member is encrypted (flag bits ${bits})`, `flags:${bits}`)
      throw new MemberUnreadable(`member ${e.name} is encrypted`)
    }
    this.report(
      e,
      'CTR-003',
      `Flag bits ${bits} mark the member as encrypted/patched, but its data is plain; PyTorch ignores the bits and loads it while other readers skip it`,
      `flags:${bits}`
    )
  }

  /**
   * C2: compares the member's CRC-32 with the directory. Called for members whose content is analysed (tensor
   * records are never read for this); members over CRC_CHECK_MAX are skipped.
   */
  async verifyCrc(entry: ArchiveEntry, ctx: AnalysisContext = this.ctx): Promise<void> {
    const e = this.entries[entry.index] ?? (entry as ZipEntry)
    const wasOpen = this.opened.has(e.index)
    try {
      await this.open(e, ctx)
    } catch {
      return
    }
    try {
      const opened = await this.opened.get(e.index)!
      if (opened.complete !== false && opened.src.size <= CRC_CHECK_MAX) await this.compareCrc(e, opened.src, ctx)
    } finally {
      if (!wasOpen) await this.release(e)
    }
  }

  private async compareCrc(e: ZipEntry, content: ByteSource, ctx: AnalysisContext): Promise<void> {
    const crc = await crcOf(content, ctx)
    if (crc !== e.crc32)
      this.report(
        e,
        'CTR-003',
        `CRC-32 mismatch (data ${crc.toString(16)}, directory ${e.crc32.toString(16)}): Python's zipfile refuses this member, PyTorch ignores CRCs and loads it`,
        'crc'
      )
  }
}
