// Tar archives: legacy PyTorch tar checkpoints (members storages, tensors, pickle) and generic tars wrapping
// models. Members are analysed in place (SliceSource windows) and by content; links and unsafe names are
// reported because torch.load and many tools extract tar members to disk.
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import { readTar, validHeader, type TarListing } from './reader.js'
import { isRegular, memberSource, unsafeTarMember } from './members.js'
import { isTorchTar, analyzeTorchTar } from '../pytorch/tar.js'

/** Structure findings shared by generic and torch tars: damage, duplicates, trailing data. */
export async function reportTarStructure(src: ByteSource, ctx: AnalysisContext, listing: TarListing): Promise<void> {
  if (listing.error) ctx.notAnalysed(`${listing.error.message}; later members were not examined`, listing.error.offset)
  const counts = new Map<string, number>()
  for (const e of listing.entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1)
  for (const [name, n] of counts)
    if (n > 1)
      ctx.report(
        'CTR-004',
        `${n} tar members are named "${name}"; Python's tarfile uses the last one, every copy is analysed`,
        {
          member: ctx.childPath(name, true),
          evidence: name
        }
      )
  if (!listing.error && listing.end + 1024 < src.size) {
    const after = Buffer.from(await src.read(listing.end + 1024, 64 * 1024))
    if (!after.every((c) => c === 0))
      ctx.report(
        'CTR-002',
        `Data after the end-of-archive marker at ${listing.end}; tarfile stops there, other tools may not`,
        {
          offset: listing.end,
          evidence: `trailing:${src.size - listing.end}`
        }
      )
  }
}

async function analyzeGenericTar(src: ByteSource, ctx: AnalysisContext, listing: TarListing): Promise<void> {
  const models: string[] = []
  for (const e of listing.entries) {
    ctx.checkDeadline()
    const bad = unsafeTarMember(e)
    if (bad)
      ctx.report('CTR-006', `Unsafe tar member: ${bad}`, {
        member: ctx.childPath(e.name, true),
        evidence: e.name.slice(0, 200)
      })
    if (!isRegular(e)) continue
    const outcome = await ctx.analyzeMember(e.name, memberSource(src, e), {}, true)
    if (outcome.formats.length) models.push(`${e.name} (${outcome.formats.join('+')})`)
  }
  if (models.length)
    ctx.report(
      'CTR-007',
      `Model content wrapped in a tar archive: ${models.slice(0, 3).join(', ')}${models.length > 3 ? ', …' : ''}`,
      {
        evidence: `tar:${models.length}`
      }
    )
}

export const analyzer: FormatAnalyzer = {
  id: 'tar',
  detect: (v) => validHeader(v.head.subarray(0, 512)),
  async analyze(src, ctx) {
    const listing = await readTar(src, ctx.limits, () => ctx.checkDeadline())
    await reportTarStructure(src, ctx, listing)
    if (isTorchTar(listing.entries)) {
      ctx.setFormat('pytorch-tar')
      await analyzeTorchTar(src, ctx, listing.entries)
    } else {
      await analyzeGenericTar(src, ctx, listing)
    }
  }
}
