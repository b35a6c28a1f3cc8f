// Zip archives and every zip-based model format. Reads the structure by hand (so anomalies are visible),
// reports them, then hands the archive to the first matching profile (PyTorch, TorchScript, Keras, npz) or,
// with none, analyses every member by content.
import type { FormatAnalyzer, SniffView } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import { startsWith, ZIP_LOCAL, ZIP_EMPTY, ZIP_EOCD } from '../../engine/magic.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import { recognise } from '../../engine/dispatch.js'
import type { ArchiveEntry, ArchiveProfile } from './archive.js'
import { END_SEARCH, findEndRecords, readZipStructure, type Anomaly, type ZipStructure } from './structure.js'
import { ZipArchive } from './reader.js'
import { analyzeAllEntries, scriptByName } from './members.js'
import { PROFILES } from './profiles.js'

function reportAnomaly(a: Anomaly, archive: ZipArchive, ctx: AnalysisContext): void {
  const entry = a.entry === undefined ? undefined : archive.entries.find((e) => e.name === a.entry)
  ctx.report(a.rule, a.message, {
    ...(entry ? { member: archive.memberPath(entry) } : {}),
    ...(a.offset !== undefined ? { offset: a.offset } : {}),
    ...(a.evidence !== undefined ? { evidence: a.evidence } : {})
  })
}

/** TorchScript archives carry `code/**.py` by design; its profile examines them (TS rules). */
function expectedCode(profile: ArchiveProfile | undefined, e: ArchiveEntry): boolean {
  if (!profile) return false
  if (profile.expectsCode) return profile.expectsCode(e)
  return profile.id === 'torchscript' && /^[^/]+\/code\//.test(e.name)
}

function pickProfile(archive: ZipArchive): ArchiveProfile | undefined {
  for (const p of PROFILES) {
    try {
      if (p.match(archive)) return p
    } catch {
      // a profile's matcher must never stop the archive from being analysed
    }
  }
  return undefined
}

/** Bytes before the archive proper (0 when the file starts with a local header, as torch.load requires). */
async function leadingBytes(src: ByteSource, s: ZipStructure): Promise<number> {
  if (startsWith(Buffer.from(await src.read(0, 4)), ZIP_LOCAL)) return 0
  let lead = s.end.cdOffset + s.shift
  for (const e of s.entries) lead = Math.min(lead, e.localAbs)
  return lead
}

/** Cheap pre-check on the sniffed bytes (tensor records are sniffed by the thousand): is there a "PK\5\6" at all? */
async function endSignatureNear(v: SniffView): Promise<boolean> {
  if (v.tail.includes(ZIP_EOCD) || v.head.includes(ZIP_EOCD)) return true
  // The end record may start up to 64 KiB + 22 bytes before the end: check the part the view does not cover.
  const from = Math.max(v.head.length, v.size - END_SEARCH)
  const to = v.size - v.tail.length
  return to > from && (await v.src.read(from, to - from + 3)).includes(ZIP_EOCD)
}

export const analyzer: FormatAnalyzer = {
  id: 'zip',
  // torch.load tests only the first four bytes; zipfile finds the end record. Both views count, and the end
  // record must check out so random tensor bytes containing "PK\5\6" are not taken for an archive.
  detect: async (v) =>
    startsWith(v.head, ZIP_LOCAL) ||
    startsWith(v.head, ZIP_EMPTY) ||
    ((await endSignatureNear(v)) && (await findEndRecords(v.src)).length > 0),
  async analyze(src, ctx) {
    const structure = await readZipStructure(src, ctx.limits)
    const archive = new ZipArchive(src, structure, ctx)
    try {
      const profile = pickProfile(archive)
      for (const a of structure.anomalies) reportAnomaly(a, archive, ctx)
      for (const e of archive.entries) {
        const why = scriptByName(e.name)
        if (why && !expectedCode(profile, e))
          ctx.report('CTR-009', `Archive member is code (${why}); a loader or a user may run it`, {
            member: archive.memberPath(e),
            evidence: e.name.slice(0, 200)
          })
      }
      // Data before the archive (a pickle with a zip appended): torch.load and pickle.load see that data, not
      // the zip, so the file's format is what the leading bytes are; the archive is still analysed in full.
      const lead = await leadingBytes(src, structure)
      if (lead > 0 && ctx.member === undefined) {
        const view = await recognise(new SliceSource(src, 0, lead), ctx.name)
        if (view[0]) ctx.setFormat(view[0].id)
      } else if (profile) ctx.setFormat(profile.id)
      if (profile) {
        await profile.analyze(archive, ctx)
      } else {
        await analyzeAllEntries(archive, ctx)
      }
    } finally {
      await archive.dispose()
    }
  }
}
