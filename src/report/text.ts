// Text output for people: files grouped, worst first, every finding with its rule id, why and fix.
import type { FileReport, Report, Verdict } from '../engine/types.js'
import { SEVERITY_RANK } from '../engine/types.js'
import { RULES } from '../policy/catalogue.js'
import { forTerminal as t } from './sanitize.js'

const VERDICT_RANK: Record<Verdict, number> = { fail: 2, warn: 1, pass: 0 }

function worstRank(f: FileReport): number {
  return f.findings.length ? SEVERITY_RANK[f.findings[0]!.severity] : -1
}

export function renderText(report: Report): string {
  const lines: string[] = []
  const files = [...report.files].sort(
    (a, b) =>
      VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || worstRank(b) - worstRank(a) || a.path.localeCompare(b.path)
  )
  for (const f of files) {
    lines.push(`${f.verdict.toUpperCase().padEnd(4)}  ${t(f.path)}  (${f.format}, ${f.size} bytes)`)
    lines.push(...historyLines(f))
    for (const x of f.findings) {
      const where = [x.member ? `in ${t(x.member)}` : '', x.offset !== undefined ? `at offset ${x.offset}` : '']
        .filter(Boolean)
        .join(' ')
      lines.push(`  ${x.severity.toUpperCase().padEnd(8)} ${x.ruleId}  ${t(x.message)}${where ? ` (${where})` : ''}`)
      const rule = RULES.get(x.ruleId)
      if (rule) {
        lines.push(`           why: ${rule.why}`)
        lines.push(`           fix: ${rule.fix}`)
      }
    }
    if (f.suppressed?.length) lines.push(`  (${f.suppressed.length} finding(s) suppressed by policy)`)
    if (f.imports.length) lines.push(`  imports: ${f.imports.map(t).join(', ')}`)
    lines.push('')
  }
  const s = report.summary
  if (s.commitsWalked !== undefined)
    lines.push(
      `History: ${s.commitsWalked} commit(s) walked, ${s.blobsSeen ?? 0} distinct blob(s) seen, ${s.blobsScanned ?? 0} analysed as models.`
    )
  if (s.baselined) lines.push(`${s.baselined} finding(s) accepted by the baseline are not shown.`)
  lines.push(
    `${s.files} file(s) scanned: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass. Verdict: ${report.verdict.toUpperCase()} (fail-on: ${report.failOn})`
  )
  return lines.join('\n') + '\n'
}

/** Where a history audit found the content: blob, first commit, whether HEAD still has it, other paths. */
function historyLines(f: FileReport): string[] {
  const out: string[] = []
  if (f.introducedBy) {
    const c = f.introducedBy
    out.push(
      `  blob ${f.blob ?? '?'}: first in ${c.commit.slice(0, 12)}${c.beforeScope ? ' (or earlier)' : ''} ${t(c.date)} by ${t(c.author)}; ${f.atHead ? 'still at HEAD' : 'deleted from HEAD, still in history'}`
    )
  }
  if (f.lfs) out.push(`  Git LFS object ${f.lfs.oid}${f.lfs.present ? '' : ' (not in the local store)'}`)
  if (f.paths && (f.paths.length > 1 || (f.paths.length === 1 && f.paths[0] !== f.path)))
    out.push(`  paths: ${f.paths.map(t).join(', ')}`)
  return out
}
