import type { FormatAnalyzer } from '../../engine/registry.js'

// Placeholder: ONNX ModelProto has no magic; recognition lands with the analyzer.
export const analyzer: FormatAnalyzer = {
  id: 'onnx',
  detect: () => false,
  async analyze(_src, ctx) {
    ctx.notAnalysed('the ONNX analyzer is not implemented yet')
  }
}
