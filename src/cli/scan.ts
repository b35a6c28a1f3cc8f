// `modelgate scan …`: parse arguments, scan, print or write the report.
import { readFile, writeFile } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { collectTargets } from '../discovery/walk.js'
import { scanTargets } from '../engine/scan.js'
import { EMPTY_CONFIG, parseFailOn, type Config } from '../policy/config.js'
import { renderJson } from '../report/json.js'
import { renderText } from '../report/text.js'
import { renderSarif } from '../report/sarif.js'
import { applyBaseline, loadBaseline } from '../report/baseline.js'
import type { FailOn } from '../engine/types.js'
import type { IntegrityInput } from '../integrity/options.js'
import {
  applyIntegrityFlag,
  cliIntegrityOptions,
  finishIntegrityFlags,
  INTEGRITY_USAGE,
  newIntegrityFlags
} from '../integrity/flags.js'

export const SCAN_USAGE = `Usage: modelgate scan [--format text|json|sarif] [--output FILE] [--fail-on critical|high|medium|low|none] [--config FILE] [--baseline FILE] [--jobs N] ${INTEGRITY_USAGE} PATH...`

export interface ScanArgs {
  format: 'text' | 'json' | 'sarif'
  output?: string
  failOn?: FailOn
  config?: string
  jobs?: number
  baseline?: string
  integrity: IntegrityInput
  paths: string[]
}

export function parseScanArgs(argv: string[]): ScanArgs {
  const integrity = newIntegrityFlags()
  const paths: string[] = []
  const args: Omit<ScanArgs, 'integrity'> = { format: 'text', paths }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const eq = a.indexOf('=')
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1)
      const v = argv[++i]
      if (v === undefined) throw new UserError(`${flag} needs a value. ${SCAN_USAGE}`)
      return v
    }
    switch (flag) {
      case '--format': {
        const v = value()
        if (v !== 'text' && v !== 'json' && v !== 'sarif')
          throw new UserError(`--format must be text, json or sarif (got "${v}")`)
        args.format = v
        break
      }
      case '--output':
      case '-o':
        args.output = value()
        break
      case '--fail-on':
        args.failOn = parseFailOn(value(), '--fail-on')
        break
      case '--config':
        args.config = value()
        break
      case '--jobs':
      case '-j': {
        const v = value()
        const n = Number(v)
        if (!Number.isInteger(n) || n < 1 || n > 256)
          throw new UserError(`--jobs must be a whole number from 1 to 256 (got "${v}")`)
        args.jobs = n
        break
      }
      case '--baseline':
        args.baseline = value()
        break
      case '--':
        args.paths.push(...argv.slice(i + 1))
        i = argv.length
        break
      default:
        if (applyIntegrityFlag(flag, value, integrity)) break
        if (a.startsWith('-') && a !== '-') throw new UserError(`unknown option ${a}. ${SCAN_USAGE}`)
        args.paths.push(a)
    }
  }
  if (args.paths.length === 0) throw new UserError(`no PATH given. ${SCAN_USAGE}`)
  return { ...args, integrity: finishIntegrityFlags(integrity, args.paths) }
}

export async function loadConfig(path: string | undefined): Promise<Config> {
  if (!path) return EMPTY_CONFIG
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UserError(`--config ${path}: cannot read the file`)
  }
  // the YAML parser is loaded only when there is a file to parse
  const { parseConfig } = await import('../policy/config-file.js')
  return parseConfig(text, path)
}

/** Runs `modelgate scan`; returns the exit code (0 pass/warn, 1 fail). Throws UserError for usage errors. */
export async function runScan(argv: string[]): Promise<number> {
  const args = parseScanArgs(argv)
  const config = await loadConfig(args.config)
  const failOn: FailOn = args.failOn ?? config.failOn ?? 'high'
  const targets = await collectTargets(args.paths)
  const integrity = await cliIntegrityOptions(args.integrity, config, args.config, args.paths)
  const report = await scanTargets(targets, { failOn, config, jobs: args.jobs, integrity })
  if (args.baseline) applyBaseline(report, await loadBaseline(args.baseline))
  const out =
    args.format === 'json' ? renderJson(report) : args.format === 'sarif' ? renderSarif(report) : renderText(report)
  if (args.output) await writeFile(args.output, out)
  else process.stdout.write(out)
  return report.verdict === 'fail' ? 1 : 0
}
