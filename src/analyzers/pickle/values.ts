// Abstract values of the symbolic pickle machine. Scalars are plain JS values (number/bigint/boolean/null/string)
// so the hot loop allocates nothing for them; everything else is a small object tagged with `k`. Containers keep
// only their first KEEP_ITEMS items (what analysis can use) and their true size, so big data stays cheap.
import type { Literal } from './types.js'
import type { ImportVerdict } from '../../policy/imports.js'

export const K_FLOAT = 1
export const K_BYTES = 2
export const K_STRREF = 3
export const K_TUPLE = 4
export const K_LIST = 5
export const K_DICT = 6
export const K_SET = 7
export const K_FROZENSET = 8
export const K_GLOBAL = 9
export const K_CALL = 10
export const K_PERSID = 11
export const K_OPAQUE = 12

/** Items a container or tuple keeps for analysis (dicts keep this many key/value pairs). */
export const KEEP_ITEMS = 64

export interface Obj {
  readonly k: number
}

export type Value = number | bigint | boolean | null | string | Obj

export class FloatVal implements Obj {
  readonly k = K_FLOAT
}
/** Floats carry no security meaning; one shared value stands for all of them. */
export const FLOAT: Obj = new FloatVal()

/** A bytes/bytearray literal: where it lies in the source, never a copy. */
export class BytesVal implements Obj {
  readonly k = K_BYTES
  /** Already handed to the nested-content analysis. */
  analysed = false
  constructor(
    readonly offset: number,
    readonly length: number,
    readonly mutable: boolean
  ) {}
}

export type StrEncoding = 'utf8' | 'latin1' | 'raw-unicode-escape' | 'escape'

/** A Python str too long to decode eagerly; read from the source when something needs its text. */
export class StrRef implements Obj {
  readonly k = K_STRREF
  constructor(
    readonly offset: number,
    readonly length: number,
    readonly encoding: StrEncoding
  ) {}
}

export class TupleVal implements Obj {
  readonly k = K_TUPLE
  /** `n` is the true length; items holds the first KEEP_ITEMS (n = -1: length unknown, items dropped). */
  constructor(
    readonly items: Value[],
    readonly n: number
  ) {}
}
export const OPAQUE_TUPLE = new TupleVal([], -1)
export const EMPTY_TUPLE = new TupleVal([], 0)

/** list, dict, set, frozenset. Dict items are flat [key, value, key, value…]. */
export class ContainerVal implements Obj {
  n = 0
  items: Value[] = []
  constructor(readonly k: number) {}
  add(v: Value): void {
    if (this.items.length < KEEP_ITEMS) this.items.push(v)
    this.n++
  }
  addAll(vs: Value[]): void {
    for (let i = 0; i < vs.length && this.items.length < KEEP_ITEMS; i++) this.items.push(vs[i]!)
    this.n += vs.length
  }
  addPair(key: Value, v: Value): void {
    if (this.items.length < KEEP_ITEMS * 2) this.items.push(key, v)
    this.n++
  }
  /** Literal-keyed lookup in a dict's kept items. */
  get(key: string): Value | undefined {
    for (let i = this.items.length - 2; i >= 0; i -= 2) if (this.items[i] === key) return this.items[i + 1]
    return undefined
  }
}

/** A callable or class obtained by GLOBAL / STACK_GLOBAL / INST / EXT (or attribute access on one). */
export class GlobalVal implements Obj {
  readonly k = K_GLOBAL
  constructor(
    /** Normalised `module.qualname`. */
    readonly name: string,
    readonly module: string,
    readonly verdict: ImportVerdict,
    readonly offset: number
  ) {}
}

export const F_DUP = 1
export const F_MEMO = 2
export const F_USED = 4

/** The result of a call: REDUCE, INST, OBJ, NEWOBJ, NEWOBJ_EX, BINPERSID. */
export class CallVal implements Obj {
  readonly k = K_CALL
  flags = 0
  /** Items added by SETITEM(S)/APPEND(S) (dict-like objects such as OrderedDict). */
  items: ContainerVal | undefined
  /** What BUILD gave it. */
  state: Value | undefined
  constructor(
    readonly op: string,
    readonly callee: Value,
    readonly args: Value,
    readonly offset: number,
    readonly kwargs?: Value
  ) {}
}

export class PersVal implements Obj {
  readonly k = K_PERSID
  constructor(
    readonly pid: Value,
    readonly offset: number
  ) {}
}

export class OpaqueVal implements Obj {
  readonly k = K_OPAQUE
  constructor(readonly what: string) {}
}
export const UNKNOWN = new OpaqueVal('unknown')
export const BIG_INT = new OpaqueVal('int')
export const BUFFER = new OpaqueVal('out-of-band buffer')

export function isObj(v: Value): v is Obj {
  return typeof v === 'object' && v !== null
}
export function kindOf(v: Value): number {
  return typeof v === 'object' && v !== null ? v.k : 0
}

/** The class an instance was made from: NEWOBJ/OBJ/INST callee, `copyreg._reconstructor(cls, …)`, or `cls(…)`. */
export function classOf(v: Value): GlobalVal | undefined {
  if (kindOf(v) !== K_CALL) return undefined
  const c = v as CallVal
  if (kindOf(c.callee) !== K_GLOBAL) return undefined
  const g = c.callee as GlobalVal
  if (g.name === 'copyreg._reconstructor' && kindOf(c.args) === K_TUPLE) {
    const first = (c.args as TupleVal).items[0]
    return first !== undefined && kindOf(first) === K_GLOBAL ? (first as GlobalVal) : undefined
  }
  return g
}

/** Name of the callable a call used, when it is a known global. */
export function calleeName(c: CallVal): string | undefined {
  return kindOf(c.callee) === K_GLOBAL ? (c.callee as GlobalVal).name : undefined
}

/** The items of a tuple or list (kept part), or undefined for anything else. */
export function seqItems(v: Value): Value[] | undefined {
  const k = kindOf(v)
  if (k === K_TUPLE) return (v as TupleVal).n >= 0 ? (v as TupleVal).items : undefined
  if (k === K_LIST) return (v as ContainerVal).items
  return undefined
}

/** A literal integer; with `bools`, True and False count as 1 and 0 too (Python's bool is an int). */
export function literalInt(v: Value | undefined, bools = false): bigint | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v)
  if (typeof v === 'bigint') return v
  if (bools && typeof v === 'boolean') return v ? 1n : 0n
  return undefined
}

/** A tuple or list of literal integers, every item known (a tuple with items not kept is not literal). */
export function literalInts(v: Value | undefined, bools = false): bigint[] | undefined {
  if (v === undefined) return undefined
  const items = seqItems(v)
  if (!items || (kindOf(v) === K_TUPLE && (v as TupleVal).n !== items.length)) return undefined
  const out: bigint[] = []
  for (const x of items) {
    const i = literalInt(x, bools)
    if (i === undefined) return undefined
    out.push(i)
  }
  return out
}

/** A static view of a value for containers and results (depth- and size-bounded). */
export function toLiteral(v: Value, depth = 0): Literal {
  if (v === null || typeof v !== 'object') return v as Literal
  if (depth > 6) return { unknown: 'nested too deep' }
  switch (v.k) {
    case K_FLOAT:
      return { unknown: 'float' }
    case K_BYTES:
      return { bytes: (v as BytesVal).length, offset: (v as BytesVal).offset }
    case K_STRREF:
      return { unknown: `str of ${(v as StrRef).length} bytes` }
    case K_TUPLE: {
      const t = v as TupleVal
      return t.n < 0 ? { unknown: 'tuple' } : t.items.map((x) => toLiteral(x, depth + 1))
    }
    case K_LIST:
    case K_SET:
    case K_FROZENSET:
      return (v as ContainerVal).items.map((x) => toLiteral(x, depth + 1))
    case K_DICT: {
      const it = (v as ContainerVal).items
      const pairs: [Literal, Literal][] = []
      for (let i = 0; i + 1 < it.length; i += 2)
        pairs.push([toLiteral(it[i]!, depth + 1), toLiteral(it[i + 1]!, depth + 1)])
      return { dict: pairs }
    }
    case K_GLOBAL:
      return { global: (v as GlobalVal).name }
    case K_CALL: {
      const c = v as CallVal
      return { call: calleeName(c) ?? '<computed>', args: toLiteral(c.args, depth + 1) }
    }
    case K_PERSID:
      return { persid: toLiteral((v as PersVal).pid, depth + 1) }
    default:
      return { unknown: (v as OpaqueVal).what ?? 'value' }
  }
}

function reprStr(s: string, max: number): string {
  const body = s.length > max ? `${s.slice(0, max)}…` : s
  return `'${body.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`
}

/** Python-like rendering for evidence, e.g. `('echo hi',)`. Bounded in depth and length. */
export function render(v: Value, budget = 200, depth = 0): string {
  let s: string
  if (v === null) s = 'None'
  else if (typeof v === 'boolean') s = v ? 'True' : 'False'
  else if (typeof v === 'number' || typeof v === 'bigint') s = String(v)
  else if (typeof v === 'string') s = reprStr(v, 160)
  else if (depth > 4) s = '…'
  else
    switch (v.k) {
      case K_FLOAT:
        s = '<float>'
        break
      case K_BYTES:
        s = `<${(v as BytesVal).length} bytes>`
        break
      case K_STRREF:
        s = `<str of ${(v as StrRef).length} bytes>`
        break
      case K_TUPLE: {
        const t = v as TupleVal
        if (t.n < 0) s = '(…)'
        else {
          const inner = t.items.map((x) => render(x, budget, depth + 1))
          s = `(${inner.join(', ')}${t.n === 1 ? ',' : ''}${t.n > t.items.length ? ', …' : ''})`
        }
        break
      }
      case K_LIST:
      case K_SET:
      case K_FROZENSET: {
        const c = v as ContainerVal
        const inner = c.items.map((x) => render(x, budget, depth + 1)).join(', ')
        const more = c.n > c.items.length ? ', …' : ''
        s = v.k === K_LIST ? `[${inner}${more}]` : `{${inner}${more}}`
        break
      }
      case K_DICT: {
        const it = (v as ContainerVal).items
        const parts: string[] = []
        for (let i = 0; i + 1 < it.length; i += 2)
          parts.push(`${render(it[i]!, budget, depth + 1)}: ${render(it[i + 1]!, budget, depth + 1)}`)
        s = `{${parts.join(', ')}}`
        break
      }
      case K_GLOBAL:
        s = (v as GlobalVal).name
        break
      case K_CALL: {
        const c = v as CallVal
        s = `${render(c.callee, budget, depth + 1)}${renderArgs(c.args, budget, depth + 1)}`
        break
      }
      case K_PERSID:
        s = `persistent_load(${render((v as PersVal).pid, budget, depth + 1)})`
        break
      default:
        s = `<${(v as OpaqueVal).what ?? 'value'}>`
    }
  return s.length > budget ? `${s.slice(0, budget)}…` : s
}

/** Renders call arguments as `(a, b)` (a tuple argument list), or `(*<x>)` when they are not a literal tuple. */
export function renderArgs(args: Value, budget = 200, depth = 0): string {
  if (kindOf(args) === K_TUPLE && (args as TupleVal).n >= 0) {
    const t = args as TupleVal
    return `(${t.items.map((x) => render(x, budget, depth)).join(', ')}${t.n > t.items.length ? ', …' : ''})`
  }
  return `(*${render(args, budget, depth)})`
}
