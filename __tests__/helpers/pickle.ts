// Building pickles byte by byte, and running them through the engine (dispatch) or the pickle machine directly.
import { BufferSource } from '../../src/engine/source.js'
import { DEFAULT_LIMITS, type Limits } from '../../src/engine/limits.js'
import { AnalysisContext, FileRun } from '../../src/engine/context.js'
import { dispatch } from '../../src/engine/dispatch.js'
import { analyzeSource } from '../../src/engine/scan.js'
import type { Finding } from '../../src/engine/types.js'
import { analyzePickle } from '../../src/analyzers/pickle/index.js'
import type { PickleOptions, PickleResult } from '../../src/analyzers/pickle/types.js'
import { OPS } from '../../src/analyzers/pickle/opcodes.js'

const CODES = new Map<string, number>()
for (const o of OPS) if (o) CODES.set(o.name, o.code)

function u32(n: number): number[] {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n >>> 0)
  return [...b]
}
function i32(n: number): number[] {
  const b = Buffer.alloc(4)
  b.writeInt32LE(n)
  return [...b]
}
function u64(n: number | bigint): number[] {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return [...b]
}

/** A pickle assembled opcode by opcode. */
export class PB {
  private out: number[] = []

  raw(...parts: (number | number[] | Buffer | string)[]): this {
    for (const p of parts) {
      if (typeof p === 'number') this.out.push(p)
      else if (typeof p === 'string') this.out.push(...Buffer.from(p, 'latin1'))
      else this.out.push(...p)
    }
    return this
  }
  /** Any opcode without argument, by name (`REDUCE`, `STOP`, `TUPLE2`…). */
  op(...names: string[]): this {
    for (const n of names) {
      const c = CODES.get(n)
      if (c === undefined) throw new Error(`no opcode ${n}`)
      this.out.push(c)
    }
    return this
  }
  get length(): number {
    return this.out.length
  }
  proto(n: number): this {
    return this.raw(0x80, n)
  }
  frame(n: number | bigint): this {
    return this.raw(0x95, u64(n))
  }
  /** SHORT_BINUNICODE */
  sbu(s: string): this {
    const b = Buffer.from(s, 'utf8')
    return this.raw(0x8c, b.length, b)
  }
  /** BINUNICODE */
  bu(s: string): this {
    const b = Buffer.from(s, 'utf8')
    return this.raw(0x58, u32(b.length), b)
  }
  /** SHORT_BINSTRING */
  ss(s: string): this {
    return this.raw(0x55, s.length, s)
  }
  /** BINSTRING */
  bs(s: string): this {
    return this.raw(0x54, i32(s.length), s)
  }
  /** STRING (protocol 0, repr-quoted) */
  string(repr: string): this {
    return this.raw('S', repr, '\n')
  }
  /** UNICODE (raw-unicode-escape) */
  unicode(s: string): this {
    return this.raw('V', s, '\n')
  }
  sbb(b: Buffer | string): this {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b
    return this.raw(0x43, buf.length, buf)
  }
  bb(b: Buffer | string): this {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b
    return this.raw(0x42, u32(buf.length), buf)
  }
  bb8(b: Buffer): this {
    return this.raw(0x8e, u64(b.length), b)
  }
  int1(n: number): this {
    return this.raw(0x4b, n)
  }
  int4(n: number): this {
    return this.raw(0x4a, i32(n))
  }
  global(module: string, name: string): this {
    return this.raw('c', module, '\n', name, '\n')
  }
  inst(module: string, name: string): this {
    return this.raw('i', module, '\n', name, '\n')
  }
  stackGlobal(module: string, name: string): this {
    return this.sbu(module).sbu(name).op('STACK_GLOBAL')
  }
  binput(n: number): this {
    return this.raw(0x71, n)
  }
  binget(n: number): this {
    return this.raw(0x68, n)
  }
  longBinput(n: number): this {
    return this.raw(0x72, u32(n))
  }
  longBinget(n: number): this {
    return this.raw(0x6a, u32(n))
  }
  ext1(n: number): this {
    return this.raw(0x82, n)
  }
  /** `module.name(arg)` with one str argument, via GLOBAL + REDUCE. */
  callGlobal(module: string, name: string, arg: string): this {
    return this.global(module, name).bu(arg).op('TUPLE1', 'REDUCE')
  }
  stop(): this {
    return this.op('STOP')
  }
  bytes(): Buffer {
    return Buffer.from(this.out)
  }
}

export const u64le = u64

export interface Outcome {
  findings: Finding[]
  imports: string[]
  format: string | undefined
  formats: string[]
}

/** Runs bytes through the engine exactly like a top-level file named `name`. */
export async function scanBytes(buf: Buffer, name = 'model.pkl', limits: Partial<Limits> = {}): Promise<Outcome> {
  const { run, formats } = await analyzeSource(new BufferSource(buf), name, name, { ...DEFAULT_LIMITS, ...limits })
  return { findings: run.findings, imports: [...run.imports], format: run.format, formats }
}

/** Runs the pickle machine directly (as a container would), at the top level of a fresh file run. */
export async function runPickle(
  buf: Buffer,
  opts: PickleOptions = {},
  limits: Partial<Limits> = {},
  member?: string
): Promise<Outcome & { result: PickleResult }> {
  const run = new FileRun('test', { ...DEFAULT_LIMITS, ...limits }, dispatch)
  const ctx = new AnalysisContext(run, member, member ? 1 : 0, member ?? 'test.pkl')
  const result = await analyzePickle(new BufferSource(buf), ctx, opts)
  return { result, findings: run.findings, imports: [...run.imports], format: run.format, formats: ['pickle'] }
}

/** `RULE:severity` pairs, sorted and unique, for exact assertions. */
export function rules(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.ruleId}:${f.severity}`))].sort()
}

export function find(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId)
}
