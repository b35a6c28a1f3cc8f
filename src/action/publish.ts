// Stages 6–7 and 9: what the run leaves behind on the runner: report files and outputs, annotations, the job
// summary, and the merge gate. Each writer is fenced: a failure to write one sink is a warning, not a crash.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { randomUUID } from 'node:crypto'
import * as core from '@actions/core'
import type { Report } from '../engine/types.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { planAnnotations, PER_LEVEL_CAP } from '../report/annotations.js'
import { renderSummary, type SummaryContext } from '../report/summary.js'
import { oneLine } from '../report/sanitize.js'

/** Warnings ModelGate may print itself (fallbacks, comment failures), kept out of the finding annotations. */
export const RESERVED_WARNINGS = 3

export async function writeFileMkdir(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

export async function writeReports(report: Report, jsonFile: string, sarifFile: string): Promise<void> {
  await writeFileMkdir(jsonFile, renderJson(report))
  await writeFileMkdir(sarifFile, renderSarif(report))
}

export function setOutputs(report: Report, jsonFile: string, sarifFile: string): void {
  core.setOutput('verdict', report.verdict)
  core.setOutput('files-scanned', String(report.summary.files))
  core.setOutput('findings', String(report.files.reduce((n, f) => n + f.findings.length, 0)))
  core.setOutput('report-file', jsonFile)
  core.setOutput('sarif-file', sarifFile)
}

/** The text report in the log, inside stop-commands so no scanned string can act as a workflow command. */
export function logReport(report: Report): void {
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(renderText(report))
  core.info(`::${token}::`)
}

export function annotate(report: Report, willFail: boolean): void {
  const budget = {
    // setFailed prints one error annotation of its own.
    error: PER_LEVEL_CAP - (willFail ? 1 : 0),
    warning: PER_LEVEL_CAP - RESERVED_WARNINGS,
    notice: PER_LEVEL_CAP
  }
  for (const a of planAnnotations(report, budget)) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {})
    }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

export async function writeSummary(report: Report, ctx: SummaryContext): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(report, ctx), true).write()
  } catch (e) {
    core.warning(`ModelGate could not write the job summary: ${e instanceof Error ? e.message : String(e)}`)
  } finally {
    core.summary.emptyBuffer()
  }
}

/** The one-line reason the step fails: how many files, and the worst of them. */
export function failureReason(report: Report): string {
  const failing = report.files.filter((f) => f.verdict === 'fail')
  const named = failing
    .slice(0, 3)
    .map((f) => `${oneLine(f.path)} (${f.findings[0] ? `${f.findings[0].ruleId} ${f.findings[0].severity}` : 'fail'})`)
    .join(', ')
  const more = failing.length > 3 ? ` and ${failing.length - 3} more` : ''
  return `ModelGate: ${failing.length} model file(s) fail the policy (fail-on: ${report.failOn}): ${named}${more}. See the job summary.`
}
