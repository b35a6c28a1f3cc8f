// Verifies one OpenSSF model signature against one model (folder or file): the signature against trusted
// material (key / certificate / Sigstore keyless), then the signed manifest against the bytes on disk.
import { lstat, open } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { ContentStore } from '../content.js'
import type { IntegrityOptions } from '../options.js'
import { parseBundle, UnsupportedSignature, type ParsedBundle } from './bundle.js'
import { verifyCertificateMode, verifyKeylessMode, verifyKeyMode } from './modes.js'
import { compareWithManifest, DEFAULT_IGNORES, enumerateModel, isIgnored, type FileVerdict } from './model.js'
import { parseStatement, safeRelativeName, UnsafeManifestName, type SignedManifest } from './payload.js'

export type SignatureStatus = 'verified' | 'invalid' | 'untrusted' | 'no-trust' | 'unsupported'

export interface SignatureNote {
  ruleId: string
  message: string
  evidence?: string
}

export interface SignatureCheck {
  signaturePath: string
  modelPath: string
  modelIsFile: boolean
  method?: 'key' | 'certificate' | 'keyless' | 'openpgp' | 'cms'
  /** Outcome of the whole check (signature and files). */
  status: SignatureStatus
  signer?: string
  /** Findings about the signature as a whole (for the signature file's report). */
  notes: SignatureNote[]
  /** Per-file comparison with the signed manifest (empty when the manifest could not be read). */
  files: FileVerdict[]
  /** Paths (relative to the model root) left out of verification: default, signed and configured ignores. */
  ignore: string[]
  manifest?: SignedManifest
}

/** Largest signature file read. Real bundles are a few KiB; keyless ones with certificates tens of KiB. */
const MAX_SIGNATURE_BYTES = 16 * 1024 * 1024

export async function readSignature(path: string): Promise<Buffer> {
  const fh = await open(path, 'r')
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new Error('not a regular file')
    if (st.size > MAX_SIGNATURE_BYTES) throw new Error(`${st.size} bytes, far larger than any signature`)
    const buf = Buffer.alloc(st.size)
    await fh.read(buf, 0, st.size, 0)
    return buf
  } finally {
    await fh.close()
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/')
}

/**
 * Where the model of a signature found at `<dir>/model.sig` is: the folder, or — for a single-file manifest
 * (resource ".") — the file named by the subject in that folder.
 */
async function modelOf(
  sigPath: string,
  manifest: SignedManifest | undefined
): Promise<{ path: string; isFile: boolean }> {
  const dir = dirname(sigPath)
  const single = manifest?.entries.length === 1 && manifest.entries[0]!.file === '.'
  if (single && safeRelativeName(manifest!.subjectName) && !manifest!.subjectName.includes('/')) {
    const p = join(dir, manifest!.subjectName)
    const st = await lstat(p).catch(() => undefined)
    if (st?.isFile()) return { path: p, isFile: true }
  }
  return { path: dir, isFile: false }
}

/**
 * Verifies `sigPath` for the model at `model` (explicit) or found from the signature's location. Never throws for
 * bad input: every problem becomes a note with its rule id.
 */
export async function verifyModelSignature(
  sigPath: string,
  model: string | undefined,
  opts: IntegrityOptions,
  store: ContentStore,
  maxEntries: number,
  at: Date = new Date()
): Promise<SignatureCheck> {
  const check: SignatureCheck = {
    signaturePath: sigPath,
    modelPath: model ?? dirname(sigPath),
    modelIsFile: false,
    status: 'unsupported',
    notes: [],
    files: [],
    ignore: []
  }
  let bundle: ParsedBundle
  try {
    bundle = parseBundle(await readSignature(sigPath))
  } catch (e) {
    check.notes.push({ ruleId: 'INT-022', message: `Signature not analysed: ${(e as Error).message}` })
    return check
  }
  const m = bundle.material
  check.method = m.kind === 'key' ? 'key' : m.kind === 'certificate-chain' ? 'certificate' : 'keyless'
  const sig =
    m.kind === 'key'
      ? verifyKeyMode(bundle as ParsedBundle & { material: { kind: 'key' } }, opts)
      : m.kind === 'certificate-chain'
        ? verifyCertificateMode(bundle as ParsedBundle & { material: { kind: 'certificate-chain' } }, opts, at)
        : verifyKeylessMode(bundle, opts)
  const verified = sig.ok
  if (sig.ok) check.signer = sig.signer
  else check.notes.push({ ruleId: sig.ruleId, message: sig.message })

  // The manifest is read even when the signature is not trusted: its digests still show what changed since signing.
  let manifest: SignedManifest | undefined
  let status: SignatureStatus = sig.ok ? 'verified' : sig.status
  try {
    manifest = parseStatement(bundle.payload)
  } catch (e) {
    if (e instanceof UnsafeManifestName) {
      check.notes.push({
        ruleId: 'INT-004',
        message: `The signed manifest names files outside the model (${e.names.join(', ')}); rejected`,
        evidence: e.names[0]
      })
      if (status === 'verified') status = 'invalid'
    } else if (verified || status === 'no-trust') {
      if (e instanceof UnsupportedSignature) {
        check.notes.push({ ruleId: 'INT-022', message: `Signed manifest not analysed: ${e.message}` })
        status = 'unsupported'
      } else {
        check.notes.push({ ruleId: 'INT-023', message: `Signed manifest rejected: ${(e as Error).message}` })
        if (verified) status = 'invalid'
      }
    }
    check.status = status
    return check
  }
  check.manifest = manifest
  if (sig.ok && (sig.legacy || manifest.layout === 'legacy-v0.1')) {
    if (!opts.allowLegacySignatures) {
      check.notes.push({
        ruleId: 'INT-022',
        message:
          'Legacy model_signing layout (Digests/v0.1); legacy signatures are not enabled (--allow-legacy-signatures)'
      })
      status = 'unsupported'
    } else {
      check.notes.push({
        ruleId: 'INT-027',
        message: 'Legacy model_signing signature (pre-1.0 layout or encoding) accepted'
      })
    }
  }

  const where =
    model !== undefined ? { path: model, isFile: (await lstat(model)).isFile() } : await modelOf(sigPath, manifest)
  check.modelPath = where.path
  check.modelIsFile = where.isFile
  const singleFile = manifest.entries.length === 1 && manifest.entries[0]!.file === '.'
  if (singleFile !== where.isFile) {
    check.notes.push({
      ruleId: 'INT-023',
      message: singleFile
        ? `The signature covers a single file, but the model at ${toPosix(where.path)} is a folder`
        : `The signature covers a folder, but the model at ${toPosix(where.path)} is a file`
    })
    check.status = status === 'verified' ? 'invalid' : status
    return check
  }
  const sigRel = toPosix(relative(where.path, sigPath))
  check.ignore = where.isFile
    ? []
    : [
        ...DEFAULT_IGNORES,
        ...manifest.ignorePaths,
        ...opts.ignorePaths,
        ...(sigRel.startsWith('..') || sigRel.startsWith('/') ? [] : [sigRel])
      ]
  const listing = await enumerateModel(where.path, where.isFile, check.ignore, manifest.allowSymlinks, maxEntries)
  if (listing.truncated) {
    check.notes.push({ ruleId: 'INT-022', message: `Model not fully verified: more than ${maxEntries} entries` })
    status = 'unsupported'
  }
  check.files = await compareWithManifest(manifest, where.path, listing.files, store)
  for (const p of listing.problems) check.files.push({ rel: p.rel, abs: p.abs, status: 'extra', detail: p.reason })
  if (opts.allowUnsignedFiles)
    check.files = check.files.map((f) => (f.status === 'extra' && !f.detail ? { ...f, status: 'unsigned' } : f))
  const bad = check.files.filter((f) => f.status === 'changed' || f.status === 'extra' || f.status === 'missing')
  if (check.files.some((f) => f.status === 'unavailable') && status === 'verified') {
    check.notes.push({
      ruleId: 'INT-022',
      message: 'Some signed files could not be verified: their content is not present (Git LFS)'
    })
    status = 'unsupported'
  }
  if (bad.length && status === 'verified') status = 'invalid'
  check.status = status
  return check
}

/** The default signature file name model_signing writes at a model's root. */
export const SIGNATURE_FILE = 'model.sig'

export { isIgnored }
