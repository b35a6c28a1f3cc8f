import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, HDF5_MAGIC } from '../../engine/magic.js'

// Placeholder: recognises keras-h5 by its magic and reports it as not analysed until the analyzer lands.
export const analyzer: FormatAnalyzer = {
  id: 'keras-h5',
  detect: (v) => startsWith(v.head, HDF5_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the keras-h5 analyzer is not implemented yet')
  }
}
