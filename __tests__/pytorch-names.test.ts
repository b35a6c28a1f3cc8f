// PyTorch tensors named by the key paths of data.pkl (pickle/tensor-names.ts, pytorch/views.ts) on crafted
// checkpoints: nested lists, keys that are no literal, hostile keys (control characters, very long), bogus views
// (offsets past the storage, huge shapes, too many dimensions). Names must stay printable and bounded, and a view
// that cannot be trusted leaves the storage examined whole under its storage name, never a crash.
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { PB } from './helpers/pickle.js'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'
import { BufferSource } from '../src/engine/source.js'
import { DEFAULT_LIMITS } from '../src/engine/limits.js'
import { analyzeSource } from '../src/engine/scan.js'
import { removeTempDirs, tempDir } from './helpers/containers.js'
import { MAX_EDGES, TensorNames } from '../src/analyzers/pickle/tensor-names.js'
import { CallVal, ContainerVal, GlobalVal, K_DICT, PersVal, TupleVal } from '../src/analyzers/pickle/values.js'

afterAll(removeTempDirs)

const N = 4096 // elements per storage: the weights stage examines float tensors from 4096 elements

/** Float32 values with full mantissas (not a payload): sin(i + seed). */
function floats(n: number, seed: number): Uint8Array {
  const a = new Float32Array(n)
  for (let i = 0; i < n; i++) a[i] = Math.sin(i * 1.7 + seed) * 0.05
  return new Uint8Array(a.buffer)
}

type Dims = (number | bigint)[]

function int(p: PB, n: number | bigint): PB {
  if (typeof n === 'bigint' || n > 0x7fffffff) {
    const b = Buffer.alloc(8)
    b.writeBigInt64LE(BigInt(n))
    return p.raw(0x8a, 8, b) // LONG1
  }
  return p.int4(n)
}

/** `_rebuild_tensor_v2(persistent_load(('storage', FloatStorage, key, 'cpu', numel)), offset, size, stride, False, OrderedDict())` */
function tensor(p: PB, key: string, numel: number, offset: number | bigint, size: Dims, stride: Dims): PB {
  p.global('torch._utils', '_rebuild_tensor_v2').op('MARK')
  p.op('MARK').sbu('storage').global('torch', 'FloatStorage').sbu(key).sbu('cpu')
  int(p, numel).op('TUPLE', 'BINPERSID')
  int(p, offset).op('MARK')
  for (const s of size) int(p, s)
  p.op('TUPLE', 'MARK')
  for (const s of stride) int(p, s)
  p.op('TUPLE', 'NEWFALSE').global('collections', 'OrderedDict').op('EMPTY_TUPLE', 'REDUCE', 'TUPLE', 'REDUCE')
  return p
}

/** A state dict (OrderedDict) of `entries`, each written by `value`. */
function stateDict(p: PB, entries: [string, (p: PB) => PB][]): PB {
  p.global('collections', 'OrderedDict').op('EMPTY_TUPLE', 'REDUCE', 'MARK')
  for (const [k, value] of entries) value(p.bu(k))
  return p.op('SETITEMS')
}

/** A stored torch zip (archive/data.pkl + archive/data/<key>) written to a temp file. */
function checkpoint(name: string, pkl: PB, storages: Record<string, Uint8Array>): string {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {
    'archive/data.pkl': [new Uint8Array(pkl.stop().bytes()), { level: 0 }]
  }
  for (const [k, b] of Object.entries(storages)) files[`archive/data/${k}`] = [b, { level: 0 }]
  files['archive/version'] = [new Uint8Array(Buffer.from('3\n')), { level: 0 }]
  const path = join(tempDir(), name)
  writeFileSync(path, zipSync(files))
  return path
}

function scan(path: string): any {
  return fileOf(scanJson([path]).report, path.split('/').pop()!)
}

const names = (f: any) => (f.tensors ?? []).map((t: any) => t.name)

describe('key paths', () => {
  test('a checkpoint dict holding a list of state dicts: segments joined with dots, list items by index', () => {
    const p = new PB().proto(2).op('EMPTY_DICT').op('MARK').sbu('epoch').int4(3).sbu('stages').op('EMPTY_LIST', 'MARK')
    stateDict(p, [['w', (q) => tensor(q, '0', N, 0, [64, 64], [64, 1])]])
    stateDict(p, [['w', (q) => tensor(q, '1', N, 0, [N], [1])]])
    p.op('APPENDS', 'SETITEMS')
    const f = scan(checkpoint('list.pt', p, { '0': floats(N, 1), '1': floats(N, 2) }))
    expect(f.tensors.map((t: any) => [t.name, t.storage, t.shape])).toEqual([
      ['stages.0.w', 'archive/data/0', [64, 64]],
      ['stages.1.w', 'archive/data/1', [N]]
    ])
  })

  test('keys with control characters are escaped; long keys and names are cut', () => {
    const evil = 'evil\u001b[31m\nname\u202e'
    const long = 'k'.repeat(300)
    const p = new PB().proto(2)
    stateDict(p, [
      [evil, (q) => tensor(q, '0', N, 0, [N], [1])],
      [long, (q) => stateDict(q, [[long, (r) => tensor(r, '1', N, 0, [N], [1])]])]
    ])
    const f = scan(checkpoint('evil.pt', p, { '0': floats(N, 1), '1': floats(N, 2) }))
    expect(names(f)[0]).toBe('evil\\x1b[31m\\x0aname\\u202e')
    const cut = names(f)[1] as string
    expect(cut.startsWith(`${'k'.repeat(120)}….${'k'.repeat(100)}`)).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(241)
    for (const n of names(f)) expect(n).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/)
  })

  test('a key that is no literal (a tuple) ends the path: the tensor keeps its storage name', () => {
    const p = new PB().proto(2).op('EMPTY_DICT').sbu('a').sbu('b').op('TUPLE2')
    tensor(p, '0', N, 0, [N], [1]).op('SETITEM')
    const f = scan(checkpoint('tuplekey.pt', p, { '0': floats(N, 1) }))
    // named or not, the tensor is still examined
    expect(f.tensors.map((t: any) => [t.storage, t.examinedElements])).toEqual([['archive/data/0', N]])
  })
})

describe('hostile views', () => {
  test('an offset past the storage and an overflowing shape: the storage is examined whole, by storage name', () => {
    const p = new PB().proto(2)
    stateDict(p, [
      ['far', (q) => tensor(q, '0', N, 2n ** 62n, [N], [1])],
      ['huge', (q) => tensor(q, '1', N, 0, [2n ** 40n, 2n ** 40n, 2n ** 40n], [1, 1, 1])]
    ])
    const f = scan(checkpoint('bogus.pt', p, { '0': floats(N, 1), '1': floats(N, 2) }))
    expect(f.tensors.map((t: any) => [t.name, t.shape])).toEqual([
      ['archive/data/0', [N]],
      ['archive/data/1', [N]]
    ])
    expect(f.findings.filter((x: any) => x.ruleId === 'PT-013')).toHaveLength(2)
  })

  test('more dimensions than any tensor has: storage name', () => {
    const p = new PB().proto(2)
    const dims = Array.from({ length: 70 }, () => 1)
    stateDict(p, [['deep', (q) => tensor(q, '0', N, 0, dims, dims)]])
    const f = scan(checkpoint('ndim.pt', p, { '0': floats(N, 1) }))
    expect(names(f)).toEqual(['archive/data/0'])
  })

  test('two views of one storage that leave a gap: each view by name, the gap by storage range', () => {
    const p = new PB().proto(2)
    stateDict(p, [
      ['a', (q) => tensor(q, '0', 3 * N, 0, [N], [1])],
      ['b', (q) => tensor(q, '0', 3 * N, 2 * N, [64, 64], [64, 1])]
    ])
    const both = new Uint8Array(3 * N * 4)
    both.set(floats(3 * N, 5))
    const f = scan(checkpoint('gap.pt', p, { '0': both }))
    expect(f.tensors.map((t: any) => [t.name, t.elements])).toEqual([
      ['a', N],
      ['b', N],
      [`archive/data/0[${N}:${2 * N}]`, N]
    ])
  })
})

describe('bounded bookkeeping', () => {
  test(`a checkpoint with more than ${MAX_EDGES} container writes: PT-051 (info), the tensor is still examined`, () => {
    // {'aux': {k0: [], k1: [], …}, 'w': tensor}: the aux entries use up the records before the tensor is written
    const p = new PB().proto(2).op('EMPTY_DICT').sbu('aux').op('EMPTY_DICT')
    for (let i = 0; i <= MAX_EDGES; i++) p.sbu(`k${i}`).op('EMPTY_LIST', 'SETITEM')
    p.op('SETITEM').sbu('w')
    tensor(p, '0', N, 0, [N], [1]).op('SETITEM')
    const f = scan(checkpoint('many-writes.pt', p, { '0': floats(N, 3) }))
    // (the crafted stream's short strings also draw PKL-032/PT-002, as in the other crafted checkpoints here)
    expect(f.findings.filter((x: any) => x.ruleId === 'PT-051').map((x: any) => x.severity)).toEqual(['info'])
    // named or not, the tensor is still examined
    expect(f.tensors.map((t: any) => [t.storage, t.examinedElements])).toEqual([['archive/data/0', N]])
  })

  test(`past ${MAX_EDGES} container writes, further tensors are not named (the caller keeps storage names)`, () => {
    const names = new TensorNames()
    const root = new ContainerVal(K_DICT)
    for (let i = 0; i < MAX_EDGES; i++) names.add(root, `x${i}`, new ContainerVal(K_DICT))
    const storage = new PersVal(
      new TupleVal(
        [
          'storage',
          new GlobalVal('torch.FloatStorage', 'torch', { kind: 'allowed', reason: 'x' } as any, 0),
          '0',
          'cpu',
          4
        ],
        5
      ),
      0
    )
    const t = new CallVal(
      'REDUCE',
      new GlobalVal('torch._utils._rebuild_tensor_v2', 'torch._utils', { kind: 'allowed' } as any, 0),
      new TupleVal([storage, 0, new TupleVal([4], 1), new TupleVal([1], 1)], 4),
      0
    )
    names.add(root, 'late', t)
    expect(names.overflow).toBe(true)
    expect(names.resolve(root)).toEqual([])
  })
})

describe('fixtures/pytorch (tensors too small for report.tensors): what the weights stage is handed', () => {
  async function declared(file: string): Promise<string[]> {
    const path = join(FIXTURES, 'pytorch', file)
    const { run } = await analyzeSource(new BufferSource(readFileSync(path)), path, file, DEFAULT_LIMITS)
    return run.tensors.map((t) => `${t.name} ${t.storage} ${t.shape.join('x')}`)
  }

  test.each([
    ['state_dict.pt', ['weight archive/data/0 3x4', 'bias archive/data/1 3']],
    ['state_dict_legacy.pt', ['weight storage 0 3x4', 'bias storage 1 3']],
    [
      'checkpoint_with_optimizer.pt',
      [
        'model.weight archive/data/0 2x2',
        'model.bias archive/data/1 2',
        'optimizer.state.0.momentum_buffer archive/data/2 2x2',
        'optimizer.state.1.momentum_buffer archive/data/3 2'
      ]
    ],
    // whole modules: _modules / _parameters left out, as in state_dict()
    [
      'full_module_sequential.pt',
      [
        '0.weight archive/data/0 3x4',
        '0.bias archive/data/1 3',
        '2.weight archive/data/2 1x3',
        '2.bias archive/data/3 1'
      ]
    ],
    ['full_module_main_class.pt', ['fc.weight archive/data/0 1x2', 'fc.bias archive/data/1 1']],
    ['full_module_legacy.pt', ['0.weight storage 0 1x2', '0.bias storage 1 1']]
  ])('%s', async (file, want) => {
    expect(await declared(file)).toEqual(want)
  })
})
