// Stage 6b: the pull request compared with its base. For every scanned file the PR changed whose base version exists,
// the base version is read from git (nothing checked out) and analysed under the same policy; then tensor changes
// become review findings (WPOI-010/011), head findings the base already had are marked pre-existing, and the file
// carries its `changes` (new imports, operators, Lambda layers, external data, signature, weights). Pre-existing
// findings still set the verdict unless fail-on-new-only.
import type { FileReport, Report } from '../engine/types.js'
import { addFindings, type ScanOptions } from '../engine/scan.js'
import type { ChangedFile, GitRunner } from '../discovery/changed.js'
import { analyzeBaseVersion } from '../discovery/base-version.js'
import { compareAnalyses, fileChanges } from '../report/compare.js'
import { compareTensors, weightChangeFindings } from '../report/weights-diff.js'
import { countSummary, extraSummary } from '../report/recount.js'
import { fileVerdict, overallVerdict } from '../policy/verdict.js'
import { errorMessage } from '../errors.js'
import { lfsPattern } from './lfs.js'

export interface CompareRequest {
  report: Report
  changed: ChangedFile[]
  /** The PR's (or merge group's) base commit, available in the checkout. */
  base: string
  workspace: string
  opts: ScanOptions
  git: GitRunner
  /** Fetch base-version LFS objects that are not in the local store (the `lfs` input). */
  lfs: boolean
}

export interface CompareOutcome {
  /** Files compared with a base version. */
  compared: number
  /** Files the PR adds (every finding is new). */
  added: number
  notes: string[]
}

/** Formats the integrity stage reports itself: they are verified, not compared. */
const NOT_COMPARED = new Set(['model-signature', 'checksum-manifest', 'symlink'])

/** The path of `file` at the base commit, or undefined when the PR adds it. */
function basePathOf(c: ChangedFile): string | undefined {
  if (c.status === 'added') return undefined
  return c.previousPath ?? c.path
}

async function analyzeBase(
  req: CompareRequest,
  path: string
): Promise<{ report?: FileReport; lfsMissing?: boolean; error?: string }> {
  try {
    const r = await analyzeBaseVersion(req.workspace, req.base, path, req.opts)
    if (r?.lfs && !r.lfs.present) return { lfsMissing: true }
    return r ? { report: r } : {}
  } catch (e) {
    return { error: errorMessage(e) }
  }
}

/** Best effort: fetch the base versions' LFS objects into the local store (`git lfs fetch origin <base>`). */
async function fetchBaseLfs(req: CompareRequest, paths: string[]): Promise<void> {
  if (!req.lfs || paths.length === 0 || (await req.git(['lfs', 'version'])).code !== 0) return
  await req.git(['lfs', 'fetch', 'origin', req.base, '--include', paths.map(lfsPattern).join(','), '--exclude', ''])
}

/** Compares every changed file of `req.report` with its base version. Mutates the report. */
export async function compareWithBase(req: CompareRequest): Promise<CompareOutcome> {
  const byPath = new Map(req.changed.map((c) => [c.path, c]))
  const out: CompareOutcome = { compared: 0, added: 0, notes: [] }
  const bases = new Map<FileReport, FileReport | undefined>()
  const lfsMissing: { file: FileReport; path: string }[] = []
  const failed: string[] = []
  for (const file of req.report.files) {
    const c = byPath.get(file.path)
    if (!c || NOT_COMPARED.has(file.format)) continue
    const path = basePathOf(c)
    if (path === undefined) {
      bases.set(file, undefined)
      continue
    }
    const r = await analyzeBase(req, path)
    if (r.lfsMissing) lfsMissing.push({ file, path })
    else if (r.error) failed.push(`${file.path} (${r.error})`)
    else bases.set(file, r.report)
  }
  if (lfsMissing.length) {
    await fetchBaseLfs(
      req,
      lfsMissing.map((m) => m.path)
    )
    const still: string[] = []
    for (const m of lfsMissing) {
      const r = await analyzeBase(req, m.path)
      if (r.report) bases.set(m.file, r.report)
      else still.push(m.file.path)
    }
    if (still.length)
      out.notes.push(
        `${still.length} changed file(s) are Git LFS objects whose base version is not available locally, so they were not compared with the base branch (all their findings count as new): ${still.slice(0, 5).join(', ')}${still.length > 5 ? ', …' : ''}.`
      )
  }
  if (failed.length)
    out.notes.push(
      `${failed.length} changed file(s) could not be compared with their base version (all their findings count as new): ${failed.slice(0, 3).join('; ')}.`
    )
  for (const [head, base] of bases) {
    if (base) {
      const weights = compareTensors(base.tensors, head.tensors)
      if (weights) addFindings(head, weightChangeFindings(weights), req.opts)
      out.compared++
    } else out.added++
    const cmp = compareAnalyses(base, head)
    for (const f of cmp.preExisting) f.preExisting = true
    head.changes = fileChanges(base, cmp)
  }
  return out
}

/**
 * Sets file verdicts, the overall verdict and the counts. With `newOnly` (fail-on-new-only), findings marked
 * pre-existing do not set a file's verdict; they stay in the report, marked.
 */
export function applyVerdicts(report: Report, newOnly: boolean): void {
  for (const f of report.files)
    f.verdict = fileVerdict(newOnly ? f.findings.filter((x) => !x.preExisting) : f.findings, report.failOn)
  report.verdict = overallVerdict(report.files.map((f) => f.verdict))
  report.summary = countSummary(report.files, extraSummary(report.summary))
}
