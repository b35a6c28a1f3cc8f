import type { FormatAnalyzer } from '../../engine/registry.js'
import { startsWith, ZIP_LOCAL, ZIP_EMPTY, lastEocd } from '../../engine/magic.js'

// Placeholder until the zip reader lands: recognises zip archives (at offset 0 or by a trailing end record).
export const analyzer: FormatAnalyzer = {
  id: 'zip',
  detect: (v) => startsWith(v.head, ZIP_LOCAL) || startsWith(v.head, ZIP_EMPTY) || lastEocd(v.tail) >= 0,
  async analyze(_src, ctx) {
    ctx.notAnalysed('the zip analyzer is not implemented yet')
  }
}
