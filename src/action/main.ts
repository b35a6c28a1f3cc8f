// The Action: inputs → event → policy (from the base commit) → files to scan (changed or all) → LFS → scan →
// reports, annotations, summary, sticky comment → merge gate. One stage per file; this one only wires them.
// A UserError (bad input, broken config) fails the step with its one-line message; anything else is a bug.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { UserError, errorMessage } from '../errors.js'
import { scanTargets } from '../engine/scan.js'
import type { FailOn, Report } from '../engine/types.js'
import { listChangedFiles, type ChangedFiles } from '../discovery/changed.js'
import { createGitHubApi, type GitHubApi } from '../github/client.js'
import { readInputs, trustRequested, type ActionInputs } from './inputs.js'
import { baseCommit, effectiveMode, readEvent, type EventInfo } from './event.js'
import { gitRunner } from './git.js'
import { loadPolicy } from './policy.js'
import { changedTargets, workspaceTargets, type Selection } from './targets.js'
import { fetchLfsObjects } from './lfs.js'
import { annotate, failureReason, logReport, setOutputs, writeReports, writeSummary } from './publish.js'
import { upsertComment } from './comment.js'

function scopeText(mode: string, ev: EventInfo, changed: ChangedFiles | undefined, sel: Selection): string {
  if (mode === 'all') return `every file in the workspace (${sel.targets.length} candidate(s))`
  const what = ev.pull ? `pull request #${ev.pull.number}` : 'the merge group'
  const how = changed?.source === 'api' ? 'from the GitHub API' : `from git (${changed?.fallbackReason ?? 'fallback'})`
  return `files changed by ${what}: ${changed?.files.length ?? 0} changed, ${sel.targets.length} candidate(s), listed ${how}`
}

async function selectFiles(
  mode: 'changed' | 'all',
  inputs: ActionInputs,
  ev: EventInfo,
  workspace: string,
  api: GitHubApi | undefined,
  notes: string[]
): Promise<{ selection: Selection; changed?: ChangedFiles }> {
  if (mode === 'all') return { selection: await workspaceTargets(workspace, inputs.paths, inputs.exclude) }
  const range = ev.pull ?? ev.mergeGroup
  if (!range)
    throw new UserError(
      `mode: changed needs a pull_request or merge_group event (this is ${ev.name}); use mode: all or auto`
    )
  const git = gitRunner(workspace, core.debug)
  const changed = await listChangedFiles({
    ...(api ? { api } : {}),
    ...(ev.pull ? { pull: ev.pull.number } : {}),
    ...(ev.pull?.changedFiles !== undefined ? { expectedCount: ev.pull.changedFiles } : {}),
    base: range.base,
    head: range.head,
    git,
    log: (m) => core.info(m)
  })
  if (changed.source === 'git' && ev.pull && api)
    notes.push(`Changed files listed with git: ${changed.fallbackReason}.`)
  const selection = await changedTargets(workspace, changed.files, inputs.paths, inputs.exclude)
  if (selection.missing.length)
    notes.push(
      `${selection.missing.length} changed file(s) are not in the workspace (check the actions/checkout ref); those named like models are reported as unreadable.`
    )
  if (inputs.lfs) {
    const lfs = await fetchLfsObjects(selection.targets, git)
    if (lfs.fetched.length) core.info(`Fetched ${lfs.fetched.length} Git LFS object(s) for changed pointer files.`)
    if (lfs.warning) {
      core.warning(lfs.warning)
      notes.push(lfs.warning)
    }
  }
  return { selection, changed }
}

async function execute(): Promise<void> {
  const inputs = readInputs((n) => core.getInput(n))
  if (inputs.mode === 'history')
    throw new UserError('mode: history is not available in this version of ModelGate; use mode: all')
  if (trustRequested(inputs.trust)) {
    if (inputs.trust.requireSignature)
      throw new UserError(
        'require-signature: true, but this build of ModelGate cannot verify model signatures; remove the input or upgrade ModelGate'
      )
    core.warning(
      'The trust inputs (trusted-key, trusted-ca, identity, issuer, trusted-root, signature) are not used by this build of ModelGate.'
    )
  }
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const ev = readEvent(context.eventName, context.payload as Record<string, any>, process.env)
  const mode = effectiveMode(inputs.mode, ev) as 'changed' | 'all'
  const notes: string[] = []

  const policy = await loadPolicy({
    path: inputs.config,
    explicit: inputs.configExplicit,
    workspace,
    ...(baseCommit(ev) ? { base: baseCommit(ev)! } : {}),
    git: gitRunner(workspace, core.debug)
  })
  for (const w of policy.warnings) {
    core.warning(w)
    notes.push(w)
  }
  const failOn: FailOn = inputs.failOn ?? policy.config.failOn ?? 'high'

  const api = inputs.token && ev.owner && ev.repo ? createGitHubApi(inputs.token, ev.owner, ev.repo) : undefined
  const { selection, changed } = await selectFiles(mode, inputs, ev, workspace, api, notes)
  core.info(`ModelGate: scanning ${selection.targets.length} candidate file(s) (mode: ${mode}, fail-on: ${failOn})`)

  const report: Report = await scanTargets(selection.targets, { failOn, config: policy.config })
  logReport(report)

  const runnerTemp = process.env.RUNNER_TEMP || tmpdir()
  const jsonFile = resolve(workspace, inputs.jsonFile ?? join(runnerTemp, 'modelgate', 'report.json'))
  const sarifFile = resolve(workspace, inputs.sarifFile ?? join(runnerTemp, 'modelgate', 'results.sarif'))
  await writeReports(report, jsonFile, sarifFile)
  setOutputs(report, jsonFile, sarifFile)

  const willFail = report.verdict === 'fail'
  if (inputs.annotations) annotate(report, willFail)

  if (ev.pull && inputs.comment !== 'never') {
    if (!api) {
      const w = 'No token: the PR comment is skipped (set the token input).'
      core.warning(w)
      notes.push(w)
    } else {
      const outcome = await upsertComment({
        api,
        pull: ev.pull.number,
        mode: inputs.comment,
        report,
        sha: ev.pull.head,
        ...(ev.runUrl ? { runUrl: ev.runUrl } : {}),
        fork: ev.pull.fork
      })
      if (outcome.action === 'failed') {
        core.warning(outcome.warning)
        notes.push(outcome.warning)
      } else if (outcome.action === 'skipped') core.info(`PR comment skipped: ${outcome.reason}`)
      else core.info(`PR comment ${outcome.action} (id ${outcome.id})`)
    }
  }

  await writeSummary(report, {
    scope: scopeText(mode, ev, changed, selection),
    policy: policy.description,
    notes,
    reportFile: jsonFile
  })

  if (willFail) core.setFailed(failureReason(report))
  else if (report.verdict === 'warn') core.info('ModelGate: findings below fail-on; the step passes (verdict warn).')
}

/** Entry point: runs the Action; never throws (the step fails through core.setFailed). */
export async function run(): Promise<void> {
  try {
    await execute()
  } catch (e) {
    if (e instanceof UserError) core.setFailed(`ModelGate: ${e.message}`)
    else {
      core.setFailed(`ModelGate internal error (please report): ${errorMessage(e)}`)
      if (e instanceof Error && e.stack) core.debug(e.stack)
    }
  }
}
