// Certificate-mode path validation: the bundle's leaf, through the bundle's intermediates, to a CA certificate the
// user configured (never the system store). Signatures by Node's crypto; extensions read with @sigstore/core's
// DER parser (Node does not expose KeyUsage bits, basicConstraints or pathLen).
import { X509Certificate as NodeCert } from 'node:crypto'
import { X509Certificate as Parsed } from '@sigstore/core'
import type { TrustedCert } from './keys.js'

const OID = {
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  anyExtendedKeyUsage: '2.5.29.37.0'
}

/** Extensions whose meaning is checked here (or is purely informational); any other critical one fails. */
const UNDERSTOOD = new Set([
  OID.keyUsage,
  OID.basicConstraints,
  OID.extKeyUsage,
  '2.5.29.17', // subjectAltName
  '2.5.29.14', // subjectKeyIdentifier
  '2.5.29.35' // authorityKeyIdentifier
])

interface Cert {
  node: NodeCert
  parsed: Parsed
  der: Buffer
}

export type ChainResult =
  | { ok: true; leaf: NodeCert; signer: string; path: string[] }
  | { ok: false; reason: string; kind: 'untrusted' | 'malformed' }

function load(der: Buffer): Cert {
  return { node: new NodeCert(der), parsed: Parsed.parse(der as Buffer<ArrayBuffer>), der }
}

function label(c: Cert): string {
  return c.node.subject.replace(/\n/g, ', ') || '(empty subject)'
}

function issuedBy(child: Cert, issuer: Cert): boolean {
  if (child.node.issuer !== issuer.node.subject) return false
  try {
    return child.node.verify(issuer.node.publicKey)
  } catch {
    return false
  }
}

function extendedKeyUsages(c: Cert): string[] | undefined {
  const ext = c.parsed.extension(OID.extKeyUsage)
  if (!ext) return undefined
  return ext.valueObj.subs[0]?.subs.map((s) => s.toOID()) ?? []
}

/** Human-readable signer: subject and subjectAltName of the leaf. */
export function certSigner(leaf: NodeCert): string {
  const cn = /CN=([^\n]+)/.exec(leaf.subject)?.[1] ?? leaf.subject.replace(/\n/g, ', ')
  return leaf.subjectAltName ? `${cn} (${leaf.subjectAltName})` : cn
}

/** Why a certificate may not sign models, or undefined when it may (KeyUsage digitalSignature / EKU codeSigning). */
function leafUsageProblem(c: Cert): string | undefined {
  const ku = c.parsed.extKeyUsage
  const eku = extendedKeyUsages(c)
  const codeSigning = eku !== undefined && (eku.includes(OID.codeSigning) || eku.includes(OID.anyExtendedKeyUsage))
  if (ku && !ku.digitalSignature && !codeSigning)
    return 'its KeyUsage does not include digitalSignature (and its ExtendedKeyUsage not codeSigning)'
  if (ku && eku !== undefined && !codeSigning) return 'its ExtendedKeyUsage does not include codeSigning'
  if (!ku && !codeSigning) return 'it has neither KeyUsage digitalSignature nor ExtendedKeyUsage codeSigning'
  return undefined
}

function validityProblem(c: Cert, at: Date): string | undefined {
  const from = new Date(c.node.validFrom)
  const to = new Date(c.node.validTo)
  if (at < from) return `certificate ${label(c)} is not valid before ${from.toISOString()}`
  if (at > to) return `certificate ${label(c)} expired on ${to.toISOString()}`
  return undefined
}

function criticalProblem(c: Cert): string | undefined {
  for (const raw of c.parsed.extensions) {
    const oid = raw.subs[0]?.toOID()
    const critical = raw.subs.length === 3 ? raw.subs[1]!.toBoolean() : false
    if (critical && oid && !UNDERSTOOD.has(oid))
      return `certificate ${label(c)} has a critical extension ${oid} that is not understood`
  }
  return undefined
}

/**
 * Validates `chain` = [leaf, …intermediates] (DER, as in x509CertificateChain) against `anchors` at time `at`.
 * Every certificate on the path must be valid at `at`; issuers must be CAs allowed to sign certificates within
 * their pathLen; the leaf must be usable for signing.
 */
export function validateChain(chain: Buffer[], anchors: TrustedCert[], at: Date): ChainResult {
  let certs: Cert[]
  let roots: Cert[]
  try {
    certs = chain.map(load)
    roots = anchors.map((a) => load(a.cert.raw))
  } catch (e) {
    return { ok: false, kind: 'malformed', reason: `a certificate cannot be parsed (${(e as Error).message})` }
  }
  const leaf = certs[0]!
  const intermediates = certs.slice(1)
  // Depth-first search for a path ending at a configured anchor; the bundle's certificates only help build it.
  const find = (path: Cert[]): Cert[] | undefined => {
    const cur = path[path.length - 1]!
    if (roots.some((r) => r.der.equals(cur.der))) return path
    for (const r of roots) if (issuedBy(cur, r)) return [...path, r]
    if (path.length > 8) return undefined
    for (const i of intermediates)
      if (!path.includes(i) && issuedBy(cur, i)) {
        const p = find([...path, i])
        if (p) return p
      }
    return undefined
  }
  const path = find([leaf])
  if (!path) {
    const top = certs.find((c) => !certs.some((o) => o !== c && issuedBy(c, o))) ?? leaf
    return {
      ok: false,
      kind: 'untrusted',
      reason: `the certificate chain does not lead to a trusted CA (it ends at ${label(top)}, issued by ${top.node.issuer.replace(/\n/g, ', ')})`
    }
  }
  for (const c of path) {
    const p = validityProblem(c, at) ?? criticalProblem(c)
    if (p) return { ok: false, kind: 'untrusted', reason: p }
  }
  for (let k = 1; k < path.length; k++) {
    const c = path[k]!
    const bc = c.parsed.extBasicConstraints
    if (!bc?.isCA) return { ok: false, kind: 'untrusted', reason: `issuer ${label(c)} is not a CA (basicConstraints)` }
    if (c.parsed.extKeyUsage && !c.parsed.extKeyUsage.keyCertSign)
      return { ok: false, kind: 'untrusted', reason: `issuer ${label(c)} may not sign certificates (KeyUsage)` }
    const below = k - 1 // intermediate CAs between this issuer and the leaf
    if (bc.pathLenConstraint !== undefined && BigInt(below) > bc.pathLenConstraint)
      return {
        ok: false,
        kind: 'untrusted',
        reason: `issuer ${label(c)} allows ${bc.pathLenConstraint} intermediate CA(s) below it`
      }
  }
  const usage = leafUsageProblem(leaf)
  if (usage)
    return { ok: false, kind: 'untrusted', reason: `the signing certificate ${label(leaf)} cannot sign: ${usage}` }
  return { ok: true, leaf: leaf.node, signer: certSigner(leaf.node), path: path.map(label) }
}
