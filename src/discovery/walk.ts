// Turns the PATHs a user names into scan targets. Directories are walked recursively; symbolic links are
// reported as such and never followed, so nothing outside the given roots is ever read.
import { lstat, readdir, readlink, realpath } from 'node:fs/promises'
import { join, relative, resolve, sep, isAbsolute, dirname } from 'node:path'
import { UserError } from '../errors.js'

export interface Target {
  /** Path on disk. */
  fsPath: string
  /** Path as reported: walked from the PATH as given, with forward slashes. */
  display: string
  /** Named by the user (always reported) rather than found by a directory walk. */
  explicit: boolean
  /** Set when the path is a symbolic link (never followed). */
  link?: { target: string; insideRoot: boolean }
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

function toDisplay(p: string): string {
  return p.split(sep).join('/')
}

export async function linkInfo(fsPath: string, root: string): Promise<{ target: string; insideRoot: boolean }> {
  const target = await readlink(fsPath)
  let insideRoot = false
  try {
    const real = await realpath(fsPath)
    const rootReal = await realpath(root)
    const rel = relative(rootReal, real)
    insideRoot = rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  } catch {
    insideRoot = false // dangling
  }
  return { target, insideRoot }
}

export async function collectTargets(paths: string[]): Promise<Target[]> {
  const out: Target[] = []
  for (const given of paths) {
    let st
    try {
      st = await lstat(given)
    } catch {
      throw new UserError(`${given}: no such file or directory`)
    }
    if (st.isSymbolicLink()) {
      out.push({
        fsPath: given,
        display: toDisplay(given),
        explicit: true,
        link: await linkInfo(given, dirname(resolve(given)))
      })
    } else if (st.isDirectory()) {
      await walk(given, given, out)
    } else if (st.isFile()) {
      out.push({ fsPath: given, display: toDisplay(given), explicit: true })
    } else {
      throw new UserError(`${given}: not a regular file or directory`)
    }
  }
  return out
}

async function walk(dir: string, root: string, out: Target[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isSymbolicLink()) {
      out.push({ fsPath: p, display: toDisplay(p), explicit: false, link: await linkInfo(p, root) })
    } else if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, root, out)
    } else if (e.isFile()) {
      out.push({ fsPath: p, display: toDisplay(p), explicit: false })
    }
  }
}
