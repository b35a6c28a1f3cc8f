// `modelgate merge REPORT.json…`: one JSON report (plus optional SARIF and text summary) from the shard reports
// of a matrix history audit, or from any reports sharing one fail-on level.
import { readFile, writeFile } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { asReport, mergeReports } from '../report/merge.js'
import { renderJson } from '../report/json.js'
import { renderText } from '../report/text.js'
import { renderSarifMerged } from '../report/sarif-merge.js'
import { applyBaseline, loadBaseline } from '../report/baseline.js'
import type { Report } from '../engine/types.js'
import { parseArgs } from './args.js'

export const MERGE_USAGE = `Usage: modelgate merge [--output FILE] [--sarif FILE] [--summary FILE] [--format json|text] [--baseline FILE] REPORT.json...`

async function readReport(path: string): Promise<Report> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UserError(`${path}: cannot read the file`)
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new UserError(`${path}: not JSON (${(e as Error).message})`)
  }
  return asReport(doc, path)
}

export async function runMerge(argv: string[]): Promise<number> {
  const a = parseArgs(
    argv,
    { values: ['--output', '--sarif', '--summary', '--format', '--baseline'], alias: { '-o': '--output' } },
    MERGE_USAGE
  )
  if (a.positionals.length === 0) throw new UserError(`no REPORT given. ${MERGE_USAGE}`)
  const format = a.values.get('--format') ?? 'json'
  if (format !== 'text' && format !== 'json') throw new UserError(`--format must be json or text (got "${format}")`)
  const reports: Report[] = []
  for (const p of a.positionals) reports.push(await readReport(p))
  const merged = mergeReports(reports, a.positionals)
  const baselinePath = a.values.get('--baseline')
  if (baselinePath !== undefined) applyBaseline(merged, await loadBaseline(baselinePath))
  const sarif = a.values.get('--sarif')
  if (sarif) await writeFile(sarif, renderSarifMerged(merged))
  const summary = a.values.get('--summary')
  if (summary) await writeFile(summary, renderText(merged))
  const out = format === 'json' ? renderJson(merged) : renderText(merged)
  const output = a.values.get('--output')
  if (output) await writeFile(output, out)
  else process.stdout.write(out)
  return merged.verdict === 'fail' ? 1 : 0
}
