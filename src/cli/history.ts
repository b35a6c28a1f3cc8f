// `modelgate history …`: audit every model blob in a repository's history (nothing checked out), optionally one
// shard of it, optionally reporting only findings new relative to a baseline report.
import { writeFile } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { parseFailOn } from '../policy/config.js'
import { auditHistory, parseShard } from '../discovery/history.js'
import { renderJson } from '../report/json.js'
import { renderText } from '../report/text.js'
import { applyBaseline, loadBaseline } from '../report/baseline.js'
import type { FailOn } from '../engine/types.js'
import { parseArgs, positiveInt } from './args.js'
import { loadConfig } from './scan.js'

export const HISTORY_USAGE = `Usage: modelgate history [--all | --range A..B] [--since DATE] [--max-blobs N] [--shard i/n] [--baseline FILE] [--format text|json] [--output FILE] [--fail-on LEVEL] [--config FILE] [REPO]`

export async function runHistory(argv: string[]): Promise<number> {
  const a = parseArgs(
    argv,
    {
      values: [
        '--range',
        '--since',
        '--max-blobs',
        '--shard',
        '--baseline',
        '--format',
        '--output',
        '--fail-on',
        '--config'
      ],
      booleans: ['--all'],
      alias: { '-o': '--output' }
    },
    HISTORY_USAGE
  )
  if (a.positionals.length > 1) throw new UserError(`one REPO at a time. ${HISTORY_USAGE}`)
  const format = a.values.get('--format') ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UserError(`--format must be text or json (got "${format}")`)
  const config = await loadConfig(a.values.get('--config'))
  const failOnArg = a.values.get('--fail-on')
  const failOn: FailOn = failOnArg !== undefined ? parseFailOn(failOnArg, '--fail-on') : (config.failOn ?? 'high')
  const maxBlobs = a.values.has('--max-blobs') ? positiveInt(a.values.get('--max-blobs')!, '--max-blobs') : undefined
  const shardArg = a.values.get('--shard')
  const baselinePath = a.values.get('--baseline')
  const baseline = baselinePath !== undefined ? await loadBaseline(baselinePath) : undefined
  const report = await auditHistory(a.positionals[0] ?? '.', {
    failOn,
    config,
    scope: {
      ...(a.booleans.has('--all') ? { all: true } : {}),
      ...(a.values.has('--range') ? { range: a.values.get('--range')! } : {}),
      ...(a.values.has('--since') ? { since: a.values.get('--since')! } : {})
    },
    ...(maxBlobs !== undefined ? { maxBlobs } : {}),
    ...(shardArg !== undefined ? { shard: parseShard(shardArg) } : {})
  })
  if (baseline) applyBaseline(report, baseline)
  const out = format === 'json' ? renderJson(report) : renderText(report)
  const output = a.values.get('--output')
  if (output) await writeFile(output, out)
  else process.stdout.write(out)
  return report.verdict === 'fail' ? 1 : 0
}
