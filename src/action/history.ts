// Stage 4 (mode: history): audit every model blob in the repository's history instead of the files in the checkout
// — a malicious model that was committed and later deleted still sits in every clone. The same audit as
// `modelgate history` (discovery/history.ts), with its scope, cap and shard from the Action's inputs. Annotations
// can only point at files that exist at HEAD, so the report annotations are planned from is cut down to those.
import type { FileReport, Report } from '../engine/types.js'
import type { ScanOptions } from '../engine/scan.js'
import { auditHistory } from '../discovery/history.js'
import { lsTree } from '../discovery/git.js'
import type { HistoryInputs } from './inputs.js'
import { inScope } from './targets.js'

export async function runHistoryAudit(workspace: string, h: HistoryInputs, opts: ScanOptions): Promise<Report> {
  return auditHistory(workspace, {
    ...opts,
    scope: {
      ...(h.all ? { all: true } : {}),
      ...(h.range !== undefined ? { range: h.range } : {}),
      ...(h.since !== undefined ? { since: h.since } : {})
    },
    ...(h.maxBlobs !== undefined ? { maxBlobs: h.maxBlobs } : {}),
    ...(h.shard ? { shard: h.shard } : {})
  })
}

/** For the summary: what the audit walked. */
export function historyScope(report: Report, h: HistoryInputs): string {
  const s = report.summary
  const what = h.all ? 'every ref' : h.range ? `the range ${h.range}` : 'the history of HEAD'
  const since = h.since ? ` since ${h.since}` : ''
  const shard = h.shard ? `, shard ${h.shard.index}/${h.shard.count}` : ''
  const cap = h.maxBlobs !== undefined ? `, at most ${h.maxBlobs} blob(s)` : ''
  return `history audit of ${what}${since}${shard}${cap}: ${s.commitsWalked ?? 0} commit(s) walked, ${s.blobsSeen ?? 0} distinct blob(s) seen, ${s.blobsScanned ?? 0} analysed as models`
}

/** Paths at HEAD, by blob id. */
async function headPaths(workspace: string, head: string): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>()
  for await (const e of lsTree(workspace, head)) {
    if (e.type !== 'blob') continue
    const list = map.get(e.oid)
    if (list) list.push(e.path)
    else map.set(e.oid, [e.path])
  }
  return map
}

/**
 * The part of a history report that annotations may point at: files whose content is still at HEAD, each under a
 * path it has at HEAD (the reported path when HEAD has it there). A finding in a deleted model has no line to sit on;
 * the summary and the JSON report carry it with the commit that introduced it.
 */
export async function annotatableHistory(report: Report, workspace: string): Promise<Report> {
  const head = report.history?.head
  const paths = head ? await headPaths(workspace, head) : new Map<string, string[]>()
  const files: FileReport[] = []
  for (const f of report.files) {
    if (!f.atHead || !f.blob) continue
    const at = paths.get(f.blob)
    if (!at?.length) continue
    files.push({ ...f, path: at.includes(f.path) ? f.path : at[0]! })
  }
  return { ...report, files }
}

/**
 * Applies the paths/exclude inputs to a history report: a blob stays when any of the paths it had is in scope (fail
 * closed: a model that was ever at an in-scope path is audited). The report of blobs left unread (--max-blobs) stays.
 */
export function filterHistory(report: Report, include: string[], exclude: string[]): Report {
  if (include.length === 0 && exclude.length === 0) return report
  report.files = report.files.filter(
    (f) => !f.blob || (f.paths?.length ? f.paths : [f.path]).some((p) => inScope(p, include, exclude))
  )
  return report
}
