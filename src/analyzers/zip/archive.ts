// The random-access archive model that zip-based formats (PyTorch, TorchScript, .keras, .npz) build on.
import type { ByteSource } from '../../engine/source.js'
import type { AnalysisContext } from '../../engine/context.js'

export interface ArchiveEntry {
  /** Position in the central directory. */
  index: number
  /** Name from the central directory (what miniz/PyTorch and Python's zipfile use). */
  name: string
  compressedSize: number
  uncompressedSize: number
  /** 0 stored, 8 deflate, others unsupported. */
  method: number
  flags: number
  crc32: number
  localHeaderOffset: number
  /** Unix mode from external attributes says symlink. */
  isSymlink: boolean
  isDirectory: boolean
}

export interface Archive {
  /** Every central-directory entry, duplicates included, in directory order. */
  entries: ArchiveEntry[]
  /**
   * Content of an entry, read as PyTorch would (central directory sizes, CRC and flag bits ignored).
   * Stored entries are windows on the file; deflated ones are inflated within the file's limits.
   * Throws ParseError / LimitExceeded.
   */
  open(entry: ArchiveEntry, ctx: AnalysisContext): Promise<ByteSource>
  /** First entry with this exact name (miniz-like lookup), if any. */
  find(name: string): ArchiveEntry | undefined
  /** Frees a decoded member (temp file or memory) once analysed; a later open decodes it again. Optional. */
  release?(entry: ArchiveEntry): Promise<void>
  /** Reports a CRC-32 mismatch of an analysed member (PyTorch ignores CRCs, Python's zipfile refuses). Optional. */
  verifyCrc?(entry: ArchiveEntry, ctx: AnalysisContext): Promise<void>
  /** The finding `member` path of an entry (`inner.zip!/archive/data.pkl`). Optional. */
  memberPath?(entry: ArchiveEntry): string
}

/**
 * A zip-based model format. The zip analyzer picks the first profile whose `match` accepts the entry list,
 * sets the file format, and lets the profile analyse it. A profile must still dispatch every member by
 * content (ctx.analyzeMember) so that nothing is skipped because of its name.
 */
export interface ArchiveProfile {
  id: 'pytorch-zip' | 'torchscript' | 'keras' | 'npz'
  match(archive: Archive): boolean
  analyze(archive: Archive, ctx: AnalysisContext): Promise<void>
  /**
   * Members the format legitimately holds as code (TorchScript `code/**.py`), which its own rules examine;
   * the zip layer does not report them as scripts (CTR-009). Optional.
   */
  expectsCode?(entry: ArchiveEntry): boolean
}
