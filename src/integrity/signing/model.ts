// Recomputes a signed model's manifest the way model_signing does and compares it with the signed one: every file
// under the model root (dotfiles included) except ignored paths, files or shards hashed with the signed hash,
// compared as sets in the signed (listed) order. Extra, missing and changed files are told apart.
import { lstat, readdir, realpath } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ContentStore } from '../content.js'
import type { ManifestEntry, SignedManifest } from './payload.js'

/** model_signing ignores these at the model root by default (ignore_git_paths). */
export const DEFAULT_IGNORES = ['.git', '.gitattributes', '.github', '.gitignore']

export interface ModelFile {
  /** Relative POSIX path ("." when the model is a single file). */
  rel: string
  /** Where its bytes are read (the link target for an allowed symbolic link). */
  abs: string
}

export interface Enumeration {
  files: ModelFile[]
  /** Entries that cannot be part of a signed model: links (unless allowed and inside the root), sockets, FIFOs. */
  problems: { rel: string; abs: string; reason: string }[]
  /** The walk stopped at the entry limit. */
  truncated: boolean
}

export function isIgnored(rel: string, ignore: readonly string[]): boolean {
  return ignore.some((ig) => rel === ig || rel.startsWith(ig + '/'))
}

function toPosix(p: string): string {
  return p.split(sep).join('/')
}

/** Lists the files of a model folder (or the single file), as the signer would have seen them. */
export async function enumerateModel(
  root: string,
  isFile: boolean,
  ignore: readonly string[],
  allowSymlinks: boolean,
  maxEntries: number
): Promise<Enumeration> {
  const out: Enumeration = { files: [], problems: [], truncated: false }
  if (isFile) {
    out.files.push({ rel: '.', abs: root })
    return out
  }
  const rootReal = await realpath(root)
  let seen = 0
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (++seen > maxEntries) {
        out.truncated = true
        return
      }
      const abs = join(dir, e.name)
      const rel = toPosix(relative(root, abs))
      if (isIgnored(rel, ignore)) continue
      if (e.isDirectory()) await walk(abs)
      else if (e.isFile()) out.files.push({ rel, abs })
      else if (e.isSymbolicLink()) {
        if (!allowSymlinks) {
          out.problems.push({ rel, abs, reason: 'a symbolic link (the signature does not allow links)' })
          continue
        }
        let real: string
        try {
          real = await realpath(abs)
        } catch {
          out.problems.push({ rel, abs, reason: 'a dangling symbolic link' })
          continue
        }
        const inside = toPosix(relative(rootReal, real))
        const st = await lstat(real)
        if (inside.startsWith('..') || inside.startsWith('/') || !st.isFile())
          out.problems.push({ rel, abs, reason: 'a symbolic link that leaves the model or is not a file' })
        else out.files.push({ rel, abs: real })
      } else out.problems.push({ rel, abs, reason: 'not a regular file (socket, FIFO or device)' })
      if (out.truncated) return
    }
  }
  await walk(root)
  return out
}

/** `unsigned`: not in the manifest, allowed by allow-unsigned-files. */
export type FileStatus = 'ok' | 'changed' | 'extra' | 'missing' | 'unavailable' | 'unsigned'

export interface FileVerdict {
  rel: string
  /** Path on disk (for missing files: where the file should be). */
  abs: string
  status: FileStatus
  detail?: string
}

/** The file is a Git LFS pointer whose object was not fetched: its content cannot be compared. */
function unavailable(f: ModelFile): FileVerdict {
  return {
    rel: f.rel,
    abs: f.abs,
    status: 'unavailable',
    detail: 'its content is not present (Git LFS object missing)'
  }
}

async function checkFile(
  store: ContentStore,
  f: ModelFile,
  entries: ManifestEntry[],
  method: 'files' | 'shards'
): Promise<FileVerdict> {
  if (method === 'files') {
    const e = entries[0]!
    const actual = await store.digest(f.abs, e.hash)
    if (actual === undefined) return unavailable(f)
    return actual === e.digest
      ? { rel: f.rel, abs: f.abs, status: 'ok' }
      : { rel: f.rel, abs: f.abs, status: 'changed', detail: `${e.hash} ${actual}, signed ${e.digest}` }
  }
  const size = await store.size(f.abs)
  const end = entries.reduce((m, e) => Math.max(m, e.end!), -Infinity)
  if (size !== end) return { rel: f.rel, abs: f.abs, status: 'changed', detail: `${size} bytes, signed ${end}` }
  for (const e of entries) {
    const actual = await store.digest(f.abs, e.hash, e.start, e.end)
    if (actual === undefined) return unavailable(f)
    if (actual !== e.digest)
      return { rel: f.rel, abs: f.abs, status: 'changed', detail: `shard ${e.start}-${e.end} differs` }
  }
  return { rel: f.rel, abs: f.abs, status: 'ok' }
}

/** Compares the files on disk with the signed manifest. */
export async function compareWithManifest(
  manifest: SignedManifest,
  root: string,
  files: ModelFile[],
  store: ContentStore
): Promise<FileVerdict[]> {
  const signed = new Map<string, ManifestEntry[]>()
  for (const e of manifest.entries) signed.set(e.file, [...(signed.get(e.file) ?? []), e])
  const local = new Map(files.map((f) => [f.rel, f]))
  const out: FileVerdict[] = []
  for (const [rel, entries] of signed) {
    const f = local.get(rel)
    if (!f) out.push({ rel, abs: rel === '.' ? root : join(root, ...rel.split('/')), status: 'missing' })
    else out.push(await checkFile(store, f, entries, manifest.method))
  }
  for (const f of files) {
    if (signed.has(f.rel)) continue
    // In shard mode an empty file produces no entry at all, so an unlisted empty file is what the signer saw.
    if (manifest.method === 'shards' && (await store.size(f.abs)) === 0)
      out.push({ rel: f.rel, abs: f.abs, status: 'ok' })
    else out.push({ rel: f.rel, abs: f.abs, status: 'extra' })
  }
  return out
}
