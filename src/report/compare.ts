// A model changed in a PR, compared with its base version: which findings are new in the PR and which already
// existed on the base branch, and how the inventory moved (imports, operators, Lambda layers, external-data
// references, signature state, changed tensors). Pure: two FileReports in, a comparison out.
import type {
  FailOn,
  FileChanges,
  FileReport,
  Finding,
  Inventory,
  SetDelta,
  Severity,
  Verdict,
  WeightChanges
} from '../engine/types.js'
import { INVENTORY_KEYS, worstSeverity } from '../engine/types.js'
import { fileVerdict } from '../policy/verdict.js'
import { compareTensors } from './weights-diff.js'

export type { SetDelta } from '../engine/types.js'

export interface Comparison {
  path: string
  /** No base version (an added file): every finding is new. */
  added: boolean
  /** Head findings with no counterpart in the base version (worst first, as in the head report). */
  newFindings: Finding[]
  /** Head findings the base version already had. They still count for the verdict unless fail-on-new-only. */
  preExisting: Finding[]
  /** Base findings the head version no longer has. */
  resolved: Finding[]
  newImports: string[]
  removedImports: string[]
  operators: SetDelta
  lambdaLayers: SetDelta
  externalData: SetDelta
  signature: { base?: string; head?: string; changed: boolean }
  format: { base?: string; head: string; changed: boolean }
  /** sha256 equal on both sides: the content did not change (a rename or mode change). */
  unchanged: boolean
  /** Changed tensors, when both versions have tensor summaries (see weights-diff.ts). */
  weights?: WeightChanges
}

/**
 * A finding's identity across two versions of one file: rule, member and evidence. The content digest is left
 * out (it differs by definition) and so are offsets and wording. Severity is part of it, so a finding that got
 * worse in the PR counts as new.
 */
export function findingKey(f: Finding): string {
  return JSON.stringify([f.ruleId, f.member ?? '', f.evidence ?? '', f.severity])
}

function delta(base: Iterable<string>, head: Iterable<string>): SetDelta {
  const b = new Set(base)
  const h = new Set(head)
  return { added: [...h].filter((x) => !b.has(x)).sort(), removed: [...b].filter((x) => !h.has(x)).sort() }
}

/**
 * Rule ids whose evidence names an inventory item, so the comparison also sees items analyzers reported only as
 * findings (see ../shared/docs/format-rules.md §6.3, §7.2, §8.3, §9.3).
 */
const INVENTORY_RULES: Record<keyof Inventory, ReadonlySet<string>> = {
  operators: new Set(['ONNX-006', 'ONNX-007', 'TF-001', 'TF-002', 'TF-003', 'TS-003', 'TS-007', 'TFL-001', 'TFL-002']),
  lambdaLayers: new Set(['KER-001', 'KER-002', 'KER-008', 'KER-014', 'TF-006']),
  externalData: new Set(['ONNX-001', 'ONNX-002', 'ONNX-003', 'ONNX-004', 'ONNX-005', 'KER-006', 'KER-007'])
}

/** An inventory category: what the analyzer recorded plus the evidence of the category's findings. */
export function inventoryItems(r: FileReport | undefined, key: keyof Inventory): string[] {
  if (!r) return []
  const items = new Set(r.inventory?.[key] ?? [])
  for (const f of r.findings) if (f.evidence && INVENTORY_RULES[key].has(f.ruleId)) items.add(f.evidence)
  return [...items].sort()
}

/**
 * Compares the analysis of a file's base version with its head version. `base` undefined = the file is new in
 * the PR. Findings are matched as multisets (two identical head findings need two in the base to both be old).
 */
export function compareAnalyses(base: FileReport | undefined, head: FileReport): Comparison {
  const remaining = new Map<string, number>()
  for (const f of base?.findings ?? []) remaining.set(findingKey(f), (remaining.get(findingKey(f)) ?? 0) + 1)
  const newFindings: Finding[] = []
  const preExisting: Finding[] = []
  for (const f of head.findings) {
    const k = findingKey(f)
    const n = remaining.get(k) ?? 0
    if (n > 0) {
      remaining.set(k, n - 1)
      preExisting.push(f)
    } else newFindings.push(f)
  }
  const resolved: Finding[] = []
  for (const f of base?.findings ?? []) {
    const k = findingKey(f)
    const n = remaining.get(k) ?? 0
    if (n > 0) {
      remaining.set(k, n - 1)
      resolved.push(f)
    }
  }
  const imports = delta(base?.imports ?? [], head.imports)
  const [operators, lambdaLayers, externalData] = INVENTORY_KEYS.map((k) =>
    delta(inventoryItems(base, k), inventoryItems(head, k))
  ) as [SetDelta, SetDelta, SetDelta]
  const sigBase = base?.integrity?.signature
  const sigHead = head.integrity?.signature
  const weights = base ? compareTensors(base.tensors, head.tensors) : undefined
  return {
    path: head.path,
    added: base === undefined,
    newFindings,
    preExisting,
    resolved,
    newImports: imports.added,
    removedImports: imports.removed,
    operators,
    lambdaLayers,
    externalData,
    signature: {
      ...(sigBase !== undefined ? { base: sigBase } : {}),
      ...(sigHead !== undefined ? { head: sigHead } : {}),
      changed: sigBase !== undefined && sigHead !== undefined && sigBase !== sigHead
    },
    format: {
      ...(base ? { base: base.format } : {}),
      head: head.format,
      changed: base !== undefined && base.format !== head.format
    },
    unchanged: base !== undefined && base.sha256 !== '' && base.sha256 === head.sha256,
    ...(weights ? { weights } : {})
  }
}

/** The comparison as stored on the head report (JSON `changes`): counts, inventory deltas, weights. */
export function fileChanges(base: FileReport | undefined, cmp: Comparison): FileChanges {
  const sig = cmp.signature
  return {
    ...(base
      ? {
          base: { path: base.path, sha256: base.sha256, format: base.format, ...(base.blob ? { blob: base.blob } : {}) }
        }
      : {}),
    newFindings: cmp.newFindings.length,
    preExisting: cmp.preExisting.length,
    resolved: cmp.resolved.length,
    newImports: cmp.newImports,
    removedImports: cmp.removedImports,
    operators: cmp.operators,
    lambdaLayers: cmp.lambdaLayers,
    externalData: cmp.externalData,
    ...(sig.base !== undefined && sig.head !== undefined ? { signature: { base: sig.base, head: sig.head } } : {}),
    ...(cmp.weights ? { weights: cmp.weights } : {})
  }
}

/** The head file's verdict, counting only new findings when `newOnly` (the Action's fail-on-new-only). */
export function comparisonVerdict(head: FileReport, cmp: Comparison, failOn: FailOn, newOnly: boolean): Verdict {
  return newOnly ? fileVerdict(cmp.newFindings, failOn) : fileVerdict(head.findings, failOn)
}

/** Worst severity among the new findings, for "new in this PR" headlines. */
export function worstNew(cmp: Comparison): Severity | undefined {
  return worstSeverity(cmp.newFindings)
}

/** Whether anything a reviewer should look at changed (findings or inventory). */
export function hasChanges(cmp: Comparison): boolean {
  return (
    cmp.newFindings.length > 0 ||
    cmp.resolved.length > 0 ||
    cmp.newImports.length > 0 ||
    cmp.removedImports.length > 0 ||
    [cmp.operators, cmp.lambdaLayers, cmp.externalData].some((d) => d.added.length > 0 || d.removed.length > 0) ||
    cmp.signature.changed ||
    cmp.format.changed ||
    (cmp.weights !== undefined && cmp.weights.pattern !== 'identical')
  )
}
