// Scans targets into a Report: one FileReport per file, each analysed by content, policy applied, verdicts set.
import { createHash } from 'node:crypto'
import { basename, dirname } from 'node:path'
import type { FailOn, FileReport, Finding, Inventory, Report, TensorSummary } from './types.js'
import { INVENTORY_KEYS, SEVERITY_RANK } from './types.js'
import { FileSource, type ByteSource } from './source.js'
import { sha256Source } from './hash.js'
import { distWorker } from './dist-worker.js'
import type { Limits } from './limits.js'
import { AnalysisContext, FileRun } from './context.js'
import { dispatch, runStage } from './dispatch.js'
import { examineWeights } from '../analyzers/weights/stage.js'
import { looksLikeModel } from './extensions.js'
import type { Target } from '../discovery/walk.js'
import { applyPolicy } from '../policy/apply.js'
import { fileVerdict, overallVerdict } from '../policy/verdict.js'
import { EMPTY_CONFIG, type Config } from '../policy/config.js'
import { getRule } from '../policy/catalogue.js'
import { VERSION } from '../version.js'
import { errorMessage } from '../errors.js'
import { defaultJobs, mapTargets } from './pool.js'
import { folderNeighbours, type Neighbours } from './neighbours.js'
import type { StageEngine } from '../integrity/stage.js'
import type { IntegrityOptions } from '../integrity/options.js'

export interface ScanOptions {
  failOn: FailOn
  config: Config
  /** Trust material and settings for checksums, LFS and signatures (none: discovery only, nothing trusted). */
  integrity?: IntegrityOptions
  /** Worker threads for per-file analysis (default: one per core). */
  jobs?: number
}

/** Worst first, then by member and offset, so reports read the same on every run. */
export function sortFindings(list: Finding[]): Finding[] {
  return list.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.member ?? '').localeCompare(b.member ?? '') ||
      (a.offset ?? -1) - (b.offset ?? -1) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message)
  )
}

/**
 * Keeps the worst `max` findings (they are sorted worst first) and folds the rest into one finding per rule and
 * severity, so a hostile file cannot flood the report while the verdict still sees every severity.
 */
export function capFindings(sorted: Finding[], max: number): Finding[] {
  if (!(max > 0) || sorted.length <= max) return sorted
  const keep = sorted.slice(0, max)
  const rest = new Map<string, { ruleId: string; severity: Finding['severity']; n: number }>()
  for (const f of sorted.slice(max)) {
    const key = `${f.ruleId}\0${f.severity}`
    const r = rest.get(key) ?? { ruleId: f.ruleId, severity: f.severity, n: 0 }
    r.n++
    rest.set(key, r)
  }
  for (const r of rest.values())
    keep.push({
      ruleId: r.ruleId,
      severity: r.severity,
      message: `… and ${r.n} more ${r.ruleId} findings (not listed: more than limits.maxFindings = ${max} in this file)`
    })
  return keep
}

function finish(
  base: Omit<FileReport, 'verdict' | 'findings' | 'suppressed'>,
  raw: Finding[],
  opts: ScanOptions
): FileReport {
  const { kept, suppressed } = applyPolicy(base.path, raw, opts.config)
  const findings = capFindings(sortFindings(kept), opts.config.limits.maxFindings)
  const rep: FileReport = { ...base, verdict: fileVerdict(findings, opts.failOn), findings }
  if (suppressed.length) rep.suppressed = suppressed
  return rep
}

/** Adds findings from a later stage (integrity) to a finished report: policy applied, verdict recomputed. */
export function addFindings(rep: FileReport, raw: Finding[], opts: ScanOptions): void {
  const { kept, suppressed } = applyPolicy(rep.path, raw, opts.config)
  rep.findings = capFindings(sortFindings([...rep.findings, ...kept]), opts.config.limits.maxFindings)
  if (suppressed.length) rep.suppressed = [...(rep.suppressed ?? []), ...suppressed]
  rep.verdict = fileVerdict(rep.findings, opts.failOn)
}

function linkReport(t: Target, opts: ScanOptions): FileReport {
  const link = t.link!
  const sha256 = createHash('sha256').update(link.target).digest('hex')
  const rule = getRule('GEN-010')
  const f: Finding = link.insideRoot
    ? {
        ruleId: rule.id,
        severity: 'low',
        message: `Symbolic link to ${link.target} (inside the scanned tree; not followed)`,
        evidence: link.target
      }
    : {
        ruleId: rule.id,
        severity: rule.severity,
        message: `Symbolic link to ${link.target}, outside the scanned tree or dangling; not followed`,
        evidence: link.target
      }
  return finish({ path: t.display, format: 'symlink', size: 0, sha256, imports: [] }, [f], opts)
}

/**
 * Analyses one byte source (a file, a git blob…) and returns its raw outcome, before policy.
 * `sha256` is computed by the caller's reader when it can do so in the same pass; otherwise pass a function.
 */
export async function analyzeSource(
  src: ByteSource,
  display: string,
  name: string,
  limits: Limits,
  neighbours?: Neighbours
): Promise<{ formats: string[]; run: FileRun }> {
  const run = new FileRun(display, limits, dispatch)
  if (neighbours) run.neighbours = neighbours
  const ctx = new AnalysisContext(run, undefined, 0, name)
  const outcome = await dispatch(src, ctx, {})
  if (run.tensors.length > 0)
    await runStage(ctx, 'weights', async () => {
      run.facts.tensors = await examineWeights(ctx, run.tensors, limits.weightBytes)
    })
  if (outcome.formats.length === 0) {
    run.format = 'unknown'
    if (!run.findings.some((f) => f.ruleId === 'GEN-007'))
      ctx.report('GEN-009', 'Content matches no model format ModelGate analyses')
  }
  return { formats: outcome.formats, run }
}

/** Turns an analysed source into its FileReport (policy applied), or undefined when a walk should omit it. */
export function reportFor(
  analysed: { formats: string[]; run: FileRun },
  base: { path: string; size: number; sha256: string; explicit: boolean; name: string },
  opts: ScanOptions
): FileReport | undefined {
  const { run, formats } = analysed
  const onlyUnknown = run.findings.every((f) => f.ruleId === 'GEN-009')
  if (formats.length === 0 && !base.explicit && !looksLikeModel(base.name) && onlyUnknown) return undefined
  const rep = finish(
    {
      path: base.path,
      format: run.format ?? 'unknown',
      size: base.size,
      sha256: base.sha256,
      imports: [...run.imports]
    },
    run.findings,
    opts
  )
  const tensors = run.facts.tensors as TensorSummary[] | undefined
  if (tensors?.length) rep.tensors = tensors
  const inventory = inventoryOf(run.facts)
  if (inventory) rep.inventory = inventory
  return rep
}

/** The report inventory from the facts analyzers left (string arrays or sets under INVENTORY_KEYS). */
function inventoryOf(facts: Record<string, unknown>): Inventory | undefined {
  let inv: Inventory | undefined
  for (const k of INVENTORY_KEYS) {
    const v = facts[k]
    const list = v instanceof Set ? [...v] : Array.isArray(v) ? v : undefined
    if (!list) continue
    ;(inv ??= {})[k] = [...new Set(list.filter((x): x is string => typeof x === 'string'))].sort()
  }
  return inv
}

/** The report of a file that could not be analysed at all: one finding of `ruleId` (its catalogue severity). */
function notAnalysed(t: Target, size: number, ruleId: string, message: string, opts: ScanOptions): FileReport {
  return finish(
    { path: t.display, format: 'unknown', size, sha256: '', imports: [] },
    [{ ruleId, severity: getRule(ruleId).severity, message }],
    opts
  )
}

function unreadable(t: Target, size: number, e: unknown, opts: ScanOptions): FileReport {
  return notAnalysed(t, size, 'GEN-012', `Could not read the file: ${errorMessage(e)}`, opts)
}

/** Analyses one file. Returns undefined for a walked (not explicit) file that is no model at all. */
export async function scanTarget(t: Target, opts: ScanOptions): Promise<FileReport | undefined> {
  if (t.link) return linkReport(t, opts)
  let src: FileSource
  try {
    src = await FileSource.open(t.fsPath)
  } catch (e) {
    return unreadable(t, 0, e, opts)
  }
  const neighbours = folderNeighbours(dirname(t.fsPath))
  try {
    const name = basename(t.fsPath)
    const [analysed, sha256] = await Promise.all([
      analyzeSource(src, t.display, name, opts.config.limits, neighbours),
      sha256Source(src)
    ])
    return reportFor(analysed, { path: t.display, size: src.size, sha256, explicit: t.explicit, name }, opts)
  } catch (e) {
    return unreadable(t, src.size, e, opts)
  } finally {
    await src.close()
    await neighbours.close()
  }
}

export function buildReport(files: FileReport[], failOn: FailOn): Report {
  const count = (v: string) => files.filter((f) => f.verdict === v).length
  return {
    schemaVersion: 1,
    tool: { name: 'modelgate', version: VERSION },
    failOn,
    verdict: overallVerdict(files.map((f) => f.verdict)),
    files,
    summary: { files: files.length, pass: count('pass'), warn: count('warn'), fail: count('fail') }
  }
}

export async function scanTargets(
  targets: Target[],
  opts: ScanOptions = { failOn: 'high', config: EMPTY_CONFIG }
): Promise<Report> {
  const jobs = opts.jobs ?? defaultJobs()
  const results = await mapTargets(targets, opts, jobs, scanTarget, distWorker('worker'), (t, why) =>
    t.link ? linkReport(t, opts) : notAnalysed(t, 0, 'GEN-011', `Not analysed: ${why}`, opts)
  )
  const files = results.filter((r): r is FileReport => r !== undefined)
  // loaded here, not at the top: analysis workers import this module and never need signatures (sigstore)
  const { runIntegrityStage } = await import('../integrity/stage.js')
  await runIntegrityStage(targets, files, integrityEngine(opts), opts.integrity)
  return buildReport(files, opts.failOn)
}

/** The engine services the integrity stage uses (re-analysing LFS objects, finishing reports). */
function integrityEngine(opts: ScanOptions): StageEngine {
  return {
    analyze: async (src, path, name, size, sha256) =>
      reportFor(
        await analyzeSource(src, path, name, opts.config.limits),
        { path, size, sha256, explicit: true, name },
        opts
      ),
    finish: (base, raw) => finish(base, raw, opts),
    addFindings: (rep, raw) => addFindings(rep, raw, opts),
    maxEntries: opts.config.limits.maxEntries,
    maxManifestBytes: opts.config.limits.maxHeaderBytes
  }
}
