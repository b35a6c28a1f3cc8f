// Keras files (.h5 via the HDF5 library, .keras zips) through the built CLI, as users run it.
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { FIXTURES, fileOf, runCli, scanJson } from './helpers/cli.js'

const K = (name: string) => join(FIXTURES, 'keras', name)
const RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

/** `RULE:severity` of every finding, sorted (duplicates kept). */
function summary(file: any): string[] {
  return file.findings.map((f: any) => `${f.ruleId}:${f.severity}`).sort()
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'mg-keras-'))
}

describe('legacy Keras HDF5', () => {
  const { report } = scanJson(
    ['lambda.h5', 'benign_sequential.h5', 'tfop_write_file.h5', 'model.weights.h5', 'userblock_pickle.h5'].map(K)
  )

  test('a tf-keras Sequential model passes with its version as inventory', () => {
    const f = fileOf(report, 'benign_sequential.h5')
    expect(f.format).toBe('keras-h5')
    expect(summary(f)).toEqual(['KER-011:info'])
    expect(f.verdict).toBe('pass')
  })

  test('a Lambda layer (CVE-2024-3660) is critical, with the bytecode names as evidence', () => {
    const f = fileOf(report, 'lambda.h5')
    expect(summary(f)).toEqual(['KER-001:critical', 'KER-011:info'])
    const k = f.findings.find((x: any) => x.ruleId === 'KER-001')
    expect(k.evidence).toBe('os, echo modelgate-marker, __import__, system')
    expect(k.message).toMatch(/model_config attribute at config\.layers\[2\]\.config\.function/)
  })

  test('a TFOpLambda calling tf.io.write_file is critical; tf.math.multiply is not reported', () => {
    const f = fileOf(report, 'tfop_write_file.h5')
    expect(summary(f)).toEqual(['KER-008:critical', 'KER-011:info'])
    expect(f.findings[0].evidence).toBe('tf.io.write_file')
  })

  test('a Keras 3 weights-only file is plain HDF5 inventory and passes', () => {
    const f = fileOf(report, 'model.weights.h5')
    expect(f.format).toBe('hdf5')
    expect(summary(f)).toEqual(['KER-013:info'])
    expect(f.verdict).toBe('pass')
  })

  test('a pickle in the HDF5 user block is a polyglot: both views are analysed', () => {
    const f = fileOf(report, 'userblock_pickle.h5')
    const ids = new Set(f.findings.map((x: any) => x.ruleId))
    expect(ids.has('CTR-001')).toBe(true)
    expect(ids.has('KER-011')).toBe(true)
    // The user block is analysed as a member of its own (the pickle there calls posix.system).
    expect(f.findings.some((x: any) => x.member === 'userblock' && x.evidence?.startsWith('posix.system'))).toBe(true)
    expect(f.verdict).toBe('fail')
  })

  test('truncated and corrupted HDF5 files are GEN-003, and configs that survive are still carved', () => {
    const dir = tmp()
    const whole = readFileSync(K('lambda.h5'))
    writeFileSync(join(dir, 'head.h5'), whole.subarray(0, 3000))
    writeFileSync(join(dir, 'most.h5'), whole.subarray(0, 9000))
    const garbled = Buffer.from(whole)
    garbled.fill(0xa5, 100, 700) // superblock and root object header destroyed, signature kept
    writeFileSync(join(dir, 'garbled.h5'), garbled)
    const { report: r } = scanJson([dir])
    const head = fileOf(r, 'head.h5')
    expect(summary(head)).toEqual(['GEN-003:high'])
    expect(head.findings[0].message).toMatch(/HDF5 not fully parsed/)
    // The Lambda JSON lies before byte 9000: the carve still finds it.
    expect(summary(fileOf(r, 'most.h5'))).toEqual(['GEN-003:high', 'KER-001:critical'])
    const g = fileOf(r, 'garbled.h5')
    expect(g.findings.map((x: any) => x.ruleId)).toContain('GEN-003')
    expect(g.findings.map((x: any) => x.ruleId)).toContain('KER-001')
  })

  test('the HDF5 library loads from the bundle whatever the working directory, also on worker threads', () => {
    const dir = tmp()
    copyFileSync(K('lambda.h5'), join(dir, 'a.h5'))
    copyFileSync(K('benign_sequential.h5'), join(dir, 'b.h5'))
    const r = runCli(['scan', '--format', 'json', '--jobs', '2', '.'], { cwd: dir })
    const rep = JSON.parse(r.stdout)
    expect(summary(fileOf(rep, 'a.h5'))).toEqual(['KER-001:critical', 'KER-011:info'])
    expect(summary(fileOf(rep, 'b.h5'))).toEqual(['KER-011:info'])
    // libhdf5 diagnostics never reach the user's terminal.
    expect(runCli(['scan', join(dir, 'a.h5')], { cwd: dir }).stderr).not.toMatch(/HDF5-DIAG/)
  })
})

describe('.keras archives', () => {
  const names = [
    'benign_sequential.keras',
    'benign_functional.keras',
    'lambda_nested.keras',
    'function_outside.keras',
    'module_outside.keras',
    'unsafe_deserialization.keras',
    'get_file.keras',
    'torch_module_wrapper.keras',
    'string_lookup_path.keras',
    'layer_name_traversal.keras',
    'asset_traversal.keras',
    'anomalies.keras'
  ]
  const { report } = scanJson(names.map(K))

  test('benign Sequential and Functional models pass with no medium-or-worse finding', () => {
    for (const n of ['benign_sequential.keras', 'benign_functional.keras']) {
      const f = fileOf(report, n)
      expect(f.format).toBe('keras')
      expect(f.findings.filter((x: any) => RANK[x.severity]! >= RANK.medium!)).toEqual([])
      expect(summary(f)).toEqual(['KER-011:low'])
      expect(f.verdict).toBe('pass')
    }
  })

  test.each([
    ['lambda_nested.keras', ['KER-001:critical', 'KER-011:low']],
    ['function_outside.keras', ['KER-002:high', 'KER-011:low']],
    ['module_outside.keras', ['KER-003:high', 'KER-011:low']],
    ['unsafe_deserialization.keras', ['KER-001:critical', 'KER-004:critical', 'KER-011:low']],
    ['get_file.keras', ['KER-004:high', 'KER-011:low']],
    ['string_lookup_path.keras', ['KER-007:high', 'KER-011:low']],
    ['layer_name_traversal.keras', ['KER-009:high', 'KER-011:low']],
    ['asset_traversal.keras', ['CTR-006:high', 'KER-009:high', 'KER-011:low']]
  ])('%s reports exactly %j', (name, expected) => {
    const f = fileOf(report, name)
    expect(f.format).toBe('keras')
    expect(summary(f)).toEqual(expected)
    expect(f.verdict).toBe('fail')
  })

  test('a Lambda two models deep (Sequential > Functional > Lambda) is found (K2)', () => {
    const k = fileOf(report, 'lambda_nested.keras').findings.find((x: any) => x.ruleId === 'KER-001')
    expect(k.member).toBe('config.json')
    expect(k.message).toMatch(/"hidden_lambda".*config\.layers\[2\]\.config\.layers\[1\]\.config\.function/)
  })

  test('a TorchModuleWrapper blob is decoded and its pickle analysed: KER-005 critical', () => {
    const f = fileOf(report, 'torch_module_wrapper.keras')
    const k = f.findings.find((x: any) => x.ruleId === 'KER-005')
    expect(k.severity).toBe('critical')
    expect(k.evidence).toBe('posix.system')
    const nested = f.findings.filter(
      (x: any) => x.member === 'config.json!/torch_module_wrapper.module!/archive/data.pkl'
    )
    expect(nested.map((x: any) => x.ruleId)).toContain('PKL-001')
    expect(f.imports).toContain('posix.system')
  })

  test('archive anomalies: missing metadata, a nested zip and unexpected members; scripts via CTR-009', () => {
    const f = fileOf(report, 'anomalies.keras')
    expect(summary(f)).toEqual(['CTR-009:high', 'KER-010:low', 'KER-010:low', 'KER-010:medium', 'KER-010:medium'])
    expect(f.findings.find((x: any) => x.ruleId === 'KER-010' && x.evidence === 'zip').member).toBe('extra.zip')
  })

  test('a truncated .keras is not analysed (GEN-003), never a crash', () => {
    const dir = tmp()
    const whole = readFileSync(K('lambda_nested.keras'))
    writeFileSync(join(dir, 'cut.keras'), whole.subarray(0, Math.floor(whole.length / 2)))
    const { report: r, status } = scanJson([join(dir, 'cut.keras')])
    const f = fileOf(r, 'cut.keras')
    expect(f.findings.map((x: any) => x.ruleId)).toContain('GEN-003')
    expect(f.findings.map((x: any) => x.ruleId)).not.toContain('GEN-011')
    expect(status).toBe(1)
  })

  test('config.json that is not JSON is GEN-003, and Keras objects in it are still carved', () => {
    const dir = tmp()
    // Same length as the original, so the stored member stays valid: break the JSON's first byte only.
    const whole = readFileSync(K('lambda_nested.keras'))
    const at = whole.indexOf(Buffer.from('{"module": "keras", "class_name": "Sequential"'))
    expect(at).toBeGreaterThan(0)
    const broken = Buffer.from(whole)
    broken[at] = 0x5b // '['
    writeFileSync(join(dir, 'broken.keras'), broken)
    const f = fileOf(scanJson([join(dir, 'broken.keras')]).report, 'broken.keras')
    const ids = f.findings.map((x: any) => `${x.ruleId}:${x.member ?? ''}`)
    expect(ids).toContain('GEN-003:config.json')
    expect(ids).toContain('KER-001:config.json')
  })

  test('model.weights.npz is analysed by content: an object array in it is NPY-001 + its pickle, not a nested archive', () => {
    const dir = tmp()
    const keras = unzipSync(readFileSync(K('benign_sequential.keras')))
    const files: Zippable = {
      'metadata.json': [keras['metadata.json']!, { level: 0 }],
      'config.json': [keras['config.json']!, { level: 0 }],
      'model.weights.npz': [readFileSync(join(FIXTURES, 'containers', 'object_payload.npz')), { level: 0 }]
    }
    writeFileSync(join(dir, 'npz_weights.keras'), zipSync(files))
    const f = fileOf(scanJson([join(dir, 'npz_weights.keras')]).report, 'npz_weights.keras')
    expect(f.format).toBe('keras')
    const ids = f.findings.map((x: any) => `${x.ruleId}:${x.member ?? ''}`)
    expect(ids).toContain('NPY-001:model.weights.npz!/evil.npy')
    expect(ids).toContain('PKL-001:model.weights.npz!/evil.npy')
    expect(f.findings.filter((x: any) => x.ruleId === 'KER-010')).toEqual([])
  })
})
