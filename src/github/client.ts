// The one GitHub client: every Octokit call ModelGate makes lives here, behind a small interface that the
// rest of the code (and unit tests) depend on. Errors come back as GitHubError with the HTTP status, so
// callers can tell "no permission" (fork PRs) from "not reachable".
import { getOctokit } from '@actions/github'

export interface PullFile {
  filename: string
  status: string
  previous_filename?: string
}

export interface IssueComment {
  id: number
  body: string
  /** Login of the author, e.g. `github-actions[bot]`. */
  author: string
  authorType: string
}

export interface GitHubApi {
  /** The PR's files, at most `max` (the API itself stops at 3000). */
  listPullFiles(pull: number, max: number): Promise<PullFile[]>
  listIssueComments(issue: number): Promise<IssueComment[]>
  createIssueComment(issue: number, body: string): Promise<IssueComment>
  updateIssueComment(id: number, body: string): Promise<IssueComment>
  /**
   * The token's own login: GraphQL `viewer` (works for GITHUB_TOKEN, app and personal tokens), else REST
   * `GET /user` (personal tokens); undefined when neither answers.
   */
  viewerLogin(): Promise<string | undefined>
}

export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message)
    this.name = 'GitHubError'
  }
}

function wrap(e: unknown, what: string): GitHubError {
  const status = typeof (e as { status?: unknown })?.status === 'number' ? (e as { status: number }).status : undefined
  const msg = e instanceof Error ? e.message : String(e)
  return new GitHubError(`${what}: ${status ? `HTTP ${status} ` : ''}${msg}`, status)
}

function toComment(c: {
  id: number
  body?: string | null
  user?: { login: string; type?: string } | null
}): IssueComment {
  return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', authorType: c.user?.type ?? '' }
}

/** A client for `owner/repo` authenticated with `token`; the base URL comes from GITHUB_API_URL (GHES, tests). */
export function createGitHubApi(token: string, owner: string, repo: string): GitHubApi {
  const octokit = getOctokit(token)
  return {
    async listPullFiles(pull, max) {
      const out: PullFile[] = []
      try {
        for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: pull,
          per_page: 100
        })) {
          for (const f of page.data) {
            out.push({
              filename: f.filename,
              status: f.status,
              ...(f.previous_filename ? { previous_filename: f.previous_filename } : {})
            })
          }
          if (out.length >= max) break
        }
      } catch (e) {
        throw wrap(e, 'listing the pull request files')
      }
      return out
    },
    async listIssueComments(issue) {
      try {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100
        })
        return all.map(toComment)
      } catch (e) {
        throw wrap(e, 'listing the pull request comments')
      }
    },
    async createIssueComment(issue, body) {
      try {
        const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
        return toComment(r.data)
      } catch (e) {
        throw wrap(e, 'creating the pull request comment')
      }
    },
    async updateIssueComment(id, body) {
      try {
        const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
        return toComment(r.data)
      } catch (e) {
        throw wrap(e, 'updating the pull request comment')
      }
    },
    async viewerLogin() {
      try {
        const r = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }')
        if (r.viewer?.login) return r.viewer.login
      } catch {
        // fall through to REST
      }
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login || undefined
      } catch {
        return undefined
      }
    }
  }
}
