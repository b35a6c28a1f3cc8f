import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, GGUF_MAGIC } from '../../engine/magic.js'

// Placeholder: recognises gguf by its magic and reports it as not analysed until the analyzer lands.
export const analyzer: FormatAnalyzer = {
  id: 'gguf',
  detect: (v) => startsWith(v.head, GGUF_MAGIC),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the gguf analyzer is not implemented yet')
  }
}
