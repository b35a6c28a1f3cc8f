// Stage 5: Git LFS. actions/checkout leaves LFS files as pointers unless `lfs: true`, and a pointer is not the
// model. For the changed files that are pointers, fetch their objects (`git lfs pull --include`) when git-lfs
// is installed; whatever stays a pointer is reported by the engine as not analysed.
import { open } from 'node:fs/promises'
import type { Target } from '../discovery/walk.js'
import type { GitRunner } from '../discovery/changed.js'

const POINTER_PREFIX = Buffer.from('version https://git-lfs.github.com/spec/v1')
/** Pointer files are tiny (spec: under 1024 bytes). */
const MAX_POINTER_BYTES = 1024

export async function isLfsPointer(path: string): Promise<boolean> {
  let fh
  try {
    fh = await open(path, 'r')
    const st = await fh.stat()
    if (!st.isFile() || st.size > MAX_POINTER_BYTES) return false
    const buf = Buffer.alloc(POINTER_PREFIX.length)
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
    return bytesRead === buf.length && buf.equals(POINTER_PREFIX)
  } catch {
    return false
  } finally {
    await fh?.close()
  }
}

/** Escapes a path for git-lfs's --include (gitignore-style patterns, comma-separated). */
function lfsPattern(path: string): string {
  return path.replace(/[\\*?[\],]/g, (c) => `\\${c}`)
}

export interface LfsOutcome {
  pointers: string[]
  fetched: string[]
  warning?: string
}

export async function fetchLfsObjects(targets: Target[], git: GitRunner): Promise<LfsOutcome> {
  const pointers: string[] = []
  for (const t of targets) if (!t.link && (await isLfsPointer(t.fsPath))) pointers.push(t.display)
  if (pointers.length === 0) return { pointers, fetched: [] }
  const version = await git(['lfs', 'version'])
  if (version.code !== 0)
    return {
      pointers,
      fetched: [],
      warning: `${pointers.length} changed file(s) are Git LFS pointers and git-lfs is not installed, so their content was not scanned. Use actions/checkout with lfs: true.`
    }
  const fetched: string[] = []
  for (const p of pointers) {
    const r = await git(['lfs', 'pull', '--include', lfsPattern(p), '--exclude', ''])
    if (r.code === 0) fetched.push(p)
  }
  const targetsByPath = new Map(targets.map((t) => [t.display, t]))
  const still: string[] = []
  for (const p of fetched) if (await isLfsPointer(targetsByPath.get(p)!.fsPath)) still.push(p)
  const ok = fetched.filter((p) => !still.includes(p))
  const failed = pointers.length - ok.length
  return {
    pointers,
    fetched: ok,
    ...(failed > 0
      ? {
          warning: `${failed} Git LFS object(s) could not be fetched, so those files were not scanned (reported as not analysed). Use actions/checkout with lfs: true.`
        }
      : {})
  }
}
