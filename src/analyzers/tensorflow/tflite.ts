import type { FormatAnalyzer } from '../../engine/registry.js'

// Placeholder: TF Lite flatbuffers carry "TFL3" at offset 4.
export const analyzer: FormatAnalyzer = {
  id: 'tflite',
  detect: (v) => v.head.length >= 8 && v.head.toString('latin1', 4, 8) === 'TFL3',
  async analyze(_src, ctx) {
    ctx.notAnalysed('the TF Lite analyzer is not implemented yet')
  }
}
