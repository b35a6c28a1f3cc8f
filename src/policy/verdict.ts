// From findings to a verdict: fail at or above fail-on, warn at medium or above, pass otherwise.
import { SEVERITY_RANK, type FailOn, type Finding, type Severity, type Verdict } from '../engine/types.js'

export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn]
}

export function fileVerdict(findings: readonly Finding[], failOn: FailOn): Verdict {
  let verdict: Verdict = 'pass'
  for (const f of findings) {
    if (reachesFailOn(f.severity, failOn)) return 'fail'
    if (SEVERITY_RANK[f.severity] >= SEVERITY_RANK.medium) verdict = 'warn'
  }
  return verdict
}

export function overallVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail'
  if (verdicts.includes('warn')) return 'warn'
  return 'pass'
}
