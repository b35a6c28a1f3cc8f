// TensorFlow graph analysis (TF-001…TF-004): every NodeDef of the graph and of every library function is
// classified — function call, stock op, side-effect op (dangerous-ops.ts) or unknown op — and side-effect ops
// reachable from what the loader runs at load time (init op, restore op, restore functions) get TF-002.
import type { Severity } from '../../engine/types.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { CappedReporter } from '../common/capped.js'
import { sniffText } from '../common/sniff.js'
import { hostPathKind } from '../common/paths.js'
import { reportSecrets } from '../secrets/index.js'
import { DANGEROUS_TF_OPS, type OpRisk } from './dangerous-ops.js'
import { STOCK_TF_OPS } from './stock-ops.js'
import { inputNode, type TfGraph, type TfNode } from './proto.js'

export interface GraphContext {
  /** `meta_graph[0]` or `graph` — prefixes finding locations. */
  label: string
  /** Node names the loader runs when loading (with why). */
  loadRoots: { name: string; via: string }[]
  /** Restore/save op names of the SavedModel's saver (their closure is the saver context). */
  saverRoots: string[]
  /** A SavedModel (functions named *_traced_restore* run at load) rather than a bare GraphDef. */
  savedModel: boolean
}

const RAISE: Record<Severity, Severity> = {
  info: 'info',
  low: 'medium',
  medium: 'high',
  high: 'critical',
  critical: 'critical'
}
const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 }
const maxSev = (a: Severity, b: Severity): Severity => (RANK[a] >= RANK[b] ? a : b)

const SAVER_FN = /_traced_save|_traced_restore|(?:^|_)save_fn(?:_|$)|(?:^|_)restore_fn(?:_|$)/
const RESTORE_FN = /_traced_restore|(?:^|_)restore_fn(?:_|$)/
const SAVER_SCOPE = /^save(?:_\d+)?\//

interface Container {
  kind: 'graph' | 'function'
  name: string
  nodes: TfNode[]
  byName: Map<string, TfNode>
}

/** Returns the op multiset signature of the graph (for TF-007 comparisons). */
export function analyzeTfGraph(ctx: AnalysisContext, out: CappedReporter, g: TfGraph, gc: GraphContext): string {
  const fns = new Map<string, Container>()
  for (const f of g.functions)
    if (!fns.has(f.name))
      fns.set(f.name, {
        kind: 'function',
        name: f.name,
        nodes: f.nodes,
        byName: new Map(f.nodes.map((n) => [n.name, n]))
      })
  const graph: Container = {
    kind: 'graph',
    name: gc.label,
    nodes: g.nodes,
    byName: new Map(g.nodes.map((n) => [n.name, n]))
  }
  const callees = (n: TfNode): string[] => {
    const c = n.funcs.filter((f) => fns.has(f))
    if (fns.has(n.op)) c.push(n.op)
    return c
  }

  // Closure over graph nodes (through inputs) and functions (through calls) from labelled roots; every
  // reached node and function remembers the root it was reached from (for messages).
  const closure = (roots: [string, string][], fnRoots: [string, string][]) => {
    const nodes = new Map<string, string>()
    const reached = new Map<string, string>()
    const fnQueue = [...fnRoots]
    const queue: [string, string][] = roots.map(([n, via]) => [inputNode(n), via])
    while (queue.length) {
      const [name, via] = queue.pop()!
      if (nodes.has(name)) continue
      const n = graph.byName.get(name)
      if (!n) continue
      nodes.set(name, via)
      for (const i of n.inputs) queue.push([inputNode(i), via])
      for (const f of callees(n)) fnQueue.push([f, via])
    }
    while (fnQueue.length) {
      const [f, via] = fnQueue.pop()!
      if (reached.has(f)) continue
      reached.set(f, via)
      for (const n of fns.get(f)!.nodes) for (const c of callees(n)) fnQueue.push([c, via])
    }
    return { nodes, fns: reached }
  }

  const restoreFns: [string, string][] = gc.savedModel
    ? [...fns.keys()].filter((f) => RESTORE_FN.test(f)).map((f) => [f, `restore function ${f}`])
    : []
  const load = closure(
    gc.loadRoots.map((r) => [r.name, r.via]),
    restoreFns
  )
  const saver = closure(
    gc.saverRoots.map((r) => [r, 'saver']),
    [...fns.keys()].filter((f) => SAVER_FN.test(f)).map((f) => [f, 'saver'])
  )

  const unknown = new Map<string, { count: number; where: string; at: number }>()
  const infos = new Map<string, { count: number; where: string; at: number; why: string }>()
  const ops: string[] = []

  const visit = (c: Container): void => {
    for (const n of c.nodes) {
      ctx.checkDeadline(n.at)
      ops.push(n.op)
      const where =
        c.kind === 'graph'
          ? `${gc.label} node ${JSON.stringify(n.name)}`
          : `${gc.label === 'graph' ? '' : `${gc.label} `}function ${c.name} node ${JSON.stringify(n.name)}`
      checkStrings(ctx, out, n, where)
      if (fns.has(n.op)) continue
      const risk = DANGEROUS_TF_OPS.get(n.op)
      if (!risk) {
        if (!STOCK_TF_OPS.has(n.op)) {
          const u = unknown.get(n.op)
          if (u) u.count++
          else unknown.set(n.op, { count: 1, where, at: n.at })
        }
        continue
      }
      const inSaver =
        c.kind === 'function' ? saver.fns.has(c.name) : saver.nodes.has(n.name) || SAVER_SCOPE.test(n.name)
      const atLoad = c.kind === 'function' ? load.fns.has(c.name) : load.nodes.has(n.name)
      const { severity, notes } = assess(n, risk, c, inSaver)
      if (severity === 'info') {
        const key = `${n.op}\0${risk.why}`
        const i = infos.get(key)
        if (i) i.count++
        else infos.set(key, { count: 1, where, at: n.at, why: inSaver ? `${risk.why}, inside the saver` : risk.why })
        continue
      }
      const detail = `${n.op} ${risk.why}${notes.length ? ` (${notes.join('; ')})` : ''}`
      if (atLoad) {
        const root = (c.kind === 'function' ? load.fns.get(c.name) : load.nodes.get(n.name)) ?? 'the init op'
        out.report('TF-002', `${where}: ${detail}; runs when the model is loaded (reachable from ${root})`, {
          severity: RAISE[severity],
          offset: n.at,
          evidence: n.op
        })
      } else out.report('TF-001', `${where}: ${detail}`, { severity, offset: n.at, evidence: n.op })
    }
  }
  visit(graph)
  for (const c of fns.values()) visit(c)

  for (const [op, u] of unknown) {
    const internal = op.startsWith('_')
    out.report(
      'TF-003',
      `${u.where}: op ${JSON.stringify(op)} is ${internal ? 'a reserved internal op' : 'not a stock TensorFlow op (needs a custom kernel library)'}${u.count > 1 ? ` (${u.count}×)` : ''}`,
      { offset: u.at, evidence: op.slice(0, 100) }
    )
  }
  for (const [key, i] of infos)
    out.report('TF-001', `${i.where}: ${key.split('\0')[0]} ${i.why}${i.count > 1 ? ` (${i.count}×)` : ''}`, {
      severity: 'info',
      offset: i.at,
      evidence: key.split('\0')[0]
    })
  return ops.sort().join(',')
}

/** Severity of one occurrence, from the op table and what its attributes and constant inputs say. */
function assess(n: TfNode, risk: OpRisk, c: Container, inSaver: boolean): { severity: Severity; notes: string[] } {
  let severity = risk.severity
  const notes: string[] = []
  const attr = (name: string) => n.strings.filter((s) => s.attr === name).map((s) => s.value)
  if (risk.cls === 'saver') severity = inSaver ? 'info' : 'high'
  if (risk.cls === 'debug') {
    const urls = attr('debug_urls').filter(Boolean)
    if (urls.length) {
      severity = 'high'
      notes.push(`debug_urls ${urls.slice(0, 3).join(', ')}`)
    }
  }
  if (n.op === 'ImmutableConst') notes.push(`memory_region_name ${JSON.stringify(attr('memory_region_name')[0] ?? '')}`)
  if (n.op === 'PrintV2') {
    const stream = attr('output_stream')[0] ?? ''
    if (stream.startsWith('file://')) {
      severity = 'medium'
      notes.push(`writes to ${stream}`)
    }
  }
  if (n.op === 'DecodeProtoV2' || n.op === 'EncodeProto') {
    const src = attr('descriptor_source')[0] ?? 'local://'
    if (src !== 'local://' && !src.startsWith('bytes://')) {
      severity = 'medium'
      notes.push(`descriptor_source ${JSON.stringify(src)}`)
    }
  }
  if (risk.pathInput !== undefined) {
    const input = n.inputs[risk.pathInput]
    const src = input !== undefined ? c.byName.get(inputNode(input)) : undefined
    const path = src?.op === 'Const' ? src.strings.find((s) => s.attr === 'value tensor')?.value : undefined
    if (path !== undefined) {
      const kind = hostPathKind(path)
      notes.push(`path constant ${JSON.stringify(path.slice(0, 120))}${kind ? ` (${kind})` : ''}`)
      if (kind) severity = maxSev(severity, 'high')
    }
  }
  return { severity, notes }
}

/** TF-004: string attributes and string constants that name host paths, URLs or carry staged code. */
function checkStrings(ctx: AnalysisContext, out: CappedReporter, n: TfNode, where: string): void {
  for (const s of n.strings) {
    if (s.value.length === 0) continue
    const kind = hostPathKind(s.value)
    if (kind)
      out.report('TF-004', `${where}: ${s.attr} is ${kind}: ${JSON.stringify(s.value.slice(0, 160))}`, {
        offset: s.at,
        evidence: s.value.slice(0, 120)
      })
    for (const h of sniffText(s.value, { allowUrls: true, totalLength: s.len }).slice(0, 1))
      out.report('TF-004', `${where}: ${s.attr}: ${h.detail}`, {
        severity: h.severity,
        offset: s.at,
        evidence: h.evidence
      })
    reportSecrets(ctx, s.value, `${where} ${s.attr}`, s.at)
  }
}
