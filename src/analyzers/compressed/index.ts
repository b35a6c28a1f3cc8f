import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, GZIP_MAGIC, XZ_MAGIC, LZ4_MAGIC, SEVENZ_MAGIC } from '../../engine/magic.js'

// Placeholder: compression wrappers (gzip, bz2, xz, lz4, 7z…), e.g. compressed joblib files.
export const analyzer: FormatAnalyzer = {
  id: 'compressed',
  detect: (v) =>
    startsWith(v.head, GZIP_MAGIC) ||
    startsWith(v.head, XZ_MAGIC) ||
    startsWith(v.head, LZ4_MAGIC) ||
    startsWith(v.head, SEVENZ_MAGIC) ||
    v.head.toString('latin1', 0, 3) === 'BZh',
  async analyze(_src, ctx) {
    ctx.notAnalysed('the decompression analyzer is not implemented yet')
  }
}
