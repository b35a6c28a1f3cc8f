// Zip structure parser: end records (plain and ZIP64), central directory, local headers. Pure byte parsing that
// keeps every anomaly it meets, because the anomalies (two end records, a local header that names another file,
// flag bits nobody honours) are how archives show one thing to scanners and another to PyTorch.
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError, type Limits } from '../../engine/limits.js'
import type { ArchiveEntry } from './archive.js'

export const SIG_LOCAL = 0x04034b50
export const SIG_CENTRAL = 0x02014b50
export const SIG_EOCD = 0x06054b50
export const SIG_EOCD64 = 0x06064b50
export const SIG_LOCATOR64 = 0x07064b50

const EOCD_LEN = 22
const MAX_COMMENT = 0xffff
/** How far from the end an end record can start (its comment is at most 64 KiB). */
export const END_SEARCH = EOCD_LEN + MAX_COMMENT
const LOCATOR_LEN = 20
const EOCD64_LEN = 56

/** A problem found in the structure, reported by the zip analyzer. */
export interface Anomaly {
  rule: 'CTR-002' | 'CTR-003' | 'CTR-004' | 'CTR-006' | 'CTR-008'
  message: string
  /** Entry name the anomaly belongs to (reported on that member), if any. */
  entry?: string
  evidence?: string
  offset?: number
}

export interface ZipEntry extends ArchiveEntry {
  /** Raw name bytes from the central directory (NUL and control bytes survive here). */
  rawName: Buffer
  versionMadeBy: number
  externalAttrs: number
  /** Absolute offset of the local header in the source (central offset + prepended-data shift). */
  localAbs: number
  /** Absolute offset of the member data, from the local header (undefined when the local header is unusable). */
  dataOffset?: number
  /** Why the data cannot be located, when dataOffset is undefined. */
  unreadable?: string
}

export interface EndRecord {
  /** Absolute offset of the (plain) end record. */
  offset: number
  entries: number
  cdSize: number
  cdOffset: number
  commentLength: number
  zip64?: { offset: number }
}

export interface ZipStructure {
  entries: ZipEntry[]
  end: EndRecord
  /** Bytes of data found before the archive proper (offsets in the directory are shifted by this much). */
  shift: number
  anomalies: Anomaly[]
}

function u64(b: Buffer, at: number): number {
  const v = b.readBigUInt64LE(at)
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ParseError('ZIP64 value beyond 2^53', at)
  return Number(v)
}

/** Reads and checks a ZIP64 end record through the locator just before the plain end record. */
async function readZip64(
  src: ByteSource,
  eocdAt: number
): Promise<(EndRecord['zip64'] & { entries: number; cdSize: number; cdOffset: number }) | undefined> {
  if (eocdAt < LOCATOR_LEN) return undefined
  const loc = await src.read(eocdAt - LOCATOR_LEN, LOCATOR_LEN)
  if (loc.length < LOCATOR_LEN || loc.readUInt32LE(0) !== SIG_LOCATOR64) return undefined
  const declared = u64(loc, 8)
  // A prepended stub shifts the record too: try the declared offset, then the spot right before the locator.
  for (const at of [declared, eocdAt - LOCATOR_LEN - EOCD64_LEN]) {
    if (at < 0 || at + EOCD64_LEN > src.size) continue
    const r = await src.read(at, EOCD64_LEN)
    if (r.readUInt32LE(0) !== SIG_EOCD64) continue
    return { offset: at, entries: u64(r, 32), cdSize: u64(r, 40), cdOffset: u64(r, 48) }
  }
  return undefined
}

/** Candidate end records, last first, each checked for internal consistency against the source size. */
export async function findEndRecords(src: ByteSource): Promise<EndRecord[]> {
  const span = Math.min(src.size, END_SEARCH)
  const base = src.size - span
  const tail = await src.read(base, span)
  const found: EndRecord[] = []
  for (let i = tail.length - EOCD_LEN; i >= 0; i--) {
    if (tail[i] !== 0x50 || tail.readUInt32LE(i) !== SIG_EOCD) continue
    const rec = await checkEnd(src, tail, i, base)
    if (rec) found.push(rec)
  }
  return found
}

async function checkEnd(src: ByteSource, tail: Buffer, i: number, base: number): Promise<EndRecord | undefined> {
  const offset = base + i
  const disk = tail.readUInt16LE(i + 4)
  const cdDisk = tail.readUInt16LE(i + 6)
  const onDisk = tail.readUInt16LE(i + 8)
  let entries = tail.readUInt16LE(i + 10)
  let cdSize = tail.readUInt32LE(i + 12)
  let cdOffset = tail.readUInt32LE(i + 16)
  const commentLength = tail.readUInt16LE(i + 20)
  if (offset + EOCD_LEN + commentLength > src.size) return undefined
  let zip64: EndRecord['zip64']
  let dirEnd = offset
  const z = await readZip64(src, offset).catch(() => undefined)
  if (z) {
    zip64 = { offset: z.offset }
    if (entries === 0xffff || onDisk === 0xffff) entries = z.entries
    if (cdSize === 0xffffffff) cdSize = z.cdSize
    if (cdOffset === 0xffffffff) cdOffset = z.cdOffset
    dirEnd = z.offset
  } else {
    if ((disk !== 0 && disk !== 0xffff) || (cdDisk !== 0 && cdDisk !== 0xffff)) return undefined
    if (onDisk !== entries) return undefined
  }
  if (cdSize > dirEnd) return undefined
  if (entries === 0)
    return cdSize === 0 ? { offset, entries, cdSize, cdOffset, commentLength, ...(zip64 ? { zip64 } : {}) } : undefined
  // The directory must start with a central header, either where it says or right before the end records.
  for (const at of [cdOffset, dirEnd - cdSize]) {
    if (at < 0 || at + 46 > src.size) continue
    const sig = await src.read(at, 4)
    if (sig.length === 4 && sig.readUInt32LE(0) === SIG_CENTRAL)
      return { offset, entries, cdSize, cdOffset, commentLength, ...(zip64 ? { zip64 } : {}) }
  }
  return undefined
}

function decodeName(raw: Buffer, flags: number): string {
  // Bit 11: UTF-8. Otherwise CP437; latin1 keeps every byte distinct, which is what matters for comparisons.
  return raw.toString(flags & 0x800 ? 'utf8' : 'latin1')
}

/** Applies a ZIP64 extended-information extra field (0x0001) to the fields stored as all-ones. */
function applyZip64Extra(
  extra: Buffer,
  e: { compressedSize: number; uncompressedSize: number; localHeaderOffset: number }
) {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p)
    const len = extra.readUInt16LE(p + 2)
    const body = extra.subarray(p + 4, p + 4 + len)
    p += 4 + len
    if (id !== 0x0001) continue
    let q = 0
    const next = () => {
      if (q + 8 > body.length) throw new ParseError('ZIP64 extra field too short')
      const v = u64(body, q)
      q += 8
      return v
    }
    if (e.uncompressedSize === 0xffffffff) e.uncompressedSize = next()
    if (e.compressedSize === 0xffffffff) e.compressedSize = next()
    if (e.localHeaderOffset === 0xffffffff) e.localHeaderOffset = next()
    return
  }
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

function parseCentral(cd: Buffer, shift: number, limits: Limits, declared: number, anomalies: Anomaly[]): ZipEntry[] {
  const entries: ZipEntry[] = []
  let p = 0
  while (p + 46 <= cd.length && cd.readUInt32LE(p) === SIG_CENTRAL) {
    if (entries.length >= limits.maxEntries)
      throw new LimitExceeded('maxEntries', `more than ${limits.maxEntries} entries in one archive`)
    const nameLen = cd.readUInt16LE(p + 28)
    const extraLen = cd.readUInt16LE(p + 30)
    const commentLen = cd.readUInt16LE(p + 32)
    if (p + 46 + nameLen + extraLen + commentLen > cd.length)
      throw new ParseError('central directory entry runs past the directory')
    const flags = cd.readUInt16LE(p + 8)
    const rawName = Buffer.from(cd.subarray(p + 46, p + 46 + nameLen))
    const versionMadeBy = cd.readUInt16LE(p + 4)
    const externalAttrs = cd.readUInt32LE(p + 38)
    const sizes = {
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42)
    }
    applyZip64Extra(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), sizes)
    const name = decodeName(rawName, flags)
    const host = versionMadeBy >> 8
    const mode = externalAttrs >>> 16
    entries.push({
      index: entries.length,
      name,
      rawName,
      ...sizes,
      method: cd.readUInt16LE(p + 10),
      flags,
      crc32: cd.readUInt32LE(p + 16),
      versionMadeBy,
      externalAttrs,
      isSymlink: (host === 3 || host === 19) && (mode & S_IFMT) === S_IFLNK,
      isDirectory: name.endsWith('/') || (externalAttrs & 0x10) !== 0,
      localAbs: sizes.localHeaderOffset + shift
    })
    p += 46 + nameLen + extraLen + commentLen
  }
  if (entries.length !== declared)
    anomalies.push({
      rule: 'CTR-002',
      message: `The end record declares ${declared} entries but the central directory holds ${entries.length}`,
      evidence: `${declared}!=${entries.length}`
    })
  return entries
}

/** Compares each local header with its central entry and locates the member data as miniz does. */
async function readLocalHeaders(src: ByteSource, entries: ZipEntry[], anomalies: Anomaly[]): Promise<void> {
  for (const e of entries) {
    const h = await src.read(e.localAbs, 30)
    if (h.length < 30 || h.readUInt32LE(0) !== SIG_LOCAL) {
      e.unreadable = `no local header at offset ${e.localAbs}`
      anomalies.push({
        rule: 'CTR-003',
        message: `Central directory points to offset ${e.localAbs}, where no local header is`,
        entry: e.name,
        evidence: 'no-local-header'
      })
      continue
    }
    const flags = h.readUInt16LE(6)
    const method = h.readUInt16LE(8)
    const crc = h.readUInt32LE(14)
    const csize = h.readUInt32LE(18)
    const usize = h.readUInt32LE(22)
    const nameLen = h.readUInt16LE(26)
    const extraLen = h.readUInt16LE(28)
    const localName = await src.read(e.localAbs + 30, nameLen)
    e.dataOffset = e.localAbs + 30 + nameLen + extraLen
    if (e.dataOffset + e.compressedSize > src.size) {
      e.unreadable = `data (${e.compressedSize} bytes at ${e.dataOffset}) runs past the end of the file`
      anomalies.push({
        rule: 'CTR-003',
        message: `Member data runs past the end of the file`,
        entry: e.name,
        evidence: 'data-past-eof'
      })
    }
    const diffs: string[] = []
    if (!localName.equals(e.rawName)) diffs.push(`name "${localName.toString('latin1').slice(0, 80)}"`)
    if (method !== e.method) diffs.push(`method ${method} vs ${e.method}`)
    if (flags !== e.flags) diffs.push(`flags 0x${flags.toString(16)} vs 0x${e.flags.toString(16)}`)
    if (!(flags & 0x08)) {
      if (crc !== e.crc32) diffs.push(`CRC ${crc.toString(16)} vs ${e.crc32.toString(16)}`)
      if (csize !== 0xffffffff && csize !== e.compressedSize % 2 ** 32)
        diffs.push(`compressed size ${csize} vs ${e.compressedSize}`)
      if (usize !== 0xffffffff && usize !== e.uncompressedSize % 2 ** 32)
        diffs.push(`size ${usize} vs ${e.uncompressedSize}`)
    }
    if (diffs.length)
      anomalies.push({
        rule: 'CTR-003',
        message: `Local header disagrees with the central directory (${diffs.join('; ')}); PyTorch reads the central directory`,
        entry: e.name,
        evidence: diffs.map((d) => d.split(' ')[0]).join(',')
      })
  }
}

function structuralChecks(src: ByteSource, s: ZipStructure, limits: Limits): void {
  const { entries, end, anomalies } = s
  if (s.shift > 0)
    anomalies.push({
      rule: 'CTR-002',
      message: `${s.shift} bytes precede the archive (directory offsets are shifted); torch.load does not read this file as a zip`,
      offset: 0,
      evidence: `prefix:${s.shift}`
    })
  const located = entries.filter((e) => e.dataOffset !== undefined)
  // A loop, not Math.min(...list): spreading 100 000 arguments can overflow the stack.
  let first = Infinity
  for (const e of entries) first = Math.min(first, e.localAbs)
  if (entries.length && first > s.shift)
    anomalies.push({
      rule: 'CTR-002',
      message: `${first - s.shift} bytes of unreferenced data before the first entry`,
      offset: s.shift,
      evidence: `gap:${first - s.shift}`
    })
  const after = end.offset + EOCD_LEN + end.commentLength
  if (after < src.size)
    anomalies.push({
      rule: 'CTR-002',
      message: `${src.size - after} bytes of data after the end of the archive`,
      offset: after,
      evidence: `trailing:${src.size - after}`
    })
  // Members whose data overlaps another member's (quoted-overlap bombs, two names for one payload).
  const byStart = [...located].sort((a, b) => a.localAbs - b.localAbs)
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1]!
    const cur = byStart[i]!
    if (cur.localAbs < prev.dataOffset! + prev.compressedSize)
      anomalies.push({
        rule: 'CTR-002',
        message: `Member data overlaps "${prev.name}"`,
        entry: cur.name,
        evidence: 'overlap'
      })
  }
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1)
  for (const [name, n] of counts)
    if (n > 1)
      anomalies.push({
        rule: 'CTR-004',
        message: `${n} members are named "${name}"; every copy is analysed`,
        entry: name,
        evidence: name
      })
  for (const e of entries) {
    const bad = unsafeName(e)
    if (bad)
      anomalies.push({
        rule: 'CTR-006',
        message: `Unsafe member ${bad}`,
        entry: e.name,
        evidence: e.name.slice(0, 200)
      })
    if (
      e.uncompressedSize > limits.ratioFloorBytes &&
      e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)
    )
      anomalies.push({
        rule: 'CTR-008',
        message: `Member declares ${e.uncompressedSize} bytes from ${e.compressedSize} compressed (ratio ${Math.floor(e.uncompressedSize / Math.max(1, e.compressedSize))}:1)`,
        entry: e.name,
        evidence: `${e.compressedSize}->${e.uncompressedSize}`
      })
  }
}

/** Why a member name or type would escape an extraction folder, or undefined. */
export function unsafeName(e: Pick<ZipEntry, 'name' | 'rawName' | 'isSymlink'>): string | undefined {
  if (e.isSymlink) return 'symbolic link'
  if (e.rawName.includes(0)) return 'name with a NUL byte'
  if (/[\x00-\x1f\x7f]/.test(e.name)) return 'name with control characters'
  if (e.name.includes('\\')) return 'name with a backslash'
  if (e.name.startsWith('/')) return 'absolute path'
  if (/^[A-Za-z]:/.test(e.name)) return 'drive-letter path'
  if (e.name.split(/[/\\]/).includes('..')) return 'path with ".."'
  return undefined
}

/** Parses the whole structure. Throws ParseError when no usable end record exists. */
export async function readZipStructure(src: ByteSource, limits: Limits): Promise<ZipStructure> {
  const ends = await findEndRecords(src)
  if (ends.length === 0) throw new ParseError('no valid end-of-central-directory record (truncated or not a zip)')
  const anomalies: Anomaly[] = []
  const end = ends[0]!
  const dirEnd = end.zip64 ? end.zip64.offset : end.offset
  let shift = 0
  if (end.entries > 0) {
    const sig = await src.read(end.cdOffset, 4)
    if (!(sig.length === 4 && sig.readUInt32LE(0) === SIG_CENTRAL)) shift = dirEnd - end.cdSize - end.cdOffset
  }
  if (end.cdSize > limits.maxHeaderBytes)
    throw new LimitExceeded('maxHeaderBytes', `central directory of ${end.cdSize} bytes`)
  const cdStart = end.cdOffset + shift
  const cd = await src.read(cdStart, end.cdSize)
  if (cd.length < end.cdSize) throw new ParseError('central directory runs past the end of the file', cdStart)
  if (cdStart + end.cdSize < dirEnd)
    anomalies.push({
      rule: 'CTR-002',
      message: `${dirEnd - cdStart - end.cdSize} bytes between the central directory and the end record`,
      offset: cdStart + end.cdSize,
      evidence: 'gap-before-eocd'
    })
  const entries = parseCentral(Buffer.from(cd), shift, limits, end.entries, anomalies)
  await readLocalHeaders(src, entries, anomalies)
  // End records inside a member's data belong to a nested zip (a stored .pt inside a .mar), not to this one.
  const inData = (at: number) =>
    entries.some((e) => e.dataOffset !== undefined && at >= e.dataOffset && at < e.dataOffset + e.compressedSize)
  const others = ends.slice(1).filter((e) => !inData(e.offset))
  if (others.length)
    anomalies.push({
      rule: 'CTR-002',
      message: `${others.length + 1} end-of-central-directory records; readers that pick another one see a different archive`,
      offset: others[0]!.offset,
      evidence: `eocd:${[end, ...others].map((e) => e.offset).join(',')}`
    })
  const s: ZipStructure = { entries, end, shift, anomalies }
  structuralChecks(src, s, limits)
  return s
}
