// Real pickles written by Python, numpy, scikit-learn, torch and dill (fixtures/pickle-crafted/generate.py),
// scanned through the built CLI: benign files pass with their exact import inventory.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { FIXTURES, fileOf, ruleIds, scanJson } from './helpers/cli.js'

const dir = join(FIXTURES, 'pickle-crafted')
let report: any

beforeAll(() => {
  report = scanJson([dir]).report
})

describe('pickle.dumps of plain data at every protocol', () => {
  const expected: Record<number, string[]> = {
    0: ['_codecs.encode', 'collections.OrderedDict', 'builtins.set', 'builtins.frozenset'],
    1: ['_codecs.encode', 'collections.OrderedDict', 'builtins.set', 'builtins.frozenset'],
    2: ['_codecs.encode', 'collections.OrderedDict', 'builtins.set', 'builtins.frozenset'],
    3: ['collections.OrderedDict', 'builtins.set', 'builtins.frozenset'],
    4: ['collections.OrderedDict'],
    5: ['collections.OrderedDict']
  }
  for (const proto of [0, 1, 2, 3, 4, 5])
    test(`protocol ${proto}`, () => {
      const f = fileOf(report, `benign-p${proto}.pkl`)
      expect(f).toMatchObject({ format: 'pickle', verdict: 'pass', findings: [] })
      expect(f.imports).toEqual(expected[proto])
    })
})

describe('framework pickles', () => {
  test('standard-library data types (protocol 2 names go through __builtin__ maps)', () => {
    for (const name of ['stdlib-p2.pkl', 'stdlib-p4.pkl']) {
      const f = fileOf(report, name)
      expect(f).toMatchObject({ verdict: 'pass', findings: [] })
      expect(f.imports).toEqual(
        expect.arrayContaining([
          'datetime.datetime',
          'decimal.Decimal',
          'fractions.Fraction',
          'collections.deque',
          'collections.Counter',
          'collections.defaultdict',
          'builtins.list',
          'builtins.complex',
          'builtins.bytearray',
          'builtins.range',
          'builtins.slice'
        ])
      )
    }
  })

  test('numpy arrays, scalars and generators (protocols 2 and 5)', () => {
    const p2 = fileOf(report, 'numpy-p2.pkl')
    expect(p2).toMatchObject({ verdict: 'pass', findings: [] })
    expect(p2.imports).toEqual([
      'numpy.core.multiarray._reconstruct',
      'numpy.ndarray',
      '_codecs.encode',
      'numpy.dtype',
      'numpy.core.multiarray.scalar',
      'numpy.random._pickle.__generator_ctor',
      'numpy.random._pickle.__bit_generator_ctor',
      'numpy.random._pickle.__randomstate_ctor'
    ])
    const p5 = fileOf(report, 'numpy-p5.pkl')
    expect(p5).toMatchObject({ verdict: 'pass', findings: [] })
    expect(p5.imports).toContain('numpy.core.numeric._frombuffer')
  })

  test('a fitted scikit-learn estimator (protocols 0 and 4)', () => {
    const p0 = fileOf(report, 'sklearn-lr-p0.pkl')
    expect(p0).toMatchObject({ verdict: 'pass', findings: [] })
    expect(p0.imports.slice(0, 3)).toEqual([
      'copyreg._reconstructor',
      'sklearn.linear_model._logistic.LogisticRegression',
      'builtins.object'
    ])
    const p4 = fileOf(report, 'sklearn-lr-p4.pkl')
    expect(p4).toMatchObject({ verdict: 'pass', findings: [] })
  })

  test('a torch full-module data.pkl is not allowed by default', () => {
    const f = fileOf(report, 'torch-module-data.pkl')
    expect(f.verdict).toBe('fail')
    expect(ruleIds(f)).toEqual(['PKL-002'])
    expect(f.findings[0]).toMatchObject({ severity: 'high', evidence: 'torch.nn.modules.linear.Linear' })
  })

  test('dill output parses and its code-object constructors are judged by the policy', () => {
    const f = fileOf(report, 'dill-lambda.pkl')
    expect(f.verdict).toBe('fail')
    expect(f.imports).toEqual(['dill._dill._create_function', 'dill._dill._create_code', '__builtin__.__main__'])
    expect(ruleIds(f)).toEqual(['PKL-001', 'PKL-002', 'PKL-010', 'PKL-012'])
    expect(f.findings.filter((x: any) => x.ruleId === 'PKL-001').map((x: any) => x.severity)).toEqual([
      'critical',
      'critical'
    ])
  })

  test('every fixture is analysed to the end (no parse or limit findings)', () => {
    for (const f of report.files)
      expect([f.path, f.findings.filter((x: any) => /^(GEN-|PKL-05)/.test(x.ruleId))]).toEqual([f.path, []])
  })
})

describe('configuration', () => {
  test('allow-imports suppresses PKL-002 by its evidence', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mg-'))
    const cfg = join(tmp, 'cfg.yml')
    writeFileSync(
      cfg,
      'allow-imports:\n  - paths: ["**/torch-module-data.pkl"]\n    imports: ["torch.nn.modules.linear.Linear"]\n'
    )
    const { report: r } = scanJson([join(dir, 'torch-module-data.pkl')], ['--config', cfg])
    const f = fileOf(r, 'torch-module-data.pkl')
    expect(f).toMatchObject({ verdict: 'pass', findings: [] })
    expect(f.suppressed.map((x: any) => x.evidence)).toEqual(['torch.nn.modules.linear.Linear'])
  })
})
