// ONNX ModelProto analyzer: recognition by a bounded wire-format check, a streaming walk of every graph,
// function and tensor (walk.ts), then model-wide checks on domains, operators and function calls.
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { Severity } from '../../engine/types.js'
import { ProtoReader } from '../protobuf/wire.js'
import { looksLikeOnnx } from './detect.js'
import { OnnxWalker, nodeKey, type OnnxFacts } from './walk.js'
import { MAX_OPSET, STANDARD_OPS } from './ops.js'

/** A single protobuf cannot exceed 2 GiB (onnx/checker.py MAXIMUM_PROTOBUF). */
const MAX_PROTOBUF = 2147483647
const MAX_CALL_DEPTH = 32

const STANDARD_DOMAINS = new Set(['', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview', 'ai.onnx.preview.training'])
/** Contrib domains built into ONNX Runtime itself (no library to load). */
const ORT_BUILTIN = new Set([
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.dml',
  'com.microsoft.mlfeaturizers'
])
/** Operators that call back into host Python (onnxruntime-extensions PyOp, ORT training PythonOp). */
const PYTHON_OP = /python|^py(?:op|func|_?call)/i

const STANDARD_OP_SETS = new Map(Object.entries(STANDARD_OPS).map(([d, ops]) => [d, new Set(ops)]))

function domainSeverity(domain: string): Severity {
  return ORT_BUILTIN.has(domain) ? 'low' : 'medium'
}

function checkModel(w: OnnxWalker, facts: OnnxFacts): void {
  const out = w.out
  const local = facts.functions

  // ONNX-007: opset imports above the newest known version.
  const imports = new Map(facts.opsets)
  for (const fn of local.values()) for (const [d, v] of fn.opsets) if (!imports.has(d)) imports.set(d, v)
  for (const [domain, version] of imports) {
    const max = MAX_OPSET[domain]
    if (max !== undefined && version > max)
      out.report(
        'ONNX-007',
        `opset_import ${domain || 'ai.onnx'} version ${version} is newer than the newest known (${max})`,
        {
          severity: 'low',
          offset: facts.opsetOffsets.get(domain),
          evidence: `${domain || 'ai.onnx'}:${version}`
        }
      )
  }

  // Operators by domain; calls to model-local functions are not operators.
  const customByDomain = new Map<string, { ops: Set<string>; where: string; offset: number }>()
  const functionOnlyDomains = new Set<string>()
  for (const fn of local.values()) functionOnlyDomains.add(fn.domain)
  for (const ref of facts.nodes.values()) {
    const isLocal = local.has(nodeKey(ref.domain, ref.op, ref.overload))
    if (PYTHON_OP.test(ref.op))
      out.report(
        'ONNX-006',
        `${ref.where}: operator ${ref.domain ? `${ref.domain}.` : ''}${ref.op} calls into host Python (${ref.count}×)`,
        { severity: 'high', offset: ref.offset, evidence: `${ref.domain}:${ref.op}` }
      )
    if (isLocal) continue
    if (STANDARD_DOMAINS.has(ref.domain)) {
      const known = STANDARD_OP_SETS.get(ref.domain)
      if (known && !known.has(ref.op))
        out.report(
          'ONNX-007',
          `${ref.where}: ${ref.op} is not an operator of ${ref.domain || 'ai.onnx'} (${ref.count}×)`,
          { offset: ref.offset, evidence: `${ref.domain || 'ai.onnx'}:${ref.op}` }
        )
      continue
    }
    functionOnlyDomains.delete(ref.domain)
    const c = customByDomain.get(ref.domain)
    if (c) c.ops.add(ref.op)
    else customByDomain.set(ref.domain, { ops: new Set([ref.op]), where: ref.where, offset: ref.offset })
  }
  for (const [domain, c] of customByDomain) {
    const ops = [...c.ops].sort()
    const what = ORT_BUILTIN.has(domain)
      ? 'ONNX Runtime contrib operators'
      : domain === 'ai.onnx.contrib'
        ? 'onnxruntime-extensions operators (host-registered, possibly Python)'
        : 'a custom-operator library the application must load (native code)'
    out.report(
      'ONNX-006',
      `domain ${JSON.stringify(domain)} needs ${what}: ${ops.slice(0, 10).join(', ')}${ops.length > 10 ? ` (+${ops.length - 10})` : ''} (first at ${c.where})`,
      { severity: domainSeverity(domain), offset: c.offset, evidence: `${domain}:${ops.slice(0, 5).join(',')}` }
    )
  }
  // Custom domains imported but used by no node (besides local functions) are harmless; not reported.

  // ONNX-008: cycles and depth in the model-local function call graph.
  const state = new Map<string, number>() // 1 visiting, 2 done
  const depthOf = new Map<string, number>()
  const reported = new Set<string>()
  const visit = (key: string, path: string[]): number => {
    const st = state.get(key)
    if (st === 1) {
      const cycle = [...path.slice(path.indexOf(key)), key].map((k) => local.get(k)!.name)
      const id = [...cycle].sort().join('>')
      if (!reported.has(id)) {
        reported.add(id)
        out.report('ONNX-008', `model-local functions call each other in a cycle: ${cycle.join(' → ')}`, {
          offset: local.get(key)!.offset,
          evidence: cycle.join('>')
        })
      }
      return 0
    }
    if (st === 2) return depthOf.get(key)!
    state.set(key, 1)
    let d = 0
    for (const callee of local.get(key)!.calls) if (local.has(callee)) d = Math.max(d, visit(callee, [...path, key]))
    state.set(key, 2)
    depthOf.set(key, d + 1)
    return d + 1
  }
  for (const key of local.keys()) {
    const d = visit(key, [])
    if (d > MAX_CALL_DEPTH) {
      out.report('ONNX-008', `function ${local.get(key)!.name} nests ${d} levels of function calls`, {
        offset: local.get(key)!.offset
      })
      break
    }
  }
}

export const analyzer: FormatAnalyzer = {
  id: 'onnx',
  detect: (view) => looksLikeOnnx(view),
  async analyze(src, ctx) {
    ctx.setFormat('onnx')
    const w = new OnnxWalker(ctx)
    if (src.size > MAX_PROTOBUF)
      w.out.report('ONNX-011', `the model is ${src.size} bytes, over the 2 GiB limit of a single protobuf`, {})
    try {
      await w.model(ProtoReader.root(src, { maxDepth: ctx.limits.maxNesting, tick: w.tick }))
      // only once every tensor was seen: a walk cut short would make referenced bytes look unreferenced
      await w.external.finish()
    } finally {
      // Model-wide checks on whatever was read, even when a parse error stopped the walk (fail closed).
      checkModel(w, w.facts)
      w.out.flush()
    }
  }
}
