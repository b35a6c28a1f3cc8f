// Stage 4: which files to scan. `changed` takes the PR's changed files (deleted ones already dropped);
// `all` globs the workspace with @actions/glob. Both apply the paths/exclude inputs, never follow symbolic
// links (a link is reported as such), and leave format recognition to the content.
import { lstat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import * as glob from '@actions/glob'
import { minimatch } from 'minimatch'
import { linkInfo, type Target } from '../discovery/walk.js'
import type { ChangedFile } from '../discovery/changed.js'
import { looksLikeModel } from '../engine/extensions.js'

export interface Selection {
  targets: Target[]
  /** Changed paths that are not in the workspace although the PR did not delete them. */
  missing: string[]
}

/** Never scanned: git's own data. */
const ALWAYS_EXCLUDED = ['.git']

function toPosix(p: string): string {
  return p.split(sep).join('/')
}

/**
 * Whether a repo-relative path is in scope. Same rules as @actions/glob: patterns are relative to the
 * repository root, a pattern naming a folder includes everything below it, `!pattern` in `paths` excludes.
 */
export function inScope(path: string, include: string[], exclude: string[]): boolean {
  const matches = (p: string) =>
    minimatch(path, p, { dot: true }) || minimatch(path, `${p.replace(/\/+$/, '')}/**`, { dot: true })
  const positive = include.filter((p) => !p.startsWith('!'))
  const negative = [...include.filter((p) => p.startsWith('!')).map((p) => p.slice(1)), ...exclude, ...ALWAYS_EXCLUDED]
  if (positive.length && !positive.some(matches)) return false
  return !negative.some(matches)
}

async function targetFor(workspace: string, rel: string): Promise<Target | 'missing' | 'skip'> {
  const fsPath = join(workspace, rel)
  let st
  try {
    st = await lstat(fsPath)
  } catch {
    return 'missing'
  }
  if (st.isSymbolicLink()) return { fsPath, display: rel, explicit: false, link: await linkInfo(fsPath, workspace) }
  if (st.isFile()) return { fsPath, display: rel, explicit: false }
  return 'skip' // a directory (submodule) or a special file
}

/** Targets from a PR's changed files. */
export async function changedTargets(
  workspace: string,
  files: ChangedFile[],
  include: string[],
  exclude: string[]
): Promise<Selection> {
  const out: Selection = { targets: [], missing: [] }
  for (const f of files) {
    if (!inScope(f.path, include, exclude)) continue
    const t = await targetFor(workspace, f.path)
    if (t === 'skip') continue
    if (t === 'missing') {
      out.missing.push(f.path)
      // Fail closed for what is named like a model: it changed, it is not here, so it was not analysed.
      if (looksLikeModel(f.path)) out.targets.push({ fsPath: join(workspace, f.path), display: f.path, explicit: true })
      continue
    }
    out.targets.push(t)
  }
  return out
}

/** Targets from the whole workspace (schedules, pushes, `mode: all`). */
export async function workspaceTargets(workspace: string, include: string[], exclude: string[]): Promise<Selection> {
  const root = toPosix(workspace).replace(/\/+$/, '')
  const positive = include.filter((p) => !p.startsWith('!'))
  const patterns = [
    ...(positive.length ? positive : ['**']).map((p) => `${root}/${p}`),
    ...include.filter((p) => p.startsWith('!')).map((p) => `!${root}/${p.slice(1)}`),
    ...[...exclude, ...ALWAYS_EXCLUDED].map((p) => `!${root}/${p}`)
  ]
  const globber = await glob.create(patterns.join('\n'), {
    followSymbolicLinks: false,
    matchDirectories: false,
    implicitDescendants: true,
    omitBrokenSymbolicLinks: false
  })
  const out: Selection = { targets: [], missing: [] }
  const found = (await globber.glob()).map((p) => toPosix(relative(workspace, p))).sort()
  for (const rel of found) {
    if (!inScope(rel, include, exclude)) continue
    const t = await targetFor(workspace, rel)
    if (typeof t === 'object') out.targets.push(t)
  }
  return out
}
