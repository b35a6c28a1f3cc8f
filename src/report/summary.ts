// The job summary (Markdown): verdict, a table per file with why and fix, pickle import inventories,
// integrity results and the .modelgate.yml snippet that would allow an unknown import. Pure: Report in, text out.
import type { FileReport, Report } from '../engine/types.js'
import { RULES } from '../policy/catalogue.js'
import {
  allowImportsSnippet,
  cell,
  filesWorstFirst,
  findingCells,
  humanSize,
  IMPORT_MARK_LABEL,
  importInventory,
  table,
  verdictLabel
} from './markdown.js'
import { mdCode, mdText } from './sanitize.js'
import { changeLines, hasComparison, historyLine, newInPrSection } from './changes.js'

/** GitHub rejects a step summary over 1 MiB (and shows nothing of it). */
export const MAX_SUMMARY_BYTES = 1024 * 1024

export interface SummaryContext {
  /** How the files were chosen, e.g. "changed files of pull request #1 (from the GitHub API)". */
  scope: string
  /** Where the repository policy came from, e.g. ".modelgate.yml at the base commit abc1234". */
  policy: string
  /** Operational notes (fallbacks, skipped steps), shown as a list (escaped: they may quote API errors). */
  notes?: string[]
  /** Where the full JSON report is (an output path), for the shortened form. */
  reportFile?: string
  /** Pull requests: only new findings set the verdict (fail-on-new-only). */
  failOnNewOnly?: boolean
}

function header(report: Report, ctx: SummaryContext): string[] {
  const s = report.summary
  const out = [
    `## ModelGate: ${verdictLabel(report.verdict)}`,
    '',
    `**${s.files}** model file(s) scanned: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass · fail-on: \`${report.failOn}\` · ModelGate ${report.tool.version}`,
    '',
    `Scope: ${ctx.scope}. Policy: ${ctx.policy}.`
  ]
  if (s.baselined) out.push('', `${s.baselined} finding(s) accepted by the baseline are not counted.`)
  if (ctx.notes?.length) out.push('', ...ctx.notes.map((n) => `- ${mdText(n)}`))
  return out
}

function overview(files: FileReport[]): string {
  return table(
    ['File', 'Format', 'Verdict', 'Findings'],
    files.map((f) => [mdCode(f.path), f.format, verdictLabel(f.verdict), String(f.findings.length)])
  )
}

function integrityLine(f: FileReport): string | undefined {
  const i = f.integrity
  if (!i) return undefined
  const signer = i.signer ? ` (signer ${mdCode(i.signer)})` : ''
  return `**Integrity:** checksum ${i.checksum} · signature ${i.signature}${signer} · sha256 ${mdCode(i.sha256)}`
}

function fileSection(f: FileReport): string[] {
  const out = [`### ${verdictLabel(f.verdict)} · ${mdCode(f.path, false)}`, '']
  out.push(`${f.format} · ${humanSize(f.size)}${f.sha256 ? ` · sha256 ${mdCode(f.sha256)}` : ''}`, '')
  const hist = historyLine(f)
  if (hist) out.push(hist, '')
  const changes = changeLines(f)
  if (changes.length) out.push(...changes.map((l) => `- ${l}`), '')
  if (f.findings.length) {
    const rows = f.findings.map((x) => {
      const rule = RULES.get(x.ruleId)
      return [...findingCells(x), rule ? cell(rule.why) : '', rule ? cell(rule.fix) : '']
    })
    out.push(table(['Severity', 'Rule', 'Finding', 'Why', 'Fix'], rows), '')
  } else {
    out.push('No findings.', '')
  }
  const inv = importInventory(f)
  if (inv.length) {
    const counts = (['dangerous', 'unknown', 'allowed', 'safe'] as const)
      .map((m) => [m, inv.filter((e) => e.mark === m).length] as const)
      .filter(([, n]) => n > 0)
      .map(([m, n]) => `${n} ${m}`)
      .join(', ')
    out.push(`<details><summary>Pickle imports (${inv.length}): ${counts}</summary>`, '')
    out.push(
      table(
        ['Import', 'Mark', 'Rules'],
        inv.map((e) => [mdCode(e.name), IMPORT_MARK_LABEL[e.mark], e.rules.map((r) => `\`${r}\``).join(' ')])
      ),
      '',
      '</details>',
      ''
    )
  }
  const integ = integrityLine(f)
  if (integ) out.push(integ, '')
  if (f.suppressed?.length) {
    out.push(`<details><summary>Suppressed by policy (${f.suppressed.length})</summary>`, '')
    out.push(
      table(
        ['Rule', 'Finding', 'Reason'],
        f.suppressed.map((x) => [`\`${x.ruleId}\``, mdText(x.message), mdText(x.suppressedBy)])
      ),
      '',
      '</details>',
      ''
    )
  }
  return out
}

function allowSection(files: FileReport[]): string[] {
  const snippet = allowImportsSnippet(files)
  if (!snippet) return []
  return [
    '### Allowing an unknown import',
    '',
    'These imports are not on ModelGate’s allow list. If you have reviewed the code they name and trust it, add this to `.modelgate.yml` on the default branch (the policy is read from the base commit, so a pull request cannot allow its own imports):',
    '',
    snippet,
    ''
  ]
}

function ruleLegend(files: FileReport[]): string[] {
  const ids = [...new Set(files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort()
  if (!ids.length) return []
  return [
    '<details><summary>Rules in this report</summary>',
    '',
    ...ids.map((id) => `- \`${id}\` ${RULES.get(id)?.title ?? ''}`),
    '',
    '</details>',
    ''
  ]
}

/** The full summary. */
export function renderSummaryFull(report: Report, ctx: SummaryContext): string {
  const files = filesWorstFirst(report)
  const out = [...header(report, ctx), '']
  if (files.length === 0) {
    out.push('No model files in scope.', '')
    return out.join('\n')
  }
  out.push(overview(files), '')
  if (hasComparison(report)) out.push(...newInPrSection(files, '### New in this PR', 200, ctx.failOnNewOnly))
  for (const f of files)
    if (f.findings.length || f.imports.length || f.integrity || f.suppressed || f.introducedBy || f.changes)
      out.push(...fileSection(f))
  out.push(...allowSection(files), ...ruleLegend(files))
  return out.join('\n')
}

/** The short form for huge reports: the overview and the first findings of each file that is not clean. */
export function renderSummaryShort(report: Report, ctx: SummaryContext, perFile = 5, maxFiles = 500): string {
  const files = filesWorstFirst(report)
  const out = [...header(report, ctx), '']
  out.push(
    `The full report is larger than a job summary may be, so this is the short form.${ctx.reportFile ? ` The complete JSON report is at ${mdCode(ctx.reportFile, false)} (output \`report-file\`).` : ''}`,
    ''
  )
  const shown = files.filter((f) => f.verdict !== 'pass').slice(0, maxFiles)
  out.push(overview(shown), '')
  if (files.length > shown.length) out.push(`… and ${files.length - shown.length} more file(s) not listed.`, '')
  if (hasComparison(report)) out.push(...newInPrSection(shown, '### New in this PR', perFile * 20, ctx.failOnNewOnly))
  for (const f of shown) {
    out.push(`#### ${verdictLabel(f.verdict)} · ${mdCode(f.path, false)}`, '')
    const hist = historyLine(f)
    if (hist) out.push(hist, '')
    out.push(
      table(
        ['Severity', 'Rule', 'Finding'],
        f.findings.slice(0, perFile).map((x) => findingCells(x))
      ),
      ''
    )
    if (f.findings.length > perFile) out.push(`… ${f.findings.length - perFile} more finding(s).`, '')
  }
  return out.join('\n')
}

/** Cuts Markdown at a line boundary so the UTF-8 result is at most `maxBytes`, with a closing note. */
export function truncateBytes(text: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  const budget = maxBytes - Buffer.byteLength(note) - 2
  let cut = Buffer.from(text).subarray(0, Math.max(0, budget)).toString('utf8')
  // A cut inside a multi-byte character decodes to U+FFFD; drop the partial last line either way.
  const nl = cut.lastIndexOf('\n')
  cut = nl > 0 ? cut.slice(0, nl) : ''
  return `${cut}\n\n${note}`
}

/** The summary that fits: full, else short, else the short form cut at a line boundary. */
export function renderSummary(report: Report, ctx: SummaryContext, maxBytes = MAX_SUMMARY_BYTES): string {
  const full = renderSummaryFull(report, ctx)
  if (Buffer.byteLength(full) <= maxBytes) return full
  for (const [perFile, maxFiles] of [
    [5, 500],
    [1, 100],
    [0, 20]
  ] as const) {
    const short = renderSummaryShort(report, ctx, perFile, maxFiles)
    if (Buffer.byteLength(short) <= maxBytes) return short
  }
  return truncateBytes(
    renderSummaryShort(report, ctx, 0, 20),
    maxBytes,
    '_Truncated: see the JSON report for everything._'
  )
}
