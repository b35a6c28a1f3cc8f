// Markdown for what a pull request changed relative to its base branch (new findings first, pre-existing ones
// marked, new imports / operators / Lambda layers / external data, signature and weight changes) and for where a
// history audit found a model (the commit that introduced it). Shared by the job summary and the PR comment.
// Pure: Report in, text out; every untrusted string goes through sanitize.ts.
import type { FileReport, Finding, Report, SetDelta, WeightChanges } from '../engine/types.js'
import { SEVERITY_RANK } from '../engine/types.js'
import { findingCells, table } from './markdown.js'
import { mdCode, mdText } from './sanitize.js'
import { changeCounts, describeChange, PATTERN_TEXT } from './weights-diff.js'

/** Whether the report compares a pull request with its base (some file carries `changes`). */
export function hasComparison(report: Report): boolean {
  return report.files.some((f) => f.changes !== undefined)
}

export interface NewFinding {
  file: FileReport
  finding: Finding
}

/** Findings new in the pull request, worst first across files (files in the order given). */
export function newFindings(files: FileReport[]): NewFinding[] {
  const out: NewFinding[] = []
  for (const file of files)
    if (file.changes) for (const finding of file.findings) if (!finding.preExisting) out.push({ file, finding })
  return out.sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity])
}

export function preExistingCount(files: FileReport[]): { findings: number; files: number } {
  const withPre = files.filter((f) => f.findings.some((x) => x.preExisting))
  return {
    findings: withPre.reduce((n, f) => n + f.findings.filter((x) => x.preExisting).length, 0),
    files: withPre.length
  }
}

function codes(list: string[], max = 10): string {
  const shown = list.slice(0, max).map((s) => mdCode(s, false))
  return shown.join(', ') + (list.length > max ? `, and ${list.length - max} more` : '')
}

function delta(label: string, d: SetDelta): string | undefined {
  const parts: string[] = []
  if (d.added.length) parts.push(`new ${codes(d.added)}`)
  if (d.removed.length) parts.push(`removed ${codes(d.removed)}`)
  return parts.length ? `${label}: ${parts.join('; ')}` : undefined
}

/** "Changes in weights: 1 of 2 compared tensor(s) changed, 1 identical — … (pattern). `t` std +280%, …" */
export function weightsLine(w: WeightChanges, max = 5): string {
  const listed = w.changed
    .slice(0, max)
    .map((c) => `${mdCode(c.name, false)} ${describeChange(c)}`)
    .join('; ')
  const more = w.changed.length > max ? `; and ${w.changed.length - max} more` : ''
  return `Changes in weights: ${changeCounts(w)} — ${PATTERN_TEXT[w.pattern]}${listed ? `. ${listed}${more}` : ''}`
}

/** The inventory and weight changes of one file, one Markdown line each (empty when nothing moved). */
export function changeLines(f: FileReport): string[] {
  const c = f.changes
  if (!c) return []
  const out: string[] = []
  if (c.newImports.length) out.push(`New imports: ${codes(c.newImports)}`)
  if (c.removedImports.length) out.push(`Removed imports: ${codes(c.removedImports)}`)
  for (const [label, d] of [
    ['Operators', c.operators],
    ['Lambda layers', c.lambdaLayers],
    ['External data', c.externalData]
  ] as const) {
    const line = delta(label, d)
    if (line) out.push(line)
  }
  if (c.signature && c.signature.base !== c.signature.head)
    out.push(`Signature: ${c.signature.base} on the base branch, ${c.signature.head} now`)
  else if (!c.signature && f.integrity && f.integrity.signature !== 'unsigned')
    out.push(`Signature: ${f.integrity.signature}`)
  if (c.base && c.base.format !== f.format) out.push(`Format: ${c.base.format} on the base branch, ${f.format} now`)
  if (c.weights && c.weights.pattern !== 'identical') out.push(weightsLine(c.weights))
  return out
}

/** Where the file stands relative to the base: added, renamed, or compared. */
export function baseLabel(f: FileReport): string {
  const c = f.changes
  if (!c) return ''
  if (!c.base) return 'added in this PR'
  if (c.base.path !== f.path) return `renamed from ${mdCode(c.base.path, false)}`
  return 'changed in this PR'
}

/**
 * The "New in this PR" block: a table of the new findings (worst first, at most `max`), then what changed in each
 * file, then how many findings were already on the base branch.
 */
export function newInPrSection(files: FileReport[], heading: string, max: number, newOnly?: boolean): string[] {
  const fresh = newFindings(files)
  const out = [heading, '']
  if (fresh.length && max > 0) {
    out.push(
      table(
        ['File', 'Severity', 'Rule', 'Finding'],
        fresh.slice(0, max).map((n) => [mdCode(n.file.path), ...findingCells(n.finding)])
      ),
      ''
    )
    if (fresh.length > max) out.push(`… and ${fresh.length - max} more new finding(s).`, '')
  } else if (fresh.length) out.push(`${fresh.length} new finding(s); see the JSON report.`, '')
  else out.push('No new findings: nothing this pull request adds reaches a finding.', '')
  const changed = files.filter((f) => changeLines(f).length > 0)
  for (const f of changed) {
    out.push(`${mdCode(f.path, false)} (${baseLabel(f)}):`, '')
    for (const l of changeLines(f)) out.push(`- ${l}`)
    out.push('')
  }
  const pre = preExistingCount(files)
  if (pre.findings)
    out.push(
      `**Pre-existing:** ${pre.findings} finding(s) in ${pre.files} file(s) were already on the base branch; they are marked *pre-existing* below and ${newOnly ? 'do not set the verdict (fail-on-new-only)' : 'still count for the verdict (set fail-on-new-only: true to count only new ones)'}.`,
      ''
    )
  return out
}

/** History audits: the commit that introduced the content, whether HEAD still has it, its other paths. */
export function historyLine(f: FileReport): string | undefined {
  const c = f.introducedBy
  if (!c) return undefined
  const commit = mdCode(c.commit.slice(0, 12).replace(/[^0-9a-f]/gi, ''), false)
  // The author date is commit metadata (anyone can set it): shown plain only when it is a well-formed ISO date.
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(c.date) ? c.date.slice(0, 10) : mdText(c.date)
  const when = `${date} by ${mdText(c.author)}`
  const state = f.atHead ? 'still at HEAD' : 'deleted from HEAD, still in the history'
  const paths =
    f.paths && (f.paths.length > 1 || (f.paths.length === 1 && f.paths[0] !== f.path))
      ? ` · paths: ${codes(f.paths, 5)}`
      : ''
  return `**Introduced by** commit ${commit}${c.beforeScope ? ' (or earlier)' : ''}, ${when} · ${state}${paths}`
}
