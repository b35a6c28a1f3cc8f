// Detached signatures next to a model file: the shared OpenPGP (.asc armored, .sig binary) and CMS (.p7s) vectors,
// fresh ones made at test time with GnuPG (ECDSA, RSA, text mode) and `openssl cms`, and their negatives.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileOf, ruleIds, scanJson } from './helpers/cli.js'
import { copyDir, GEN, makeCa, makeLeaf, tmp } from './helpers/oms.js'

const PGP_KEY = ['--trusted-key', join(GEN, 'keys', 'gpg-pub.asc')]
const ROOT = ['--trusted-ca', join(GEN, 'keys', 'root.pem')]

function intRules(f: any): string[] {
  return ruleIds(f).filter((r) => r.startsWith('INT-'))
}

/** The generated model folder with the shared detached signatures of model.safetensors next to it. */
function withVectors(): string {
  const dir = copyDir(join(GEN, 'model-dir'))
  writeFileSync(join(dir, 'model.safetensors.asc'), readFileSync(join(GEN, 'gpg', 'model.safetensors.asc')))
  writeFileSync(join(dir, 'model.safetensors.sig'), readFileSync(join(GEN, 'gpg', 'model.safetensors.sig')))
  writeFileSync(join(dir, 'model.safetensors.p7s'), readFileSync(join(GEN, 'model.safetensors.p7s')))
  return dir
}

function flipByte(path: string, at: number): void {
  const b = readFileSync(path)
  b[at < 0 ? b.length + at : at] ^= 0x01
  writeFileSync(path, b)
}

describe('shared vectors', () => {
  test('OpenPGP .asc and .sig and CMS .p7s all verify', () => {
    const { status, report } = scanJson([withVectors()], [...PGP_KEY, ...ROOT])
    expect(status).toBe(0)
    for (const s of ['model.safetensors.asc', 'model.safetensors.sig', 'model.safetensors.p7s']) {
      const f = fileOf(report, s)
      expect([s, f.format, f.findings, f.integrity.signature]).toEqual([s, 'model-signature', [], 'verified'])
    }
    expect(fileOf(report, 'model.safetensors.asc').integrity.signer).toBe(
      'OpenPGP 075A090CC156B03FCC7AE21AF78C6B9F6ACA844C (Fixture Signer <fixture@example.com>)'
    )
    expect(fileOf(report, 'model.safetensors.p7s').integrity.signer).toBe(
      'certificate fixture-model-signer (email:signer@example.com)'
    )
    expect(fileOf(report, '/model.safetensors').integrity.signature).toBe('verified')
    expect(fileOf(report, 'w.bin').integrity.signature).toBe('unsigned')
  })

  test('a changed byte in the model is critical (INT-020) for every signature', () => {
    const dir = withVectors()
    flipByte(join(dir, 'model.safetensors'), 0)
    const { status, report } = scanJson([dir], [...PGP_KEY, ...ROOT])
    expect(status).toBe(1)
    const f = fileOf(report, '/model.safetensors')
    const int = f.findings.filter((x: any) => x.ruleId === 'INT-020')
    expect(int.map((x: any) => x.severity)).toEqual(['critical', 'critical', 'critical'])
    expect(int.map((x: any) => x.message).join('\n')).toMatch(/OpenPGP[^\n]*altered after signing/)
    expect(f.integrity.signature).toBe('invalid')
  })

  test('an altered signature value: INT-023', () => {
    const dir = withVectors()
    flipByte(join(dir, 'model.safetensors.sig'), -3)
    flipByte(join(dir, 'model.safetensors.p7s'), -3)
    const { report } = scanJson([dir], [...PGP_KEY, ...ROOT])
    expect(intRules(fileOf(report, 'model.safetensors.sig'))).toEqual(['INT-023'])
    expect(intRules(fileOf(report, 'model.safetensors.p7s'))).toEqual(['INT-023'])
    expect(fileOf(report, '/model.safetensors').integrity.signature).toBe('verified') // the .asc still verifies
  })

  test('no trust material: INT-026 for each', () => {
    const { report } = scanJson([withVectors()])
    for (const s of ['model.safetensors.asc', 'model.safetensors.sig', 'model.safetensors.p7s'])
      expect(intRules(fileOf(report, s))).toEqual(['INT-026'])
  })

  test('wrong trust: an EC key is no OpenPGP key, another CA is not the signer’s (INT-028 / INT-026)', () => {
    const { report } = scanJson(
      [withVectors()],
      [
        '--trusted-key',
        join(GEN, 'keys', 'ec-P-256.pub'),
        '--trusted-ca',
        join(GEN, '..', 'upstream', 'keys', 'ca-cert.pem')
      ]
    )
    expect(intRules(fileOf(report, 'model.safetensors.asc'))).toEqual(['INT-026'])
    expect(intRules(fileOf(report, 'model.safetensors.p7s'))).toEqual(['INT-028'])
  })

  test('an unknown format next to a model is not analysed (INT-022), never a pass', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    writeFileSync(join(dir, 'model.safetensors.sig'), 'not a signature at all')
    const { status, report } = scanJson([dir], PGP_KEY)
    expect(status).toBe(1)
    const sig = fileOf(report, 'model.safetensors.sig')
    expect(sig.findings).toEqual([expect.objectContaining({ ruleId: 'INT-022', severity: 'high' })])
    expect(fileOf(report, '/model.safetensors').integrity.signature).toBe('unsupported')
  })

  test('an OpenSSF bundle for the single file as <file>.sig verifies', () => {
    const dir = copyDir(join(GEN, 'single'))
    writeFileSync(join(dir, 'model.safetensors.sig'), readFileSync(join(GEN, 'sig-single-file-p256.json')))
    const { status, report } = scanJson([dir], ['--trusted-key', join(GEN, 'keys', 'ec-P-256.pub')])
    expect(status).toBe(0)
    expect(fileOf(report, '/model.safetensors').integrity.signature).toBe('verified')
  })
})

describe('fresh OpenPGP signatures made with GnuPG', () => {
  const home = tmp('mg-gpg-')
  chmodSync(home, 0o700)
  const gpg = (...args: string[]): Buffer =>
    execFileSync('gpg', [
      '--homedir',
      home,
      '--batch',
      '--yes',
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      '',
      ...args
    ])
  afterAll(() => {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'])
  })

  test.each([
    ['ECDSA P-256', 'nistp256', []],
    ['RSA 2048', 'rsa2048', ['--armor']],
    ['Ed25519, text mode', 'ed25519', ['--textmode']]
  ])('%s: verifies; a changed byte is INT-020; another key is INT-028', (_n, algo, flags) => {
    const uid = `${algo}@test.example`
    gpg('--quick-gen-key', `T <${uid}>`, algo, 'sign', 'never')
    const dir = tmp()
    const model = join(dir, 'model.gguf')
    writeFileSync(model, 'line one\nline two\n')
    gpg('-u', uid, ...flags, '--detach-sign', '-o', `${model}.sig`, model)
    const keys = tmp()
    const keyFile = join(keys, 'signer.asc')
    writeFileSync(keyFile, gpg('--armor', '--export', uid))
    const ok = scanJson([dir], ['--trusted-key', keyFile])
    expect(ok.status).toBe(0)
    expect(fileOf(ok.report, 'model.gguf.sig').integrity.signature).toBe('verified')
    expect(fileOf(ok.report, '/model.gguf').integrity.signer).toMatch(/^OpenPGP [0-9A-F]{40} \(T </)

    const other = join(keys, 'other.asc')
    gpg('--quick-gen-key', `O <other-${uid}>`, algo, 'sign', 'never')
    writeFileSync(other, gpg('--armor', '--export', `other-${uid}`))
    expect(intRules(fileOf(scanJson([dir], ['--trusted-key', other]).report, 'model.gguf.sig'))).toEqual(['INT-028'])

    writeFileSync(model, 'line one\nline 2wo\n')
    const bad = scanJson([dir], ['--trusted-key', keyFile])
    expect(bad.status).toBe(1)
    expect(intRules(fileOf(bad.report, '/model.gguf'))).toEqual(['INT-020'])
  })
})

describe('fresh CMS signatures made with openssl cms', () => {
  const ca = makeCa('cms-root')
  const cmsSign = (leaf: { pemPath: string; keyPath: string }, file: string): void => {
    execFileSync(
      'openssl',
      [
        'cms',
        '-sign',
        '-binary',
        '-in',
        file,
        '-signer',
        leaf.pemPath,
        '-inkey',
        leaf.keyPath,
        '-outform',
        'DER',
        '-out',
        `${file}.p7s`
      ],
      { stdio: 'pipe' }
    )
  }

  test('a good leaf verifies; the expired and the wrong-usage ones do not (INT-028)', () => {
    const dir = tmp()
    mkdirSync(join(dir, 'm'))
    const model = join(dir, 'm', 'model.onnx')
    writeFileSync(model, 'onnx-bytes')
    cmsSign(makeLeaf(ca), model)
    const ok = scanJson([join(dir, 'm')], ['--trusted-ca', ca.cert])
    expect(ok.status).toBe(0)
    expect(fileOf(ok.report, 'model.onnx').integrity).toMatchObject({
      signature: 'verified',
      signer: 'certificate test-signer (email:signer@test.example)'
    })

    cmsSign(makeLeaf(ca, { startdate: '20200101000000Z', enddate: '20210101000000Z' }), model)
    const expired = fileOf(scanJson([join(dir, 'm')], ['--trusted-ca', ca.cert]).report, 'model.onnx.p7s')
    expect(intRules(expired)).toEqual(['INT-028'])
    expect(expired.findings[0].message).toMatch(/expired/)

    cmsSign(makeLeaf(ca, { keyUsage: 'keyEncipherment', extendedKeyUsage: 'serverAuth' }), model)
    const usage = fileOf(scanJson([join(dir, 'm')], ['--trusted-ca', ca.cert]).report, 'model.onnx.p7s')
    expect(intRules(usage)).toEqual(['INT-028'])
    expect(usage.findings[0].message).toMatch(/cannot sign/)
  })

  test('a changed byte is INT-020 on the model', () => {
    const dir = tmp()
    const model = join(dir, 'model.onnx')
    writeFileSync(model, 'onnx-bytes')
    cmsSign(makeLeaf(ca), model)
    writeFileSync(model, 'onnx-bytez')
    expect(intRules(fileOf(scanJson([dir], ['--trusted-ca', ca.cert]).report, 'model.onnx'))).toEqual(['INT-020'])
  })
})
