// Markdown building blocks shared by the job summary and the PR comment. Every untrusted string (paths,
// messages, evidence, import names) goes through sanitize.ts here, so the renderers cannot forget it.
import type { FileReport, Finding, Report, Severity, Verdict } from '../engine/types.js'
import { SEVERITY_RANK } from '../engine/types.js'
import { UNKNOWN_IMPORT_RULES } from '../policy/apply.js'
import { mdCode, mdFence, mdText } from './sanitize.js'

export const VERDICT_ICON: Record<Verdict, string> = { fail: '❌', warn: '⚠️', pass: '✅' }
export const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  info: '⬜'
}

const VERDICT_RANK: Record<Verdict, number> = { fail: 2, warn: 1, pass: 0 }

/** Files worst first (verdict, then worst finding), then by path: the order every report shows. */
export function filesWorstFirst(report: Report): FileReport[] {
  const worst = (f: FileReport) => (f.findings.length ? SEVERITY_RANK[f.findings[0]!.severity] : -1)
  return [...report.files].sort(
    (a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || worst(b) - worst(a) || a.path.localeCompare(b.path)
  )
}

export function verdictLabel(v: Verdict): string {
  return `${VERDICT_ICON[v]} ${v}`
}

export function severityLabel(s: Severity): string {
  return `${SEVERITY_ICON[s]} ${s}`
}

/** Trusted text (catalogue why/fix) as a table cell: only what would break the row is escaped. */
export function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}

/** A GFM table; cells must already be escaped. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = bytes / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`
}

/** Where in the file a finding is, escaped: member path and byte offset. */
export function mdLocation(f: Finding): string {
  const parts: string[] = []
  if (f.member) parts.push(`in ${mdCode(f.member)}`)
  if (f.offset !== undefined) parts.push(`at byte ${f.offset}`)
  return parts.join(' ')
}

export type ImportMark = 'dangerous' | 'unknown' | 'allowed' | 'safe'

export interface ImportEntry {
  name: string
  mark: ImportMark
  /** Rule ids of the findings about this import. */
  rules: string[]
}

export const IMPORT_MARK_LABEL: Record<ImportMark, string> = {
  dangerous: '🟥 dangerous',
  unknown: '🟨 unknown',
  allowed: '🟩 allowed by config',
  safe: '🟩 safe'
}

/**
 * The pickle import inventory of a file, each import marked by what the analyzers and the policy said of it
 * (like the Hub's "pickle imports" view): a finding of high or worse naming it → dangerous; any other finding
 * → unknown; only suppressed by the repository's allow list → allowed; no finding → on the shipped allow list.
 */
export function importInventory(file: FileReport): ImportEntry[] {
  return [...file.imports].sort().map((name) => {
    const about = file.findings.filter((f) => f.evidence === name)
    const suppressed = (file.suppressed ?? []).filter((f) => f.evidence === name)
    const rules = [...new Set([...about, ...suppressed].map((f) => f.ruleId))].sort()
    let mark: ImportMark = 'safe'
    if (about.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high)) mark = 'dangerous'
    else if (about.length) mark = 'unknown'
    else if (suppressed.length) mark = 'allowed'
    return { name, mark, rules }
  })
}

/** Imports the shipped allow list does not know (and the repository has not allowed): candidates for allow-imports. */
export function unknownImports(file: FileReport): string[] {
  const names = file.findings.filter((f) => UNKNOWN_IMPORT_RULES.has(f.ruleId) && f.evidence).map((f) => f.evidence!)
  return [...new Set(names)].sort()
}

/**
 * The exact .modelgate.yml entry that would allow the unknown imports of these files, one entry per file so
 * the allowance stays as narrow as the evidence. Values are JSON strings (valid YAML double-quoted scalars).
 */
export function allowImportsSnippet(files: FileReport[]): string | undefined {
  const entries = files.map((f) => ({ path: f.path, imports: unknownImports(f) })).filter((e) => e.imports.length > 0)
  if (entries.length === 0) return undefined
  const lines = ['allow-imports:']
  for (const e of entries) {
    lines.push(`  - paths: [${JSON.stringify(e.path)}]`)
    lines.push('    imports:')
    for (const i of e.imports) lines.push(`      - ${JSON.stringify(i)}`)
  }
  return mdFence(lines.join('\n'), 'yaml')
}

/** One finding as a table row: severity, rule, what was found (escaped; marked when pre-existing), where. */
export function findingCells(f: Finding): string[] {
  const where = mdLocation(f)
  const evidence = f.evidence ? ` ${mdCode(f.evidence)}` : ''
  const pre = f.preExisting ? '*(pre-existing)* ' : ''
  return [
    severityLabel(f.severity),
    `\`${f.ruleId}\``,
    `${pre}${mdText(f.message)}${evidence}${where ? ` (${where})` : ''}`
  ]
}
