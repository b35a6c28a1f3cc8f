// OpenSSF model signing through the built CLI: every shared vector verifies with its expected trust material, and
// negatives derived at test time (changed, added, removed files, other keys, bad certificates, wrong identities,
// unsafe names, malformed bundles) fail with the right rule id.
import { describe, expect, test } from '@jest/globals'
import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileOf, ruleIds, runCli, scanJson } from './helpers/cli.js'
import {
  addSigningTimeExtras,
  chainMaterial,
  copyDir,
  ecKey,
  GEN,
  KEYLESS_ID,
  makeCa,
  makeLeaf,
  pem,
  signModel,
  tmp,
  TRUSTED_ROOT,
  UP
} from './helpers/oms.js'

const KEY = (c: string): string[] => ['--trusted-key', join(GEN, 'keys', `ec-${c}.pub`)]
const UP_KEY = ['--trusted-key', join(UP, 'keys', 'signing-key-pub.pem')]
const UP_CA = ['--trusted-ca', join(UP, 'keys', 'ca-cert.pem')]

/** A temporary copy of the generated model folder with `bundle` as its model.sig. */
function signedModelDir(bundle: string, extras = true): string {
  const dir = copyDir(join(GEN, 'model-dir'))
  if (extras) addSigningTimeExtras(dir)
  writeFileSync(join(dir, 'model.sig'), readFileSync(join(GEN, bundle)))
  return dir
}

function intRules(file: any): string[] {
  return ruleIds(file).filter((r) => r.startsWith('INT-'))
}

function expectVerified(report: any, sigSuffix = 'model.sig'): void {
  const sig = fileOf(report, sigSuffix)
  expect(sig.format).toBe('model-signature')
  expect(sig.findings).toEqual([])
  expect(sig.integrity.signature).toBe('verified')
  for (const f of report.files) {
    if (f === sig || f.format === 'checksum-manifest') continue
    expect([f.path, f.integrity.signature]).toEqual([f.path, 'verified'])
    expect(intRules(f)).toEqual([])
  }
}

describe('every shared positive vector verifies', () => {
  test.each([
    ['sig-key-p256.json', 'P-256'],
    ['sig-key-p384.json', 'P-384'],
    ['sig-key-p521.json', 'P-521'],
    ['sig-key-p256-shards8.json', 'P-256']
  ])('generated %s (key mode, %s) as model.sig', (bundle, curve) => {
    const dir = signedModelDir(bundle)
    const { status, report } = scanJson([dir], KEY(curve))
    expect(status).toBe(0)
    expectVerified(report)
    expect(fileOf(report, 'model.safetensors').integrity.signer).toMatch(new RegExp(`^ECDSA ${curve} key sha256:`))
  })

  test('generated sig-key-p256.json given with --signature (bundle outside the model folder)', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const { status, report } = scanJson([dir], [...KEY('P-256'), '--signature', join(GEN, 'sig-key-p256.json')])
    expect(status).toBe(0)
    expectVerified(report, 'sig-key-p256.json')
  })

  test('generated sig-cert-p256.json (certificate chain to the fixture root)', () => {
    const dir = signedModelDir('sig-cert-p256.json')
    const { status, report } = scanJson([dir], ['--trusted-ca', join(GEN, 'keys', 'root.pem')])
    expect(status).toBe(0)
    expectVerified(report)
    expect(fileOf(report, 'model.sig').integrity.signer).toBe(
      'certificate fixture-model-signer (email:signer@example.com)'
    )
  })

  test('generated sig-single-file-p256.json (resource ".")', () => {
    const file = join(copyDir(join(GEN, 'single')), 'model.safetensors')
    const { status, report } = scanJson(
      [file],
      [...KEY('P-256'), '--signature', join(GEN, 'sig-single-file-p256.json')]
    )
    expect(status).toBe(0)
    expectVerified(report, 'sig-single-file-p256.json')
    expect(fileOf(report, 'single/model.safetensors').integrity.signature).toBe('verified')
  })

  test.each(['v0.3.1-elliptic-key', 'v1.0.0-elliptic-key'])('upstream %s (single file next to model.sig)', (v) => {
    const dir = copyDir(join(UP, v))
    const { status, report } = scanJson([join(dir, 'signme-1')], UP_KEY)
    expect(status).toBe(0)
    expectVerified(report)
    expect(fileOf(report, 'signme-1').integrity).toMatchObject({ signature: 'verified', checksum: 'none' })
  })

  test.each([
    ['v1.0.1-elliptic-key', UP_KEY, ['--signature-ignore', 'ignore-me']],
    ['v1.1.0-elliptic-key', UP_KEY, []],
    ['v0.3.1-certificate', UP_CA, []],
    ['v1.0.0-certificate', UP_CA, []],
    ['v1.0.1-certificate', UP_CA, ['--signature-ignore', 'ignore-me']],
    ['v1.1.0-certificate', UP_CA, []],
    // The certificate vectors' leaf key is signing-key-pub.pem, so key mode verifies them too (as upstream tests do).
    ['v1.0.0-certificate', UP_KEY, []],
    ['v0.3.1-sigstore', ['--trusted-root', TRUSTED_ROOT, ...KEYLESS_ID], []],
    ['v1.0.0-sigstore', ['--trusted-root', TRUSTED_ROOT, ...KEYLESS_ID], []],
    ['v1.0.1-sigstore', ['--trusted-root', TRUSTED_ROOT, ...KEYLESS_ID], ['--signature-ignore', 'ignore-me']],
    ['v1.1.0-sigstore', ['--trusted-root', TRUSTED_ROOT, ...KEYLESS_ID], []]
  ])('upstream %s', (v, trust, extra) => {
    const dir = copyDir(join(UP, v))
    const files = ['signme-1', 'signme-2'].map((f) => join(dir, f))
    const { status, report } = scanJson([...files, dir], [...trust, ...extra])
    expect(status).toBe(0)
    expectVerified(report)
    expect(fileOf(report, 'signme-2').integrity.signature).toBe('verified')
  })

  test('upstream v1.1.0-sigstore: the signer is the Sigstore identity', () => {
    const { report } = scanJson([copyDir(join(UP, 'v1.1.0-sigstore'))], ['--trusted-root', TRUSTED_ROOT, ...KEYLESS_ID])
    expect(fileOf(report, 'model.sig').integrity.signer).toBe(
      'stefanb@us.ibm.com (issuer https://sigstore.verify.ibm.com/oauth2)'
    )
  })

  test('upstream v0.2.0-certificate verifies only with legacy signatures enabled, and says so', () => {
    const dir = copyDir(join(UP, 'v0.2.0-certificate'))
    const on = scanJson([dir], [...UP_CA, '--allow-legacy-signatures'])
    expect(on.status).toBe(0)
    const sig = fileOf(on.report, 'model.sig')
    expect(sig.integrity.signature).toBe('verified')
    expect(sig.findings.map((f: any) => [f.ruleId, f.severity])).toEqual([['INT-027', 'low']])
    const off = scanJson([dir], UP_CA)
    expect(off.status).toBe(1)
    expect(fileOf(off.report, 'model.sig').integrity.signature).toBe('unsupported')
    expect(intRules(fileOf(off.report, 'model.sig'))).toEqual(['INT-022'])
  })
})

describe('derived negatives fail with the right rule id', () => {
  test('one changed byte in a signed model file is critical (INT-020) on that file', () => {
    const dir = signedModelDir('sig-key-p256.json')
    const p = join(dir, 'model.safetensors')
    const b = readFileSync(p)
    b[3] ^= 0x01
    writeFileSync(p, b)
    const { status, report } = scanJson([dir], KEY('P-256'))
    expect(status).toBe(1)
    const f = fileOf(report, 'model.safetensors')
    expect(f.findings.find((x: any) => x.ruleId === 'INT-020')).toMatchObject({
      severity: 'critical',
      evidence: 'model.safetensors'
    })
    expect(f.verdict).toBe('fail')
    expect(f.integrity.signature).toBe('invalid')
    expect(fileOf(report, 'model.sig').integrity.signature).toBe('invalid')
    expect(report.verdict).toBe('fail')
  })

  test('a changed non-model file is reported on the signature (INT-020)', () => {
    const dir = signedModelDir('sig-key-p256.json')
    writeFileSync(join(dir, 'a.txt'), 'changed')
    const { report } = scanJson([dir], KEY('P-256'))
    const sig = fileOf(report, 'model.sig')
    expect(sig.findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-020', severity: 'critical', evidence: 'a.txt' })
    ])
    // The model as a whole is no longer what was signed, so none of its files counts as verified.
    const model = fileOf(report, 'model.safetensors')
    expect(model.integrity.signature).toBe('invalid')
    expect(intRules(model)).toEqual([])
  })

  test('a file added to the model folder (INT-024), on its own report when it is a model file', () => {
    const dir = signedModelDir('sig-key-p256.json')
    writeFileSync(join(dir, 'extra.pkl'), 'x')
    writeFileSync(join(dir, 'notes.txt'), 'x')
    const { status, report } = scanJson([dir], KEY('P-256'))
    expect(status).toBe(1)
    expect(intRules(fileOf(report, 'extra.pkl'))).toEqual(['INT-024'])
    expect(fileOf(report, 'extra.pkl').integrity.signature).toBe('invalid')
    const sig = fileOf(report, 'model.sig')
    expect(sig.findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-024', severity: 'high', evidence: 'notes.txt' })
    ])
  })

  test('--allow-unsigned-files accepts added files, which stay unsigned', () => {
    const dir = signedModelDir('sig-key-p256.json')
    writeFileSync(join(dir, 'extra.pkl'), 'x')
    const { report } = scanJson([dir], [...KEY('P-256'), '--allow-unsigned-files'])
    expect(intRules(fileOf(report, 'extra.pkl'))).toEqual([])
    expect(fileOf(report, 'extra.pkl').integrity.signature).toBe('unsigned')
    expect(fileOf(report, 'model.sig').integrity.signature).toBe('verified')
    const req = scanJson([dir], [...KEY('P-256'), '--allow-unsigned-files', '--require-signature'])
    expect(intRules(fileOf(req.report, 'extra.pkl'))).toEqual(['INT-021'])
    expect(intRules(fileOf(req.report, 'model.safetensors'))).toEqual([])
  })

  test('a file removed from the model folder (INT-025)', () => {
    const dir = signedModelDir('sig-key-p256.json')
    rmSync(join(dir, 'a', 'b'))
    const { status, report } = scanJson([dir], KEY('P-256'))
    expect(status).toBe(1)
    expect(fileOf(report, 'model.sig').findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-025', severity: 'high', evidence: 'a/b' })
    ])
  })

  test('a renamed file is both added and missing', () => {
    const dir = signedModelDir('sig-key-p256.json')
    renameSync(join(dir, 'a.txt'), join(dir, 'a2.txt'))
    const { report } = scanJson([dir], KEY('P-256'))
    expect(intRules(fileOf(report, 'model.sig'))).toEqual(['INT-024', 'INT-025'])
  })

  test('a symbolic link in a signed model is not followed and not accepted (INT-024)', () => {
    const dir = signedModelDir('sig-key-p256.json')
    symlinkSync('/etc/passwd', join(dir, 'passwd'))
    const { report } = scanJson([dir], KEY('P-256'))
    const sig = fileOf(report, 'model.sig')
    expect(sig.findings).toEqual([expect.objectContaining({ ruleId: 'INT-024', evidence: 'passwd' })])
    expect(sig.findings[0].message).toMatch(/symbolic link/)
  })

  test('a signature from another key is untrusted (INT-028)', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    writeFileSync(join(dir, 'model.sig'), signModel(dir, { privateKey: ecKey('P-256').privateKey }))
    const { status, report } = scanJson([dir], KEY('P-256'))
    expect(status).toBe(1)
    expect(intRules(fileOf(report, 'model.sig'))).toEqual(['INT-028'])
    expect(fileOf(report, 'model.safetensors').integrity.signature).toBe('invalid')
  })

  test.each([
    ['P-384 key for a P-256 bundle', KEY('P-384')],
    ['Ed25519 key', ['--trusted-key', join(GEN, 'keys', 'ed25519.pub')]]
  ])('wrong trusted key: %s (INT-028)', (_n, trust) => {
    const { report } = scanJson([signedModelDir('sig-key-p256.json')], trust)
    expect(intRules(fileOf(report, 'model.sig'))).toEqual(['INT-028'])
  })

  test('a resource digest changed inside the signed payload: the signature fails (INT-023, critical)', () => {
    const dir = signedModelDir('sig-key-p256.json')
    const bundle = JSON.parse(readFileSync(join(dir, 'model.sig'), 'utf8'))
    const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
    st.predicate.resources[0].digest = 'ff'.repeat(32)
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64')
    writeFileSync(join(dir, 'model.sig'), JSON.stringify(bundle))
    const { status, report } = scanJson([dir], KEY('P-256'))
    expect(status).toBe(1)
    const sig = fileOf(report, 'model.sig')
    expect(sig.findings.find((f: any) => f.ruleId === 'INT-023')).toMatchObject({ severity: 'critical' })
    expect(sig.integrity.signature).toBe('invalid')
  })

  test.each([
    ['../x', 'leaves the model'],
    ['/etc/passwd', 'absolute']
  ])('a signed manifest entry %s is rejected (INT-004), even under a trusted key', (name) => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const { privateKey, publicKey } = ecKey('P-256')
    writeFileSync(
      join(dir, 'model.sig'),
      signModel(dir, {
        privateKey,
        mutate: (st) => st.predicate.resources.push({ name, algorithm: 'sha256', digest: '00'.repeat(32) })
      })
    )
    const keyFile = join(tmp(), 'k.pub')
    writeFileSync(keyFile, pem(publicKey))
    const { status, report } = scanJson([dir], ['--trusted-key', keyFile])
    expect(status).toBe(1)
    const sig = fileOf(report, 'model.sig')
    expect(sig.findings).toEqual([expect.objectContaining({ ruleId: 'INT-004', severity: 'high', evidence: name })])
    expect(sig.integrity.signature).toBe('invalid')
  })

  test('a shard gap in a signed manifest is inconsistent (INT-023)', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const { privateKey, publicKey } = ecKey('P-256')
    writeFileSync(
      join(dir, 'model.sig'),
      signModel(dir, {
        privateKey,
        method: 'shards',
        shardSize: 8,
        mutate: (st) => {
          st.predicate.resources = st.predicate.resources.filter((r: any) => r.name !== 'model.safetensors:8:16')
        }
      })
    )
    const keyFile = join(tmp(), 'k.pub')
    writeFileSync(keyFile, pem(publicKey))
    const { report } = scanJson([dir], ['--trusted-key', keyFile])
    const sig = fileOf(report, 'model.sig')
    expect(intRules(sig)).toEqual(['INT-023'])
    expect(sig.findings[0].message).toMatch(/gap or overlap/)
  })

  test('fresh signatures with blake2b and with shards verify; changing a byte then fails', () => {
    for (const o of [
      { hashType: 'blake2b' as const },
      { method: 'shards' as const, shardSize: 5 },
      { hashType: 'blake2b' as const, method: 'shards' as const, shardSize: 3 }
    ]) {
      const dir = copyDir(join(GEN, 'model-dir'))
      const { privateKey, publicKey } = ecKey('P-521')
      writeFileSync(join(dir, 'model.sig'), signModel(dir, { privateKey, ...o }))
      const keyFile = join(tmp(), 'k.pub')
      writeFileSync(keyFile, pem(publicKey))
      const ok = scanJson([dir], ['--trusted-key', keyFile])
      expect(ok.status).toBe(0)
      expectVerified(ok.report)
      writeFileSync(join(dir, 'sub', 'deep', 'w.bin'), 'w.biX')
      const bad = scanJson([dir], ['--trusted-key', keyFile])
      expect(intRules(fileOf(bad.report, 'w.bin'))).toEqual(['INT-020'])
    }
  })

  test.each([
    ['media type changed', (b: any) => ({ ...b, mediaType: 'application/vnd.dev.sigstore.bundle.v9+json' })],
    [
      'two signatures',
      (b: any) => ({
        ...b,
        dsseEnvelope: { ...b.dsseEnvelope, signatures: [b.dsseEnvelope.signatures[0], b.dsseEnvelope.signatures[0]] }
      })
    ],
    ['another payload type', (b: any) => ({ ...b, dsseEnvelope: { ...b.dsseEnvelope, payloadType: 'text/plain' } })],
    ['no verification material', (b: any) => ({ ...b, verificationMaterial: {} })]
  ])('malformed bundle: %s is not analysed (INT-022), never a pass', (_n, edit) => {
    const dir = signedModelDir('sig-key-p256.json')
    writeFileSync(
      join(dir, 'model.sig'),
      JSON.stringify(edit(JSON.parse(readFileSync(join(dir, 'model.sig'), 'utf8'))))
    )
    const { status, report } = scanJson([dir], KEY('P-256'))
    expect(status).toBe(1)
    expect(intRules(fileOf(report, 'model.sig'))).toEqual(['INT-022'])
    expect(fileOf(report, 'model.safetensors').integrity.signature).toBe('unsupported')
  })

  test('truncated JSON and a non-JSON signature are not analysed (INT-022)', () => {
    const dir = signedModelDir('sig-key-p256.json')
    const text = readFileSync(join(dir, 'model.sig'), 'utf8')
    writeFileSync(join(dir, 'model.sig'), text.slice(0, text.length / 2))
    expect(intRules(fileOf(scanJson([dir], KEY('P-256')).report, 'model.sig'))).toEqual(['INT-022'])
    writeFileSync(join(dir, 'model.sig'), readFileSync(join(GEN, 'gpg', 'model.safetensors.sig')))
    const { report } = scanJson([dir], KEY('P-256'))
    expect(fileOf(report, 'model.sig').findings[0]).toMatchObject({ ruleId: 'INT-022', severity: 'high' })
  })

  test('wrong CA anchor for a certificate bundle (INT-028)', () => {
    const { report } = scanJson([signedModelDir('sig-cert-p256.json')], UP_CA)
    const sig = fileOf(report, 'model.sig')
    expect(intRules(sig)).toEqual(['INT-028'])
    expect(sig.findings[0].message).toMatch(/does not lead to a trusted CA/)
  })

  describe('certificates generated at test time', () => {
    const ca = makeCa()
    const sign = (leaf: { privateKey: any; der: Buffer }): string => {
      const dir = copyDir(join(GEN, 'model-dir'))
      writeFileSync(
        join(dir, 'model.sig'),
        signModel(dir, { privateKey: leaf.privateKey, material: chainMaterial(leaf.der) })
      )
      return dir
    }

    test('a good leaf verifies', () => {
      const { status, report } = scanJson([sign(makeLeaf(ca))], ['--trusted-ca', ca.cert])
      expect(status).toBe(0)
      expectVerified(report)
      expect(fileOf(report, 'model.sig').integrity.signer).toBe('certificate test-signer (email:signer@test.example)')
    })

    test('an expired leaf (INT-028)', () => {
      const leaf = makeLeaf(ca, { startdate: '20200101000000Z', enddate: '20210101000000Z' })
      const sig = fileOf(scanJson([sign(leaf)], ['--trusted-ca', ca.cert]).report, 'model.sig')
      expect(intRules(sig)).toEqual(['INT-028'])
      expect(sig.findings[0].message).toMatch(/expired on 2021-01-01/)
    })

    test('a leaf not yet valid (INT-028)', () => {
      const leaf = makeLeaf(ca, { startdate: '20990101000000Z', enddate: '21000101000000Z' })
      const sig = fileOf(scanJson([sign(leaf)], ['--trusted-ca', ca.cert]).report, 'model.sig')
      expect(sig.findings[0]).toMatchObject({ ruleId: 'INT-028' })
      expect(sig.findings[0].message).toMatch(/not valid before 2099/)
    })

    test.each([
      ['keyEncipherment, serverAuth', { keyUsage: 'keyEncipherment', extendedKeyUsage: 'serverAuth' }],
      ['digitalSignature, serverAuth', { keyUsage: 'digitalSignature', extendedKeyUsage: 'serverAuth' }],
      ['keyCertSign only', { keyUsage: 'keyCertSign', extendedKeyUsage: '' }]
    ])('a leaf with the wrong usage (%s) cannot sign (INT-028)', (_n, usage) => {
      const sig = fileOf(scanJson([sign(makeLeaf(ca, usage))], ['--trusted-ca', ca.cert]).report, 'model.sig')
      expect(intRules(sig)).toEqual(['INT-028'])
      expect(sig.findings[0].message).toMatch(/cannot sign/)
    })

    test('a leaf from another CA (INT-028)', () => {
      const other = makeCa('other-root')
      const sig = fileOf(scanJson([sign(makeLeaf(other))], ['--trusted-ca', ca.cert]).report, 'model.sig')
      expect(intRules(sig)).toEqual(['INT-028'])
    })
  })

  test.each([
    ['another identity', ['--identity', 'someone@example.com', '--issuer', 'https://sigstore.verify.ibm.com/oauth2']],
    [
      'an identity pattern that does not match',
      ['--identity', '/.*@example\\.com/', '--issuer', 'https://sigstore.verify.ibm.com/oauth2']
    ],
    [
      'a pattern that only matches a substring (anchored)',
      ['--identity', '/stefanb@us\\.ibm/', '--issuer', 'https://sigstore.verify.ibm.com/oauth2']
    ],
    [
      'the right identity with another issuer',
      ['--identity', 'stefanb@us.ibm.com', '--issuer', 'https://accounts.google.com']
    ]
  ])('keyless: %s is untrusted (INT-028)', (_n, id) => {
    const { status, report } = scanJson([copyDir(join(UP, 'v1.1.0-sigstore'))], ['--trusted-root', TRUSTED_ROOT, ...id])
    expect(status).toBe(1)
    expect(intRules(fileOf(report, 'model.sig'))).toEqual(['INT-028'])
  })

  test('keyless: an anchored pattern that matches verifies', () => {
    const id = ['--identity', '/[a-z]+@us\\.ibm\\.com/', '--issuer', 'https://sigstore.verify.ibm.com/oauth2']
    const { status, report } = scanJson([copyDir(join(UP, 'v1.1.0-sigstore'))], ['--trusted-root', TRUSTED_ROOT, ...id])
    expect(status).toBe(0)
    expectVerified(report)
  })

  test('keyless: a changed signed file is critical (INT-020)', () => {
    const dir = copyDir(join(UP, 'v1.1.0-sigstore'))
    writeFileSync(join(dir, 'signme-2'), 'signme-X')
    const { report } = scanJson([join(dir, 'signme-2'), dir], ['--trusted-root', TRUSTED_ROOT, ...KEYLESS_ID])
    const f = fileOf(report, 'signme-2')
    expect(f.findings.filter((x: any) => x.ruleId.startsWith('INT')).map((x: any) => [x.ruleId, x.severity])).toEqual([
      ['INT-020', 'critical']
    ])
  })
})

describe('without trust, nothing verifies', () => {
  test('no trusted key: INT-026, and a key dropped next to model.sig is not used', () => {
    const dir = signedModelDir('sig-key-p256.json')
    writeFileSync(join(dir, 'model.pub'), readFileSync(join(GEN, 'keys', 'ec-P-256.pub')))
    rmSync(join(dir, 'notes.tmp'))
    const { report } = scanJson([dir])
    const sig = fileOf(report, 'model.sig')
    expect(sig.integrity.signature).toBe('invalid')
    expect(sig.findings.find((f: any) => f.ruleId === 'INT-026')).toMatchObject({ severity: 'medium' })
    expect(fileOf(report, 'model.safetensors').integrity.signature).toBe('invalid')
  })

  test.each([
    ['sig-cert-p256.json', /no trusted CA/],
    ['sig-key-p384.json', /no trusted key/]
  ])('%s without trust material: INT-026', (bundle, msg) => {
    const sig = fileOf(scanJson([signedModelDir(bundle)]).report, 'model.sig')
    expect(sig.findings.map((f: any) => f.ruleId)).toEqual(['INT-026'])
    expect(sig.findings[0].message).toMatch(msg)
  })

  test('keyless without a trusted root: INT-026', () => {
    const sig = fileOf(scanJson([copyDir(join(UP, 'v1.1.0-sigstore'))]).report, 'model.sig')
    expect(sig.findings.map((f: any) => f.ruleId)).toEqual(['INT-026'])
  })

  test('--require-signature makes an unsigned model a high finding (INT-021)', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const { status, report } = scanJson([dir], ['--require-signature'])
    expect(status).toBe(1)
    const f = fileOf(report, 'model.safetensors')
    expect(f.integrity.signature).toBe('unsigned')
    expect(f.findings.find((x: any) => x.ruleId === 'INT-021')).toMatchObject({ severity: 'high' })
    const ok = scanJson([signedModelDir('sig-key-p256.json')], ['--require-signature', ...KEY('P-256')])
    expect(ok.status).toBe(0)
  })
})

describe('CLI usage', () => {
  test('integrity flag mistakes are usage errors (exit 2)', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const cases: [string[], RegExp][] = [
      [['--identity', 'x@y'], /needs an issuer/],
      [['--issuer', 'https://i'], /--issuer needs an --identity/],
      [['--trusted-root', TRUSTED_ROOT], /needs at least one --identity/],
      [['--trusted-key', join(GEN, 'model-dir', 'a.txt')], /not a PEM or DER public key/],
      [['--trusted-ca', join(GEN, 'keys', 'ec-P-256.pub')], /not a PEM or DER X.509 certificate/],
      [['--trusted-key', '/nonexistent.pub'], /cannot read trusted key/],
      [['--identity', '/[/', '--issuer', 'https://i', '--trusted-root', TRUSTED_ROOT], /not a valid regular expression/]
    ]
    for (const [flags, msg] of cases) {
      const out = runScan([...flags, dir])
      expect([flags.join(' '), out.status]).toEqual([flags.join(' '), 2])
      expect(out.stderr).toMatch(msg)
    }
    const two = runScan(['--signature', join(GEN, 'sig-key-p256.json'), dir, dir])
    expect(two.stderr).toMatch(/--signature needs exactly one PATH/)
  })
})

function runScan(args: string[]): { status: number; stderr: string } {
  return runCli(['scan', '--format', 'json', ...args])
}
