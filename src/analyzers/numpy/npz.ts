// NumPy .npz archives (np.savez): a zip of `.npy` members. NpzFile hands back any member without the .npy magic
// as raw bytes, so such members are odd (NPY-005) but still analysed by content like every member.
import type { ArchiveEntry, ArchiveProfile } from '../zip/archive.js'
import { analyzeEntry, memberPathOf } from '../zip/members.js'
import { MemberUnreadable } from '../zip/reader.js'
import { NUMPY_MAGIC, startsWith } from '../../engine/magic.js'
import { readNpyHeader } from './header.js'
import { declareArray } from './index.js'

const isNpyName = (e: ArchiveEntry) => /\.npy$/i.test(e.name)

export const profile: ArchiveProfile = {
  id: 'npz',
  // savez names every member `<key>.npy`; an archive that is mostly such members is an npz with extras.
  match: (a) => {
    const files = a.entries.filter((e) => !e.isDirectory)
    const npy = files.filter(isNpyName).length
    return npy > 0 && npy * 2 >= files.length
  },
  async analyze(archive, ctx) {
    for (const e of archive.entries) {
      if (e.isDirectory && e.uncompressedSize === 0) continue
      ctx.checkDeadline()
      const member = memberPathOf(archive, ctx, e)
      let magic = false
      try {
        const src = await archive.open(e, ctx)
        magic = startsWith(Buffer.from(await src.read(0, 6)), NUMPY_MAGIC)
        // Stored members of a top-level npz are windows on the file: declare them for the weights stage.
        if (magic && e.method === 0 && ctx.member === undefined) {
          const { header } = await readNpyHeader(src, ctx.limits).catch(() => ({ header: undefined }))
          if (header) declareArray(ctx, src, header, e.name, member)
        }
      } catch (err) {
        if (!(err instanceof MemberUnreadable)) throw err
        continue
      }
      const outcome = await analyzeEntry(archive, e, ctx)
      if (!isNpyName(e) || !magic) {
        const what = outcome.formats.length ? outcome.formats.join(' + ') : 'not .npy data'
        ctx.report(
          'NPY-005',
          `npz member ${!isNpyName(e) ? 'without a .npy name' : 'without the .npy magic'} (${what}); np.load returns it as raw bytes`,
          { member, evidence: outcome.formats.join('+') || 'raw' }
        )
      }
    }
  }
}
