// The pickle analyzer: recognises pickles of every protocol by content and runs the symbolic machine over them.
// analyzePickle is also the entry point for containers that embed pickles (PyTorch, joblib, numpy, TorchScript).
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { ByteSource } from '../../engine/source.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { PickleOptions, PickleResult } from './types.js'
import { startsWith, TORCH_LEGACY_MAGIC } from '../../engine/magic.js'
import { PickleMachine, type Shared } from './machine.js'
import { looksLikePickle } from './sniff.js'
import { TensorNames } from './tensor-names.js'

export { looksLikePickle } from './sniff.js'

/**
 * Analyses the pickle stream of `src` from `opts.start`, reporting findings and imports through `ctx`.
 * Malformed streams are findings (PKL-050, earlier findings kept); limits throw LimitExceeded.
 */
export async function analyzePickle(
  src: ByteSource,
  ctx: AnalysisContext,
  opts: PickleOptions = {}
): Promise<PickleResult> {
  const start = opts.start ?? 0
  const result: PickleResult = {
    imports: [],
    persistentIds: [],
    end: start,
    pickles: 0,
    complete: false,
    arrays: []
  }
  const shared: Shared = {
    result,
    once: new Set(),
    forks: [],
    forkCount: 0,
    decoded: 0,
    stringFindings: 0,
    ext: new Map(),
    arrays: 0,
    repeats: new Map(),
    importCounts: new Map(),
    // tensors of torch pickles are named by the path to them (a state dict's keys, a scripted module's attributes)
    ...(opts.profile === 'torch-weights' || opts.profile === 'torchscript' ? { names: new TensorNames() } : {})
  }
  const machine = new PickleMachine(src, ctx, opts.profile ?? 'generic', shared)
  let opcodes = 0
  try {
    await machine.run(start, opts.single ?? false)
  } finally {
    opcodes += machine.executed
  }
  // The C unpickler's view of FRAME straddles (bytes of the frame dropped): run each fork to its end.
  while (shared.forks.length) {
    const { machine: f, start: at } = shared.forks.shift()!
    await f.run(at, opts.single ?? false, true, false)
    opcodes += f.executed
  }
  result.opcodes = opcodes
  if (result.proto === undefined) result.proto = 0
  return result
}

export const analyzer: FormatAnalyzer = {
  id: 'pickle',
  detect: (v) => looksLikePickle(v.head, v.size <= v.head.length) && !startsWith(v.head, TORCH_LEGACY_MAGIC),
  async analyze(src, ctx, opts) {
    await analyzePickle(src, ctx, { profile: (opts.profile as PickleOptions['profile']) ?? 'generic' })
  }
}
