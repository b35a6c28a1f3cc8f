// Changed tensors between a file's base-branch version and the pull request's (format rules §13, WPOI): which
// tensors differ (crc32 of the examined values), by how much (mean, std, largest magnitude), and the pattern. A
// fine-tune moves many tensors a little; a planted backdoor often moves a few tensors a lot and leaves the rest
// byte-identical. Pure: tensor summaries in, a comparison and review findings out.
import type { Finding, Severity, TensorChange, TensorStats, TensorSummary, WeightChanges } from '../engine/types.js'
import { getRule } from '../policy/catalogue.js'

/** A tensor that moved this much (largest relative statistic change, or mean shift in σ) "changed a lot". */
export const LARGE_CHANGE = 0.25

/** At most this share of the compared tensors (and at least one) counts as "few". */
const FEW_SHARE = 0.25

function relative(base: number, head: number): number {
  if (base === head) return 0
  const d = Math.abs(base)
  // A statistic that was 0 and is not now: as large a change as it gets, kept finite for JSON.
  return d > 0 ? (head - base) / d : Math.sign(head - base) * 1e6
}

function stats(t: TensorSummary): TensorStats {
  return { mean: t.mean, std: t.std, maxAbs: t.maxAbs }
}

function change(b: TensorSummary, h: TensorSummary): TensorChange {
  const scale = b.std > 0 ? b.std : b.maxAbs > 0 ? b.maxAbs : 1
  const meanShift = Math.abs(h.mean - b.mean) / scale
  const stdChange = relative(b.std, h.std)
  const maxAbsChange = relative(b.maxAbs, h.maxAbs)
  const magnitude = Math.max(meanShift, Math.abs(stdChange), Math.abs(maxAbsChange))
  const clean = (x: number) => (Number.isFinite(x) ? x : 1e6)
  return {
    name: h.name,
    dtype: h.dtype,
    shape: h.shape,
    base: stats(b),
    head: stats(h),
    meanShift: clean(meanShift),
    stdChange: clean(stdChange),
    maxAbsChange: clean(maxAbsChange),
    magnitude: clean(magnitude)
  }
}

function sameLayout(b: TensorSummary, h: TensorSummary): boolean {
  return b.dtype === h.dtype && b.elements === h.elements && b.shape.join('x') === h.shape.join('x')
}

/**
 * Compares the tensor summaries of two versions of a file. Undefined when either side has none (nothing to
 * compare). Tensors are matched by name; the crc32 covers the examined values, so equal summaries of a tensor
 * examined only in part mean "the examined part is identical".
 */
export function compareTensors(
  base: readonly TensorSummary[] | undefined,
  head: readonly TensorSummary[] | undefined
): WeightChanges | undefined {
  if (!base?.length || !head?.length) return undefined
  const byName = new Map(base.map((t) => [t.name, t]))
  const headNames = new Set(head.map((t) => t.name))
  const changed: TensorChange[] = []
  const added: string[] = []
  const reshaped: string[] = []
  let identical = 0
  let compared = 0
  for (const h of head) {
    const b = byName.get(h.name)
    if (!b) added.push(h.name)
    else if (!sameLayout(b, h) || b.examinedElements !== h.examinedElements) reshaped.push(h.name)
    else {
      compared++
      if (b.crc32 === h.crc32) identical++
      else changed.push(change(b, h))
    }
  }
  const removed = base.filter((t) => !headNames.has(t.name)).map((t) => t.name)
  changed.sort((x, y) => y.magnitude - x.magnitude || x.name.localeCompare(y.name))
  return {
    compared,
    identical,
    changed,
    added: added.sort(),
    removed: removed.sort(),
    reshaped: reshaped.sort(),
    pattern: classify(compared, identical, changed, added.length + removed.length + reshaped.length)
  }
}

function classify(
  compared: number,
  identical: number,
  changed: TensorChange[],
  structural: number
): WeightChanges['pattern'] {
  const few = Math.max(1, Math.floor(compared * FEW_SHARE))
  const large = changed.filter((c) => c.magnitude >= LARGE_CHANGE).length
  if (large >= 1 && changed.length <= few && identical >= 1) return 'few-large'
  if (structural > 0) return 'structure'
  if (changed.length === 0) return 'identical'
  if (large > few) return 'broad-large'
  if (changed.length <= few) return 'few-small'
  return 'fine-tune'
}

function num(x: number): string {
  return Number(x.toPrecision(2)).toString()
}

function pct(x: number): string {
  const p = x * 100
  return `${p >= 0 ? '+' : '−'}${num(Math.abs(p))}%`
}

/** One changed tensor with its numbers: `std +280%, max |w| +470%, mean shift 0.84σ`. Name not included. */
export function describeChange(c: TensorChange): string {
  return `std ${pct(c.stdChange)}, max |w| ${pct(c.maxAbsChange)}, mean shift ${num(c.meanShift)}σ`
}

/** What the pattern means, in words for the summary and the findings. */
export const PATTERN_TEXT: Record<WeightChanges['pattern'], string> = {
  identical: 'no compared tensor changed',
  'fine-tune': 'many tensors changed a little (the pattern of a fine-tune)',
  'few-large': 'few tensors changed a lot while the rest are identical (the pattern of a planted backdoor)',
  'broad-large': 'most tensors changed a lot (retrained, or a different model)',
  'few-small': 'a few tensors changed a little, the rest are identical',
  structure: 'tensors were added, removed or reshaped'
}

/** The counts part of a description: `1 of 2 compared tensors changed, 1 identical`. */
export function changeCounts(w: WeightChanges): string {
  const parts = [`${w.changed.length} of ${w.compared} compared tensor(s) changed`, `${w.identical} identical`]
  if (w.added.length) parts.push(`${w.added.length} added`)
  if (w.removed.length) parts.push(`${w.removed.length} removed`)
  if (w.reshaped.length) parts.push(`${w.reshaped.length} reshaped`)
  return parts.join(', ')
}

const MAX_LISTED = 5

function listed(changes: TensorChange[]): string {
  const shown = changes.slice(0, MAX_LISTED).map((c) => `${c.name} (${describeChange(c)})`)
  const more = changes.length > MAX_LISTED ? `, and ${changes.length - MAX_LISTED} more` : ''
  return shown.join('; ') + more
}

function evidenceOf(names: string[]): string {
  const text = names.join(', ')
  return text.length <= 120 ? text : `${text.slice(0, 117)}...`
}

const PATTERN_SEVERITY: Partial<Record<WeightChanges['pattern'], Severity>> = {
  'fine-tune': 'info',
  'few-small': 'info',
  'broad-large': 'low',
  structure: 'low'
}

/**
 * Review findings for a weight comparison: WPOI-010 (medium) for the backdoor-like pattern, WPOI-011 (info for a
 * fine-tune, low for a retrained model or changed structure) otherwise. Phrased with the numbers.
 */
export function weightChangeFindings(w: WeightChanges): Finding[] {
  if (w.pattern === 'identical') return []
  if (w.pattern === 'few-large') {
    const large = w.changed.filter((c) => c.magnitude >= LARGE_CHANGE)
    return [
      {
        ruleId: 'WPOI-010',
        severity: getRule('WPOI-010').severity,
        message: `Compared with the base version, ${changeCounts(w)}: ${PATTERN_TEXT['few-large']}. Changed: ${listed(w.changed)}`,
        evidence: evidenceOf(large.map((c) => c.name))
      }
    ]
  }
  const severity = PATTERN_SEVERITY[w.pattern] ?? 'info'
  const details = w.changed.length ? `. Largest changes: ${listed(w.changed)}` : ''
  const structure = [
    w.added.length ? `added: ${w.added.slice(0, MAX_LISTED).join(', ')}` : '',
    w.removed.length ? `removed: ${w.removed.slice(0, MAX_LISTED).join(', ')}` : '',
    w.reshaped.length ? `reshaped: ${w.reshaped.slice(0, MAX_LISTED).join(', ')}` : ''
  ].filter(Boolean)
  return [
    {
      ruleId: 'WPOI-011',
      severity,
      message: `Compared with the base version, ${changeCounts(w)}: ${PATTERN_TEXT[w.pattern]}${details}${structure.length ? ` (${structure.join('; ')})` : ''}`,
      evidence: w.pattern
    }
  ]
}
