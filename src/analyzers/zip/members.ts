// Analysing archive members: every member is opened and recognised by content, never skipped for its name.
// Shared by the generic zip analyzer and the zip-based profiles (PyTorch, npz, Keras, TorchScript).
import type { AnalysisContext, MemberOptions, MemberOutcome } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import type { Archive, ArchiveEntry } from './archive.js'
import { MemberUnreadable } from './reader.js'

const SCRIPT_EXTENSIONS = new Set([
  '.py',
  '.pyc',
  '.pyo',
  '.pyd',
  '.pyw',
  '.so',
  '.dll',
  '.dylib',
  '.exe',
  '.sh',
  '.bash',
  '.zsh',
  '.ps1',
  '.bat',
  '.cmd',
  '.vbs',
  '.jar'
])

/** Why a member name marks it as code, or undefined. */
export function scriptByName(name: string): string | undefined {
  const base = name.split('/').pop() ?? name
  const dot = base.lastIndexOf('.')
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : ''
  if (SCRIPT_EXTENSIONS.has(ext)) return `${ext} file`
  return undefined
}

/** Executable or script signatures at the start of a member (ELF, PE, Mach-O, shebang). */
export function executableByContent(head: Buffer): string | undefined {
  if (head.length >= 5 && head.readUInt32BE(0) === 0x7f454c46 && (head[4] === 1 || head[4] === 2))
    return 'ELF executable'
  if (head.length >= 64 && head[0] === 0x4d && head[1] === 0x5a) {
    const pe = head.readUInt32LE(60)
    if (pe + 4 <= head.length && head.readUInt32BE(pe) === 0x50450000) return 'PE (Windows) executable'
  }
  if (head.length >= 4) {
    const m = head.readUInt32BE(0)
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(m)) return 'Mach-O executable'
  }
  if (head.length >= 4 && head[0] === 0x23 && head[1] === 0x21) {
    const line = head.subarray(2, Math.min(head.length, 128)).toString('latin1').split('\n')[0]!.trim()
    if (/^\/[\w./-]+( [\w./ -]+)?$/.test(line)) return `script (#!${line})`
  }
  return undefined
}

/** The path findings on a member carry: the archive's own name for it, else a nested child of the context. */
export function memberPathOf(archive: Archive, ctx: AnalysisContext, e: ArchiveEntry): string {
  return archive.memberPath ? archive.memberPath(e) : ctx.childPath(e.name, true)
}

/** Opens a member; read failures become findings on it (the archive already reported unreadable ones). */
export async function openMember(
  archive: Archive,
  e: ArchiveEntry,
  ctx: AnalysisContext
): Promise<ByteSource | undefined> {
  try {
    return await archive.open(e, ctx)
  } catch (err) {
    if (err instanceof MemberUnreadable) return undefined
    const member = memberPathOf(archive, ctx, e)
    if (err instanceof LimitExceeded)
      ctx.report('GEN-007', `Not analysed: member ${e.name}: ${err.message}`, { member, offset: err.offset })
    else if (err instanceof ParseError)
      ctx.report('GEN-003', `Not analysed: member ${e.name}: ${err.message}`, { member, offset: err.offset })
    else throw err
    return undefined
  }
}

/** Reports CTR-009 for a member whose content is an executable or script (unless its name already did). */
export async function checkExecutableContent(
  src: ByteSource,
  entry: ArchiveEntry,
  ctx: AnalysisContext,
  member: string
): Promise<void> {
  if (scriptByName(entry.name)) return
  const kind = executableByContent(Buffer.from(await src.read(0, 1024)))
  if (kind)
    ctx.report('CTR-009', `Member content is an ${kind}`, { member, evidence: kind.split(' ')[0]!.toLowerCase() })
}

/**
 * Opens one member and analyses it by content (nested: a new container layer, `!/` in paths). An unreadable
 * member is already reported by the archive and yields no formats. The decoded copy is released afterwards.
 */
export async function analyzeEntry(
  archive: Archive,
  entry: ArchiveEntry,
  ctx: AnalysisContext,
  opts: MemberOptions = {}
): Promise<MemberOutcome> {
  if (entry.isDirectory && entry.uncompressedSize === 0 && entry.compressedSize === 0) return { formats: [] }
  let src: ByteSource
  try {
    src = await archive.open(entry, ctx)
  } catch (e) {
    if (e instanceof MemberUnreadable) return { formats: [] }
    throw e
  }
  try {
    await checkExecutableContent(src, entry, ctx, ctx.childPath(entry.name, true))
    const outcome = await ctx.analyzeMember(entry.name, src, opts, true)
    if (outcome.formats.length) await archive.verifyCrc?.(entry, ctx)
    return outcome
  } finally {
    await archive.release?.(entry)
  }
}

/** Analyses every entry in directory order (duplicates included: every copy). */
export async function analyzeAllEntries(
  archive: Archive,
  ctx: AnalysisContext,
  skip: (e: ArchiveEntry) => boolean = () => false
): Promise<void> {
  for (const e of archive.entries) {
    if (skip(e)) continue
    ctx.checkDeadline()
    await analyzeEntry(archive, e, ctx)
  }
}
