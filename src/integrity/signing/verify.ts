// Verifies one OpenSSF model signature against one model (folder or file): the signature against trusted
// material (key / certificate / Sigstore keyless), then the signed manifest against the bytes on disk.
import { createPublicKey, X509Certificate } from 'node:crypto'
import { lstat, open } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { ContentStore } from '../content.js'
import type { IntegrityOptions } from '../options.js'
import { pae, paeCompat, parseBundle, UnsupportedSignature, type ParsedBundle } from './bundle.js'
import { curveHash, describeKey, keyHint, pemBlocks, verifyEcdsa, type TrustedKey } from './keys.js'
import { verifyKeyless } from './keyless.js'
import { compareWithManifest, DEFAULT_IGNORES, enumerateModel, isIgnored, type FileVerdict } from './model.js'
import { parseStatement, safeRelativeName, UnsafeManifestName, type SignedManifest } from './payload.js'
import { validateChain } from './x509.js'

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

type SigResult =
  | { ok: true; signer: string; legacy: boolean }
  | { ok: false; status: Exclude<SignatureStatus, 'verified'>; ruleId: string; message: string }

/** Verifies the DSSE signature with `key`: standard PAE, then (legacy) model_signing 0.2's encoding. */
function verifyWith(key: TrustedKey['key'], b: ParsedBundle): 'ok' | 'legacy' | 'bad' {
  if (verifyEcdsa(key, pae(b.payloadType, b.payload), b.signature)) return 'ok'
  const compat = paeCompat(b.payloadType, b.payload)
  if (verifyEcdsa(key, compat, b.signature) || verifyEcdsa(key, compat, b.signature, 'sha256')) return 'legacy'
  return 'bad'
}

function legacyOutcome(signer: string, opts: IntegrityOptions): SigResult {
  if (opts.allowLegacySignatures) return { ok: true, signer, legacy: true }
  return {
    ok: false,
    status: 'unsupported',
    ruleId: 'INT-022',
    message:
      'The signature verifies only with the pre-1.0 model_signing encoding (buggy PAE); legacy signatures are not enabled (--allow-legacy-signatures)'
  }
}

function verifyKeyMode(b: ParsedBundle & { material: { kind: 'key' } }, opts: IntegrityOptions): SigResult {
  if (opts.keys.length === 0)
    return {
      ok: false,
      status: 'no-trust',
      ruleId: 'INT-026',
      message:
        'Signed with a public key, but no trusted key is configured (--trusted-key); the signature was not verified'
    }
  let hint = b.material.hint
  if (!hint && b.material.rawBytes) {
    // Old bundles carry the signer's PEM: used only to name the key, never as trust.
    const pem = pemBlocks(b.material.rawBytes, ['PUBLIC KEY'])[0]
    try {
      if (pem) hint = keyHint(createPublicKey({ key: pem, format: 'der', type: 'spki' }))
    } catch {
      hint = undefined
    }
  }
  const candidates = hint ? opts.keys.filter((k) => k.hint === hint) : opts.keys
  if (candidates.length === 0)
    return {
      ok: false,
      status: 'untrusted',
      ruleId: 'INT-028',
      message: `Signed with a key that is not trusted (key sha256:${hint}); trusted: ${opts.keys.map((k) => k.source).join(', ')}`
    }
  for (const k of candidates) {
    if (!curveHash(k.key)) continue
    const r = verifyWith(k.key, b)
    const signer = `${describeKey(k.key)} key sha256:${k.hint.slice(0, 16)} (${k.source})`
    if (r === 'ok') return { ok: true, signer, legacy: false }
    if (r === 'legacy') return legacyOutcome(signer, opts)
  }
  if (!candidates.some((k) => curveHash(k.key)))
    return {
      ok: false,
      status: 'untrusted',
      ruleId: 'INT-028',
      message: 'No trusted key is an ECDSA P-256/P-384/P-521 key, the only kind OpenSSF model signing uses'
    }
  return hint
    ? {
        ok: false,
        status: 'invalid',
        ruleId: 'INT-023',
        message: `The signature does not verify with the trusted key it names (${candidates[0]!.source}): the bundle was altered after signing`
      }
    : {
        ok: false,
        status: 'untrusted',
        ruleId: 'INT-028',
        message: 'The signature verifies with none of the trusted keys'
      }
}

function keyPinnedLeaf(der: Buffer, opts: IntegrityOptions): TrustedKey | undefined {
  if (opts.keys.length === 0) return undefined
  let hint: string
  try {
    hint = keyHint(new X509Certificate(der).publicKey)
  } catch {
    return undefined
  }
  return opts.keys.find((k) => k.hint === hint)
}

function verifyCertificateMode(
  b: ParsedBundle & { material: { kind: 'certificate-chain' } },
  opts: IntegrityOptions,
  at: Date
): SigResult {
  // A trusted key equal to the leaf's key pins the signer directly (as model_signing's key verifier allows).
  const pinned = keyPinnedLeaf(b.material.certificates[0]!, opts)
  if (pinned) {
    const r = verifyWith(pinned.key, b)
    const signer = `${describeKey(pinned.key)} key sha256:${pinned.hint.slice(0, 16)} (${pinned.source}), certificate leaf`
    if (r === 'ok') return { ok: true, signer, legacy: false }
    if (r === 'legacy') return legacyOutcome(signer, opts)
    return {
      ok: false,
      status: 'invalid',
      ruleId: 'INT-023',
      message: `The signature does not verify with the trusted key of its certificate (${pinned.source}): the bundle was altered after signing`
    }
  }
  if (opts.cas.length === 0)
    return {
      ok: false,
      status: opts.keys.length ? 'untrusted' : 'no-trust',
      ruleId: opts.keys.length ? 'INT-028' : 'INT-026',
      message: opts.keys.length
        ? 'Signed with a certificate whose key is not a trusted key, and no trusted CA is configured (--trusted-ca)'
        : 'Signed with a certificate, but no trusted CA is configured (--trusted-ca); the signature was not verified'
    }
  const chain = validateChain(b.material.certificates, opts.cas, at)
  if (!chain.ok)
    return chain.kind === 'malformed'
      ? {
          ok: false,
          status: 'unsupported',
          ruleId: 'INT-022',
          message: `Certificate chain not analysed: ${chain.reason}`
        }
      : {
          ok: false,
          status: 'untrusted',
          ruleId: 'INT-028',
          message: `Signing certificate not trusted: ${chain.reason}`
        }
  const key = chain.leaf.publicKey
  if (!curveHash(key))
    return {
      ok: false,
      status: 'unsupported',
      ruleId: 'INT-022',
      message: `The signing certificate has a ${describeKey(key)} key; model signatures use ECDSA P-256/P-384/P-521`
    }
  const r = verifyWith(key, b)
  const signer = `certificate ${chain.signer}`
  if (r === 'ok') return { ok: true, signer, legacy: false }
  if (r === 'legacy') return legacyOutcome(signer, opts)
  return {
    ok: false,
    status: 'invalid',
    ruleId: 'INT-023',
    message: `The signature does not verify with the trusted certificate ${chain.signer}: the bundle was altered after signing`
  }
}

function verifyKeylessMode(b: ParsedBundle, opts: IntegrityOptions): SigResult {
  if (opts.trustedRoots.length === 0 || opts.identities.length === 0)
    return {
      ok: false,
      status: 'no-trust',
      ruleId: 'INT-026',
      message:
        'Signed with Sigstore (keyless), but no trusted root with an identity and issuer is configured (--trusted-root, --identity, --issuer); the signature was not verified'
    }
  const r = verifyKeyless(b.json, opts.trustedRoots, opts.identities)
  if (r.ok) return { ok: true, signer: r.signer, legacy: false }
  if (r.kind === 'unsupported')
    return { ok: false, status: 'unsupported', ruleId: 'INT-022', message: `Sigstore bundle not analysed: ${r.reason}` }
  if (r.kind === 'invalid')
    return { ok: false, status: 'invalid', ruleId: 'INT-023', message: `Sigstore verification failed: ${r.reason}` }
  return { ok: false, status: 'untrusted', ruleId: 'INT-028', message: `Sigstore signer not trusted: ${r.reason}` }
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

export function isSignatureName(path: string): boolean {
  return basename(path) === SIGNATURE_FILE
}

export { isIgnored }
