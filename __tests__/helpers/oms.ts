// Test-time signing: builds OpenSSF model signatures (model.sig) the way model_signing 1.1 does — files or shards,
// sha256 or blake2b, resources sorted per path component, root digest over the raw digests, DSSE PAE, ECDSA with the
// curve's hash — with fresh throwaway keys, and throwaway X.509 certificates made with the openssl CLI.
import { createHash, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative, sep } from 'node:path'
import { FIXTURES } from './cli.js'

export const VECTORS = join(FIXTURES, 'integrity', 'model-signing')
export const GEN = join(VECTORS, 'generated')
export const UP = join(VECTORS, 'upstream')
export const TRUSTED_ROOT = join(VECTORS, 'sigstore', 'trusted_root.public-good.json')
export const KEYLESS_ID = ['--identity', 'stefanb@us.ibm.com', '--issuer', 'https://sigstore.verify.ibm.com/oauth2']

export function tmp(prefix = 'mg-int-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A copy of a fixture folder in a fresh temporary directory (tests never change the fixtures). */
export function copyDir(src: string, name = basename(src)): string {
  const dest = join(tmp(), name)
  cpSync(src, dest, { recursive: true })
  return dest
}

/** The files model_signing writes next to the generated model at signing time (see the fixture README). */
export function addSigningTimeExtras(dir: string): void {
  mkdirSync(join(dir, '.git', 'objects'), { recursive: true })
  writeFileSync(join(dir, '.git', 'objects', 'x'), 'gitobj')
  writeFileSync(join(dir, '.gitattributes'), '*.safetensors filter=lfs diff=lfs merge=lfs -text\n')
  writeFileSync(join(dir, 'notes.tmp'), 'ignored')
}

export function ecKey(curve: 'P-256' | 'P-384' | 'P-521' = 'P-256'): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: curve })
}

export function pem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }) as string
}

function hashFor(key: KeyObject): string {
  const c = key.asymmetricKeyDetails?.namedCurve
  return c === 'secp384r1' ? 'sha384' : c === 'secp521r1' ? 'sha512' : 'sha256'
}

/** Python PurePosixPath ordering: compare path components, not whole strings ("a/b" < "a.txt"). */
function byComponents(a: string, b: string): number {
  const x = a.split('/')
  const y = b.split('/')
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1
  return x.length - y.length
}

const DEFAULT_IGNORES = ['.git', '.gitattributes', '.github', '.gitignore']

function listFiles(root: string, ignore: string[]): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name)
      const rel = relative(root, abs).split(sep).join('/')
      if (ignore.some((ig) => rel === ig || rel.startsWith(ig + '/'))) continue
      if (e.isDirectory()) walk(abs)
      else out.push(rel)
    }
  }
  walk(root)
  return out.sort(byComponents)
}

export interface SignOptions {
  privateKey: KeyObject
  /** verificationMaterial: defaults to { publicKey: { hint } } of the key. */
  material?: Record<string, unknown>
  hashType?: 'sha256' | 'blake2b'
  method?: 'files' | 'shards'
  shardSize?: number
  ignorePaths?: string[]
  /** Edit the statement before signing (e.g. an unsafe resource name); the root digest is recomputed after. */
  mutate?: (statement: any) => void
}

/** Signs `model` (folder or file) and returns the bundle JSON text. The signature file name is ignored. */
export function signModel(model: string, o: SignOptions, sigName = 'model.sig'): string {
  const isFile = statSync(model).isFile()
  const hashType = o.hashType ?? 'sha256'
  const nodeHash = hashType === 'blake2b' ? 'blake2b512' : 'sha256'
  const method = o.method ?? 'files'
  const ignore = [...DEFAULT_IGNORES, sigName, ...(o.ignorePaths ?? [])]
  const files = isFile ? ['.'] : listFiles(model, ignore)
  const resources: { name: string; algorithm: string; digest: string }[] = []
  for (const rel of files) {
    const data = readFileSync(rel === '.' ? model : join(model, rel))
    if (method === 'files') {
      resources.push({ name: rel, algorithm: hashType, digest: createHash(nodeHash).update(data).digest('hex') })
    } else {
      const s = o.shardSize ?? 8
      for (let start = 0; start < data.length; start += s) {
        const end = Math.min(start + s, data.length)
        resources.push({
          name: `${rel}:${start}:${end}`,
          algorithm: `${hashType}-sharded-${s}`,
          digest: createHash(nodeHash).update(data.subarray(start, end)).digest('hex')
        })
      }
    }
  }
  const statement: any = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: basename(model), digest: { sha256: '' } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate: {
      resources,
      serialization: {
        method,
        hash_type: hashType,
        allow_symlinks: false,
        ignore_paths: ignore,
        ...(method === 'shards' ? { shard_size: o.shardSize ?? 8 } : {})
      }
    }
  }
  o.mutate?.(statement)
  statement.subject[0].digest.sha256 = createHash('sha256')
    .update(Buffer.concat(statement.predicate.resources.map((r: any) => Buffer.from(r.digest, 'hex'))))
    .digest('hex')
  const payload = Buffer.from(JSON.stringify(statement, null, 2))
  const type = 'application/vnd.in-toto+json'
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `), payload])
  const pub = pem(createPublicKey(o.privateKey))
  const sig = sign(hashFor(o.privateKey), pae, o.privateKey)
  const bundle = {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: o.material ?? {
      publicKey: { hint: createHash('sha256').update(pub).digest('hex') },
      tlogEntries: []
    },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: type,
      signatures: [{ sig: sig.toString('base64'), keyid: '' }]
    }
  }
  return JSON.stringify(bundle, null, 2)
}

// ---- certificates (openssl CLI) --------------------------------------------------------------------------------

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' })
}

export interface TestCa {
  dir: string
  cert: string
  key: string
}

/** A throwaway EC P-256 root CA (CA:TRUE, keyCertSign) valid from yesterday for a year. */
export function makeCa(name = 'test-root'): TestCa {
  const dir = tmp('mg-ca-')
  writeFileSync(join(dir, 'index.txt'), '')
  writeFileSync(join(dir, 'serial'), '1000\n')
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = CA_default',
      '[ CA_default ]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir',
      'serial = $dir/serial',
      'default_md = sha256',
      'policy = policy_any',
      'unique_subject = no',
      'copy_extensions = none',
      '[ policy_any ]',
      'commonName = supplied',
      '[ req ]',
      'distinguished_name = dn',
      '[ dn ]',
      ''
    ].join('\n')
  )
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-subj',
      `/CN=${name}`,
      '-days',
      '400',
      '-config',
      'ca.cnf',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign'
    ],
    dir
  )
  return { dir, cert: join(dir, 'ca.pem'), key: join(dir, 'ca.key') }
}

export interface LeafOptions {
  /** YYYYMMDDHHMMSSZ */
  startdate?: string
  enddate?: string
  keyUsage?: string
  extendedKeyUsage?: string
  cn?: string
}

/** A leaf issued by `ca` with an EC P-256 key; returns its private key and DER certificate. */
export function makeLeaf(
  ca: TestCa,
  o: LeafOptions = {}
): { privateKey: KeyObject; der: Buffer; pemPath: string; keyPath: string } {
  const { privateKey } = ecKey('P-256')
  const id = Math.random().toString(36).slice(2)
  const keyPath = join(ca.dir, `${id}.key`)
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
  openssl(
    ['req', '-new', '-key', keyPath, '-subj', `/CN=${o.cn ?? 'test-signer'}`, '-out', `${id}.csr`, '-config', 'ca.cnf'],
    ca.dir
  )
  const ext = [
    '[ v3 ]',
    'basicConstraints = critical,CA:FALSE',
    `keyUsage = critical,${o.keyUsage ?? 'digitalSignature'}`,
    ...(o.extendedKeyUsage !== '' ? [`extendedKeyUsage = ${o.extendedKeyUsage ?? 'codeSigning'}`] : []),
    'subjectAltName = email:signer@test.example'
  ].join('\n')
  writeFileSync(join(ca.dir, `${id}.ext`), ext)
  const now = Date.now()
  const fmt = (t: number): string => new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'
  openssl(
    [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      ca.cert,
      '-keyfile',
      ca.key,
      '-in',
      `${id}.csr`,
      '-out',
      `${id}.pem`,
      '-notext',
      '-extfile',
      `${id}.ext`,
      '-extensions',
      'v3',
      '-startdate',
      o.startdate ?? fmt(now - 86400_000),
      '-enddate',
      o.enddate ?? fmt(now + 200 * 86400_000)
    ],
    ca.dir
  )
  const pemText = readFileSync(join(ca.dir, `${id}.pem`), 'utf8')
  const b64 = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pemText)![1]!.replace(/\s+/g, '')
  return { privateKey, der: Buffer.from(b64, 'base64'), pemPath: join(ca.dir, `${id}.pem`), keyPath }
}

/** verificationMaterial for certificate mode: [leaf, …chain]. */
export function chainMaterial(...ders: Buffer[]): Record<string, unknown> {
  return {
    x509CertificateChain: { certificates: ders.map((d) => ({ rawBytes: d.toString('base64') })) },
    tlogEntries: []
  }
}
