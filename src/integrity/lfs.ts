// Git LFS: find the object a pointer stands for in the local store of the repository that holds the pointer
// (read only) and check it against the pointer. (The Action fetches missing objects first: src/action/lfs.ts.)
import { lstat, readFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import type { LfsPointer } from '../analyzers/lfs/pointer.js'
import { hashFile } from './hash.js'

/** The git directory and the worktree top of the repository containing `path`, found by walking up. */
export async function findGitDir(
  path: string
): Promise<{ gitDir: string; commonDir: string; top: string } | undefined> {
  let dir = resolve(path)
  for (;;) {
    const dotGit = join(dir, '.git')
    let st
    try {
      st = await lstat(dotGit)
    } catch {
      st = undefined
    }
    let gitDir: string | undefined
    if (st?.isDirectory()) gitDir = dotGit
    else if (st?.isFile()) {
      // A worktree or submodule: ".git" is a file "gitdir: <path>".
      const m = /^gitdir: (.+)$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''))
      if (m) gitDir = resolve(dir, m[1]!.trim())
    }
    if (gitDir) {
      let commonDir = gitDir
      const common = await readFile(join(gitDir, 'commondir'), 'utf8').catch(() => undefined)
      if (common !== undefined) {
        const c = common.trim()
        commonDir = isAbsolute(c) ? c : resolve(gitDir, c)
      }
      return { gitDir, commonDir, top: dir }
    }
    const up = dirname(dir)
    if (up === dir) return undefined
    dir = up
  }
}

/** Path of the LFS object `oid` in the local store of the repository holding `pointerPath`, if it is there. */
export async function lfsObjectPath(pointerPath: string, oid: string): Promise<string | undefined> {
  const git = await findGitDir(dirname(pointerPath))
  if (!git) return undefined
  const obj = join(git.commonDir, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid)
  try {
    const st = await lstat(obj)
    return st.isFile() ? obj : undefined
  } catch {
    return undefined
  }
}

export type ObjectCheck =
  { ok: true; sha256: string; size: number } | { ok: false; sha256: string; size: number; reason: string }

/** Checks an object against its pointer: size first (cheap), then the SHA-256 of its bytes. */
export async function checkLfsObject(objectPath: string, pointer: LfsPointer): Promise<ObjectCheck> {
  const size = (await lstat(objectPath)).size
  const sha256 = await hashFile(objectPath, 'sha256')
  const problems: string[] = []
  if (size !== pointer.size) problems.push(`size ${size} bytes, the pointer says ${pointer.size}`)
  if (sha256 !== pointer.oid) problems.push(`SHA-256 ${sha256}, the pointer says ${pointer.oid}`)
  return problems.length ? { ok: false, sha256, size, reason: problems.join('; ') } : { ok: true, sha256, size }
}
