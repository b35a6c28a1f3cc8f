import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runCli, scanJson } from './helpers/cli.js'

// The weights and secrets fixture sets (fixtures/weights, fixtures/secrets): real checkpoints with payloads in
// their low bits, their clean twins, and credentials in every metadata location. Expectations come from the
// manifests written with the fixtures.
const RANK: Record<string, number> = { none: -1, info: 0, low: 1, medium: 2, high: 3, critical: 4 }

interface Entry {
  file: string
  payload?: { tensor: string }
  expect: { format?: string; rules: string[]; minSeverity?: string; maxSeverity?: string; secretKinds?: string[] }
}

function entries(folder: string): Entry[] {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', folder, 'manifest.json'), 'utf8')).fixtures
}

function scanFolder(folder: string): Map<string, any> {
  const { report } = scanJson([join('fixtures', folder)], ['--jobs', '2'])
  return new Map(report.files.map((f: any) => [f.path, f]))
}

function worst(f: any): number {
  return Math.max(-1, ...f.findings.map((x: any) => RANK[x.severity]!))
}

describe.each(['weights', 'secrets'])('fixtures/%s', (folder) => {
  const files = scanFolder(folder)
  test.each(entries(folder).map((e) => [e.file, e] as const))('%s', (_file, e) => {
    const f = files.get(e.file)
    expect(f).toBeDefined()
    if (e.expect.format) expect(f.format).toBe(e.expect.format)
    const ids = new Set(f.findings.map((x: any) => x.ruleId))
    for (const r of e.expect.rules) expect(ids).toContain(r)
    if (e.expect.minSeverity && e.expect.minSeverity !== 'none')
      expect(worst(f)).toBeGreaterThanOrEqual(RANK[e.expect.minSeverity]!)
    if (e.expect.maxSeverity) expect(worst(f)).toBeLessThanOrEqual(RANK[e.expect.maxSeverity]!)
    // A carved payload is reported against the tensor the manifest says carries it, by the format's tensor name
    // (PyTorch: the state-dict key path, not the storage record).
    if (e.payload && e.expect.rules.includes('STEG-003'))
      expect(f.findings.filter((x: any) => x.ruleId === 'STEG-003').map((x: any) => x.evidence)).toEqual([
        e.payload.tensor
      ])
    for (const kind of e.expect.secretKinds ?? [])
      expect(f.findings.some((x: any) => x.ruleId === 'SEC-001' && x.message.startsWith(kind))).toBe(true)
  })
})

describe('a freshly initialised checkpoint (fixtures/weights/init) is explained, not flagged', () => {
  test('both initialised tensors get STEG-001 at info only, naming the initialiser grid', () => {
    const { report } = scanJson([join('fixtures', 'weights', 'init', 'untrained.pt')])
    const findings = report.files[0].findings
    expect(findings.map((x: any) => [x.ruleId, x.severity, x.evidence])).toEqual([
      ['STEG-001', 'info', 'fc.weight'],
      ['STEG-001', 'info', 'embed.weight']
    ])
    for (const x of findings) expect(x.message).toMatch(/reduced-precision random initialisation/)
  })
})

describe('secrets never leave the model in clear', () => {
  test.each(['json', 'text', 'sarif'])('%s output carries only redacted prefixes', (format) => {
    const secrets = new Set<string>()
    for (const e of entries('secrets'))
      for (const m of readFileSync(join(ROOT, e.file))
        .toString('latin1')
        .matchAll(/(ghp_|hf_|AKIA|xoxb-|sk-proj-)[A-Za-z0-9_-]{12,}/g))
        secrets.add(m[0])
    expect(secrets.size).toBeGreaterThan(3)
    const r = runCli(['scan', '--format', format, '--jobs', '2', join('fixtures', 'secrets')])
    expect(r.stdout).toMatch(/SEC-001/)
    for (const secret of secrets) expect(r.stdout).not.toContain(secret.slice(0, 12) + secret.slice(12, 20))
  })
})

describe('PyTorch tensors are named by parameter (fixtures/weights/names)', () => {
  const files = scanFolder('weights/names')
  const tensors = (file: string) =>
    files.get(`fixtures/weights/names/${file}`).tensors.map((t: any) => [t.name, t.storage, t.shape.join('x')])

  test('a training checkpoint dict: model.* and optimizer.state.<index>.* key paths', () => {
    expect(tensors('checkpoint_nested.pt')).toEqual([
      ['model.fc1.weight', 'archive/data/0', '128x128'],
      ['model.fc2.weight', 'archive/data/2', '64x128'],
      ['optimizer.state.0.momentum_buffer', 'archive/data/4', '128x128'],
      ['optimizer.state.2.momentum_buffer', 'archive/data/6', '64x128']
    ])
    const steg = files
      .get('fixtures/weights/names/checkpoint_nested.pt')
      .findings.find((x: any) => x.ruleId === 'STEG-003')
    expect(steg).toMatchObject({ severity: 'high', evidence: 'model.fc1.weight', member: 'archive/data/0' })
    expect(steg.message).toMatch(/^Tensor model\.fc1\.weight: the low 8 bits/)
  })

  test('views of one storage are cut to their own elements; tied weights are one tensor with an alias', () => {
    expect(tensors('shared_storage.pt')).toEqual([
      ['attn.q.weight', 'archive/data/0', '64x64'],
      ['attn.k.weight', 'archive/data/0', '64x64'],
      ['attn.v.weight', 'archive/data/0', '64x64'],
      ['embed.weight', 'archive/data/1', '64x64'],
      // head.bias (64 elements, too small to examine) is a slice: the rest of its storage belongs to no tensor
      ['archive/data/2[64:8192]', 'archive/data/2', '8128'],
      // a transposed matrix: its whole storage, in storage order
      ['proj.weight', 'archive/data/3', '4096']
    ])
    const f = files.get('fixtures/weights/names/shared_storage.pt')
    expect(f.tensors.find((t: any) => t.name === 'embed.weight').aliases).toEqual(['lm_head.weight'])
    expect(f.tensors.map((t: any) => t.elements)).toEqual([4096, 4096, 4096, 4096, 8128, 4096])
    // Only attn.v.weight carries the payload: q and k, from the same storage record, are clean.
    expect(f.findings.filter((x: any) => x.ruleId === 'STEG-003').map((x: any) => x.evidence)).toEqual([
      'attn.v.weight'
    ])
  })

  test('the legacy stream names its tensors by key too', () => {
    expect(tensors('legacy_state_dict.pt')).toEqual([
      ['fc1.weight', 'storage 0', '128x128'],
      ['fc2.weight', 'storage 2', '64x128']
    ])
  })

  test('the clean and fine-tune checkpoints name their tensors by state-dict key', () => {
    const { report } = scanJson([join('fixtures', 'weights', 'finetune', 'base.pt')])
    expect(report.files[0].tensors.map((t: any) => t.name)).toEqual(['fc1.weight', 'fc2.weight'])
  })
})
