// Stage 3: the repository policy (.modelgate.yml). On pull requests and merge queues it is read from the BASE
// commit, never from the PR's own copy: a PR that adds a permissive config must not change its own verdict.
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { UserError } from '../errors.js'
import { EMPTY_CONFIG, type Config } from '../policy/config.js'
import { parseConfig } from '../policy/config-file.js'
import { ensureCommit, type GitRunner } from '../discovery/changed.js'

export interface LoadedPolicy {
  config: Config
  /** For the summary: where the policy came from. */
  description: string
  warnings: string[]
}

export interface PolicyRequest {
  /** The `config` input: repo-relative, or an absolute path outside the workspace (a file a previous step made). */
  path: string
  /** The input was set explicitly: a missing file is then an error (outside PRs) or a warning (on PRs). */
  explicit: boolean
  workspace: string
  /** The base commit on PR / merge-queue events. */
  base?: string
  git: GitRunner
}

/** The config path relative to the repository, or undefined when it lies outside the workspace. */
export function repoRelative(workspace: string, path: string): string | undefined {
  const abs = resolve(workspace, path)
  const rel = relative(resolve(workspace), abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/')
}

const none = (why: string, warnings: string[] = []): LoadedPolicy => ({
  config: EMPTY_CONFIG,
  description: `ModelGate defaults (${why})`,
  warnings
})

export async function loadPolicy(req: PolicyRequest): Promise<LoadedPolicy> {
  const rel = repoRelative(req.workspace, req.path)
  if (rel === undefined || req.base === undefined) {
    // Outside PRs the checked-out branch is the trusted one; a path outside the workspace is the workflow's own.
    const abs = resolve(req.workspace, req.path)
    let text: string
    try {
      text = await readFile(abs, 'utf8')
    } catch {
      if (req.explicit) throw new UserError(`config ${req.path}: cannot read the file`)
      return none(`no ${req.path} in the repository`)
    }
    return { config: parseConfig(text, req.path), description: `${req.path}`, warnings: [] }
  }
  const short = req.base.slice(0, 12)
  if (!(await ensureCommit(req.git, req.base))) {
    return none(`the base commit ${short} is not available`, [
      `The policy could not be read from the base commit ${short} (not in the checkout and not fetchable), so ModelGate's defaults apply. The pull request's own ${rel} is never used. Use actions/checkout with fetch-depth: 0 to make the base commit available.`
    ])
  }
  const shown = await req.git(['show', `${req.base}:${rel}`])
  if (shown.code !== 0) {
    const warnings = req.explicit
      ? [`config ${rel} does not exist at the base commit ${short}; ModelGate's defaults apply.`]
      : []
    return none(`no ${rel} at the base commit ${short}`, warnings)
  }
  return {
    config: parseConfig(shown.stdout, `${rel} at ${short}`),
    description: `${rel} at the base commit ${short}`,
    warnings: []
  }
}
