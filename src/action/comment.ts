// Stage 8: the one sticky PR comment. Found again by its hidden marker AND its author (the token's own
// identity), so a marker pasted into someone else's comment is never edited; updated in place on every run,
// including to say "now clean"; a failure here (read-only fork token) is a warning, never a failed step.
import type { Report } from '../engine/types.js'
import type { GitHubApi, IssueComment } from '../github/client.js'
import { GitHubError } from '../github/client.js'
import { COMMENT_MARKER, previousVerdict, renderComment } from '../report/comment.js'
import type { CommentMode } from './inputs.js'

/** The author of comments made with the workflow's GITHUB_TOKEN (GraphQL `viewer` reports it without `[bot]`). */
export const GITHUB_ACTIONS_LOGIN = 'github-actions'

function normalLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '')
}

/** ModelGate's own earlier comment: carries the marker and was written by the same identity as this token. */
export function findOwnComment(comments: IssueComment[], ownLogin: string): IssueComment | undefined {
  const me = normalLogin(ownLogin)
  return comments.find((c) => c.body.includes(COMMENT_MARKER) && normalLogin(c.author) === me)
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number }
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; warning: string }

export interface CommentRequest {
  api: GitHubApi
  pull: number
  mode: CommentMode
  report: Report
  sha?: string
  runUrl?: string
  fork: boolean
  failOnNewOnly?: boolean
}

function permissionHint(status: number | undefined, fork: boolean): string {
  if (status === 403 || status === 404)
    return fork
      ? ' Pull requests from forks get a read-only token, so the comment is skipped; the job summary and annotations carry the results.'
      : " Give the job the permission 'pull-requests: write' to let ModelGate comment."
  return ''
}

export async function upsertComment(req: CommentRequest): Promise<CommentOutcome> {
  if (req.mode === 'never') return { action: 'skipped', reason: 'comment: never' }
  const findings = req.report.files.reduce((n, f) => n + f.findings.length, 0)
  try {
    const login = (await req.api.viewerLogin()) ?? GITHUB_ACTIONS_LOGIN
    const own = findOwnComment(await req.api.listIssueComments(req.pull), login)
    if (!own && req.mode === 'on-findings' && findings === 0)
      return { action: 'skipped', reason: 'no findings and no earlier comment to update' }
    const before = own ? previousVerdict(own.body) : undefined
    const body = renderComment(req.report, {
      previous: before !== undefined && before !== 'pass',
      ...(req.failOnNewOnly ? { failOnNewOnly: true } : {}),
      ...(req.sha ? { sha: req.sha } : {}),
      ...(req.runUrl ? { runUrl: req.runUrl } : {})
    })
    if (own) {
      if (own.body === body) return { action: 'unchanged', id: own.id }
      return { action: 'updated', id: (await req.api.updateIssueComment(own.id, body)).id }
    }
    return { action: 'created', id: (await req.api.createIssueComment(req.pull, body)).id }
  } catch (e) {
    const status = e instanceof GitHubError ? e.status : undefined
    const msg = e instanceof Error ? e.message : String(e)
    return {
      action: 'failed',
      warning: `ModelGate could not write the PR comment (${msg}).${permissionHint(status, req.fork)}`
    }
  }
}
