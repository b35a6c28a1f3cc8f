// Loader profiles: torch.load(weights_only=True) for data.pkl (PT-001/002/013/014), TorchScript's unpickler
// (TS-008), and what containers get back (persistent ids, rebuild calls).
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES } from './helpers/cli.js'
import { PB, find, rules, runPickle } from './helpers/pickle.js'

const crafted = (name: string) => readFileSync(join(FIXTURES, 'pickle-crafted', name))

/** The one-tensor data.pkl of format-rules §2.5b, byte by byte; `mutate` changes the tensor view. */
function tensorPickle(opts: { numel?: number; offset?: number; size?: number[]; stride?: number[] } = {}): PB {
  const { numel = 10, offset = 0, size = [10], stride = [1] } = opts
  const p = new PB().proto(2).global('torch._utils', '_rebuild_tensor_v2').binput(0).op('MARK', 'MARK')
  p.bu('storage').binput(1).global('torch', 'LongStorage').binput(2).bu('0').binput(3).bu('cpu').binput(4).int1(numel)
  p.op('TUPLE').binput(5).op('BINPERSID').int1(offset)
  p.op('MARK')
  for (const s of size) p.int1(s)
  p.op('TUPLE').binput(6).op('MARK')
  for (const s of stride) p.int1(s)
  p.op('TUPLE')
    .binput(7)
    .op('NEWFALSE')
    .global('collections', 'OrderedDict')
    .binput(8)
    .op('EMPTY_TUPLE', 'REDUCE')
    .binput(9)
  p.op('TUPLE').binput(10).op('REDUCE').binput(11)
  return p
}

describe('torch-weights profile (data.pkl)', () => {
  test('the §2.5b one-tensor data.pkl passes with no medium+ finding', async () => {
    const o = await runPickle(tensorPickle().stop().bytes(), { profile: 'torch-weights' })
    expect(o.findings).toEqual([])
    expect(o.imports).toEqual(['torch._utils._rebuild_tensor_v2', 'torch.LongStorage', 'collections.OrderedDict'])
    expect(o.result.persistentIds).toEqual([
      { offset: 97, pid: ['storage', { global: 'torch.LongStorage' }, '0', 'cpu', 10] }
    ])
    expect(o.result).toMatchObject({ pickles: 1, complete: true, proto: 2 })
  })

  test('a real torch.save state dict passes (fixture generated with torch)', async () => {
    const o = await runPickle(crafted('torch-state-dict-data.pkl'), { profile: 'torch-weights' })
    expect(o.findings).toEqual([])
    expect(o.imports).toEqual([
      'collections.OrderedDict',
      'torch._utils._rebuild_tensor_v2',
      'torch.FloatStorage',
      'torch.LongStorage',
      'torch.HalfStorage'
    ])
    expect(o.result.persistentIds.map((p) => (p.pid as unknown[])[4])).toEqual([6, 3, 2, 10])
  })

  test('a whole-module torch.save needs weights_only=False (PT-001)', async () => {
    const o = await runPickle(crafted('torch-module-data.pkl'), { profile: 'torch-weights' })
    expect(rules(o.findings)).toEqual(['PKL-002:high', 'PT-001:high'])
    expect(find(o.findings, 'PT-001').map((f) => f.evidence)).toEqual(['torch.nn.modules.linear.Linear'])
  })

  test('imports outside the weights-only list: PT-001 at least medium, PKL severity otherwise', async () => {
    const p = new PB()
      .proto(2)
      .global('numpy.core.multiarray', '_reconstruct')
      .op('POP')
      .global('argparse', 'Namespace')
      .op('POP')
      .callGlobal('os', 'system', 'id')
      .stop()
    const o = await runPickle(p.bytes(), { profile: 'torch-weights' })
    expect(rules(o.findings)).toEqual([
      'PKL-001:critical',
      'PKL-010:critical',
      'PT-001:critical',
      'PT-001:medium',
      'PT-002:medium'
    ])
    expect(find(o.findings, 'PT-002').map((f) => f.evidence)).toEqual(['POP'])
    expect(find(o.findings, 'PT-001').map((f) => `${f.evidence}:${f.severity}`)).toEqual([
      'numpy.core.multiarray._reconstruct:medium',
      'argparse.Namespace:medium',
      'os.system:critical'
    ])
  })

  test('opcodes outside the 34 weights-only opcodes (PT-002) and PROTO other than 2 (low)', async () => {
    const p = new PB().proto(4).frame(3).sbu('a').op('MEMOIZE', 'STOP')
    const o = await runPickle(p.bytes(), { profile: 'torch-weights' })
    expect(find(o.findings, 'PT-002').map((f) => `${f.evidence}:${f.severity}`)).toEqual([
      'PROTO 4:low',
      'FRAME:medium',
      'SHORT_BINUNICODE:medium',
      'MEMOIZE:medium'
    ])
  })

  test('PT-013: tensor views outside their storage', async () => {
    const oob = await runPickle(
      tensorPickle({ numel: 6, size: [3, 3], stride: [3, 1] })
        .stop()
        .bytes(),
      {
        profile: 'torch-weights'
      }
    )
    expect(rules(oob.findings)).toEqual(['PT-013:high'])
    expect(find(oob.findings, 'PT-013')[0]!.message).toMatch(/reaches element 8 .* of a 6-element storage/)
    const rank = await runPickle(
      tensorPickle({ size: [2, 2], stride: [1] })
        .stop()
        .bytes(),
      { profile: 'torch-weights' }
    )
    expect(rules(rank.findings)).toEqual(['PT-013:high'])
    const inside = await runPickle(
      tensorPickle({ numel: 10, offset: 2, size: [3], stride: [2] })
        .stop()
        .bytes(),
      {
        profile: 'torch-weights'
      }
    )
    expect(inside.findings).toEqual([])
    const empty = await runPickle(
      tensorPickle({ numel: 0, size: [0, 5], stride: [5, 1] })
        .stop()
        .bytes(),
      {
        profile: 'torch-weights'
      }
    )
    expect(empty.findings).toEqual([])
  })

  test('PT-014: SETITEMS/APPEND on a rebuilt tensor (CVE-2026-24747)', async () => {
    const p = tensorPickle().op('MARK').int1(0).int1(99).op('SETITEMS').stop()
    const o = await runPickle(p.bytes(), { profile: 'torch-weights' })
    expect(rules(o.findings)).toEqual(['PKL-013:high', 'PT-014:high'])
    const generic = await runPickle(p.bytes())
    expect(rules(generic.findings)).toEqual(['PKL-013:medium'])
  })

  test('SETITEMS on OrderedDict (a state dict) is normal', async () => {
    const p = new PB().proto(2).global('collections', 'OrderedDict').op('EMPTY_TUPLE', 'REDUCE', 'MARK')
    p.bu('w').int1(1).op('SETITEMS', 'STOP')
    const o = await runPickle(p.bytes(), { profile: 'torch-weights' })
    expect(o.findings).toEqual([])
  })
})

describe('torchscript profile', () => {
  test('__torch__ classes and the TorchScript globals are accepted', async () => {
    const p = new PB().proto(2).global('__torch__', 'Model').op('EMPTY_TUPLE', 'NEWOBJ', 'EMPTY_DICT')
    p.bu('training').op('NEWTRUE', 'SETITEM', 'BUILD').global('torch.jit._pickle', 'build_intlist').op('POP', 'STOP')
    const o = await runPickle(p.bytes(), { profile: 'torchscript' })
    expect(o.findings).toEqual([])
    expect(o.imports).toEqual(['__torch__.Model', 'torch.jit._pickle.build_intlist'])
  })

  test('other imports are TS-008 (plus the generic rules)', async () => {
    const p = new PB().proto(2).global('builtins', 'set').op('POP').global('os', 'system').stop()
    const o = await runPickle(p.bytes(), { profile: 'torchscript' })
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'TS-008:medium'])
    expect(find(o.findings, 'TS-008').map((f) => f.evidence)).toEqual(['builtins.set', 'os.system'])
    const generic = await runPickle(new PB().proto(2).global('__torch__', 'Model').stop().bytes())
    expect(rules(generic.findings)).toEqual(['PKL-002:medium'])
  })
})

describe('container contract', () => {
  test('single: stops after the first STOP and reports where', async () => {
    const a = new PB().proto(2).int1(7).stop().bytes()
    const b = new PB().proto(2).global('os', 'system').stop().bytes()
    const o = await runPickle(Buffer.concat([a, b]), { single: true })
    expect(o.findings).toEqual([])
    expect(o.result).toMatchObject({ end: a.length, pickles: 1, complete: true, firstValue: 7 })
    const second = await runPickle(Buffer.concat([a, b]), { single: true, start: a.length })
    expect(second.imports).toEqual(['os.system'])
    expect(second.result).toMatchObject({ end: a.length + b.length, pickles: 1 })
  })

  test('firstValue carries big integers exactly (legacy torch magic number)', async () => {
    const magic = Buffer.from([
      0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e
    ])
    const o = await runPickle(magic, { single: true })
    expect(o.result.firstValue).toBe(0x1950a86a20f9469cfc6cn)
  })

  test('findings inside a member carry the member path', async () => {
    const o = await runPickle(new PB().proto(2).global('os', 'system').stop().bytes(), {}, {}, 'archive/data.pkl')
    expect(o.findings[0]).toMatchObject({ ruleId: 'PKL-001', member: 'archive/data.pkl', offset: 2 })
  })
})
