import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, NUMPY_MAGIC } from '../../engine/magic.js'

// Placeholder: recognises numpy by its magic and reports it as not analysed until the analyzer lands.
export const analyzer: FormatAnalyzer = {
  id: 'numpy',
  detect: (v) => startsWith(v.head, NUMPY_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the numpy analyzer is not implemented yet')
  }
}
