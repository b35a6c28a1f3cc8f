// Checksum manifests: SHA256SUMS-style files (GNU text/binary lines, BSD --tag lines, escaped names) and
// `<file>.sha256` sidecars (bare hex or one sha256sum line). Integrity only: a manifest in the tree says what the
// bytes were when it was written; it is not a trust decision.
import { lstat, open, realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import type { ContentStore } from './content.js'
import { normaliseRelative, safeRelativeName } from './signing/payload.js'

export interface ChecksumEntry {
  /** The name as written (unescaped). */
  name: string
  /** Node digest name. */
  algorithm: string
  digest: string
  line: number
}

export interface ParsedChecksums {
  entries: ChecksumEntry[]
  malformed: { line: number; reason: string }[]
}

/** File names treated as multi-file manifests. */
const SUMS_NAME = /^(?:sha(?:224|256|384|512)sums?|b2sums|checksums?)(?:\.txt|\.sha256)?$|\.sha256sums?$/i
/** Sidecar: `<file>.sha256` next to the file it vouches for. */
const SIDECAR_NAME = /\.sha256$/i

export function isSumsName(name: string): boolean {
  return SUMS_NAME.test(name)
}

export function sidecarTarget(name: string): string | undefined {
  return SIDECAR_NAME.test(name) && !SUMS_NAME.test(name) ? name.replace(SIDECAR_NAME, '') : undefined
}

const BSD_ALGORITHMS: Record<string, { node: string; hexLength: number }> = {
  SHA224: { node: 'sha224', hexLength: 56 },
  SHA256: { node: 'sha256', hexLength: 64 },
  SHA384: { node: 'sha384', hexLength: 96 },
  SHA512: { node: 'sha512', hexLength: 128 },
  BLAKE2b: { node: 'blake2b512', hexLength: 128 },
  'BLAKE2b-512': { node: 'blake2b512', hexLength: 128 }
}

/** The digest a GNU-format line of this length means, given the manifest's name (B2SUMS → BLAKE2b). */
function gnuAlgorithm(hexLength: number, manifestName: string): string | undefined {
  if (/^b2sums/i.test(manifestName)) return hexLength === 128 ? 'blake2b512' : undefined
  return { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' }[hexLength]
}

/** GNU escaping: a line starting with `\` has `\\`, `\n` and `\r` escapes in its name. */
function unescapeName(name: string): string | undefined {
  let out = ''
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!
    if (c !== '\\') {
      out += c
      continue
    }
    const n = name[++i]
    if (n === '\\') out += '\\'
    else if (n === 'n') out += '\n'
    else if (n === 'r') out += '\r'
    else return undefined
  }
  return out
}

/** Parses a SHA256SUMS-style manifest. Blank and `#` lines are skipped; anything else unreadable is malformed. */
export function parseChecksums(text: string, manifestName = 'SHA256SUMS'): ParsedChecksums {
  const out: ParsedChecksums = { entries: [], malformed: [] }
  text.split('\n').forEach((raw, i) => {
    const lineNo = i + 1
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '' || line.startsWith('#')) return
    const escaped = line.startsWith('\\')
    const body = escaped ? line.slice(1) : line
    let name: string | undefined
    let algorithm: string | undefined
    let digest: string | undefined
    const bsd = /^([A-Za-z0-9-]+) \((.*)\) = ([0-9a-fA-F]+)$/s.exec(body)
    const gnu = /^([0-9a-fA-F]+) ([ *])(.+)$/s.exec(body)
    if (bsd) {
      const alg = BSD_ALGORITHMS[bsd[1]!]
      if (!alg) return out.malformed.push({ line: lineNo, reason: `unsupported algorithm ${bsd[1]}` })
      if (bsd[3]!.length !== alg.hexLength)
        return out.malformed.push({ line: lineNo, reason: `a ${bsd[1]} digest has ${alg.hexLength} hex digits` })
      ;[name, algorithm, digest] = [bsd[2]!, alg.node, bsd[3]!]
    } else if (gnu) {
      algorithm = gnuAlgorithm(gnu[1]!.length, manifestName)
      if (!algorithm)
        return out.malformed.push({
          line: lineNo,
          reason: `a digest of ${gnu[1]!.length} hex digits fits no algorithm`
        })
      ;[name, digest] = [gnu[3]!, gnu[1]!]
    } else {
      return out.malformed.push({ line: lineNo, reason: 'neither `<hex>  <name>` nor `SHA256 (<name>) = <hex>`' })
    }
    if (escaped) {
      name = unescapeName(name)
      if (name === undefined) return out.malformed.push({ line: lineNo, reason: 'invalid escape in the file name' })
    }
    out.entries.push({ name, algorithm, digest: digest.toLowerCase(), line: lineNo })
  })
  return out
}

/**
 * Parses a `<file>.sha256` sidecar for `target` (its basename): bare hex, or one sha256sum/BSD line whose name
 * must be the target's (a path to it is fine). More named lines make it a manifest of its folder.
 */
export function parseSidecar(text: string, target: string): ParsedChecksums & { manifest: boolean } {
  const bare = /^\s*([0-9a-fA-F]{64})\s*$/.exec(text)
  if (bare)
    return {
      entries: [{ name: target, algorithm: 'sha256', digest: bare[1]!.toLowerCase(), line: 1 }],
      malformed: [],
      manifest: false
    }
  const parsed = parseChecksums(text)
  if (parsed.entries.length > 1) return { ...parsed, manifest: true }
  const e = parsed.entries[0]
  if (e && e.name !== '-' && basename(e.name.replace(/\\/g, '/')) !== target)
    parsed.malformed.push({ line: e.line, reason: `names ${e.name}, but the sidecar is for ${target}` })
  return { entries: e ? [{ ...e, name: target }] : [], malformed: parsed.malformed, manifest: false }
}

export type EntryStatus = 'verified' | 'mismatch' | 'missing' | 'unsafe' | 'not-a-file' | 'unavailable'

export interface EntryResult {
  entry: ChecksumEntry
  /** Absolute path the entry refers to (undefined for unsafe names). */
  path?: string
  status: EntryStatus
  actual?: string
}

export interface ManifestResult {
  manifest: string
  kind: 'sums' | 'sidecar'
  results: EntryResult[]
  malformed: { line: number; reason: string }[]
  /** Folders in which every model file is expected to be listed. */
  covers: Set<string>
  /** Set when the manifest itself could not be read. */
  unreadable?: string
}

async function readSmall(path: string, max: number): Promise<string> {
  const fh = await open(path, 'r')
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new Error('not a regular file')
    if (st.size > max) throw new Error(`${st.size} bytes, more than the ${max} read for a manifest`)
    const buf = Buffer.alloc(st.size)
    await fh.read(buf, 0, st.size, 0)
    return buf.toString('utf8')
  } finally {
    await fh.close()
  }
}

/** Whether `abs`, with every symbolic link resolved, is inside `dir` (also resolved). */
async function staysInside(dir: string, abs: string): Promise<boolean> {
  try {
    const rel = relative(await realpath(dir), await realpath(abs))
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  } catch {
    return false
  }
}

/** Reads a manifest (or sidecar) and checks every entry against the files next to it. */
export async function verifyManifest(path: string, store: ContentStore, maxBytes: number): Promise<ManifestResult> {
  const dir = dirname(path)
  const name = basename(path)
  const target = sidecarTarget(name)
  let text: string
  try {
    text = await readSmall(path, maxBytes)
  } catch (e) {
    return {
      manifest: path,
      kind: target ? 'sidecar' : 'sums',
      results: [],
      malformed: [],
      covers: new Set(),
      unreadable: (e as Error).message
    }
  }
  let kind: 'sums' | 'sidecar' = 'sums'
  let parsed: ParsedChecksums
  if (target !== undefined) {
    const side = parseSidecar(text, target)
    kind = side.manifest ? 'sums' : 'sidecar'
    parsed = side
  } else {
    parsed = parseChecksums(text, name)
  }
  const covers = new Set<string>()
  if (kind === 'sums') covers.add(dir)
  const results: EntryResult[] = []
  for (const entry of parsed.entries) {
    const rel = entry.name.startsWith('./') ? entry.name.slice(2) : entry.name
    if (!safeRelativeName(rel)) {
      results.push({ entry, status: 'unsafe' })
      continue
    }
    const abs = join(dir, normaliseRelative(rel))
    if (kind === 'sums') covers.add(dirname(abs))
    let st
    try {
      st = await lstat(abs)
    } catch {
      results.push({ entry, path: abs, status: 'missing' })
      continue
    }
    if (!st.isFile()) {
      results.push({ entry, path: abs, status: 'not-a-file' })
      continue
    }
    // A linked folder on the way (`data -> /`) would make `data/etc/passwd` a regular file outside: never read it.
    if (!(await staysInside(dir, abs))) {
      results.push({ entry, status: 'unsafe' })
      continue
    }
    const actual = await store.digest(abs, entry.algorithm)
    if (actual === undefined) results.push({ entry, path: abs, status: 'unavailable' })
    else results.push({ entry, path: abs, status: actual === entry.digest ? 'verified' : 'mismatch', actual })
  }
  return { manifest: path, kind, results, malformed: parsed.malformed, covers }
}
