// The three ways an OpenSSF model signature is trusted: a public key (key mode), a certificate chain to a configured
// CA or a pinned key (certificate mode), and Sigstore keyless (Fulcio/Rekor, offline). Each returns the signer, or
// the rule that explains why the signature is not trusted.
import { createPublicKey, X509Certificate } from 'node:crypto'
import type { IntegrityOptions } from '../options.js'
import { pae, paeCompat, type ParsedBundle } from './bundle.js'
import { curveHash, describeKey, keyHint, pemBlocks, verifyEcdsa, type TrustedKey } from './keys.js'
import { verifyKeyless } from './keyless.js'
import type { SignatureStatus } from './verify.js'
import { validateChain } from './x509.js'

export type SigResult =
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

export function verifyKeyMode(b: ParsedBundle & { material: { kind: 'key' } }, opts: IntegrityOptions): SigResult {
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

export function verifyCertificateMode(
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

export function verifyKeylessMode(b: ParsedBundle, opts: IntegrityOptions): SigResult {
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
