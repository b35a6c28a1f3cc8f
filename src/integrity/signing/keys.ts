// Trusted public keys and CA certificates, and the ECDSA check OpenSSF model signing uses (hash by curve).
import { createHash, createPublicKey, verify, X509Certificate, type KeyObject } from 'node:crypto'
import { UserError } from '../../errors.js'

export interface TrustedKey {
  key: KeyObject
  /** SHA-256 hex of the PEM SubjectPublicKeyInfo text: the `publicKey.hint` model_signing writes. */
  hint: string
  /** Where it was configured, for messages. */
  source: string
}

export interface TrustedCert {
  cert: X509Certificate
  source: string
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g

/** PEM blocks of a given label anywhere in the text (tools such as certtool put a text header before them). */
export function pemBlocks(data: Buffer, labels: string[]): Buffer[] {
  const out: Buffer[] = []
  for (const m of data.toString('latin1').matchAll(PEM_BLOCK))
    if (labels.includes(m[1]!)) out.push(Buffer.from(m[2]!.replace(/\s+/g, ''), 'base64'))
  return out
}

export function keyHint(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'pem' }) as string)
    .digest('hex')
}

export function describeKey(key: KeyObject): string {
  const d = key.asymmetricKeyDetails
  return key.asymmetricKeyType === 'ec'
    ? `ECDSA ${curveName(d?.namedCurve) ?? d?.namedCurve}`
    : `${key.asymmetricKeyType}`
}

function curveName(named: string | undefined): string | undefined {
  return named === 'prime256v1'
    ? 'P-256'
    : named === 'secp384r1'
      ? 'P-384'
      : named === 'secp521r1'
        ? 'P-521'
        : undefined
}

/** The hash model_signing pairs with each curve; undefined for keys it does not accept (RSA, Ed25519, other curves). */
export function curveHash(key: KeyObject): 'sha256' | 'sha384' | 'sha512' | undefined {
  if (key.asymmetricKeyType !== 'ec') return undefined
  switch (key.asymmetricKeyDetails?.namedCurve) {
    case 'prime256v1':
      return 'sha256'
    case 'secp384r1':
      return 'sha384'
    case 'secp521r1':
      return 'sha512'
    default:
      return undefined
  }
}

/** Reads every public key in a PEM (or DER SPKI) file. */
export function parsePublicKeys(data: Buffer, source: string): TrustedKey[] {
  const ders = pemBlocks(data, ['PUBLIC KEY'])
  const keys: KeyObject[] = []
  try {
    if (ders.length) for (const der of ders) keys.push(createPublicKey({ key: der, format: 'der', type: 'spki' }))
    else keys.push(createPublicKey({ key: data, format: 'der', type: 'spki' }))
  } catch (e) {
    throw new UserError(`${source}: not a PEM or DER public key (${(e as Error).message})`)
  }
  return keys.map((key) => ({ key, hint: keyHint(key), source }))
}

/** Reads every certificate in a PEM (or single DER) file. */
export function parseCertificates(data: Buffer, source: string): TrustedCert[] {
  const ders = pemBlocks(data, ['CERTIFICATE'])
  try {
    const list = ders.length ? ders : [data]
    return list.map((der) => ({ cert: new X509Certificate(der), source }))
  } catch (e) {
    throw new UserError(`${source}: not a PEM or DER X.509 certificate (${(e as Error).message})`)
  }
}

/** ECDSA verification as model_signing does it: DER signature, hash chosen by the key's curve (or forced). */
export function verifyEcdsa(key: KeyObject, data: Buffer, sig: Buffer, hash?: string): boolean {
  const h = hash ?? curveHash(key)
  if (!h) return false
  try {
    return verify(h, data, key, sig)
  } catch {
    return false
  }
}
