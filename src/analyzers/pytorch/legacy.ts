import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, TORCH_LEGACY_MAGIC } from '../../engine/magic.js'

// Placeholder: recognises pytorch-legacy by its magic and reports it as not analysed until the analyzer lands.
export const analyzer: FormatAnalyzer = {
  id: 'pytorch-legacy',
  detect: (v) => startsWith(v.head, TORCH_LEGACY_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the pytorch-legacy analyzer is not implemented yet')
  }
}
