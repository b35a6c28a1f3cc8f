import type { FormatAnalyzer } from '../../engine/registry.js'
import { isTarHeader } from '../../engine/magic.js'

// Placeholder: tar archives (legacy PyTorch tar checkpoints among them).
export const analyzer: FormatAnalyzer = {
  id: 'tar',
  detect: (v) => isTarHeader(v.head),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the tar analyzer is not implemented yet')
  }
}
