// Turns a git blob into a ByteSource the analyzers can read at random offsets: small blobs in memory, large ones
// streamed to a temporary file (a blob can be many GiB; it is never held whole in memory). Git LFS pointers are
// resolved through the local LFS store when the object is there.
import { createHash } from 'node:crypto'
import { open, stat, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BufferSource, FileSource, type ByteSource } from '../engine/source.js'
import { catFileBatch, commonGitDir, gitText } from './git.js'

/** Blobs up to this size are analysed from memory; larger ones from a temporary file. */
export const DEFAULT_MEMORY_BLOB_BYTES = 32 * 1024 * 1024

export interface MaterializedBlob {
  source: ByteSource
  size: number
  sha256: string
  /** Releases the temporary file, if any. */
  dispose(): Promise<void>
}

let counter = 0

/**
 * Receives a blob body of `size` bytes (declared by git before any byte arrives, so the memory decision is made
 * before allocating) and hashes it in the same pass.
 */
export async function materializeBlob(
  size: number,
  body: (sink: (chunk: Buffer) => void | Promise<void>) => Promise<void>,
  opts: { memoryLimit: number; tmpDir: string }
): Promise<MaterializedBlob> {
  const hash = createHash('sha256')
  if (size <= opts.memoryLimit) {
    const buf = Buffer.allocUnsafe(size)
    let at = 0
    await body((chunk) => {
      chunk.copy(buf, at)
      at += chunk.length
      hash.update(chunk)
    })
    return { source: new BufferSource(buf), size, sha256: hash.digest('hex'), dispose: async () => {} }
  }
  const path = join(opts.tmpDir, `blob-${process.pid}-${++counter}`)
  const fh = await open(path, 'wx', 0o600)
  try {
    await body(async (chunk) => {
      hash.update(chunk)
      let off = 0
      while (off < chunk.length) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.length - off)
        off += bytesWritten
      }
    })
  } finally {
    await fh.close()
  }
  const src = await FileSource.open(path)
  return {
    source: src,
    size,
    sha256: hash.digest('hex'),
    dispose: async () => {
      await src.close()
      await rm(path, { force: true })
    }
  }
}

/** A private temporary directory for blob files; `cleanup` removes it with everything left inside. */
export async function blobTempDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-blobs-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

// ---------------------------------------------------------------------------------------------------------------
// Git LFS pointers (git-lfs docs/spec.md): `version <url>\n`, sorted `key value` lines, oid sha256:<64 hex>, size.

export interface LfsPointer {
  oid: string
  size: number
}

const LFS_VERSIONS = new Set([
  'https://git-lfs.github.com/spec/v1',
  'https://hawser.github.com/spec/v1',
  'http://git-media.io/v/2'
])
/** git-lfs never treats content of 1024 bytes or more as a pointer (BlobSizeCutoff). */
export const LFS_POINTER_MAX_BYTES = 1024

export async function parseLfsPointer(src: ByteSource): Promise<LfsPointer | undefined> {
  if (src.size >= LFS_POINTER_MAX_BYTES || src.size < 20) return undefined
  const text = (await src.read(0, src.size)).toString('utf8')
  const lines = text.split('\n')
  const first = lines[0]!
  if (!first.startsWith('version ') || !LFS_VERSIONS.has(first.slice(8))) return undefined
  let oid: string | undefined
  let size: number | undefined
  for (const line of lines.slice(1)) {
    if (line === '') continue
    const sp = line.indexOf(' ')
    const key = line.slice(0, sp)
    const value = line.slice(sp + 1)
    if (key === 'oid') {
      const m = /^sha256:([0-9a-f]{64})$/.exec(value)
      if (!m) return undefined
      oid = m[1]
    } else if (key === 'size') {
      if (!/^\d{1,16}$/.test(value)) return undefined
      size = Number(value)
    }
  }
  return oid !== undefined && size !== undefined && Number.isSafeInteger(size) ? { oid, size } : undefined
}

/** Where git-lfs keeps objects for this repository (`lfs.storage`, else `<git dir>/lfs`). */
export async function lfsObjectsDir(repo: string): Promise<string> {
  const common = await commonGitDir(repo)
  const storage = await gitText(repo, ['config', '--get', 'lfs.storage'])
  return join(storage ? resolve(common, storage) : join(common, 'lfs'), 'objects')
}

/** The local LFS object file for a pointer, when present with the pointer's size. */
export async function localLfsObject(objectsDir: string, p: LfsPointer): Promise<string | undefined> {
  const path = join(objectsDir, p.oid.slice(0, 2), p.oid.slice(2, 4), p.oid)
  try {
    const st = await stat(path)
    return st.isFile() && st.size === p.size ? path : undefined
  } catch {
    return undefined
  }
}

/** Reads one blob by id into a source (memory or temporary file). Undefined when the object is not a blob. */
export async function readBlob(
  repo: string,
  oid: string,
  opts: { memoryLimit: number; tmpDir: string }
): Promise<MaterializedBlob | undefined> {
  let out: MaterializedBlob | undefined
  await catFileBatch(repo, [oid], async (h, body) => {
    if (h.missing || h.type !== 'blob') return
    out = await materializeBlob(h.size, body, opts)
  })
  return out
}
