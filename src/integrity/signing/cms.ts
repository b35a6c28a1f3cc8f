// CMS / PKCS#7 detached signatures (`<file>.p7s`, as `openssl cms -sign -binary -outform DER` writes): the signer's
// certificate must chain to a configured CA (same path validation as model signatures), the messageDigest
// attribute must equal the file's digest, and the signature over the signed attributes must verify.
import { createVerify, verify, X509Certificate as NodeCert } from 'node:crypto'
import { ASN1Obj, X509Certificate as Parsed } from '@sigstore/core'
import { hashFile } from '../hash.js'
import type { TrustedCert } from './keys.js'
import { validateChain } from './x509.js'
import { createReadStream } from 'node:fs'

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4'
}

const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.4': 'sha224'
}

/** Signature algorithms: the hash they imply, or undefined to use the digest algorithm (rsaEncryption, ecPublicKey). */
const SIGNATURES: Record<string, string | undefined> = {
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.113549.1.1.1': undefined,
  '1.2.840.10045.2.1': undefined
}

export class CmsFormatError extends Error {}

export type CmsResult =
  | { ok: true; signer: string }
  | { ok: false; kind: 'unsupported' | 'untrusted'; reason: string }
  /** `altered`: what evidently changed after signing — the file, the signature, or either (cannot tell). */
  | { ok: false; kind: 'invalid'; altered: 'file' | 'signature' | 'either'; reason: string }

function encodeLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/** Exact DER of an element from its parsed tag and raw content (no re-encoding of nested values). */
function der(tag: number, o: ASN1Obj): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(o.value.length), o.value])
}

export function looksLikeCms(data: Buffer): boolean {
  // SEQUENCE … OID 1.2.840.113549.1.7.2 within the first bytes.
  return data[0] === 0x30 && data.subarray(0, 32).includes(Buffer.from('2a864886f70d010702', 'hex'))
}

function pemToDer(data: Buffer): Buffer {
  const m = /-----BEGIN (?:PKCS7|CMS)-----([\s\S]*?)-----END (?:PKCS7|CMS)-----/.exec(data.toString('latin1'))
  return m ? Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64') : data
}

export function isCmsPem(data: Buffer): boolean {
  return /-----BEGIN (?:PKCS7|CMS)-----/.test(data.toString('latin1', 0, Math.min(4096, data.length)))
}

/** Verifies a detached CMS signature over the file at `path`. */
export async function verifyCms(data: Buffer, path: string, cas: TrustedCert[], at: Date): Promise<CmsResult> {
  let signed: ASN1Obj
  try {
    const ci = ASN1Obj.parseBuffer(pemToDer(data) as Buffer<ArrayBuffer>)
    if (ci.subs[0]?.toOID() !== OID.signedData) throw new CmsFormatError('not CMS SignedData')
    signed = ci.subs[1]!.subs[0]!
  } catch (e) {
    return { ok: false, kind: 'unsupported', reason: `not a readable CMS signature (${(e as Error).message})` }
  }
  const subs = signed.subs
  const encap = subs[2]
  const certSet = subs.find((s) => s.tag.isContextSpecific(0))
  const signerInfos = subs[subs.length - 1]
  if (!encap || !signerInfos) return { ok: false, kind: 'unsupported', reason: 'incomplete SignedData' }
  if (encap.subs.length > 1)
    return { ok: false, kind: 'unsupported', reason: 'the signature embeds its content (not detached)' }
  const eContentType = encap.subs[0]!.toOID()
  if (signerInfos.subs.length !== 1)
    return { ok: false, kind: 'unsupported', reason: `expected one signer, found ${signerInfos.subs.length}` }
  const si = signerInfos.subs[0]!.subs
  const certs = (certSet?.subs ?? []).filter((c) => c.tag.number === 16).map((c) => der(0x30, c))
  // sid: issuerAndSerialNumber (SEQUENCE) or [0] subjectKeyIdentifier.
  const sid = si[1]!
  const signerDer = certs.find((c) => {
    const p = Parsed.parse(c as Buffer<ArrayBuffer>)
    if (sid.tag.isContextSpecific(0)) return p.extSubjectKeyID?.keyIdentifier.equals(sid.value) ?? false
    return p.issuer.equals(sid.subs[0]!.value) && p.serialNumber.equals(sid.subs[1]!.value)
  })
  if (!signerDer)
    return { ok: false, kind: 'unsupported', reason: 'the signer certificate is not included in the signature' }
  const digestName = DIGESTS[si[2]!.subs[0]!.toOID()]
  if (!digestName) return { ok: false, kind: 'unsupported', reason: 'unsupported digest algorithm (SHA-2 only)' }
  const hasAttrs = si[3]!.tag.isContextSpecific(0)
  const attrs = hasAttrs ? si[3]! : undefined
  const sigAlg = si[hasAttrs ? 4 : 3]!.subs[0]!.toOID()
  const signature = si[hasAttrs ? 5 : 4]!.value
  if (!(sigAlg in SIGNATURES))
    return { ok: false, kind: 'unsupported', reason: `unsupported signature algorithm ${sigAlg}` }
  const sigHash = SIGNATURES[sigAlg] ?? digestName

  const chain = validateChain([signerDer, ...certs.filter((c) => !c.equals(signerDer))], cas, at)
  if (!chain.ok)
    return chain.kind === 'malformed'
      ? { ok: false, kind: 'unsupported', reason: chain.reason }
      : { ok: false, kind: 'untrusted', reason: `signing certificate not trusted: ${chain.reason}` }
  const key = new NodeCert(signerDer).publicKey

  if (attrs) {
    const attr = (oid: string): ASN1Obj | undefined =>
      attrs.subs.find((a) => a.subs[0]?.toOID() === oid)?.subs[1]?.subs[0]
    const md = attr(OID.messageDigest)
    const ct = attr(OID.contentType)
    if (!md || !ct)
      return {
        ok: false,
        kind: 'invalid',
        altered: 'signature',
        reason: 'signed attributes lack messageDigest or contentType'
      }
    if (ct.toOID() !== eContentType)
      return {
        ok: false,
        kind: 'invalid',
        altered: 'signature',
        reason: 'contentType attribute differs from the content type'
      }
    // The signature covers the DER of the attributes as a SET (tag 0x31), not the [0] IMPLICIT encoding.
    if (!verify(sigHash, der(0x31, attrs), key, signature))
      return {
        ok: false,
        kind: 'invalid',
        altered: 'signature',
        reason: 'the signature over the signed attributes does not verify (signature altered)'
      }
    const actual = await hashFile(path, digestName)
    if (actual !== md.value.toString('hex'))
      return {
        ok: false,
        kind: 'invalid',
        altered: 'file',
        reason: `the file's ${digestName} ${actual} is not the signed digest ${md.value.toString('hex')}`
      }
    return { ok: true, signer: `certificate ${chain.signer}` }
  }
  if (eContentType !== OID.data)
    return { ok: false, kind: 'unsupported', reason: 'no signed attributes for non-data content' }
  const v = createVerify(sigHash)
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) v.update(chunk)
  return v.verify(key, signature)
    ? { ok: true, signer: `certificate ${chain.signer}` }
    : { ok: false, kind: 'invalid', altered: 'either', reason: 'the signature does not verify over the file' }
}
