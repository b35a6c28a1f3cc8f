// Stage 5: Git LFS. actions/checkout leaves LFS files as pointers unless `lfs: true`, and a pointer is not the
// model. For the selected files that are pointers, fetch their objects (`git lfs pull --include`) when git-lfs is
// installed. Whatever stays a pointer is resolved by the integrity stage from the local LFS store if it can, and
// otherwise reported as not analysed (INT-010) — never as clean. The one place the Action fetches LFS content.
import { open } from 'node:fs/promises'
import type { Target } from '../discovery/walk.js'
import type { GitRunner } from '../discovery/changed.js'
import { LFS_POINTER_MAX_BYTES, parseLfsPointer } from '../analyzers/lfs/pointer.js'

/** Whether the file on disk is a Git LFS pointer (the exact format git-lfs smudges). */
export async function isLfsPointer(path: string): Promise<boolean> {
  let fh
  try {
    fh = await open(path, 'r')
    const st = await fh.stat()
    if (!st.isFile() || st.size >= LFS_POINTER_MAX_BYTES) return false
    const buf = Buffer.alloc(st.size)
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
    return parseLfsPointer(buf.subarray(0, bytesRead)).ok
  } catch {
    return false
  } finally {
    await fh?.close()
  }
}

/** Escapes a path for git-lfs's --include (gitignore-style patterns, comma-separated). */
export function lfsPattern(path: string): string {
  return path.replace(/[\\*?[\],]/g, (c) => `\\${c}`)
}

/** Keeps each `--include` list well under command-line limits. */
const MAX_INCLUDE_CHARS = 16 * 1024

function batches(patterns: string[]): string[] {
  const out: string[] = []
  let cur = ''
  for (const p of patterns) {
    if (cur && cur.length + 1 + p.length > MAX_INCLUDE_CHARS) {
      out.push(cur)
      cur = ''
    }
    cur = cur ? `${cur},${p}` : p
  }
  if (cur) out.push(cur)
  return out
}

export interface LfsOutcome {
  pointers: string[]
  fetched: string[]
  warning?: string
}

export async function fetchLfsObjects(targets: Target[], git: GitRunner): Promise<LfsOutcome> {
  const pointers: Target[] = []
  for (const t of targets) if (!t.link && (await isLfsPointer(t.fsPath))) pointers.push(t)
  const names = pointers.map((t) => t.display)
  if (pointers.length === 0) return { pointers: names, fetched: [] }
  const version = await git(['lfs', 'version'])
  if (version.code !== 0)
    return {
      pointers: names,
      fetched: [],
      warning: `${pointers.length} selected file(s) are Git LFS pointers and git-lfs is not installed, so their content was not scanned (reported as not analysed). Use actions/checkout with lfs: true.`
    }
  let error = ''
  for (const include of batches(names.map(lfsPattern))) {
    const r = await git(['lfs', 'pull', '--include', include, '--exclude', ''])
    if (r.code !== 0) error ||= r.stderr.trim().split('\n').slice(-1)[0] ?? ''
  }
  const fetched: string[] = []
  for (const t of pointers) if (!(await isLfsPointer(t.fsPath))) fetched.push(t.display)
  const failed = pointers.length - fetched.length
  return {
    pointers: names,
    fetched,
    ...(failed > 0
      ? {
          warning: `${failed} Git LFS object(s) could not be fetched${error ? ` (${error})` : ''}, so those files were not scanned (reported as not analysed). Use actions/checkout with lfs: true.`
        }
      : {})
  }
}
