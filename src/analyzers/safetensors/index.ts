import type { FormatAnalyzer } from '../../engine/registry.js'

// Placeholder: safetensors = u64le header length N, then a JSON object starting with '{'.
export const analyzer: FormatAnalyzer = {
  id: 'safetensors',
  detect: (v) => v.head.length >= 9 && v.head[8] === 0x7b && v.head.readBigUInt64LE(0) <= BigInt(v.size - 8),
  async analyze(_src, ctx) {
    ctx.notAnalysed('the safetensors analyzer is not implemented yet')
  }
}
