// The bytes a file stands for, hashed once. A Git LFS pointer stands for its object: when the object is in the
// local store the object is hashed; when it is not, only its SHA-256 is known (the pointer's oid).
import { lstat, open } from 'node:fs/promises'
import { LFS_POINTER_MAX_BYTES, parseLfsPointer, type LfsPointer } from '../analyzers/lfs/pointer.js'
import { lfsObjectPath } from './lfs.js'
import { hashFile } from './hash.js'

export type Content =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'lfs-object'; path: string; size: number; pointer: LfsPointer }
  | { kind: 'lfs-absent'; pointer: LfsPointer }

async function readPointer(path: string, size: number): Promise<LfsPointer | undefined> {
  if (size >= LFS_POINTER_MAX_BYTES) return undefined
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.alloc(size)
    const { bytesRead } = await fh.read(buf, 0, size, 0)
    const parsed = parseLfsPointer(buf.subarray(0, bytesRead))
    return parsed.ok ? parsed.pointer : undefined
  } finally {
    await fh.close()
  }
}

export class ContentStore {
  private readonly contents = new Map<string, Promise<Content>>()
  private readonly digests = new Map<string, Promise<string>>()

  /** Seeds a known SHA-256 (the per-file scan already computed it) so the file is not read again. */
  seed(path: string, sha256: string): void {
    if (sha256) this.digests.set(`${path}\0sha256`, Promise.resolve(sha256))
  }

  /** What `path` (a regular file, already checked by the caller) stands for. */
  content(path: string): Promise<Content> {
    let c = this.contents.get(path)
    if (!c) {
      c = (async (): Promise<Content> => {
        const st = await lstat(path)
        const pointer = await readPointer(path, st.size)
        if (!pointer) return { kind: 'file', path, size: st.size }
        const obj = await lfsObjectPath(path, pointer.oid)
        if (!obj) return { kind: 'lfs-absent', pointer }
        const ost = await lstat(obj)
        return { kind: 'lfs-object', path: obj, size: ost.size, pointer }
      })()
      this.contents.set(path, c)
    }
    return c
  }

  /** Digest of the file's content (whole, or a byte range); undefined when the content is not available. */
  async digest(path: string, algorithm: string, start?: number, end?: number): Promise<string | undefined> {
    const c = await this.content(path)
    if (c.kind === 'lfs-absent') {
      return algorithm === 'sha256' && start === undefined ? c.pointer.oid : undefined
    }
    const key = `${c.path}\0${algorithm}\0${start ?? ''}\0${end ?? ''}`
    let d = this.digests.get(key)
    if (!d) {
      d = hashFile(c.path, algorithm, start, end)
      this.digests.set(key, d)
    }
    return d
  }

  /** Content size, when known (an absent LFS object's size is the pointer's claim). */
  async size(path: string): Promise<number> {
    const c = await this.content(path)
    return c.kind === 'lfs-absent' ? c.pointer.size : c.size
  }
}
