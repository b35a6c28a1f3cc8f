// Running the pickle machine on a member a loader will unpickle whatever it contains (torch's data.pkl, legacy
// stream pickles, npy object data), with the failure handling of any analyzer, plus every other format the
// bytes are also valid as (a data.pkl that is also a zip is a polyglot).
import type { AnalysisContext } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import { recognise, runAnalyzer } from '../../engine/dispatch.js'
import { analyzePickle } from '../pickle/index.js'
import type { PickleOptions, PickleResult } from '../pickle/types.js'

/** analyzePickle with ParseError/LimitExceeded/bugs turned into findings; undefined when it threw. */
export async function runPickle(
  src: ByteSource,
  ctx: AnalysisContext,
  opts: PickleOptions
): Promise<PickleResult | undefined> {
  let result: PickleResult | undefined
  await runAnalyzer(
    {
      id: 'pickle',
      detect: () => true,
      analyze: async (s, c) => {
        result = await analyzePickle(s, c, opts)
      }
    },
    src,
    ctx,
    {}
  )
  return result
}

/**
 * Analyses `src` as the pickle a loader will read (profile selects the allow list) in the context `child`, then
 * runs every other analyzer that recognises the bytes. Returns the pickle result (undefined when it threw).
 */
export async function analyzePickledContent(
  src: ByteSource,
  child: AnalysisContext,
  opts: PickleOptions
): Promise<PickleResult | undefined> {
  if (child.depth > child.limits.maxDepth) {
    child.report('GEN-007', `Not analysed: nesting deeper than ${child.limits.maxDepth} levels`)
    return undefined
  }
  const result = await runPickle(src, child, opts)
  const others = (await recognise(src, child.name)).filter((a) => a.id !== 'pickle' && a.id !== 'pytorch-legacy')
  if (others.length) {
    child.report(
      'CTR-001',
      `Content read as a pickle by the loader is also valid as ${others.map((a) => a.id).join(' and ')}`,
      {
        evidence: ['pickle', ...others.map((a) => a.id)].join('+')
      }
    )
    for (const a of others) await runAnalyzer(a, src, child, {})
  }
  return result
}
