import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'
import { damagedCopies, summary } from './helpers/corrupt.js'

const dir = join(FIXTURES, 'tensorflow')
let report: any

beforeAll(() => {
  report = scanJson([dir]).report
})

const file = (name: string) => fileOf(report, `/${name}`)
const mediumPlus = (f: any) => f.findings.filter((x: any) => ['critical', 'high', 'medium'].includes(x.severity))

describe('TensorFlow SavedModel and GraphDef (protobufs built from the TF .proto field numbers)', () => {
  test('a benign SavedModel passes; saver ops inside the traced save/restore functions are info', () => {
    const f = file('saved_model_benign.pb')
    expect(f.format).toBe('savedmodel')
    expect(mediumPlus(f)).toEqual([])
    expect(summary(f)).toEqual(['TF-001:info', 'TF-001:info', 'TF-001:info', 'TF-001:info'])
    expect(f.findings.map((x: any) => x.evidence).sort()).toEqual([
      'MergeV2Checkpoints',
      'RestoreV2',
      'SaveV2',
      'ShardedFilename'
    ])
  })

  test('a malicious SavedModel: load-time file ops, PyFunc, debug URL, custom op, asset traversal', () => {
    const f = file('saved_model_malicious.pb')
    const at = (rule: string, ev: string) => f.findings.find((x: any) => x.ruleId === rule && x.evidence === ev)
    expect(at('TF-002', 'WriteFile').severity).toBe('critical')
    expect(at('TF-002', 'WriteFile').message).toMatch(/__saved_model_init_op/)
    expect(at('TF-002', 'WriteFile').message).toMatch(/\/tmp\/modelgate-marker\.txt/)
    expect(at('TF-002', 'ReadFile').severity).toBe('critical') // high, raised: runs at load
    expect(at('TF-001', 'PyFunc').severity).toBe('high')
    expect(at('TF-001', 'DebugIdentity').severity).toBe('high')
    expect(at('TF-003', 'ModelGateCustomOp').severity).toBe('medium')
    expect(at('TF-005', '../../etc/passwd').severity).toBe('medium')
    expect(summary(f).filter((s) => !s.endsWith(':info'))).toEqual([
      'TF-001:high',
      'TF-001:high',
      'TF-002:critical',
      'TF-002:critical',
      'TF-003:medium',
      'TF-004:low',
      'TF-004:low',
      'TF-004:low',
      'TF-005:medium'
    ])
    expect(f.verdict).toBe('fail')
  })

  test('MetaGraphs that differ per tag set', () => {
    const f = file('saved_model_divergent.pb')
    expect(summary(f).filter((s) => !s.endsWith(':info'))).toEqual(['TF-007:low'])
  })

  test('frozen GraphDefs: benign passes, constant paths raise ReadFile/WriteFile', () => {
    const benign = file('frozen_benign.pb')
    expect(benign.format).toBe('tf-graphdef')
    expect(benign.findings).toEqual([])
    const evil = file('frozen_malicious.pb')
    expect(summary(evil)).toEqual(['TF-001:critical', 'TF-001:high', 'TF-004:low', 'TF-004:low'])
    expect(evil.findings.find((x: any) => x.evidence === 'ReadFile').message).toMatch(/"\/etc\/passwd"/)
  })

  test('fingerprint.pb is recognised and carries nothing to report', () => {
    const f = file('fingerprint.pb')
    expect(f.format).toBe('savedmodel')
    expect(f.findings).toEqual([])
  })

  test('keras_metadata.pb: every layer JSON goes to the Keras config walker', () => {
    const f = file('keras_metadata.pb')
    expect(f.format).toBe('savedmodel')
    // Handed to walkKerasConfig: either its findings (KER-*) or its not-analysed report naming the layer source.
    const handled = f.findings.filter(
      (x: any) => x.ruleId.startsWith('KER-') || (x.ruleId === 'GEN-003' && /keras_metadata\.pb root/.test(x.message))
    )
    expect(handled.length).toBeGreaterThan(0)
  })

  test('truncated and corrupted protobufs are reported as not analysed, never a crash', () => {
    const names = ['saved_model_benign.pb', 'saved_model_malicious.pb', 'frozen_malicious.pb']
    const d = damagedCopies(names.map((n) => join(dir, n)))
    const { report: r } = scanJson([d.dir])
    for (const n of names) {
      const half = fileOf(r, d.half(n))
      expect(['savedmodel', 'tf-graphdef']).toContain(half.format)
      expect(half.findings.map((x: any) => x.ruleId)).toContain('GEN-003')
      expect(fileOf(r, d.smash(n)).findings.map((x: any) => x.ruleId)).not.toContain('GEN-011')
    }
    // Findings met before the damage are kept (fail closed, nothing lost).
    const halfEvil = fileOf(r, d.half('saved_model_malicious.pb'))
    expect(halfEvil.verdict).toBe('fail')
  })

  test('text and JSON are not taken for TensorFlow protobufs', () => {
    const t = mkdtempSync(join(tmpdir(), 'mg-tf-'))
    writeFileSync(join(t, 'graph.pb'), '\n\nnode {\n  name: "x"\n  op: "Const"\n}\n')
    writeFileSync(join(t, 'saved_model.pb'), '{"saved_model_schema_version": 1}')
    const { report: r } = scanJson([t])
    for (const f of r.files) expect(f.format).toBe('unknown')
  })
})
