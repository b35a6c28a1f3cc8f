// The outer layers of an OpenSSF model signature (model.sig): a Sigstore bundle (JSON) holding one DSSE envelope
// whose payload is an in-toto statement. Only the structure is read here; nothing is trusted yet.

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

export const BUNDLE_MEDIA_TYPES = new Set([
  'application/vnd.dev.sigstore.bundle.v0.3+json',
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3'
])

/** The signature is in a format or variant ModelGate does not verify: reported as not analysed (INT-022). */
export class UnsupportedSignature extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedSignature'
  }
}

/** The signature or its manifest is wrong (INT-023). */
export class InvalidSignature extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidSignature'
  }
}

export type VerificationMaterial =
  | { kind: 'key'; hint?: string; rawBytes?: Buffer }
  | { kind: 'certificate-chain'; certificates: Buffer[] }
  | { kind: 'certificate'; certificate: Buffer }

export interface ParsedBundle {
  mediaType: string
  /** The JSON document, for the Sigstore verifier. */
  json: Record<string, unknown>
  payloadType: string
  payload: Buffer
  signature: Buffer
  material: VerificationMaterial
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/

/** Standard or URL-safe base64 (DSSE allows both); anything else is malformed. */
export function decodeBase64(v: unknown, what: string): Buffer {
  if (typeof v !== 'string' || !BASE64.test(v.replace(/\s+/g, '')))
    throw new UnsupportedSignature(`${what} is not base64`)
  return Buffer.from(v, 'base64')
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
}

/** DSSE pre-authentication encoding: "DSSEv1 <len(type)> <type> <len(body)> <body>". */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload])
}

/** Python's repr() of a bytes object, as model_signing 0.2.x accidentally embedded in what it signed. */
export function pythonBytesRepr(b: Buffer): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'"
  let out = 'b' + quote
  for (const c of b) {
    if (c === 0x5c) out += '\\\\'
    else if (c === quote.charCodeAt(0)) out += '\\' + quote
    else if (c === 0x09) out += '\\t'
    else if (c === 0x0a) out += '\\n'
    else if (c === 0x0d) out += '\\r'
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += String.fromCharCode(c)
  }
  return out + quote
}

/** The buggy pre-1.0 encoding (model_signing `pae_compat`): note "DSSEV1" and the repr of the payload bytes. */
export function paeCompat(payloadType: string, payload: Buffer): Buffer {
  return Buffer.from(
    `DSSEV1 ${payloadType.length} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`,
    'utf8'
  )
}

/** Parses a model.sig document. Throws UnsupportedSignature for anything that is not a one-signature DSSE bundle. */
export function parseBundle(data: Buffer): ParsedBundle {
  let doc: unknown
  try {
    doc = JSON.parse(data.toString('utf8'))
  } catch {
    const what =
      data[0] === 0x30
        ? 'DER data (CMS/PKCS#7?)'
        : data.subarray(0, 5).toString('latin1') === '-----'
          ? 'PEM/armored text (OpenPGP?)'
          : 'not JSON'
    throw new UnsupportedSignature(`not a Sigstore bundle: ${what}`)
  }
  const d = obj(doc)
  if (!d) throw new UnsupportedSignature('not a Sigstore bundle: the JSON is not an object')
  const mediaType = d.mediaType
  if (typeof mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(mediaType))
    throw new UnsupportedSignature(`unsupported bundle media type ${JSON.stringify(mediaType)}`)
  const env = obj(d.dsseEnvelope)
  if (!env)
    throw new UnsupportedSignature(
      d.messageSignature !== undefined
        ? 'a message-signature bundle (cosign sign-blob), not a model signature'
        : 'no DSSE envelope in the bundle'
    )
  if (typeof env.payloadType !== 'string') throw new UnsupportedSignature('the DSSE envelope has no payloadType')
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new UnsupportedSignature(`unsupported DSSE payload type ${JSON.stringify(env.payloadType)}`)
  const sigs = env.signatures
  if (!Array.isArray(sigs) || sigs.length !== 1)
    throw new UnsupportedSignature(
      `expected exactly one DSSE signature, found ${Array.isArray(sigs) ? sigs.length : 'none'}`
    )
  const sig = obj(sigs[0])
  const payload = decodeBase64(env.payload, 'the DSSE payload')
  const signature = decodeBase64(sig?.sig, 'the DSSE signature')
  const vm = obj(d.verificationMaterial)
  if (!vm) throw new UnsupportedSignature('the bundle has no verificationMaterial')
  let material: VerificationMaterial
  const pk = obj(vm.publicKey)
  const chain = obj(vm.x509CertificateChain)
  const cert = obj(vm.certificate)
  if (pk) {
    material = {
      kind: 'key',
      ...(typeof pk.hint === 'string' && pk.hint !== '' ? { hint: pk.hint.toLowerCase() } : {}),
      ...(typeof pk.rawBytes === 'string' ? { rawBytes: decodeBase64(pk.rawBytes, 'publicKey.rawBytes') } : {})
    }
  } else if (chain) {
    const list = chain.certificates
    if (!Array.isArray(list) || list.length === 0)
      throw new UnsupportedSignature('x509CertificateChain has no certificates')
    material = {
      kind: 'certificate-chain',
      certificates: list.map((c, i) => decodeBase64(obj(c)?.rawBytes, `certificate ${i}`))
    }
  } else if (cert) {
    material = { kind: 'certificate', certificate: decodeBase64(cert.rawBytes, 'the certificate') }
  } else {
    throw new UnsupportedSignature('verificationMaterial has no publicKey, x509CertificateChain or certificate')
  }
  return { mediaType, json: d, payloadType: env.payloadType, payload, signature, material }
}
