import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, LFS_POINTER_PREFIX } from '../../engine/magic.js'

// Placeholder: recognises lfs-pointer by its magic and reports it as not analysed until the analyzer lands.
export const analyzer: FormatAnalyzer = {
  id: 'lfs-pointer',
  detect: (v) => startsWith(v.head, LFS_POINTER_PREFIX),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the lfs-pointer analyzer is not implemented yet')
  }
}
