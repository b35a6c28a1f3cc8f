// The base-branch version of a file changed in a PR, read straight from git (nothing checked out), so the PR's
// analysis can be compared with the base's (report/compare.ts).
import { basename } from 'node:path'
import type { FileReport } from '../engine/types.js'
import { FileSource, type ByteSource } from '../engine/source.js'
import { analyzeSource, reportFor, type ScanOptions } from '../engine/scan.js'
import { sha256File } from '../engine/hash.js'
import { blobAt } from './git.js'
import {
  DEFAULT_MEMORY_BLOB_BYTES,
  blobTempDir,
  lfsObjectsDir,
  localLfsObject,
  parseLfsPointer,
  readBlob,
  type LfsPointer
} from './blob.js'

export interface BaseVersion {
  source: ByteSource
  /** The git blob id at the base commit. */
  blob: string
  size: number
  sha256: string
  /** Set when the base blob is a Git LFS pointer; `present` = the content came from the local LFS store. */
  lfs?: LfsPointer & { present: boolean }
  /** Closes the source and removes any temporary file. Call it when done. */
  dispose(): Promise<void>
}

/**
 * The bytes of `path` at `baseSha`, or undefined when the path is no regular file there (added in the PR).
 * Small blobs are held in memory, large ones in a temporary file. An LFS pointer is replaced by its content
 * when the object is in the local LFS store.
 */
export async function loadBaseVersion(
  repoDir: string,
  baseSha: string,
  path: string,
  opts: { memoryLimit?: number } = {}
): Promise<BaseVersion | undefined> {
  const entry = await blobAt(repoDir, baseSha, path)
  if (!entry || (entry.mode !== '100644' && entry.mode !== '100755')) return undefined
  const tmp = await blobTempDir()
  const blob = await readBlob(repoDir, entry.oid, {
    memoryLimit: opts.memoryLimit ?? DEFAULT_MEMORY_BLOB_BYTES,
    tmpDir: tmp.dir
  })
  if (!blob) {
    await tmp.cleanup()
    return undefined
  }
  const disposeAll = async () => {
    await blob.dispose()
    await tmp.cleanup()
  }
  const pointer = await parseLfsPointer(blob.source)
  if (pointer) {
    const object = await localLfsObject(await lfsObjectsDir(repoDir), pointer)
    if (object && (await sha256File(object)) === pointer.oid) {
      const src = await FileSource.open(object)
      await disposeAll()
      return {
        source: src,
        blob: entry.oid,
        size: src.size,
        sha256: pointer.oid,
        lfs: { ...pointer, present: true },
        dispose: () => src.close()
      }
    }
    return { ...blob, blob: entry.oid, lfs: { ...pointer, present: false }, dispose: disposeAll }
  }
  return { ...blob, blob: entry.oid, dispose: disposeAll }
}

/** Loads and analyses the base version of `path` (same policy as the head), or undefined when there is none. */
export async function analyzeBaseVersion(
  repoDir: string,
  baseSha: string,
  path: string,
  opts: ScanOptions
): Promise<FileReport | undefined> {
  const base = await loadBaseVersion(repoDir, baseSha, path)
  if (!base) return undefined
  try {
    const name = basename(path)
    const analysed = await analyzeSource(base.source, path, name, opts.config.limits)
    const r = reportFor(analysed, { path, size: base.size, sha256: base.sha256, explicit: true, name }, opts)!
    r.blob = base.blob
    if (base.lfs) r.lfs = base.lfs
    return r
  } finally {
    await base.dispose()
  }
}
