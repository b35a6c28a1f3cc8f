// The files a pull request changes: from the GitHub API (paginated, renames followed, deleted files dropped),
// or from git between the base and head commits when the API cannot serve (over 3000 files, no token, no
// network). Content decides later which of them are models; this only lists paths.

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'changed' | 'type-changed' | 'unknown'

export interface ChangedFile {
  /** Repo-relative path with forward slashes, as in the head commit. */
  path: string
  status: ChangeStatus
  /** The old path of a rename or copy. */
  previousPath?: string
}

export interface ChangedFiles {
  files: ChangedFile[]
  source: 'api' | 'git'
  /** Why the API was not used, when it was not. */
  fallbackReason?: string
}

/** The pull-request files API serves at most this many files. */
export const API_FILE_CAP = 3000

export interface PullFilesSource {
  listPullFiles(pull: number, max: number): Promise<{ filename: string; status: string; previous_filename?: string }[]>
}

/** Runs git in the workspace; resolves with the exit code (never rejects on a non-zero exit). */
export type GitRunner = (args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>

const API_STATUS: Record<string, ChangeStatus> = {
  added: 'added',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'changed'
}

/** API entries → changed files; `removed` (and `unchanged`) entries are dropped: nothing to scan. */
export function fromApiFiles(list: { filename: string; status: string; previous_filename?: string }[]): ChangedFile[] {
  const out: ChangedFile[] = []
  for (const f of list) {
    if (f.status === 'removed' || f.status === 'unchanged') continue
    out.push({
      path: f.filename,
      status: API_STATUS[f.status] ?? 'unknown',
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {})
    })
  }
  return out
}

/**
 * Parses `git diff --name-status -z` output. Records are NUL-separated: `M\0path\0`, `R100\0old\0new\0`,
 * `C75\0old\0new\0`. Deleted files (D) are dropped; type changes (T, e.g. a file that became a symlink) kept.
 */
export function parseNameStatus(z: string): ChangedFile[] {
  const parts = z.split('\0')
  const out: ChangedFile[] = []
  for (let i = 0; i < parts.length;) {
    const code = parts[i++]
    if (!code) continue
    const kind = code[0]
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++]
      const to = parts[i++]
      if (to === undefined || from === undefined) break
      out.push({ path: to, status: kind === 'R' ? 'renamed' : 'copied', previousPath: from })
      continue
    }
    const path = parts[i++]
    if (path === undefined) break
    if (kind === 'D') continue
    const status: ChangeStatus =
      kind === 'A' ? 'added' : kind === 'M' ? 'modified' : kind === 'T' ? 'type-changed' : 'unknown'
    out.push({ path, status })
  }
  return out
}

async function hasCommit(git: GitRunner, sha: string): Promise<boolean> {
  return (await git(['cat-file', '-e', `${sha}^{commit}`])).code === 0
}

/** Makes `sha` available locally: present already, or fetched shallowly from origin. */
export async function ensureCommit(git: GitRunner, sha: string): Promise<boolean> {
  if (await hasCommit(git, sha)) return true
  await git(['fetch', '--no-tags', '--depth=1', 'origin', sha])
  return hasCommit(git, sha)
}

const DIFF = ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '--find-renames']

/**
 * Changed files from git. Tries, in order: the merge base of base and head (`base...head`, what the PR shows);
 * the test merge commit's first parent (`HEAD^1 HEAD`, on a `refs/pull/N/merge` checkout with fetch-depth 2);
 * the two trees directly (`base head`, which may list more files than the PR changed: scanning more is safe).
 */
export async function changedFromGit(
  git: GitRunner,
  base: string,
  head: string,
  log: (msg: string) => void = () => {}
): Promise<ChangedFile[]> {
  const diff = DIFF
  const haveBase = await ensureCommit(git, base)
  const haveHead = await ensureCommit(git, head)
  if (haveBase && haveHead) {
    const threeDot = await git([...diff, `${base}...${head}`, '--'])
    if (threeDot.code === 0) return parseNameStatus(threeDot.stdout)
    log(`git diff ${base.slice(0, 12)}...${head.slice(0, 12)} failed (no merge base in a shallow clone?)`)
  }
  const parents = await git(['rev-list', '--parents', '-n', '1', 'HEAD'])
  const ids = parents.stdout.trim().split(/\s+/)
  if (parents.code === 0 && ids.length === 3 && ids[2] === head) {
    const merge = await git([...diff, 'HEAD^1', 'HEAD', '--'])
    if (merge.code === 0) {
      log('changed files taken from the test merge commit (HEAD^1..HEAD)')
      return parseNameStatus(merge.stdout)
    }
  }
  if (haveBase && haveHead) {
    const twoDot = await git([...diff, base, head, '--'])
    if (twoDot.code === 0) {
      log('changed files taken from a direct comparison of the base and head trees (may include base-only changes)')
      return parseNameStatus(twoDot.stdout)
    }
  }
  const shallow = (await git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  throw new Error(
    `cannot list the changed files with git: commits ${base.slice(0, 12)} and ${head.slice(0, 12)} are not both available` +
      (shallow ? ' (the checkout is shallow: use actions/checkout with fetch-depth: 0)' : '')
  )
}

export interface ChangedFilesRequest {
  /** API access; undefined when there is no token. */
  api?: PullFilesSource
  /** PR number; undefined for merge queues (git only). */
  pull?: number
  /** `pull_request.changed_files` from the event payload, when known. */
  expectedCount?: number
  base: string
  head: string
  git: GitRunner
  log?: (msg: string) => void
}

/** The PR's changed files: API first, git when the API cannot give the complete list. */
export async function listChangedFiles(req: ChangedFilesRequest): Promise<ChangedFiles> {
  const log = req.log ?? (() => {})
  let reason: string
  if (!req.api) reason = 'no token'
  else if (req.pull === undefined) reason = 'not a pull request event'
  else if (req.expectedCount !== undefined && req.expectedCount > API_FILE_CAP)
    reason = `the pull request changes ${req.expectedCount} files; the API lists at most ${API_FILE_CAP}`
  else {
    try {
      const list = await req.api.listPullFiles(req.pull, API_FILE_CAP)
      if (list.length < API_FILE_CAP) return { files: fromApiFiles(list), source: 'api' }
      reason = `the API returned ${list.length} files, its maximum; the list may be incomplete`
    } catch (e) {
      reason = `the API failed (${e instanceof Error ? e.message : String(e)})`
    }
  }
  log(`Listing changed files with git: ${reason}`)
  return { files: await changedFromGit(req.git, req.base, req.head, log), source: 'git', fallbackReason: reason }
}
