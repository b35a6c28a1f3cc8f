// joblib: parsing through NumpyArrayWrapper array bytes (E5, JBL-002), object arrays (JBL-004), unresolvable
// wrappers (JBL-003, fail closed) and legacy side-file wrappers (JBL-005).
import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { FIXTURES, fileOf, ruleIds, scanJson } from './helpers/cli.js'
import { PB, find, rules, runPickle, scanBytes } from './helpers/pickle.js'
import { readFileSync } from 'node:fs'

const crafted = (name: string) => join(FIXTURES, 'pickle-crafted', name)

/** A NumpyArrayWrapper for a float64 array of `n` items, as joblib.dump writes it (protocol 4). */
function wrapper(n: number, opts: { align?: number | null; dtypeCode?: string | null } = {}): PB {
  const { align = 16, dtypeCode = 'f8' } = opts
  const p = new PB().proto(4).stackGlobal('joblib.numpy_pickle', 'NumpyArrayWrapper').op('EMPTY_TUPLE', 'NEWOBJ')
  p.op('EMPTY_DICT', 'MARK').sbu('subclass').stackGlobal('numpy', 'ndarray')
  p.sbu('shape').int4(n).op('TUPLE1').sbu('order').sbu('C').sbu('dtype').stackGlobal('numpy', 'dtype')
  if (dtypeCode === null) p.stackGlobal('builtins', 'str').sbu('f8').op('TUPLE1', 'REDUCE')
  else p.sbu(dtypeCode)
  p.op('NEWFALSE', 'NEWTRUE', 'TUPLE3', 'REDUCE', 'MARK').int1(3).sbu('<').op('NONE', 'NONE', 'NONE').int4(-1).int4(-1)
  p.int1(0).op('TUPLE', 'BUILD').sbu('allow_mmap').op('NEWFALSE')
  if (align !== null) p.sbu('numpy_array_alignment_bytes').int1(align)
  return p.op('SETITEMS', 'BUILD')
}

describe('joblib arrays', () => {
  test('E5: an import after the raw array bytes is found (real joblib.dump output)', () => {
    const { report } = scanJson([crafted('e5.joblib')])
    const f = fileOf(report, 'e5.joblib')
    expect(f.format).toBe('joblib')
    expect(f.verdict).toBe('fail')
    expect(f.imports).toEqual(['joblib.numpy_pickle.NumpyArrayWrapper', 'numpy.ndarray', 'numpy.dtype', 'posix.system'])
    expect(f.findings.map((x: any) => [x.ruleId, x.severity, x.offset, x.evidence])).toEqual([
      ['PKL-001', 'critical', 766, 'posix.system'],
      ['JBL-001', 'info', 220, undefined]
    ])
  })

  test('numeric, unicode, empty and object arrays are all parsed through (real joblib.dump output)', async () => {
    const o = await runPickle(readFileSync(crafted('arrays.joblib')), { profile: 'joblib' })
    expect(rules(o.findings)).toEqual(['JBL-001:info', 'JBL-004:medium'])
    expect(find(o.findings, 'JBL-004')).toHaveLength(2)
    expect(o.result.arrays!.map((a) => [a.length, a.object])).toEqual([
      [64, false],
      [expect.any(Number), true],
      [16, false],
      [expect.any(Number), true],
      [0, false]
    ])
    expect(o.result).toMatchObject({ complete: true, pickles: 1 })
    expect(o.format).toBe('joblib')
  })

  test('float arrays reach the weights stage: code in the low bytes of a coefficient matrix is STEG-003', () => {
    // MLPClassifier fitted on the digits set (fixtures/joblib/generate_weights.py), and its twin with marker code
    // written into the low byte of the first values of coefs_[0]
    const { report } = scanJson(
      ['mlp_digits.joblib', 'mlp_digits_lsb8_code.joblib'].map((n) => join(FIXTURES, 'joblib', n))
    )
    const clean = fileOf(report, 'mlp_digits.joblib')
    expect(clean.tensors.map((t: any) => `${t.dtype}:${t.shape}`)).toEqual(['f64:64,64', 'f64:64,64', 'f64:64,64'])
    expect(ruleIds(clean)).toEqual(['JBL-001'])
    const bad = fileOf(report, 'mlp_digits_lsb8_code.joblib')
    const steg = bad.findings.filter((x: any) => x.ruleId === 'STEG-003')
    expect(steg.map((x: any) => `${x.severity}:${x.evidence}`)).toEqual([`high:${clean.tensors[0].name}`])
    expect(steg[0].message).toMatch(/low 8 bits .*code-like text/)
  })

  test('a fitted sklearn model saved with joblib passes', () => {
    const { report } = scanJson([crafted('sklearn-lr.joblib')])
    const f = fileOf(report, 'sklearn-lr.joblib')
    expect(f).toMatchObject({ format: 'joblib', verdict: 'pass' })
    expect(ruleIds(f)).toEqual(['JBL-001'])
    expect(f.imports).toEqual([
      'sklearn.linear_model._logistic.LogisticRegression',
      'joblib.numpy_pickle.NumpyArrayWrapper',
      'numpy.ndarray',
      'numpy.dtype'
    ])
  })

  test('hand-built wrapper: padding byte + 0xFF padding + data skipped, payload after it found', async () => {
    const head = wrapper(4).bytes()
    const body = Buffer.concat([Buffer.from([3, 0xff, 0xff, 0xff]), Buffer.alloc(32, 0x63)])
    const tail = new PB().callGlobal('os', 'system', 'id').op('TUPLE2', 'STOP').bytes()
    const o = await scanBytes(Buffer.concat([head, body, tail]), 'model.joblib')
    expect(o.format).toBe('joblib')
    expect(rules(o.findings)).toEqual(['JBL-001:info', 'PKL-001:critical', 'PKL-010:critical'])
    expect(find(o.findings, 'PKL-001')[0]!.offset).toBe(head.length + body.length)
  })

  test('without numpy_array_alignment_bytes there is no padding byte', async () => {
    const head = wrapper(2, { align: null }).bytes()
    const tail = new PB().callGlobal('os', 'system', 'id').op('TUPLE2', 'STOP').bytes()
    const o = await scanBytes(Buffer.concat([head, Buffer.alloc(16, 0x2e), tail]), 'model.joblib')
    expect(rules(o.findings)).toEqual(['JBL-001:info', 'PKL-001:critical', 'PKL-010:critical'])
  })

  test('JBL-003: a dtype that is not literal stops the analysis (fail closed)', async () => {
    const head = wrapper(4, { dtypeCode: null }).bytes()
    const tail = new PB().callGlobal('os', 'system', 'id').op('TUPLE2', 'STOP').bytes()
    const o = await scanBytes(Buffer.concat([head, Buffer.alloc(33), tail]), 'model.joblib')
    // the payload behind the array is still named, by pattern search (the loader would run it)
    expect(rules(o.findings)).toEqual(['JBL-003:high', 'PKL-001:critical'])
    expect(find(o.findings, 'PKL-001')[0]).toMatchObject({ offset: head.length + 33, evidence: 'os.system' })
    expect(o.imports).toEqual(['joblib.numpy_pickle.NumpyArrayWrapper', 'numpy.ndarray', 'numpy.dtype', 'builtins.str'])
  })

  test('array bytes running past the end of the file are malformed', async () => {
    const o = await runPickle(Buffer.concat([wrapper(1000).bytes(), Buffer.from([0])]), { profile: 'joblib' })
    expect(rules(o.findings)).toEqual(['PKL-050:medium'])
    expect(o.result.complete).toBe(false)
  })

  test('JBL-005: legacy NDArrayWrapper side files (escaping paths are high)', async () => {
    const legacy = (file: string) =>
      new PB()
        .proto(2)
        .global('joblib.numpy_pickle', 'NDArrayWrapper')
        .op('EMPTY_TUPLE', 'NEWOBJ', 'EMPTY_DICT')
        .bu('filename')
        .bu(file)
        .op('SETITEM', 'BUILD', 'STOP')
        .bytes()
    const out = await runPickle(legacy('../../home/user/.cache/evil.npy'))
    expect(rules(out.findings)).toEqual(['JBL-005:high'])
    expect(find(out.findings, 'JBL-005')[0]!.evidence).toBe('../../home/user/.cache/evil.npy')
    const side = await runPickle(legacy('model.pkl_01.npy'))
    expect(rules(side.findings)).toEqual(['JBL-005:medium'])
  })
})
