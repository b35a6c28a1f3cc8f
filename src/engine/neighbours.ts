// Files next to the scanned model, for formats that reference siblings by relative path (ONNX external data,
// SavedModel assets). Rooted at the folder of the top-level file; only lstat/realpath are used and nothing
// outside that folder is ever looked at, so a hostile path in a model cannot make the scanner probe the host.
import { lstat, realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { FileSource, type ByteSource } from './source.js'

export interface NeighbourStat {
  exists: boolean
  /** Size of the regular file (of the link target when the link stays inside the folder). */
  size?: number
  isSymlink: boolean
  /** Link count of the file (more than 1: a hard link shares its data with another path). */
  hardLinks?: number
  /** The real path (all symbolic links resolved) stays inside the model's folder. */
  insideRoot: boolean
  /** A regular file (not a directory, device or socket). */
  isFile?: boolean
}

export interface Neighbours {
  stat(relPath: string): Promise<NeighbourStat>
  /**
   * Opens a neighbour for reading (ONNX external data for the weights stage): only a regular file inside the folder,
   * not a link and not a hard link, never through a link at its last component. Undefined otherwise.
   */
  open(relPath: string): Promise<ByteSource | undefined>
  /** Closes whatever open() opened. */
  close(): Promise<void>
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

const OUTSIDE: NeighbourStat = { exists: false, isSymlink: false, insideRoot: false }

/** Neighbours of files in `folder`. */
export function folderNeighbours(folder: string): Neighbours {
  const root = resolve(folder)
  let realRoot: Promise<string> | undefined
  const opened = new Map<string, Promise<FileSource | undefined>>()
  const self: Neighbours = {
    open(relPath: string): Promise<ByteSource | undefined> {
      let p = opened.get(relPath)
      if (!p) {
        p = self
          .stat(relPath)
          .then((st) =>
            st.exists && st.insideRoot && !st.isSymlink && st.isFile === true && (st.hardLinks ?? 1) <= 1
              ? FileSource.open(resolve(root, relPath)).catch(() => undefined)
              : undefined
          )
        opened.set(relPath, p)
      }
      return p
    },
    async close(): Promise<void> {
      for (const p of opened.values()) await (await p)?.close()
      opened.clear()
    },
    async stat(relPath: string): Promise<NeighbourStat> {
      // Lexically outside the folder, absolute, or with NUL: never touch the file system.
      if (relPath === '' || relPath.includes('\0') || isAbsolute(relPath)) return OUTSIDE
      const full = resolve(root, relPath)
      if (!inside(root, full) || full === root) return OUTSIDE
      let l
      try {
        l = await lstat(full)
      } catch {
        return { exists: false, isSymlink: false, insideRoot: true }
      }
      realRoot ??= realpath(root).catch(() => root)
      let real: string | undefined
      try {
        real = await realpath(full)
      } catch {
        real = undefined // dangling link
      }
      const insideRoot = real !== undefined && inside(await realRoot, real)
      const out: NeighbourStat = {
        exists: real !== undefined,
        isSymlink: l.isSymbolicLink(),
        hardLinks: l.nlink,
        insideRoot
      }
      if (!l.isSymbolicLink()) {
        out.size = l.size
        out.isFile = l.isFile()
      } else if (insideRoot && real !== undefined) {
        const t = await stat(real)
        out.size = t.size
        out.isFile = t.isFile()
      }
      return out
    }
  }
  return self
}
