// Annotations on the files of a PR: one per finding, worst first, within GitHub's display caps (10 errors,
// 10 warnings, 10 notices per step); what does not fit is summarised in one annotation pointing to the summary.
// Pure: Report in, a list of annotations out; the Action issues them as workflow commands.
import type { Finding, Report, Severity } from '../engine/types.js'
import { SEVERITY_RANK } from '../engine/types.js'
import { RULES } from '../policy/catalogue.js'
import { forWorkflowCommand } from './sanitize.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  /** Repo-relative path; absent for the overflow annotation. */
  file?: string
  /** 1 for model files: they are binary, so the annotation sits on the file's first line. */
  startLine?: number
}

/** GitHub shows at most this many annotations of each level per step. */
export const PER_LEVEL_CAP = 10

export function levelOf(s: Severity): AnnotationLevel | undefined {
  if (SEVERITY_RANK[s] >= SEVERITY_RANK.high) return 'error'
  if (s === 'medium') return 'warning'
  if (s === 'low') return 'notice'
  return undefined // info is inventory, not an annotation
}

export interface AnnotationBudget {
  error: number
  warning: number
  notice: number
}

function describe(f: Finding): string {
  const where = [f.member ? `in ${f.member}` : '', f.offset !== undefined ? `at byte ${f.offset}` : '']
    .filter(Boolean)
    .join(' ')
  const rule = RULES.get(f.ruleId)
  const pre = f.preExisting ? 'Pre-existing (already on the base branch): ' : ''
  return `${pre}${f.message}${where ? ` (${where})` : ''}${rule ? `. Fix: ${rule.fix}` : ''}`
}

/**
 * Plans the annotations. `budget` is what each level may use (the Action keeps one error for its own
 * setFailed line and a few warnings for operational messages).
 */
export function planAnnotations(
  report: Report,
  budget: AnnotationBudget = { error: PER_LEVEL_CAP, warning: PER_LEVEL_CAP, notice: PER_LEVEL_CAP }
): Annotation[] {
  const all: { a: Annotation; rank: number }[] = []
  for (const file of report.files)
    for (const f of file.findings) {
      const level = levelOf(f.severity)
      if (!level) continue
      const title = `ModelGate ${f.ruleId} (${f.severity}${f.preExisting ? ', pre-existing' : ''}): ${RULES.get(f.ruleId)?.title ?? f.ruleId}`
      all.push({
        a: {
          level,
          title: forWorkflowCommand(title),
          message: forWorkflowCommand(describe(f)),
          // A path with control characters cannot be shown raw in the log; escaped, it no longer maps to the
          // file, and the annotation still appears (unattached) with the path readable.
          file: forWorkflowCommand(file.path),
          startLine: 1
        },
        rank: SEVERITY_RANK[f.severity]
      })
    }
  // Worst first; stable within a severity (files and findings already come sorted).
  all.sort((x, y) => y.rank - x.rank)
  const byLevel: Record<AnnotationLevel, Annotation[]> = { error: [], warning: [], notice: [] }
  for (const { a } of all) byLevel[a.level].push(a)
  const levels: AnnotationLevel[] = ['error', 'warning', 'notice']
  const overflowLevel = levels.find((l) => byLevel[l].length > budget[l])
  const out: Annotation[] = []
  let omitted = 0
  for (const l of levels) {
    const cap = Math.max(0, budget[l] - (l === overflowLevel ? 1 : 0))
    out.push(...byLevel[l].slice(0, cap))
    omitted += Math.max(0, byLevel[l].length - cap)
  }
  if (overflowLevel && omitted > 0)
    out.push({
      level: overflowLevel,
      title: `ModelGate: ${omitted} more finding(s) not annotated`,
      message: `GitHub shows only ${PER_LEVEL_CAP} annotations of each level per step. ${omitted} more finding(s) are listed in the job summary (and in the JSON report).`
    })
  return out
}
