import type { FormatAnalyzer } from '../../engine/registry.js'
import type { ByteSource } from '../../engine/source.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { PickleOptions, PickleResult } from './types.js'
import { startsWith, TORCH_LEGACY_MAGIC } from '../../engine/magic.js'

// Placeholder until the pickle machine lands.
export async function analyzePickle(
  _src: ByteSource,
  ctx: AnalysisContext,
  opts: PickleOptions = {}
): Promise<PickleResult> {
  ctx.notAnalysed('the pickle analyzer is not implemented yet')
  return { imports: [], persistentIds: [], rebuildCalls: [], end: opts.start ?? 0, pickles: 0, complete: false }
}

export function looksLikePickle(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5
}

export const analyzer: FormatAnalyzer = {
  id: 'pickle',
  detect: (v) => looksLikePickle(v.head) && !startsWith(v.head, TORCH_LEGACY_MAGIC),
  async analyze(src, ctx) {
    await analyzePickle(src, ctx)
  }
}
