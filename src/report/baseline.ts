// --baseline FILE: a previous JSON report whose findings are accepted. Only findings that are new relative to it
// stay in the report; the accepted ones move to `suppressed` (kept for the record) and no longer set verdicts.
// Matching is by fingerprint (content digest, rule, member, evidence), never by order or offset.
import { readFile } from 'node:fs/promises'
import { UserError } from '../errors.js'
import type { FileReport, Report, SuppressedFinding } from '../engine/types.js'
import { fileDigest, fingerprint } from './fingerprint.js'
import { recount } from './recount.js'

/** `suppressedBy` of a finding hidden by a baseline starts with this, so a report can serve as the next baseline. */
export const BASELINE_PREFIX = 'baseline '

export interface Baseline {
  source: string
  fingerprints: Set<string>
}

/** Parses a previous JSON report (`modelgate scan|history|merge --format json`) into accepted fingerprints. */
export function parseBaseline(text: string, source: string): Baseline {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new UserError(`--baseline ${source}: not JSON (${(e as Error).message})`)
  }
  const r = doc as Partial<Report> | null
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.files))
    throw new UserError(`--baseline ${source}: not a ModelGate JSON report (schemaVersion 1 with files)`)
  const fingerprints = new Set<string>()
  for (const f of r.files as FileReport[]) {
    if (!f || typeof f !== 'object' || typeof f.path !== 'string')
      throw new UserError(`--baseline ${source}: a file entry has no path`)
    const digest = fileDigest(f)
    for (const x of Array.isArray(f.findings) ? f.findings : []) fingerprints.add(fingerprint(x, digest))
    // Findings a baseline already accepted stay accepted when this report becomes the next baseline.
    for (const x of Array.isArray(f.suppressed) ? f.suppressed : [])
      if (typeof x.suppressedBy === 'string' && x.suppressedBy.startsWith(BASELINE_PREFIX))
        fingerprints.add(fingerprint(x, digest))
  }
  return { source, fingerprints }
}

/** Moves accepted findings to `suppressed`, recomputes verdicts and adds `summary.baselined`. Mutates `report`. */
export function applyBaseline(report: Report, baseline: Baseline): Report {
  let hidden = 0
  for (const f of report.files) {
    const digest = fileDigest(f)
    const kept = []
    const moved: SuppressedFinding[] = []
    for (const x of f.findings) {
      if (baseline.fingerprints.has(fingerprint(x, digest)))
        moved.push({ ...x, suppressedBy: `${BASELINE_PREFIX}${baseline.source}` })
      else kept.push(x)
    }
    if (moved.length === 0) continue
    hidden += moved.length
    f.findings = kept
    f.suppressed = [...(f.suppressed ?? []), ...moved]
  }
  recount(report)
  report.summary.baselined = (report.summary.baselined ?? 0) + hidden
  return report
}

/** Reads a --baseline report file (a previous `--format json` output). */
export async function loadBaseline(path: string): Promise<Baseline> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UserError(`--baseline ${path}: cannot read the file`)
  }
  return parseBaseline(text, path)
}
