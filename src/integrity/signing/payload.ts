// The in-toto statement inside a model signature: the signed manifest of the model's files. Read only after the
// signature over it verified (or to explain a failure); JSON key order is arbitrary, so values are compared.
import { createHash } from 'node:crypto'
import { InvalidSignature, UnsupportedSignature } from './bundle.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_V1 = 'https://model_signing/signature/v1.0'
export const PREDICATE_LEGACY = 'https://model_signing/Digests/v0.1'

/** model_signing hash names → Node digest names (blake2b is hashlib.blake2b: 64-byte digest). */
export const HASHES: Record<string, string> = { sha256: 'sha256', blake2b: 'blake2b512' }

export interface ManifestEntry {
  /** The resource name as signed. */
  name: string
  /** Path relative to the model root, POSIX separators; "." when the model is a single file. */
  file: string
  /** Byte range for shard entries (end exclusive). */
  start?: number
  end?: number
  /** Node digest name. */
  hash: string
  digest: string
}

export interface SignedManifest {
  layout: 'v1.0' | 'legacy-v0.1'
  subjectName: string
  method: 'files' | 'shards'
  shardSize?: number
  allowSymlinks: boolean
  /** ignore_paths recorded at signing time (added to the ignore list at verification, as upstream does). */
  ignorePaths: string[]
  entries: ManifestEntry[]
}

/** A manifest name that is absolute or leaves the model root (INT-004): rejected before touching the disk. */
export class UnsafeManifestName extends Error {
  constructor(readonly names: string[]) {
    super(`unsafe resource names: ${names.join(', ')}`)
    this.name = 'UnsafeManifestName'
  }
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
}

/** Whether a manifest path is a plain relative POSIX path inside its root. */
export function safeRelativeName(name: string): boolean {
  if (name === '' || name.includes('\0')) return false
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return false
  // A backslash is an ordinary character on POSIX but a separator on Windows runners: `..` is refused either way.
  return !name.split(/[/\\]/).some((s) => s === '..')
}

/** Normalises a relative path: drops "./" segments and repeated or trailing slashes. */
export function normaliseRelative(name: string): string {
  if (name === '.') return '.'
  return name
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')
}

const HEX = /^[0-9a-f]+$/

function parseV1(st: Record<string, unknown>): SignedManifest {
  const subjects = st.subject
  if (!Array.isArray(subjects) || subjects.length !== 1)
    throw new InvalidSignature('the statement must have exactly one subject')
  const subject = obj(subjects[0])
  const rootDigest = obj(subject?.digest)?.sha256
  if (typeof rootDigest !== 'string') throw new InvalidSignature('the subject has no sha256 digest')
  const pred = obj(st.predicate)
  const ser = obj(pred?.serialization)
  if (!pred || !ser) throw new InvalidSignature('the predicate has no serialization')
  const method = ser.method
  if (method !== 'files' && method !== 'shards')
    throw new UnsupportedSignature(`unsupported serialization method ${JSON.stringify(method)}`)
  const hashType = ser.hash_type
  if (typeof hashType !== 'string' || !(hashType in HASHES))
    throw new UnsupportedSignature(`unsupported hash ${JSON.stringify(hashType)} (sha256 and blake2b are verified)`)
  let shardSize: number | undefined
  if (method === 'shards') {
    const s = ser.shard_size
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s <= 0)
      throw new InvalidSignature(`shard_size ${JSON.stringify(s)} is not a positive integer`)
    shardSize = s
  }
  const expectedAlgorithm = method === 'files' ? hashType : `${hashType}-sharded-${shardSize}`
  const ignore = ser.ignore_paths ?? []
  if (!Array.isArray(ignore) || !ignore.every((x) => typeof x === 'string'))
    throw new InvalidSignature('ignore_paths is not a list of strings')
  const resources = pred.resources
  if (!Array.isArray(resources)) throw new InvalidSignature('the predicate has no resources list')
  const unsafe: string[] = []
  const entries: ManifestEntry[] = []
  const rawDigests: Buffer[] = []
  for (const r of resources) {
    const o = obj(r)
    const name = o?.name
    const algorithm = o?.algorithm
    const digest = typeof o?.digest === 'string' ? o.digest.toLowerCase() : undefined
    if (typeof name !== 'string' || typeof algorithm !== 'string' || !digest || !HEX.test(digest))
      throw new InvalidSignature('a resource lacks name, algorithm or a hex digest')
    if (algorithm !== expectedAlgorithm)
      throw new UnsupportedSignature(`resource ${name} uses ${algorithm}, the serialization says ${expectedAlgorithm}`)
    rawDigests.push(Buffer.from(digest, 'hex'))
    let file = name
    let start: number | undefined
    let end: number | undefined
    if (method === 'shards') {
      const m = /^(.*):(\d+):(\d+)$/s.exec(name)
      if (!m) throw new InvalidSignature(`shard resource ${name} is not <path>:<start>:<end>`)
      file = m[1]!
      start = Number(m[2])
      end = Number(m[3])
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start)
        throw new InvalidSignature(`shard resource ${name} has an empty or invalid range`)
    }
    if (file !== '.' && !safeRelativeName(file)) {
      unsafe.push(name)
      continue
    }
    entries.push({
      name,
      file: normaliseRelative(file),
      ...(start !== undefined ? { start, end } : {}),
      hash: HASHES[hashType]!,
      digest
    })
  }
  if (unsafe.length) throw new UnsafeManifestName(unsafe)
  // The subject digest binds the list: SHA-256 over the raw resource digests in the listed order.
  const root = createHash('sha256').update(Buffer.concat(rawDigests)).digest('hex')
  if (root !== rootDigest.toLowerCase())
    throw new InvalidSignature('manifest inconsistent: the subject digest does not match the resources')
  checkStructure(entries, method, shardSize)
  return {
    layout: 'v1.0',
    subjectName: typeof subject?.name === 'string' ? subject.name : '',
    method,
    ...(shardSize !== undefined ? { shardSize } : {}),
    allowSymlinks: ser.allow_symlinks === true,
    ignorePaths: (ignore as string[]).map(normaliseRelative).filter((p) => p !== '' && safeRelativeName(p)),
    entries
  }
}

/** Duplicate names, "." mixed with files, and shards that do not tile each file from 0 are inconsistent. */
function checkStructure(entries: ManifestEntry[], method: 'files' | 'shards', shardSize: number | undefined): void {
  if (entries.some((e) => e.file === '.') && entries.some((e) => e.file !== '.'))
    throw new InvalidSignature('manifest inconsistent: "." (single file) mixed with other files')
  if (method === 'files') {
    const seen = new Set<string>()
    for (const e of entries) {
      if (seen.has(e.file)) throw new InvalidSignature(`manifest inconsistent: ${e.file} listed twice`)
      seen.add(e.file)
    }
    return
  }
  const byFile = new Map<string, ManifestEntry[]>()
  for (const e of entries) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.start! - b.start!)
    let pos = 0
    list.forEach((e, i) => {
      if (e.start !== pos)
        throw new InvalidSignature(`manifest inconsistent: shards of ${file} have a gap or overlap at byte ${pos}`)
      const len = e.end! - e.start!
      if (len > shardSize! || (i < list.length - 1 && len !== shardSize))
        throw new InvalidSignature(`manifest inconsistent: shard ${e.name} does not match shard_size ${shardSize}`)
      pos = e.end!
    })
  }
}

/** model_signing 0.2.x: one subject per file, sha256 only, no recorded ignores. */
function parseLegacy(st: Record<string, unknown>): SignedManifest {
  const subjects = st.subject
  if (!Array.isArray(subjects) || subjects.length === 0) throw new InvalidSignature('the statement has no subjects')
  const unsafe: string[] = []
  const entries: ManifestEntry[] = []
  for (const s of subjects) {
    const o = obj(s)
    const name = o?.name
    const digest = obj(o?.digest)?.sha256
    const alg = obj(o?.annotations)?.actual_hash_algorithm
    if (typeof name !== 'string' || typeof digest !== 'string' || !HEX.test(digest.toLowerCase()))
      throw new InvalidSignature('a subject lacks a name or a sha256 digest')
    if (alg !== undefined && alg !== 'file-sha256')
      throw new UnsupportedSignature(`unsupported legacy hash ${JSON.stringify(alg)}`)
    if (name !== '.' && !safeRelativeName(name)) {
      unsafe.push(name)
      continue
    }
    entries.push({ name, file: normaliseRelative(name), hash: 'sha256', digest: digest.toLowerCase() })
  }
  if (unsafe.length) throw new UnsafeManifestName(unsafe)
  checkStructure(entries, 'files', undefined)
  return { layout: 'legacy-v0.1', subjectName: '', method: 'files', allowSymlinks: false, ignorePaths: [], entries }
}

/** Parses the statement bytes into the signed manifest. */
export function parseStatement(payload: Buffer): SignedManifest {
  let st: Record<string, unknown> | undefined
  try {
    st = obj(JSON.parse(payload.toString('utf8')))
  } catch {
    st = undefined
  }
  if (!st) throw new InvalidSignature('the signed payload is not a JSON object')
  if (st._type !== STATEMENT_TYPE)
    throw new UnsupportedSignature(`unsupported statement type ${JSON.stringify(st._type)}`)
  if (st.predicateType === PREDICATE_V1) return parseV1(st)
  if (st.predicateType === PREDICATE_LEGACY) return parseLegacy(st)
  throw new UnsupportedSignature(`unsupported predicate type ${JSON.stringify(st.predicateType)}`)
}
