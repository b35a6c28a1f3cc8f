// What the integrity stage is told, and from where. Trust (public keys, CA certificates, Sigstore trusted roots,
// signer identities) is only ever taken from CLI flags, Action inputs or the configuration file as it is on the
// base branch — never discovered in the scanned tree, so a pull request cannot make its own models trusted.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UserError } from '../errors.js'
import { parseCertificates, parsePublicKeys, type TrustedCert, type TrustedKey } from './signing/keys.js'
import { isPgpArmor, parsePgpKeys, startsWithPacket, type PgpKey } from './signing/openpgp.js'

/** One Sigstore identity: the certificate SAN (exact, or `/regex/` matched anchored) and the OIDC issuer. */
export interface IdentityInput {
  identity: string
  issuer?: string
}

/** A signature bundle at a configured location, and the model (folder or file) it covers. */
export interface SignatureInput {
  signature: string
  /** The model path; when absent it is worked out from the scanned PATHs and the bundle's subject name. */
  model?: string
}

/**
 * Integrity settings as written by a user: file paths or inline PEM text, not yet read. The same shape comes
 * from CLI flags, from the `integrity:` section of .modelgate.yml and from the Action's inputs.
 */
export interface IntegrityInput {
  trustedKeys: string[]
  trustedCas: string[]
  trustedRoots: string[]
  identities: IdentityInput[]
  signatures: SignatureInput[]
  manifests: string[]
  /** Paths (relative to a signed model's root) left out of signature verification, like model_signing --ignore-paths. */
  ignorePaths: string[]
  requireSignature: boolean
  /** Files in a signed model that the manifest does not list are allowed (model_signing --ignore-unsigned-files). */
  allowUnsignedFiles: boolean
  /** Accept the pre-1.0 model_signing layout (Digests/v0.1, buggy PAE); reported as legacy. */
  allowLegacySignatures: boolean
}

export function emptyIntegrityInput(): IntegrityInput {
  return {
    trustedKeys: [],
    trustedCas: [],
    trustedRoots: [],
    identities: [],
    signatures: [],
    manifests: [],
    ignorePaths: [],
    requireSignature: false,
    allowUnsignedFiles: false,
    allowLegacySignatures: false
  }
}

/** A Sigstore identity policy ready to match. */
export interface IdentityPolicy {
  /** As configured, for messages. */
  identity: string
  match: (san: string) => boolean
  issuer: string
}

/** Everything the integrity stage needs, with trust material already read and parsed. */
export interface IntegrityOptions {
  keys: TrustedKey[]
  /** OpenPGP public keys (a --trusted-key file holding a PGP public key block), for .asc/.sig detached signatures. */
  pgpKeys: PgpKey[]
  cas: TrustedCert[]
  /** Parsed trusted_root.json documents (Sigstore), each with where it came from. */
  trustedRoots: { source: string; json: unknown }[]
  identities: IdentityPolicy[]
  signatures: { signature: string; model?: string }[]
  manifests: string[]
  ignorePaths: string[]
  requireSignature: boolean
  allowUnsignedFiles: boolean
  allowLegacySignatures: boolean
  /** The PATHs that were scanned: signature/manifest discovery never climbs above them outside a git repository. */
  roots: string[]
  /** Files the stage reports itself (signatures, manifests) under this folder are shown relative to it (the Action's workspace). */
  displayRoot?: string
}

export function emptyIntegrityOptions(roots: string[] = []): IntegrityOptions {
  return {
    keys: [],
    pgpKeys: [],
    cas: [],
    trustedRoots: [],
    identities: [],
    signatures: [],
    manifests: [],
    ignorePaths: [],
    requireSignature: false,
    allowUnsignedFiles: false,
    allowLegacySignatures: false,
    roots
  }
}

/**
 * Where the entries of one IntegrityInput are read from. `readTrusted` returns trust material (keys, CA
 * certificates, trusted roots): the CLI reads the file system; the Action must read the base branch
 * (e.g. `git show <base>:<path>`), never the pull request's checkout. `locate` turns a configured signature,
 * manifest or model location into a path on disk (their content is data to verify, not trust).
 */
export interface IntegritySources {
  /** For messages: "--trusted-key", ".modelgate.yml (base branch)". */
  label: string
  readTrusted(path: string): Promise<Buffer>
  locate(path: string): string
}

/** Sources for paths given on the command line: relative to the working directory, read from disk. */
export function fileSources(label: string, baseDir = process.cwd()): IntegritySources {
  return {
    label,
    readTrusted: (p) => readFile(resolve(baseDir, p)),
    locate: (p) => resolve(baseDir, p)
  }
}

const INLINE_PEM = /-----BEGIN [A-Z0-9 ]+-----/

async function material(ref: string, src: IntegritySources, what: string): Promise<{ data: Buffer; source: string }> {
  if (INLINE_PEM.test(ref)) return { data: Buffer.from(ref, 'utf8'), source: `${src.label}: inline ${what}` }
  try {
    return { data: await src.readTrusted(ref), source: `${src.label}: ${ref}` }
  } catch (e) {
    throw new UserError(`${src.label}: cannot read ${what} ${ref} (${(e as Error).message})`)
  }
}

/** Builds the matcher of an identity: `/…/` is a regular expression matched against the whole SAN. */
export function identityPolicy(identity: string, issuer: string | undefined, where: string): IdentityPolicy {
  if (!identity) throw new UserError(`${where}: an identity must not be empty`)
  if (!issuer) throw new UserError(`${where}: identity ${identity} needs an issuer (--issuer / issuer:)`)
  let match: (san: string) => boolean
  if (identity.length > 2 && identity.startsWith('/') && identity.endsWith('/')) {
    let re: RegExp
    try {
      re = new RegExp(`^(?:${identity.slice(1, -1)})$`, 'u')
    } catch (e) {
      throw new UserError(`${where}: identity ${identity} is not a valid regular expression (${(e as Error).message})`)
    }
    match = (san) => re.test(san)
  } else {
    match = (san) => san === identity
  }
  return { identity, match, issuer }
}

/**
 * Reads and checks trust material from any number of inputs (flags, configuration, Action inputs) and merges
 * them. Booleans are OR-ed: any source may tighten (require a signature) — and, since every source is trusted,
 * loosen — the checks. Mistakes are UserErrors that name the source.
 */
export async function resolveIntegrityOptions(
  inputs: { input: IntegrityInput; sources: IntegritySources }[],
  roots: string[] = []
): Promise<IntegrityOptions> {
  const out = emptyIntegrityOptions(roots)
  for (const { input, sources } of inputs) {
    for (const ref of input.trustedKeys) {
      const { data, source } = await material(ref, sources, 'trusted key')
      if (isPgpArmor(data, 'PUBLIC KEY BLOCK') || startsWithPacket(data, 6)) {
        let keys: PgpKey[] = []
        try {
          keys = parsePgpKeys(data, source)
        } catch (e) {
          throw new UserError(`${source}: not a readable OpenPGP public key (${(e as Error).message})`)
        }
        if (keys.length === 0)
          throw new UserError(`${source}: no OpenPGP key ModelGate can verify with (v4 EdDSA, ECDSA, RSA)`)
        out.pgpKeys.push(...keys)
      } else out.keys.push(...parsePublicKeys(data, source))
    }
    for (const ref of input.trustedCas) {
      const { data, source } = await material(ref, sources, 'trusted CA certificate')
      out.cas.push(...parseCertificates(data, source))
    }
    for (const ref of input.trustedRoots) {
      const { data, source } = await material(ref, sources, 'Sigstore trusted root')
      let json: unknown
      try {
        json = JSON.parse(data.toString('utf8'))
      } catch {
        throw new UserError(`${source}: a Sigstore trusted root must be JSON (trusted_root.json)`)
      }
      if (typeof json !== 'object' || json === null || !('certificateAuthorities' in json))
        throw new UserError(`${source}: not a Sigstore trusted root (no certificateAuthorities)`)
      out.trustedRoots.push({ source, json })
    }
    for (const id of input.identities) out.identities.push(identityPolicy(id.identity, id.issuer, sources.label))
    for (const s of input.signatures)
      out.signatures.push({
        signature: sources.locate(s.signature),
        ...(s.model !== undefined ? { model: sources.locate(s.model) } : {})
      })
    for (const m of input.manifests) out.manifests.push(sources.locate(m))
    out.ignorePaths.push(...input.ignorePaths)
    out.requireSignature ||= input.requireSignature
    out.allowUnsignedFiles ||= input.allowUnsignedFiles
    out.allowLegacySignatures ||= input.allowLegacySignatures
  }
  if (out.trustedRoots.length > 0 && out.identities.length === 0)
    throw new UserError('a Sigstore trusted root needs at least one --identity with its --issuer')
  return out
}

// ---- the `integrity:` section of .modelgate.yml ----------------------------------------------------------------

const SECTION_KEYS = new Set([
  'require-signature',
  'trusted-keys',
  'trusted-cas',
  'trusted-root',
  'identities',
  'signatures',
  'manifests',
  'ignore-paths',
  'allow-unsigned-files',
  'allow-legacy-signatures'
])

function strList(v: unknown, where: string): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  throw new UserError(`${where} must be a string or a list of strings`)
}

function bool(v: unknown, where: string): boolean {
  if (typeof v !== 'boolean') throw new UserError(`${where} must be true or false`)
  return v
}

/** A list of mappings that each need two string keys (`identities`: identity + issuer; `signatures`: signature + model). */
function pairList<A extends string, B extends string>(
  v: unknown,
  where: string,
  a: A,
  b: B,
  what: 'strings' | 'paths'
): Record<A | B, string>[] {
  const list = v ?? []
  if (!Array.isArray(list)) throw new UserError(`${where} must be a list`)
  return list.map((e, i) => {
    const w = `${where}[${i}]`
    if (typeof e !== 'object' || e === null) throw new UserError(`${w} must be a mapping with ${a} and ${b}`)
    const o = e as Record<string, unknown>
    if (typeof o[a] !== 'string' || typeof o[b] !== 'string') throw new UserError(`${w} needs ${a} and ${b} ${what}`)
    return { [a]: o[a], [b]: o[b] } as Record<A | B, string>
  })
}

/** Parses the `integrity:` mapping of .modelgate.yml (paths are resolved later, by the caller's sources). */
export function parseIntegritySection(v: unknown, source: string): IntegrityInput {
  const where = `${source}: integrity`
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new UserError(`${where} must be a mapping`)
  const d = v as Record<string, unknown>
  for (const k of Object.keys(d))
    if (!SECTION_KEYS.has(k))
      throw new UserError(`${where}: unknown key "${k}" (known: ${[...SECTION_KEYS].join(', ')})`)
  const out = emptyIntegrityInput()
  if (d['require-signature'] !== undefined)
    out.requireSignature = bool(d['require-signature'], `${where}.require-signature`)
  if (d['allow-unsigned-files'] !== undefined)
    out.allowUnsignedFiles = bool(d['allow-unsigned-files'], `${where}.allow-unsigned-files`)
  if (d['allow-legacy-signatures'] !== undefined)
    out.allowLegacySignatures = bool(d['allow-legacy-signatures'], `${where}.allow-legacy-signatures`)
  if (d['trusted-keys'] !== undefined) out.trustedKeys = strList(d['trusted-keys'], `${where}.trusted-keys`)
  if (d['trusted-cas'] !== undefined) out.trustedCas = strList(d['trusted-cas'], `${where}.trusted-cas`)
  if (d['trusted-root'] !== undefined) out.trustedRoots = strList(d['trusted-root'], `${where}.trusted-root`)
  if (d.manifests !== undefined) out.manifests = strList(d.manifests, `${where}.manifests`)
  if (d['ignore-paths'] !== undefined) out.ignorePaths = strList(d['ignore-paths'], `${where}.ignore-paths`)
  for (const o of pairList(d.identities, `${where}.identities`, 'identity', 'issuer', 'strings'))
    out.identities.push({ identity: o.identity, issuer: o.issuer })
  for (const o of pairList(d.signatures, `${where}.signatures`, 'signature', 'model', 'paths'))
    out.signatures.push({ signature: o.signature, model: o.model })
  return out
}
