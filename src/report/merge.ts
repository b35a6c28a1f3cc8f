// Merges JSON reports into one: the shards of a history audit run on a GitHub Actions matrix (checked to be the
// same audit and to cover every shard exactly once), or any reports of one policy (concatenated).
import { UserError } from '../errors.js'
import type { FileReport, HistoryInfo, Report } from '../engine/types.js'
import { VERSION } from '../version.js'
import { overallVerdict } from '../policy/verdict.js'
import { sortHistoryFiles } from '../discovery/history.js'
import { countSummary, extraSummary } from './recount.js'

/** Summary keys every shard of one audit reports identically (the walk is not sharded, only the blobs). */
const SHARED_SUMMARY_KEYS = new Set(['commitsWalked'])

/** Validates a parsed JSON document as a report (enough for merging). */
export function asReport(doc: unknown, source: string): Report {
  const r = doc as Partial<Report> | null
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.files) || !r.summary)
    throw new UserError(`${source}: not a ModelGate JSON report (schemaVersion 1)`)
  return r as Report
}

function sameAudit(a: HistoryInfo, b: HistoryInfo): boolean {
  const key = (h: HistoryInfo) =>
    JSON.stringify([h.head ?? '', !!h.all, h.range ?? '', h.since ?? '', h.maxBlobs ?? -1])
  return key(a) === key(b)
}

function checkShards(reports: Report[], sources: string[]): HistoryInfo | undefined {
  const infos = reports.map((r) => r.history)
  if (infos.every((h) => h === undefined)) return undefined
  if (infos.some((h) => h === undefined))
    throw new UserError('cannot merge a history report with a report that is not a history audit')
  const first = infos[0]!
  infos.forEach((h, i) => {
    if (!sameAudit(first, h!))
      throw new UserError(
        `${sources[i]}: a different audit than ${sources[0]} (HEAD, --all/--range/--since or --max-blobs differ)`
      )
  })
  const sharded = infos.filter((h) => h!.shard)
  if (sharded.length === 0) {
    if (reports.length > 1) throw new UserError('these history reports are not shards of one audit (no --shard)')
  } else {
    if (sharded.length !== infos.length) throw new UserError('cannot merge shard reports with an unsharded report')
    const count = first.shard?.count
    const seen = new Map<number, string>()
    infos.forEach((h, i) => {
      if (h!.shard!.count !== count)
        throw new UserError(`${sources[i]}: shard ${h!.shard!.index}/${h!.shard!.count}, expected …/${count}`)
      const prev = seen.get(h!.shard!.index)
      if (prev) throw new UserError(`${sources[i]}: shard ${h!.shard!.index}/${count} already given by ${prev}`)
      seen.set(h!.shard!.index, sources[i]!)
    })
    const missing = Array.from({ length: count! }, (_, i) => i + 1).filter((i) => !seen.has(i))
    if (missing.length) throw new UserError(`missing shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')}`)
  }
  const { shard: _s, ...merged } = first
  return merged
}

/**
 * One report from several. Shards of a history audit must all be present (1/n … n/n) and come from the same
 * audit; the result equals the unsharded audit's report. Other reports must share fail-on and are concatenated.
 */
export function mergeReports(reports: Report[], sources: string[] = reports.map((_, i) => `report ${i + 1}`)): Report {
  if (reports.length === 0) throw new UserError('nothing to merge')
  const failOn = reports[0]!.failOn
  reports.forEach((r, i) => {
    if (r.failOn !== failOn)
      throw new UserError(`${sources[i]}: fail-on ${r.failOn} differs from ${sources[0]} (fail-on ${failOn})`)
  })
  const history = checkShards(reports, sources)
  let files: FileReport[] = reports.flatMap((r) => r.files)
  if (history) files = sortHistoryFiles(files)
  // Extra summary keys in first-seen order; counts add up, except those every shard shares.
  const extra: Record<string, number> = {}
  for (const r of reports)
    for (const [k, v] of Object.entries(extraSummary(r.summary))) {
      if (typeof v !== 'number') continue
      if (SHARED_SUMMARY_KEYS.has(k) && history) extra[k] = Math.max(extra[k] ?? 0, v)
      else extra[k] = (extra[k] ?? 0) + v
    }
  const merged: Report = {
    schemaVersion: 1,
    tool: { name: 'modelgate', version: VERSION },
    failOn,
    verdict: overallVerdict(files.map((f) => f.verdict)),
    files,
    summary: countSummary(files, extra)
  }
  if (history) merged.history = history
  return merged
}
