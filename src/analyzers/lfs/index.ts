// Git LFS pointers: the checkout holds a few lines of text instead of the model. The analyzer only parses the
// pointer and reports the model as not analysed (fail closed); the integrity stage (src/integrity/lfs.ts)
// replaces that finding when it finds the object in the local LFS store and analyses the object instead.
import type { FormatAnalyzer } from '../../engine/registry.js'
import { readAll } from '../../engine/source.js'
import { LFS_POINTER_MAX_BYTES, looksLikeLfsPointer, parseLfsPointer } from './pointer.js'

/** Key under FileRun.facts where the parsed pointer is left for later stages. */
export const LFS_FACT = 'lfsPointer'

export const analyzer: FormatAnalyzer = {
  id: 'lfs-pointer',
  detect: (v) => looksLikeLfsPointer(v.head, v.size),
  async analyze(src, ctx) {
    if (src.size >= LFS_POINTER_MAX_BYTES) return
    const parsed = parseLfsPointer(await readAll(src))
    if (!parsed.ok) {
      ctx.report('INT-013', `Looks like a Git LFS pointer but is not a valid one: ${parsed.reason}`)
      return
    }
    const p = parsed.pointer
    if (ctx.member === undefined) ctx.run.facts[LFS_FACT] = p
    ctx.report(
      'INT-010',
      `Git LFS pointer (object sha256:${p.oid}, ${p.size} bytes): the model content is not in the checkout and was not analysed`,
      { evidence: `sha256:${p.oid}` }
    )
  }
}
