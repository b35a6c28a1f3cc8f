// Trust comes from outside the pull request: a PR that adds its own key, CA, trusted root or .modelgate.yml cannot
// make its own models trusted — through the CLI (which never reads the scanned tree for trust) and through the
// function the Action calls (which reads trust files from the base commit with git).
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileOf, ruleIds, runCli, scanJson } from './helpers/cli.js'
import {
  copyDir,
  ecKey,
  GEN,
  makeCa,
  makeLeaf,
  chainMaterial,
  pem,
  signModel,
  tmp,
  TRUSTED_ROOT,
  UP
} from './helpers/oms.js'
import { actionIntegrityInput, actionIntegrityOptions, gitBaseReader } from '../src/integrity/action.js'
import { emptyIntegrityInput } from '../src/integrity/options.js'
import { parseConfig } from '../src/policy/config-file.js'
import { collectTargets } from '../src/discovery/walk.js'
import { scanTargets } from '../src/engine/scan.js'

function intRules(f: any): string[] {
  return ruleIds(f).filter((r) => r.startsWith('INT-'))
}

describe('the scanned tree cannot trust itself (CLI)', () => {
  test('a PR that adds its own key, .modelgate.yml and model.sig gets no verified signature', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const { privateKey, publicKey } = ecKey()
    mkdirSync(join(dir, 'keys'))
    writeFileSync(join(dir, 'keys', 'mine.pub'), pem(publicKey))
    writeFileSync(
      join(dir, '.modelgate.yml'),
      `integrity:\n  trusted-keys: [keys/mine.pub, ${JSON.stringify(pem(publicKey))}]\n  allow-unsigned-files: true\n`
    )
    writeFileSync(join(dir, 'model.sig'), signModel(dir, { privateKey }))
    const { status, report } = scanJson([dir], ['--require-signature'])
    expect(status).toBe(1)
    expect(fileOf(report, 'model.sig').findings.map((f: any) => f.ruleId)).toEqual(['INT-026'])
    const model = fileOf(report, 'model.safetensors')
    expect(model.integrity.signature).toBe('invalid')
    expect(intRules(model)).toEqual(['INT-021'])
  })

  test('the same key is trusted when the user names it (flag), or a trusted config names it', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const { privateKey, publicKey } = ecKey()
    writeFileSync(join(dir, 'model.sig'), signModel(dir, { privateKey }))
    const outside = tmp()
    writeFileSync(join(outside, 'signer.pub'), pem(publicKey))
    expect(scanJson([dir], ['--require-signature', '--trusted-key', join(outside, 'signer.pub')]).status).toBe(0)
    writeFileSync(join(outside, 'cfg.yml'), 'integrity:\n  require-signature: true\n  trusted-keys: signer.pub\n')
    const { status, report } = scanJson([dir], ['--config', join(outside, 'cfg.yml')])
    expect(status).toBe(0)
    expect(fileOf(report, 'model.safetensors').integrity.signer).toContain(`${join(outside, 'cfg.yml')}: signer.pub`)
    writeFileSync(join(outside, 'inline.yml'), `integrity:\n  trusted-keys: ${JSON.stringify(pem(publicKey))}\n`)
    expect(
      fileOf(scanJson([dir], ['--config', join(outside, 'inline.yml')]).report, 'model.sig').integrity.signature
    ).toBe('verified')
  })

  test('a CA certificate or trusted root dropped into the tree is not used', () => {
    const dir = copyDir(join(UP, 'v1.1.0-sigstore'))
    writeFileSync(join(dir, 'trusted_root.json'), readFileSync(TRUSTED_ROOT))
    writeFileSync(join(dir, 'ca.pem'), readFileSync(join(UP, 'keys', 'ca-cert.pem')))
    const { report } = scanJson([dir])
    expect(intRules(fileOf(report, 'model.sig'))).toEqual(['INT-024', 'INT-026'])
  })

  test('integrity configuration mistakes are reported with the key to fix (exit 2)', () => {
    const dir = tmp()
    const cases: [string, RegExp][] = [
      ['integrity: [1]\n', /integrity must be a mapping/],
      ['integrity:\n  trusted-key: x\n', /unknown key "trusted-key"/],
      ['integrity:\n  require-signature: "yes"\n', /require-signature must be true or false/],
      ['integrity:\n  identities: [{identity: a}]\n', /identities\[0\] needs identity and issuer/],
      ['integrity:\n  signatures: [{signature: a.sig}]\n', /signatures\[0\] needs signature and model/],
      ['integrity:\n  trusted-keys: missing.pub\n', /cannot read trusted key missing.pub/]
    ]
    for (const [text, msg] of cases) {
      writeFileSync(join(dir, 'c.yml'), text)
      const r = runCli(['scan', '--config', join(dir, 'c.yml'), dir])
      expect([text, r.status]).toEqual([text, 2])
      expect(r.stderr).toMatch(msg)
    }
  })

  test('integrity.signatures binds a bundle stored elsewhere to its model', () => {
    const dir = copyDir(join(GEN, 'model-dir'))
    const cfgDir = tmp()
    writeFileSync(
      join(cfgDir, 'cfg.yml'),
      [
        'integrity:',
        `  trusted-keys: ${JSON.stringify(join(GEN, 'keys', 'ec-P-384.pub'))}`,
        '  signatures:',
        `    - signature: ${JSON.stringify(join(GEN, 'sig-key-p384.json'))}`,
        `      model: ${JSON.stringify(dir)}`,
        ''
      ].join('\n')
    )
    const { status, report } = scanJson([dir], ['--config', join(cfgDir, 'cfg.yml')])
    expect(status).toBe(0)
    expect(fileOf(report, 'sig-key-p384.json').integrity.signature).toBe('verified')
    expect(fileOf(report, 'model.safetensors').integrity.signature).toBe('verified')
  })
})

/** A repository whose main branch has a signed model and a .modelgate.yml trusting the signer's key. */
function baseRepo(): { repo: string; base: string; git: (...a: string[]) => string; signer: ReturnType<typeof ecKey> } {
  const repo = tmp('mg-repo-')
  const git = (...a: string[]): string =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { encoding: 'utf8' }).trim()
  execFileSync('git', ['init', '-q', '-b', 'main', repo])
  const signer = ecKey('P-384')
  const model = join(repo, 'models', 'm')
  mkdirSync(model, { recursive: true })
  writeFileSync(join(model, 'weights.bin'), 'real weights')
  writeFileSync(join(model, 'config.json'), '{}')
  writeFileSync(join(model, 'model.sig'), signModel(model, { privateKey: signer.privateKey }))
  mkdirSync(join(repo, 'keys'))
  writeFileSync(join(repo, 'keys', 'signer.pub'), pem(signer.publicKey))
  writeFileSync(
    join(repo, '.modelgate.yml'),
    'integrity:\n  require-signature: true\n  trusted-keys: [keys/signer.pub]\n'
  )
  git('add', '-A')
  git('commit', '-qm', 'signed model')
  const base = git('rev-parse', 'HEAD')
  git('checkout', '-qb', 'pr')
  return { repo, base, git, signer }
}

/** What the Action does: config and trust files from the base commit, data from the checkout. */
async function actionScan(repo: string, base: string): Promise<any> {
  const readBase = gitBaseReader(repo, base)
  const baseConfig = parseConfig((await readBase('.modelgate.yml')).toString('utf8'), '.modelgate.yml')
  const integrity = await actionIntegrityOptions({
    inputs: emptyIntegrityInput(),
    baseConfig,
    readBase,
    workspace: repo
  })
  return scanTargets(await collectTargets([repo]), { failOn: 'high', config: baseConfig, integrity })
}

describe('the Action reads trust from the base branch', () => {
  test('an unchanged signed model verifies with the base branch key', async () => {
    const { repo, base } = baseRepo()
    const report = await actionScan(repo, base)
    expect(fileOf(report, 'models/m/weights.bin').integrity).toMatchObject({ signature: 'verified' })
    expect(report.verdict).not.toBe('fail')
  })

  test('a model signed and then altered in a PR is critical', async () => {
    const { repo, base, git } = baseRepo()
    writeFileSync(join(repo, 'models', 'm', 'weights.bin'), 'evil weights')
    git('commit', '-qam', 'swap weights')
    const report = await actionScan(repo, base)
    const f = fileOf(report, 'models/m/weights.bin')
    expect(f.findings.find((x: any) => x.ruleId === 'INT-020')).toMatchObject({ severity: 'critical' })
    expect(f.verdict).toBe('fail')
    expect(report.verdict).toBe('fail')
  })

  test('a PR that swaps the key file, re-signs, and trusts its key in .modelgate.yml stays untrusted', async () => {
    const { repo, base, git } = baseRepo()
    const attacker = ecKey('P-256')
    const model = join(repo, 'models', 'm')
    writeFileSync(join(model, 'weights.bin'), 'evil weights')
    writeFileSync(join(model, 'model.sig'), signModel(model, { privateKey: attacker.privateKey }))
    writeFileSync(join(repo, 'keys', 'signer.pub'), pem(attacker.publicKey))
    writeFileSync(
      join(repo, '.modelgate.yml'),
      `integrity:\n  trusted-keys: [keys/signer.pub, ${JSON.stringify(pem(attacker.publicKey))}]\n`
    )
    git('commit', '-qam', 'trust me')
    const report = await actionScan(repo, base)
    const sig = fileOf(report, 'models/m/model.sig')
    expect(intRules(sig)).toEqual(['INT-028'])
    const f = fileOf(report, 'models/m/weights.bin')
    expect(f.integrity.signature).toBe('invalid')
    expect(intRules(f)).toEqual(['INT-021'])
    expect(report.verdict).toBe('fail')
  })

  test('a PR that adds a CA and a certificate-signed model is not trusted', async () => {
    const { repo, base, git } = baseRepo()
    const ca = makeCa('pr-root')
    const leaf = makeLeaf(ca)
    const model = join(repo, 'models', 'm')
    writeFileSync(
      join(model, 'model.sig'),
      signModel(model, { privateKey: leaf.privateKey, material: chainMaterial(leaf.der) })
    )
    writeFileSync(join(repo, 'keys', 'ca.pem'), readFileSync(ca.cert))
    writeFileSync(join(repo, '.modelgate.yml'), 'integrity:\n  trusted-cas: [keys/ca.pem]\n')
    git('add', '-A')
    git('commit', '-qm', 'cert')
    const report = await actionScan(repo, base)
    expect(intRules(fileOf(report, 'models/m/model.sig'))).toEqual(['INT-028'])
  })

  test('trust files named by the base config must exist on the base branch', async () => {
    const { repo, base } = baseRepo()
    const readBase = gitBaseReader(repo, base)
    const baseConfig = parseConfig('integrity:\n  trusted-keys: [keys/added-in-pr.pub]\n', '.modelgate.yml')
    writeFileSync(join(repo, 'keys', 'added-in-pr.pub'), pem(ecKey().publicKey))
    await expect(
      actionIntegrityOptions({ inputs: emptyIntegrityInput(), baseConfig, readBase, workspace: repo })
    ).rejects.toThrow(/cannot read trusted key keys\/added-in-pr.pub .*not in the base commit/)
  })

  test('Action inputs: key paths are read from the base commit, inline PEM is kept whole', async () => {
    const { repo, base, git } = baseRepo()
    const pasted = ecKey()
    const inputs: Record<string, string> = {
      'trusted-key': `keys/signer.pub\n${pem(pasted.publicKey)}`,
      identity: 'a@example.com\n/.*@example\\.org/',
      issuer: 'https://issuer.example',
      'trusted-root': '',
      'require-signature': 'true'
    }
    const input = actionIntegrityInput((n) => inputs[n] ?? '')
    expect(input.trustedKeys).toEqual([pem(pasted.publicKey).trim(), 'keys/signer.pub'])
    expect(input.identities).toEqual([
      { identity: 'a@example.com', issuer: 'https://issuer.example' },
      { identity: '/.*@example\\.org/', issuer: 'https://issuer.example' }
    ])
    expect(input.requireSignature).toBe(true)
    // The PR replaces keys/signer.pub: the Action still uses the base version.
    writeFileSync(join(repo, 'keys', 'signer.pub'), pem(ecKey().publicKey))
    git('commit', '-qam', 'swap key file')
    const readBase = gitBaseReader(repo, base)
    const opts = await actionIntegrityOptions({ inputs: input, readBase, workspace: repo })
    const report = await scanTargets(await collectTargets([repo]), {
      failOn: 'high',
      config: parseConfig('', 'x'),
      integrity: opts
    })
    expect(fileOf(report, 'models/m/weights.bin').integrity.signature).toBe('verified')
    expect(() => actionIntegrityInput((n) => (n === 'require-signature' ? 'yes' : ''))).toThrow(/must be true or false/)
  })
})
