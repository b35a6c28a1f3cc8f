// OpenPGP detached signatures (`<file>.asc` armored, `<file>.sig` binary) over a model file, verified against
// OpenPGP public keys the user trusts. RFC 4880 / RFC 9580 v4 packets: EdDSA (legacy and Ed25519), ECDSA on the
// NIST curves and RSA, SHA-2 digests. The file is streamed; nothing is held whole in memory.
import { createHash, createPublicKey, createVerify, verify, type KeyObject } from 'node:crypto'
import { createReadStream } from 'node:fs'

export interface PgpKey {
  /** v4 fingerprint, uppercase hex. */
  fingerprint: string
  keyId: string
  key: KeyObject
  algorithm: number
  /** The primary key's user ID (first one), for messages. */
  userId?: string
  source: string
}

export interface PgpSignature {
  version: number
  sigType: number
  pubAlgo: number
  hashAlgo: number
  /** Bytes hashed after the data: the signature packet from its version through the hashed subpackets. */
  hashedPart: Buffer
  left16: Buffer
  issuerFingerprint?: string
  issuerKeyId?: string
  created?: number
  expires?: number
  /** Algorithm-specific signature values (MPIs or native). */
  values: Buffer[]
  unknownCritical: number[]
}

export class PgpFormatError extends Error {}

interface Packet {
  tag: number
  body: Buffer
}

const HASHES: Record<number, string> = { 8: 'sha256', 9: 'sha384', 10: 'sha512', 11: 'sha224' }
const CURVES: Record<string, string> = {
  '2a8648ce3d030107': 'P-256',
  '2b81040022': 'P-384',
  '2b81040023': 'P-521'
}
const ED25519_LEGACY_OID = '2b06010401da470f01'

/** Removes ASCII armor (headers, checksum line) when present. */
export function dearmor(data: Buffer): Buffer {
  const text = data.toString('latin1')
  const m = /-----BEGIN PGP [A-Z ]+-----\r?\n([\s\S]*?)-----END PGP [A-Z ]+-----/.exec(text)
  if (!m) return data
  const lines = m[1]!.split(/\r?\n/)
  const blank = lines.findIndex((l) => l.trim() === '')
  const body = (blank >= 0 ? lines.slice(blank + 1) : lines).filter((l) => l.trim() !== '' && !l.startsWith('='))
  return Buffer.from(body.join(''), 'base64')
}

export function isPgpArmor(data: Buffer, kind: 'SIGNATURE' | 'PUBLIC KEY BLOCK'): boolean {
  return data.toString('latin1', 0, Math.min(data.length, 4096)).includes(`-----BEGIN PGP ${kind}-----`)
}

/** A binary OpenPGP packet of tag `tag` starts here (old or new format header). */
export function startsWithPacket(data: Buffer, tag: number): boolean {
  const b = data[0]
  if (b === undefined || (b & 0x80) === 0) return false
  return (b & 0x40 ? b & 0x3f : (b >> 2) & 0x0f) === tag
}

/** Reads past the end of a short buffer (Buffer.readUInt*) surface as the format error callers expect. */
function formatErrors<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    // By name: Buffer range errors come from Node internals (another realm under test runners).
    if ((e as { name?: unknown } | null)?.name === 'RangeError')
      throw new PgpFormatError(`truncated or malformed data (${(e as Error).message})`)
    throw e
  }
}

function packets(data: Buffer): Packet[] {
  return formatErrors(() => readPackets(data))
}

function readPackets(data: Buffer): Packet[] {
  const out: Packet[] = []
  let p = 0
  while (p < data.length) {
    const ctb = data[p++]!
    if ((ctb & 0x80) === 0) throw new PgpFormatError('not an OpenPGP packet')
    let tag: number
    let len: number
    if (ctb & 0x40) {
      tag = ctb & 0x3f
      const b0 = data[p++]
      if (b0 === undefined) throw new PgpFormatError('truncated packet header')
      if (b0 < 192) len = b0
      else if (b0 < 224) len = ((b0 - 192) << 8) + data[p++]! + 192
      else if (b0 === 255) {
        len = data.readUInt32BE(p)
        p += 4
      } else throw new PgpFormatError('partial body lengths are not supported here')
    } else {
      tag = (ctb >> 2) & 0x0f
      const lt = ctb & 3
      if (lt === 0) len = data[p++]!
      else if (lt === 1) {
        len = data.readUInt16BE(p)
        p += 2
      } else if (lt === 2) {
        len = data.readUInt32BE(p)
        p += 4
      } else len = data.length - p
    }
    if (p + len > data.length) throw new PgpFormatError('truncated packet')
    out.push({ tag, body: data.subarray(p, p + len) })
    p += len
  }
  return out
}

function readMpi(buf: Buffer, at: number): [Buffer, number] {
  if (at + 2 > buf.length) throw new PgpFormatError('truncated MPI')
  const bytes = (buf.readUInt16BE(at) + 7) >> 3
  if (at + 2 + bytes > buf.length) throw new PgpFormatError('truncated MPI')
  return [buf.subarray(at + 2, at + 2 + bytes), at + 2 + bytes]
}

function b64url(b: Buffer): string {
  return b.toString('base64url')
}

function pad(b: Buffer, n: number): Buffer {
  return b.length >= n ? b.subarray(b.length - n) : Buffer.concat([Buffer.alloc(n - b.length), b])
}

/** Builds a Node key from a v4 public key packet body. */
function keyFromPacket(body: Buffer): { key: KeyObject; algorithm: number } {
  if (body[0] !== 4) throw new PgpFormatError(`public key version ${body[0]} is not supported (v4 only)`)
  const algo = body[5]!
  let p = 6
  if (algo === 22 || algo === 19) {
    const oidLen = body[p++]!
    const oid = body.subarray(p, p + oidLen).toString('hex')
    p += oidLen
    const [point] = readMpi(body, p)
    if (algo === 22) {
      if (oid !== ED25519_LEGACY_OID || point[0] !== 0x40 || point.length !== 33)
        throw new PgpFormatError('only Ed25519 EdDSA keys are supported')
      return {
        key: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(point.subarray(1)) }, format: 'jwk' }),
        algorithm: algo
      }
    }
    const crv = CURVES[oid]
    if (!crv || point[0] !== 0x04) throw new PgpFormatError('unsupported ECDSA curve')
    const n = (point.length - 1) / 2
    return {
      key: createPublicKey({
        key: { kty: 'EC', crv, x: b64url(point.subarray(1, 1 + n)), y: b64url(point.subarray(1 + n)) },
        format: 'jwk'
      }),
      algorithm: algo
    }
  }
  if (algo === 27)
    return {
      key: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(body.subarray(p, p + 32)) }, format: 'jwk' }),
      algorithm: algo
    }
  if (algo === 1 || algo === 3) {
    const [n, q] = readMpi(body, p)
    const [e] = readMpi(body, q)
    return { key: createPublicKey({ key: { kty: 'RSA', n: b64url(n), e: b64url(e) }, format: 'jwk' }), algorithm: algo }
  }
  throw new PgpFormatError(`public key algorithm ${algo} is not supported`)
}

function ecBits(key: KeyObject): number | undefined {
  const c = key.asymmetricKeyDetails?.namedCurve
  return c === 'prime256v1' ? 256 : c === 'secp384r1' ? 384 : c === 'secp521r1' ? 521 : undefined
}

function fingerprint(body: Buffer): string {
  const h = createHash('sha1')
  h.update(Buffer.from([0x99, body.length >> 8, body.length & 0xff]))
  h.update(body)
  return h.digest('hex').toUpperCase()
}

/** Reads every usable key of an OpenPGP public key block (primary and subkeys). Unusable keys are skipped. */
export function parsePgpKeys(data: Buffer, source: string): PgpKey[] {
  const out: PgpKey[] = []
  let userId: string | undefined
  for (const pkt of packets(dearmor(data))) {
    if (pkt.tag === 13 && userId === undefined) userId = pkt.body.toString('utf8')
    if (pkt.tag !== 6 && pkt.tag !== 14) continue
    try {
      const { key, algorithm } = keyFromPacket(pkt.body)
      const fp = fingerprint(pkt.body)
      out.push({ fingerprint: fp, keyId: fp.slice(-16), key, algorithm, source })
    } catch {
      // a key type we cannot use (e.g. an encryption subkey): it simply never matches
    }
  }
  for (const k of out) if (userId) k.userId = userId
  return out
}

function parseSubpackets(area: Buffer, sig: PgpSignature, hashed: boolean): void {
  let p = 0
  while (p < area.length) {
    let len = area[p++]!
    if (len >= 192 && len < 255) len = ((len - 192) << 8) + area[p++]! + 192
    else if (len === 255) {
      len = area.readUInt32BE(p)
      p += 4
    }
    if (len === 0 || p + len > area.length) throw new PgpFormatError('malformed signature subpacket')
    const type = area[p]! & 0x7f
    const critical = (area[p]! & 0x80) !== 0
    const data = area.subarray(p + 1, p + len)
    p += len
    if (type === 33 && data.length >= 21) sig.issuerFingerprint = data.subarray(1).toString('hex').toUpperCase()
    else if (type === 16 && data.length === 8) sig.issuerKeyId = data.toString('hex').toUpperCase()
    else if (type === 2 && hashed && data.length === 4) sig.created = data.readUInt32BE(0)
    else if (type === 3 && hashed && data.length === 4) sig.expires = data.readUInt32BE(0)
    else if (critical && hashed && ![27, 11, 21, 22, 30, 23, 25, 9, 34].includes(type)) sig.unknownCritical.push(type)
  }
}

/** Parses one detached signature (armored or binary). */
export function parsePgpSignature(data: Buffer): PgpSignature {
  return formatErrors(() => readSignature(data))
}

function readSignature(data: Buffer): PgpSignature {
  const sigs = packets(dearmor(data)).filter((p) => p.tag === 2)
  if (sigs.length !== 1) throw new PgpFormatError(`expected one signature packet, found ${sigs.length}`)
  const b = sigs[0]!.body
  if (b[0] !== 4) throw new PgpFormatError(`signature version ${b[0]} is not supported (v4 only)`)
  const hashedLen = b.readUInt16BE(4)
  const hashedEnd = 6 + hashedLen
  const unhashedLen = b.readUInt16BE(hashedEnd)
  const sig: PgpSignature = {
    version: 4,
    sigType: b[1]!,
    pubAlgo: b[2]!,
    hashAlgo: b[3]!,
    hashedPart: b.subarray(0, hashedEnd),
    left16: b.subarray(hashedEnd + 2 + unhashedLen, hashedEnd + 4 + unhashedLen),
    values: [],
    unknownCritical: []
  }
  parseSubpackets(b.subarray(6, hashedEnd), sig, true)
  parseSubpackets(b.subarray(hashedEnd + 2, hashedEnd + 2 + unhashedLen), sig, false)
  let p = hashedEnd + 4 + unhashedLen
  if (sig.pubAlgo === 27) sig.values.push(b.subarray(p, p + 64))
  else
    while (p < b.length) {
      const [v, q] = readMpi(b, p)
      sig.values.push(v)
      p = q
    }
  return sig
}

export type PgpResult =
  | { ok: true; key: PgpKey }
  | { ok: false; kind: 'unsupported' | 'untrusted'; reason: string }
  /** `altered`: what evidently changed after signing — the file, the signature, or either (cannot tell). */
  | { ok: false; kind: 'invalid'; altered: 'file' | 'signature' | 'either'; reason: string }

/** Streams the file into the signature's hash; text signatures (0x01) get CRLF line ends as OpenPGP requires. */
async function feed(path: string, sigType: number, update: (b: Buffer) => void): Promise<void> {
  let prevCR = false
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (sigType === 0x00) {
      update(chunk)
      continue
    }
    const out: number[] = []
    for (const c of chunk) {
      if (c === 0x0a && !prevCR) out.push(0x0d)
      out.push(c)
      prevCR = c === 0x0d
    }
    update(Buffer.from(out))
  }
}

/** Verifies a detached signature over the file at `path` with the trusted keys. */
export async function verifyPgp(sig: PgpSignature, path: string, keys: PgpKey[], at: Date): Promise<PgpResult> {
  const hash = HASHES[sig.hashAlgo]
  if (!hash)
    return { ok: false, kind: 'unsupported', reason: `hash algorithm ${sig.hashAlgo} is not accepted (SHA-2 only)` }
  if (sig.sigType !== 0x00 && sig.sigType !== 0x01)
    return {
      ok: false,
      kind: 'unsupported',
      reason: `signature type 0x${sig.sigType.toString(16)} is not a document signature`
    }
  if (sig.unknownCritical.length)
    return {
      ok: false,
      kind: 'unsupported',
      reason: `critical subpackets ${sig.unknownCritical.join(', ')} are not understood`
    }
  const issuer = sig.issuerFingerprint ?? sig.issuerKeyId
  const candidates = keys.filter((k) =>
    sig.issuerFingerprint
      ? k.fingerprint === sig.issuerFingerprint
      : sig.issuerKeyId
        ? k.keyId === sig.issuerKeyId
        : true
  )
  if (candidates.length === 0)
    return {
      ok: false,
      kind: 'untrusted',
      reason: `signed by OpenPGP key ${issuer ?? '(unnamed)'}, which is not a trusted key`
    }
  if (
    sig.created !== undefined &&
    sig.expires !== undefined &&
    sig.expires > 0 &&
    at.getTime() / 1000 > sig.created + sig.expires
  )
    return { ok: false, kind: 'untrusted', reason: 'the signature has expired' }
  const trailer = Buffer.alloc(6)
  trailer.writeUInt8(0x04, 0)
  trailer.writeUInt8(0xff, 1)
  trailer.writeUInt32BE(sig.hashedPart.length, 2)
  const key = candidates.find(
    (k) =>
      k.algorithm === sig.pubAlgo ||
      (k.algorithm === 27 && sig.pubAlgo === 22) ||
      (k.algorithm === 22 && sig.pubAlgo === 27)
  )
  if (!key)
    return {
      ok: false,
      kind: 'untrusted',
      reason: `the trusted key ${issuer} is not of the signature's algorithm ${sig.pubAlgo}`
    }
  // One pass over the file feeds the digest (for the quick check and EdDSA) and, for ECDSA/RSA, the verifier.
  const h = createHash(hash)
  const v = sig.pubAlgo === 22 || sig.pubAlgo === 27 ? undefined : createVerify(hash)
  await feed(path, sig.sigType, (b) => {
    h.update(b)
    v?.update(b)
  })
  h.update(sig.hashedPart).update(trailer)
  v?.update(sig.hashedPart).update(trailer)
  const digest = h.digest()
  // The quick-check bytes are the digest's first two: a mismatch means the signed data changed.
  if (!digest.subarray(0, 2).equals(sig.left16))
    return { ok: false, kind: 'invalid', altered: 'file', reason: `the file's ${hash} digest is not the signed one` }
  let ok: boolean
  if (!v) {
    // EdDSA signs the digest itself.
    const raw = sig.pubAlgo === 27 ? sig.values[0]! : Buffer.concat([pad(sig.values[0]!, 32), pad(sig.values[1]!, 32)])
    ok = verify(null, digest, key.key, raw)
  } else if (sig.pubAlgo === 19) {
    const n = Math.ceil((ecBits(key.key) ?? 0) / 8)
    ok = v.verify(
      { key: key.key, dsaEncoding: 'ieee-p1363' },
      Buffer.concat([pad(sig.values[0]!, n), pad(sig.values[1]!, n)])
    )
  } else {
    ok = v.verify(key.key, pad(sig.values[0]!, (key.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8))
  }
  if (ok) return { ok: true, key }
  return {
    ok: false,
    kind: 'invalid',
    altered: 'signature',
    reason: `the signature does not verify with the trusted key ${issuer}`
  }
}
