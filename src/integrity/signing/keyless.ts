// Sigstore keyless mode, offline: @sigstore/verify checks the Fulcio chain at the signing time recorded by Rekor
// or a TSA, the SCTs, the transparency-log entry and the DSSE signature against a trusted_root.json the user
// configured. The identity (certificate SAN) and OIDC issuer are then matched here against the configured policy.
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { PolicyError, toSignedEntity, toTrustMaterial, Verifier, VerificationError } from '@sigstore/verify'
import type { IdentityPolicy } from '../options.js'

export type KeylessResult =
  { ok: true; signer: string } | { ok: false; kind: 'invalid' | 'untrusted' | 'unsupported'; reason: string }

/** Verification codes that mean "not from a trusted signer" rather than "altered". */
const UNTRUSTED_CODES = new Set(['CERTIFICATE_ERROR', 'PUBLIC_KEY_ERROR', 'UNTRUSTED_SIGNER_ERROR', 'TIMESTAMP_ERROR'])

export function verifyKeyless(
  bundleJson: Record<string, unknown>,
  roots: { source: string; json: unknown }[],
  identities: IdentityPolicy[]
): KeylessResult {
  let bundle
  try {
    bundle = bundleFromJSON(bundleJson)
  } catch (e) {
    return { ok: false, kind: 'unsupported', reason: `not a valid Sigstore bundle: ${(e as Error).message}` }
  }
  const reasons: string[] = []
  for (const root of roots) {
    let signer
    try {
      const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root.json)))
      signer = verifier.verify(toSignedEntity(bundle))
    } catch (e) {
      const code = e instanceof VerificationError || e instanceof PolicyError ? e.code : 'ERROR'
      reasons.push(`${code}: ${(e as Error).message} (trusted root ${root.source})`)
      if (!UNTRUSTED_CODES.has(code) && code !== 'ERROR') {
        // The Sigstore chain was fine but the signature or log entry is wrong: altered.
        if (code === 'SIGNATURE_ERROR' || code.startsWith('TLOG'))
          return { ok: false, kind: 'invalid', reason: reasons.join('; ') }
      }
      continue
    }
    const san = signer.identity?.subjectAlternativeName ?? ''
    const issuer = signer.identity?.extensions?.issuer ?? ''
    const match = identities.find((p) => p.match(san) && p.issuer === issuer)
    if (match) return { ok: true, signer: `${san} (issuer ${issuer})` }
    return {
      ok: false,
      kind: 'untrusted',
      reason: `signed by ${san || '(no identity)'} with issuer ${issuer || '(none)'}, which matches no trusted identity (${identities.map((p) => `${p.identity} / ${p.issuer}`).join('; ')})`
    }
  }
  return { ok: false, kind: 'untrusted', reason: reasons.join('; ') }
}
