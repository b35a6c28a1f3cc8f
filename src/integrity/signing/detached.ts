// Detached signatures next to one model file (`<file>.sig`, `.asc`, `.p7s`, `.sigstore.json`): the content decides
// the format — an OpenSSF model signature bundle for that single file, OpenPGP, or CMS — never the extension.
// Anything else is a signature ModelGate cannot verify: not analysed (INT-022), never a pass.
import type { ContentStore } from '../content.js'
import type { IntegrityOptions } from '../options.js'
import { looksLikeCms, isCmsPem, verifyCms } from './cms.js'
import { isPgpArmor, parsePgpSignature, startsWithPacket, verifyPgp } from './openpgp.js'
import { readSignature, verifyModelSignature, type SignatureCheck } from './verify.js'

/** Suffixes under which a detached signature of `<file>` is looked for. */
export const DETACHED_SUFFIXES = ['.sig', '.asc', '.p7s', '.sigstore', '.sigstore.json']

type Outcome =
  | { ok: true; signer: string }
  | { ok: false; kind: 'unsupported' | 'untrusted'; reason: string }
  | { ok: false; kind: 'invalid'; altered: 'file' | 'signature' | 'either'; reason: string }

function toCheck(base: SignatureCheck, method: 'openpgp' | 'cms', r: Outcome): SignatureCheck {
  const check: SignatureCheck = { ...base, method }
  const label = method === 'openpgp' ? 'OpenPGP' : 'CMS'
  if (r.ok) {
    check.status = 'verified'
    check.signer = r.signer
    check.files = [{ rel: '.', abs: base.modelPath, status: 'ok' }]
  } else if (r.kind === 'invalid') {
    check.status = 'invalid'
    if (r.altered === 'signature') {
      check.notes.push({ ruleId: 'INT-023', message: `${label} signature does not verify: ${r.reason}` })
      check.files = [{ rel: '.', abs: base.modelPath, status: 'ok' }]
    } else {
      const why = r.altered === 'file' ? 'altered after signing' : 'altered after signing, or the signature is corrupt'
      check.files = [{ rel: '.', abs: base.modelPath, status: 'changed', detail: `${label}: ${r.reason}; ${why}` }]
    }
  } else {
    check.status = r.kind
    check.notes.push({
      ruleId: r.kind === 'untrusted' ? 'INT-028' : 'INT-022',
      message: `${label} signature: ${r.reason}`
    })
  }
  return check
}

function noTrust(base: SignatureCheck, method: 'openpgp' | 'cms', what: string): SignatureCheck {
  return {
    ...base,
    method,
    status: 'no-trust',
    notes: [{ ruleId: 'INT-026', message: `${what}; the signature was not verified` }]
  }
}

/** Verifies the detached signature `sigPath` of the single model file `file`. Never throws for bad input. */
export async function verifyDetached(
  sigPath: string,
  file: string,
  opts: IntegrityOptions,
  store: ContentStore,
  maxEntries: number,
  at: Date = new Date()
): Promise<SignatureCheck> {
  const base: SignatureCheck = {
    signaturePath: sigPath,
    modelPath: file,
    modelIsFile: true,
    status: 'unsupported',
    notes: [],
    files: [],
    ignore: []
  }
  let data: Buffer
  try {
    data = await readSignature(sigPath)
  } catch (e) {
    return { ...base, notes: [{ ruleId: 'INT-022', message: `Signature not analysed: ${(e as Error).message}` }] }
  }
  const first = data.toString('latin1', 0, 64).trimStart()[0]
  if (first === '{') return verifyModelSignature(sigPath, file, opts, store, maxEntries, at)
  // The file must be present as itself: for an LFS pointer without its object there are no bytes to check.
  const content = await store.content(file)
  if (content.kind === 'lfs-absent')
    return {
      ...base,
      notes: [
        { ruleId: 'INT-022', message: 'Signature not checked: the file is a Git LFS pointer without its content' }
      ]
    }
  const path = content.path
  if (isPgpArmor(data, 'SIGNATURE') || startsWithPacket(data, 2)) {
    if (opts.pgpKeys.length === 0)
      return noTrust(base, 'openpgp', 'OpenPGP signature, but no trusted OpenPGP key is configured (--trusted-key)')
    let sig
    try {
      sig = parsePgpSignature(data)
    } catch (e) {
      return toCheck(base, 'openpgp', { ok: false, kind: 'unsupported', reason: (e as Error).message })
    }
    const r = await verifyPgp(sig, path, opts.pgpKeys, at)
    return toCheck(
      base,
      'openpgp',
      r.ok ? { ok: true, signer: `OpenPGP ${r.key.fingerprint}${r.key.userId ? ` (${r.key.userId})` : ''}` } : r
    )
  }
  if (looksLikeCms(data) || isCmsPem(data)) {
    if (opts.cas.length === 0)
      return noTrust(base, 'cms', 'CMS signature, but no trusted CA is configured (--trusted-ca)')
    return toCheck(base, 'cms', await verifyCms(data, path, opts.cas, at))
  }
  return {
    ...base,
    notes: [{ ruleId: 'INT-022', message: 'Signature not analysed: neither a Sigstore bundle, OpenPGP nor CMS' }]
  }
}
