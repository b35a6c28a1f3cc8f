// The sticky PR comment (Markdown): what blocks the merge and what to do, short enough to read in a PR,
// with a hidden marker that identifies it on the next run. Pure: Report in, text out.
import type { FileReport, Report, Verdict } from '../engine/types.js'
import { RULES } from '../policy/catalogue.js'
import { allowImportsSnippet, cell, filesWorstFirst, findingCells, table, verdictLabel } from './markdown.js'
import { mdCode } from './sanitize.js'
import { truncateBytes } from './summary.js'
import { hasComparison, historyLine, newInPrSection } from './changes.js'

/** Hidden marker that finds ModelGate's comment again (together with the author check, see github/comments). */
export const COMMENT_MARKER = '<!-- modelgate:sticky-comment -->'

/** Records the verdict in the comment, so the next run knows whether "now clean" is news. */
export function verdictMarker(v: Verdict): string {
  return `<!-- modelgate:verdict=${v} -->`
}

/** The verdict an earlier ModelGate comment recorded, if any. */
export function previousVerdict(body: string): Verdict | undefined {
  const m = /<!-- modelgate:verdict=(pass|warn|fail) -->/.exec(body)
  return m ? (m[1] as Verdict) : undefined
}

/** GitHub rejects issue comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65536

export interface CommentContext {
  /** The head commit the scan ran on. */
  sha?: string
  /** Link to the workflow run (job summary). Built from runner variables, never from scanned content. */
  runUrl?: string
  /** An earlier ModelGate comment on this PR reported findings (so a clean result is news: "now clean"). */
  previous: boolean
  /** Only new findings set the verdict (fail-on-new-only). */
  failOnNewOnly?: boolean
}

function title(report: Report, ctx: CommentContext): string {
  const s = report.summary
  if (report.verdict === 'fail')
    return `### ModelGate: ${verdictLabel('fail')} — ${s.fail} of ${s.files} model file(s) fail the policy`
  if (report.verdict === 'warn')
    return `### ModelGate: ${verdictLabel('warn')} — ${s.warn} of ${s.files} model file(s) need a look`
  const pre = report.files.reduce((n, f) => n + f.findings.filter((x) => x.preExisting).length, 0)
  if (pre > 0 && ctx.failOnNewOnly)
    return `### ModelGate: ${verdictLabel(report.verdict)} — nothing new; ${pre} pre-existing finding(s) from the base branch`
  if (ctx.previous) return `### ModelGate: ✅ now clean — no model file reaches a warning`
  return `### ModelGate: ${verdictLabel('pass')} — ${s.files} model file(s) scanned, nothing to report`
}

function meta(report: Report, ctx: CommentContext): string {
  const parts = [`fail-on: \`${report.failOn}\``]
  if (ctx.sha) parts.push(`commit \`${ctx.sha.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\``)
  if (ctx.runUrl) parts.push(`[job summary and full report](${ctx.runUrl})`)
  return parts.join(' · ')
}

function overview(files: FileReport[], max: number): string[] {
  const shown = files.slice(0, max)
  const out = [
    table(
      ['File', 'Verdict', 'Worst finding'],
      shown.map((f) => {
        const w = f.findings[0]
        return [mdCode(f.path), verdictLabel(f.verdict), w ? findingCells(w).join(' ') : '—']
      })
    )
  ]
  if (files.length > shown.length)
    out.push('', `… and ${files.length - shown.length} more file(s); see the job summary.`)
  return out
}

function details(files: FileReport[], perFile: number): string[] {
  const out: string[] = []
  for (const f of files) {
    if (!f.findings.length) continue
    out.push(`<details><summary>${verdictLabel(f.verdict)} · ${f.findings.length} finding(s)</summary>`, '')
    out.push(`File: ${mdCode(f.path, false)}`, '')
    const hist = historyLine(f)
    if (hist) out.push(hist, '')
    out.push(
      table(
        ['Severity', 'Rule', 'Finding', 'Fix'],
        f.findings.slice(0, perFile).map((x) => [...findingCells(x), cell(RULES.get(x.ruleId)?.fix ?? '')])
      )
    )
    if (f.findings.length > perFile) out.push('', `… ${f.findings.length - perFile} more in the job summary.`)
    out.push('', '</details>', '')
  }
  return out
}

function body(report: Report, ctx: CommentContext, maxFiles: number, perFile: number): string {
  const notClean = filesWorstFirst(report).filter((f) => f.verdict !== 'pass' || f.findings.length > 0)
  const out = [title(report, ctx), '', meta(report, ctx), '']
  if (hasComparison(report))
    out.push(...newInPrSection(filesWorstFirst(report), '#### New in this PR', perFile * 2, ctx.failOnNewOnly))
  if (notClean.length) {
    out.push(...overview(notClean, maxFiles), '')
    if (perFile > 0) out.push(...details(notClean.slice(0, maxFiles), perFile))
    const snippet = allowImportsSnippet(notClean.slice(0, maxFiles))
    if (snippet && perFile > 0)
      out.push(
        '<details><summary>Allow a reviewed import in <code>.modelgate.yml</code></summary>',
        '',
        snippet,
        '',
        '</details>',
        ''
      )
  }
  if (report.verdict === 'fail')
    out.push(
      'This check fails while these files are in the pull request. Replace or fix them (or, after review, allow what is safe in `.modelgate.yml` on the default branch), then push again.',
      ''
    )
  out.push(verdictMarker(report.verdict), COMMENT_MARKER)
  return out.join('\n')
}

/** The comment body, shortened until it fits GitHub's limit; always ends with the marker. */
export function renderComment(report: Report, ctx: CommentContext, maxChars = MAX_COMMENT_CHARS): string {
  for (const [maxFiles, perFile] of [
    [50, 20],
    [20, 5],
    [20, 0],
    [5, 0]
  ] as const) {
    const b = body(report, ctx, maxFiles, perFile)
    if (b.length <= maxChars) return b
  }
  // Last resort: cut the smallest form (by characters; truncateBytes bounds bytes, which bounds characters).
  const tail = `\n\n_Truncated; see the job summary._\n${verdictMarker(report.verdict)}\n${COMMENT_MARKER}`
  const head = body(report, ctx, 5, 0).replace(`${verdictMarker(report.verdict)}\n${COMMENT_MARKER}`, '')
  return truncateBytes(head, maxChars - tail.length, '').trimEnd() + tail
}
