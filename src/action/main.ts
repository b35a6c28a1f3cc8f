// The Action: inputs → event → policy and integrity trust (from the base commit) → files to scan (changed or all)
// → LFS → scan (or, in mode: history, the history audit) → baseline → comparison with the base versions → reports,
// annotations, summary, sticky comment → merge gate. One stage per file; this one only wires them.
// A UserError (bad input, broken config) fails the step with its one-line message; anything else is a bug.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { UserError, errorMessage } from '../errors.js'
import { scanTargets, type ScanOptions } from '../engine/scan.js'
import type { FailOn, Report } from '../engine/types.js'
import { ensureCommit, listChangedFiles, type ChangedFiles } from '../discovery/changed.js'
import { createGitHubApi, type GitHubApi } from '../github/client.js'
import type { IntegrityInput } from '../integrity/options.js'
import { applyBaseline } from '../report/baseline.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { baseCommit, effectiveMode, readEvent, type EventInfo } from './event.js'
import { gitRunner } from './git.js'
import { loadPolicy } from './policy.js'
import { changedTargets, workspaceTargets, type Selection } from './targets.js'
import { fetchLfsObjects } from './lfs.js'
import { annotate, failureReason, logReport, setOutputs, writeReports, writeSummary } from './publish.js'
import { upsertComment } from './comment.js'
import { integrityOptions, trustDescription } from './integrity.js'
import { annotatableHistory, filterHistory, historyScope, runHistoryAudit } from './history.js'
import { loadActionBaseline } from './baseline.js'
import { applyVerdicts, compareWithBase } from './compare.js'

/** The GitHub API client, when there is a token and a repository. */
function apiFor(inputs: ActionInputs, ev: EventInfo): GitHubApi | undefined {
  return inputs.token && ev.owner && ev.repo ? createGitHubApi(inputs.token, ev.owner, ev.repo) : undefined
}

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

/** Whether any integrity setting was given (inputs or the policy's integrity section). */
function integrityRequested(i: IntegrityInput): boolean {
  return (
    i.requireSignature ||
    [i.trustedKeys, i.trustedCas, i.trustedRoots, i.identities, i.signatures, i.manifests].some((l) => l.length > 0)
  )
}

function warn(notes: string[], message: string): void {
  core.warning(message)
  notes.push(message)
}

async function execute(): Promise<void> {
  const inputs = readInputs((n) => core.getInput(n))
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const ev = readEvent(context.eventName, context.payload as Record<string, any>, process.env)
  const mode = effectiveMode(inputs.mode, ev)
  const notes: string[] = []
  const git = gitRunner(workspace, core.debug)
  const base = baseCommit(ev)
  const api = apiFor(inputs, ev)

  const policy = await loadPolicy({
    path: inputs.config,
    explicit: inputs.configExplicit,
    workspace,
    ...(base ? { base } : {}),
    git
  })
  for (const w of policy.warnings) warn(notes, w)
  const failOn: FailOn = inputs.failOn ?? policy.config.failOn ?? 'high'
  const wantsIntegrity =
    integrityRequested(inputs.integrity) || (policy.config.integrity && integrityRequested(policy.config.integrity))
  // History blobs are not verified against signatures, so trust files are only read for scans of the workspace.
  const integrity =
    mode === 'history'
      ? undefined
      : await integrityOptions({
          inputs: inputs.integrity,
          config: policy.config,
          workspace,
          ...(base ? { base } : {})
        })
  const opts: ScanOptions = {
    failOn,
    config: policy.config,
    ...(integrity ? { integrity } : {}),
    ...(inputs.jobs ? { jobs: inputs.jobs } : {})
  }
  let policyText = policy.description
  if (wantsIntegrity && integrity) policyText += `; integrity: ${trustDescription(integrity, base)}`

  let report: Report
  let scope: string
  let changed: ChangedFiles | undefined
  if (mode === 'history') {
    if (wantsIntegrity)
      warn(
        notes,
        'The integrity settings (trusted keys, signatures, checksums) are not applied in mode: history: blobs from the history are analysed as models, not verified against signatures.'
      )
    core.info(`ModelGate: auditing the history of ${workspace} (fail-on: ${failOn})`)
    report = filterHistory(await runHistoryAudit(workspace, inputs.history, opts), inputs.paths, inputs.exclude)
    scope = historyScope(report, inputs.history)
  } else {
    const picked = await selectFiles(mode, inputs, ev, workspace, api, notes)
    changed = picked.changed
    core.info(
      `ModelGate: scanning ${picked.selection.targets.length} candidate file(s) (mode: ${mode}, fail-on: ${failOn})`
    )
    report = await scanTargets(picked.selection.targets, opts)
    scope = scopeText(mode, ev, changed, picked.selection)
  }

  if (inputs.baseline) {
    const loaded = await loadActionBaseline(inputs.baseline, workspace, base)
    for (const w of loaded.warnings) warn(notes, w)
    if (loaded.baseline) {
      applyBaseline(report, loaded.baseline)
      policyText += `; baseline ${loaded.baseline.source}`
    }
  }

  let compared = false
  if (mode === 'changed' && changed && base) {
    if (await ensureCommit(git, base)) {
      const outcome = await compareWithBase({
        report,
        changed: changed.files,
        base,
        workspace,
        opts,
        git,
        lfs: inputs.lfs
      })
      for (const n of outcome.notes) warn(notes, n)
      compared = true
      core.info(
        `Compared with the base commit ${base.slice(0, 12)}: ${outcome.compared} changed file(s), ${outcome.added} added.`
      )
    } else
      warn(
        notes,
        `The base commit ${base.slice(0, 12)} is not available, so the changed files were not compared with their base versions (every finding counts as new). Use actions/checkout with fetch-depth: 0.`
      )
  }
  if (inputs.failOnNewOnly && !compared)
    warn(
      notes,
      'fail-on-new-only applies to pull requests and merge queues compared with their base; every finding counts here.'
    )
  const newOnly = inputs.failOnNewOnly && compared
  applyVerdicts(report, newOnly)
  logReport(report)

  const runnerTemp = process.env.RUNNER_TEMP || tmpdir()
  const jsonFile = resolve(workspace, inputs.jsonFile ?? join(runnerTemp, 'modelgate', 'report.json'))
  const sarifFile = resolve(workspace, inputs.sarifFile ?? join(runnerTemp, 'modelgate', 'results.sarif'))
  await writeReports(report, jsonFile, sarifFile)
  setOutputs(report, jsonFile, sarifFile)

  const willFail = report.verdict === 'fail'
  if (inputs.annotations) annotate(mode === 'history' ? await annotatableHistory(report, workspace) : report, willFail)

  if (ev.pull && inputs.comment !== 'never') {
    if (!api) warn(notes, 'No token: the PR comment is skipped (set the token input).')
    else {
      const outcome = await upsertComment({
        api,
        pull: ev.pull.number,
        mode: inputs.comment,
        report,
        sha: ev.pull.head,
        ...(ev.runUrl ? { runUrl: ev.runUrl } : {}),
        fork: ev.pull.fork,
        ...(newOnly ? { failOnNewOnly: true } : {})
      })
      if (outcome.action === 'failed') warn(notes, outcome.warning)
      else if (outcome.action === 'skipped') core.info(`PR comment skipped: ${outcome.reason}`)
      else core.info(`PR comment ${outcome.action} (id ${outcome.id})`)
    }
  }

  await writeSummary(report, {
    scope,
    policy: policyText,
    notes,
    reportFile: jsonFile,
    ...(newOnly ? { failOnNewOnly: true } : {})
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
