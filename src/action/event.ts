// Stage 2: what triggered the run and what that means for the scan: the PR (number, base and head commits,
// fork or not), a merge-queue group, or a plain push/schedule. Pure: event name + payload + env in.
import { UserError } from '../errors.js'
import type { Mode } from './inputs.js'

export interface PullInfo {
  number: number
  base: string
  head: string
  /** `pull_request.changed_files` from the payload, when present. */
  changedFiles?: number
  /** The head lives in another repository: on `pull_request` its token is read-only. */
  fork: boolean
}

export interface EventInfo {
  name: string
  owner: string
  repo: string
  /** The commit checked out for this run (GITHUB_SHA). */
  sha: string
  pull?: PullInfo
  /** Merge queue: the group's base and head commits. */
  mergeGroup?: { base: string; head: string }
  /** Link to this workflow run, for the comment. */
  runUrl?: string
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}

export function readEvent(name: string, payload: Record<string, any>, env: NodeJS.ProcessEnv): EventInfo {
  const full = env.GITHUB_REPOSITORY ?? str(payload.repository?.full_name) ?? ''
  const [owner = '', repo = ''] = full.split('/')
  const info: EventInfo = { name, owner, repo, sha: env.GITHUB_SHA ?? '' }
  if (env.GITHUB_SERVER_URL && full && env.GITHUB_RUN_ID)
    info.runUrl = `${env.GITHUB_SERVER_URL}/${full}/actions/runs/${env.GITHUB_RUN_ID}`
  const pr = payload.pull_request
  if (PR_EVENTS.has(name) && pr) {
    const base = str(pr.base?.sha)
    const head = str(pr.head?.sha)
    if (!base || !head) throw new UserError('the pull_request event payload has no base.sha/head.sha')
    const headRepo = str(pr.head?.repo?.full_name)
    const baseRepo = str(pr.base?.repo?.full_name)
    info.pull = {
      number: Number(pr.number ?? payload.number),
      base,
      head,
      ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
      fork: name === 'pull_request' && headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
    }
  } else if (name === 'merge_group' && payload.merge_group) {
    const base = str(payload.merge_group.base_sha)
    const head = str(payload.merge_group.head_sha)
    if (!base || !head) throw new UserError('the merge_group event payload has no base_sha/head_sha')
    info.mergeGroup = { base, head }
  }
  return info
}

/** The commit whose policy applies: the PR's (or merge group's) base; undefined outside those events. */
export function baseCommit(ev: EventInfo): string | undefined {
  return ev.pull?.base ?? ev.mergeGroup?.base
}

/** `auto` → changed files on PR and merge-queue events, the whole workspace otherwise. */
export function effectiveMode(mode: Mode, ev: EventInfo): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode
  return ev.pull || ev.mergeGroup ? 'changed' : 'all'
}
