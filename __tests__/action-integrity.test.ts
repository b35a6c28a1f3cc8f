// End to end (built dist/index.js, real git repository, fake GitHub API): integrity trust in the Action. Keys and
// the policy's integrity section come from the workflow's inputs or the BASE commit, never from the pull request.
// The signed model is the generated OpenSSF model-signing vector (fixtures/integrity: model-dir signed with the
// P-256 key of generated/keys/ec-P-256.pub); attackers re-sign with throwaway keys made at test time.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { FakeGitHub, makeRepo, pullRequestEvent, runAction, type ActionRun, type Repo } from './helpers/action.js'
import { ecKey, GEN, pem, signModel } from './helpers/oms.js'

const MODEL = 'models/model-dir'
const WEIGHTS = `${MODEL}/model.safetensors`
const SIG = `${MODEL}/model.sig`
const TRUSTING_CONFIG = 'integrity:\n  require-signature: true\n  trusted-keys: [keys/signer.pub]\n'

const api = new FakeGitHub()
beforeAll(() => api.start())
afterAll(() => api.stop())

/** main: the signed vector at models/model-dir, its public key at keys/signer.pub, optionally a trusting config. */
function signedRepo(config: string | undefined): { repo: Repo; base: string } {
  const repo = makeRepo()
  cpSync(join(GEN, 'model-dir'), join(repo.dir, MODEL), { recursive: true })
  repo.write(SIG, readFileSync(join(GEN, 'sig-key-p256.json')))
  repo.write('keys/signer.pub', readFileSync(join(GEN, 'keys', 'ec-P-256.pub')))
  if (config !== undefined) repo.write('.modelgate.yml', config)
  return { repo, base: repo.commit('signed model') }
}

function reportOf(r: ActionRun): any {
  return JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
}

function fileIn(report: any, path: string): any {
  const f = report.files.find((x: any) => x.path === path)
  if (!f) throw new Error(`${path} not in the report: ${report.files.map((x: any) => x.path).join(', ')}`)
  return f
}

function intRules(f: any): string[] {
  return f.findings.map((x: any) => x.ruleId).filter((id: string) => id.startsWith('INT-'))
}

/** Runs the Action on a pull request whose head is the repository's HEAD, listing `files` as changed. */
async function pr(repo: Repo, base: string, files: string[], inputs: Record<string, string> = {}): Promise<ActionRun> {
  api.files = files.map((filename) => ({ filename, status: 'modified' }))
  const head = repo.git('rev-parse', 'HEAD').trim()
  return runAction({ repo, api, event: pullRequestEvent({ base, head }), inputs })
}

describe('trust from the base branch', () => {
  test('control: on a push the signed vector verifies with the key the config names, and the step passes', async () => {
    const { repo } = signedRepo(TRUSTING_CONFIG)
    const r = await runAction({ repo, api, eventName: 'push', event: {}, inputs: { comment: 'never' } })
    expect(r.status).toBe(0)
    const report = reportOf(r)
    const weights = fileIn(report, WEIGHTS)
    expect(weights.integrity).toMatchObject({ signature: 'verified' })
    expect(weights.integrity.signer).toContain('keys/signer.pub')
    expect(intRules(weights)).toEqual([])
    // Reported under its repository path, like every other file (annotations need repo-relative paths).
    expect(fileIn(report, SIG).integrity.signature).toBe('verified')
    expect(r.summary).toContain('integrity: 1 trust anchor(s), signatures required')
  })

  test('a model signed at base and altered in the PR is critical (INT-020) and fails the step', async () => {
    const { repo, base } = signedRepo(TRUSTING_CONFIG)
    repo.write(WEIGHTS, 'ABCDEFGHIJKLMNOPQRSTUX')
    repo.commit('swap weights')
    const r = await pr(repo, base, [WEIGHTS])
    expect(r.status).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    const report = reportOf(r)
    const weights = fileIn(report, WEIGHTS)
    expect(weights.findings.find((f: any) => f.ruleId === 'INT-020')).toMatchObject({ severity: 'critical' })
    expect(weights.integrity.signature).toBe('invalid')
    // The signer is trusted and the signature is sound (no INT-023 / INT-028): the file no longer matches it.
    const sig = fileIn(report, SIG)
    expect(intRules(sig).filter((id) => id === 'INT-023' || id === 'INT-028')).toEqual([])
    expect(
      r.commands.some((l) => l.startsWith('::error ') && l.includes('INT-020') && l.includes(`file=${WEIGHTS}`))
    ).toBe(true)
    expect(r.summary).toContain('INT-020')
    // The comparison with the base version shows the integrity break as new in this PR.
    expect(weights.findings.find((f: any) => f.ruleId === 'INT-020').preExisting).toBeUndefined()
    expect(r.summary).toContain('### New in this PR')
  })

  test('the same change passes when it is re-signed with the key the base branch trusts', async () => {
    const { repo } = signedRepo(undefined)
    const signer = ecKey()
    repo.write('keys/signer.pub', pem(signer.publicKey))
    repo.write(SIG, signModel(join(repo.dir, MODEL), { privateKey: signer.privateKey }))
    const base = repo.commit('sign with our own key')
    repo.write(WEIGHTS, 'ABCDEFGHIJKLMNOPQRSTUX')
    repo.write(SIG, signModel(join(repo.dir, MODEL), { privateKey: signer.privateKey }))
    repo.commit('new weights, signed')
    const r = await pr(repo, base, [WEIGHTS, SIG], { 'trusted-key': 'keys/signer.pub', 'require-signature': 'true' })
    expect(r.status).toBe(0)
    const report = reportOf(r)
    expect(fileIn(report, WEIGHTS).integrity.signature).toBe('verified')
    expect(intRules(fileIn(report, WEIGHTS))).toEqual([])
    expect(fileIn(report, SIG).integrity.signature).toBe('verified')
  })

  test('a PR that adds its own key next to model.sig, re-signs, and names the key nowhere stays untrusted', async () => {
    const { repo, base } = signedRepo(TRUSTING_CONFIG)
    const attacker = ecKey()
    repo.write(WEIGHTS, 'ABCDEFGHIJKLMNOPQRSTUX')
    repo.write(`${MODEL}/signer.pub`, pem(attacker.publicKey))
    repo.write(SIG, signModel(join(repo.dir, MODEL), { privateKey: attacker.privateKey }))
    repo.commit('re-signed with my key')
    const r = await pr(repo, base, [WEIGHTS, SIG, `${MODEL}/signer.pub`])
    expect(r.status).toBe(1)
    const report = reportOf(r)
    expect(intRules(fileIn(report, SIG))).toEqual(['INT-028'])
    const weights = fileIn(report, WEIGHTS)
    expect(weights.integrity.signature).toBe('invalid')
    expect(intRules(weights)).toEqual(['INT-021'])
    expect(weights.findings.find((f: any) => f.ruleId === 'INT-021').severity).toBe('high')
  })

  test('a PR that replaces the key file the trusted-key input names is still checked with the base version', async () => {
    const { repo, base } = signedRepo(undefined)
    const attacker = ecKey()
    repo.write(WEIGHTS, 'ABCDEFGHIJKLMNOPQRSTUX')
    repo.write('keys/signer.pub', pem(attacker.publicKey))
    repo.write(SIG, signModel(join(repo.dir, MODEL), { privateKey: attacker.privateKey }))
    repo.commit('swap the key file too')
    const r = await pr(repo, base, [WEIGHTS, SIG, 'keys/signer.pub'], {
      'trusted-key': 'keys/signer.pub',
      'require-signature': 'true'
    })
    expect(r.status).toBe(1)
    const report = reportOf(r)
    expect(intRules(fileIn(report, SIG))).toEqual(['INT-028'])
    expect(fileIn(report, WEIGHTS).integrity.signature).toBe('invalid')
    expect(intRules(fileIn(report, WEIGHTS))).toEqual(['INT-021'])
    expect(r.summary).toContain(`read from the base commit ${base.slice(0, 12)}`)
  })

  test('a PR that rewrites the integrity section of .modelgate.yml changes nothing', async () => {
    const { repo, base } = signedRepo(TRUSTING_CONFIG)
    const attacker = ecKey()
    repo.write(WEIGHTS, 'ABCDEFGHIJKLMNOPQRSTUX')
    repo.write(SIG, signModel(join(repo.dir, MODEL), { privateKey: attacker.privateKey }))
    repo.write(
      '.modelgate.yml',
      `fail-on: none\nintegrity:\n  require-signature: false\n  trusted-keys: [${JSON.stringify(pem(attacker.publicKey))}]\n`
    )
    repo.commit('trust me')
    const r = await pr(repo, base, [WEIGHTS, SIG, '.modelgate.yml'])
    expect(r.status).toBe(1)
    const report = reportOf(r)
    expect(report.failOn).toBe('high')
    expect(intRules(fileIn(report, SIG))).toEqual(['INT-028'])
    expect(intRules(fileIn(report, WEIGHTS))).toEqual(['INT-021'])
  })

  test('a trust file the inputs name must exist on the base branch: the step stops with a clear error', async () => {
    const { repo, base } = signedRepo(undefined)
    repo.write('keys/added-in-pr.pub', pem(ecKey().publicKey))
    repo.commit('add a key')
    const r = await pr(repo, base, ['keys/added-in-pr.pub'], { 'trusted-key': 'keys/added-in-pr.pub' })
    expect(r.status).toBe(1)
    const errors = r.commands.filter((l) => l.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/cannot read trusted key keys\/added-in-pr\.pub .*not in the base commit/)
  })
})

describe('checksum manifests', () => {
  const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

  test('a model listed in the SHA256SUMS of its folder and changed in the PR is INT-001, critical', async () => {
    const repo = makeRepo()
    const weights = readFileSync(join(GEN, 'single', 'model.safetensors'))
    repo.write('models/single/model.safetensors', weights)
    repo.write('models/single/SHA256SUMS', `${sha(weights)}  model.safetensors\n`)
    const base = repo.commit('model with checksums')
    repo.write('models/single/model.safetensors', 'weightz')
    repo.commit('change the weights, not the manifest')
    const r = await pr(repo, base, ['models/single/model.safetensors'])
    expect(r.status).toBe(1)
    const f = fileIn(reportOf(r), 'models/single/model.safetensors')
    expect(f.integrity.checksum).toBe('mismatch')
    expect(f.findings.find((x: any) => x.ruleId === 'INT-001')).toMatchObject({ severity: 'critical' })
  })

  test('the checksums input names a manifest ModelGate would not find by its name', async () => {
    const repo = makeRepo()
    const weights = readFileSync(join(GEN, 'single', 'model.safetensors'))
    repo.write('models/single/model.safetensors', weights)
    repo.write('model-hashes.txt', `${sha(weights)}  models/single/model.safetensors\n`)
    const base = repo.commit('model')
    repo.write('models/single/model.safetensors', 'weightz')
    repo.commit('change')
    const without = await pr(repo, base, ['models/single/model.safetensors'])
    expect(fileIn(reportOf(without), 'models/single/model.safetensors').integrity.checksum).toBe('none')
    expect(without.status).toBe(0)
    const r = await pr(repo, base, ['models/single/model.safetensors'], { checksums: 'model-hashes.txt' })
    expect(r.status).toBe(1)
    const report = reportOf(r)
    expect(fileIn(report, 'model-hashes.txt').format).toBe('checksum-manifest')
    const f = fileIn(report, 'models/single/model.safetensors')
    expect(f.integrity.checksum).toBe('mismatch')
    expect(intRules(f)).toEqual(['INT-001'])
  })
})
