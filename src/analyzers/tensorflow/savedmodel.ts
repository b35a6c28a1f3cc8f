import type { FormatAnalyzer } from '../../engine/registry.js'

// Placeholder: SavedModel / GraphDef protobufs have no magic; recognition lands with the analyzer.
export const analyzer: FormatAnalyzer = {
  id: 'savedmodel',
  detect: () => false,
  async analyze(_src, ctx) {
    ctx.notAnalysed('the SavedModel analyzer is not implemented yet')
  }
}
