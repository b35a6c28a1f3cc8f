// Recomputes file verdicts, the overall verdict and the summary counts after findings moved (baseline) or reports
// were merged. Extra summary keys (commitsWalked, blobsSeen…) are kept as given.
import type { FailOn, FileReport, Report, ReportSummary } from '../engine/types.js'
import { fileVerdict, overallVerdict } from '../policy/verdict.js'

export function countSummary(files: FileReport[], extra: Record<string, number> = {}): ReportSummary {
  const count = (v: string) => files.filter((f) => f.verdict === v).length
  return { files: files.length, pass: count('pass'), warn: count('warn'), fail: count('fail'), ...extra }
}

/** The summary keys beyond files/pass/warn/fail. */
export function extraSummary(summary: ReportSummary): Record<string, number> {
  const { files: _f, pass: _p, warn: _w, fail: _x, ...extra } = summary
  return extra
}

export function recount(report: Report, failOn: FailOn = report.failOn): Report {
  for (const f of report.files) f.verdict = fileVerdict(f.findings, failOn)
  report.failOn = failOn
  report.verdict = overallVerdict(report.files.map((f) => f.verdict))
  report.summary = countSummary(report.files, extraSummary(report.summary))
  return report
}
