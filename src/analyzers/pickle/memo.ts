// The pickle memo with bounded memory. Keys are dense in real pickles (0, 1, 2… from BINPUT/MEMOIZE), so a
// one-byte kind per key covers values that need no object (None, booleans, floats, empty tuples). Everything else
// lives in a Map, exactly, until SOFT_KEEP objects are held; after that, values that cannot name or reach a
// callable are stored compactly: tuples of plain data and plain containers as opaque values, strings and bytes
// as (offset, length) references into the source (read back on GET). The Map then grows only with what matters
// (globals, calls on interesting callables, …) and its size is the `maxMemo` limit. Sparse keys (LONG_BINPUT
// 4000000000) go to the Map only.
import {
  BytesVal,
  FLOAT,
  K_FLOAT,
  K_TUPLE,
  OPAQUE_TUPLE,
  EMPTY_TUPLE,
  OpaqueVal,
  StrRef,
  type StrEncoding,
  type TupleVal,
  type Value
} from './values.js'

const IN_MAP = 1
const NONE = 2
const TRUE = 3
const FALSE = 4
const FLT = 5
const DULL_TUPLE = 6
const EMPTY = 7
const OPAQUE_LIST = 8
const OPAQUE_DICT = 9
const OPAQUE_SET = 10
const OPAQUE_OBJECT = 11
const REF_UTF8 = 12
const REF_LATIN1 = 13
const REF_BYTES = 14
const REF_BYTEARRAY = 15

export type OpaqueKind = 'list' | 'dict' | 'set' | 'object'
const OPAQUE_CODES: Record<OpaqueKind, number> = {
  list: OPAQUE_LIST,
  dict: OPAQUE_DICT,
  set: OPAQUE_SET,
  object: OPAQUE_OBJECT
}
const OPAQUE_VALUES: Record<number, OpaqueVal> = {
  [OPAQUE_LIST]: new OpaqueVal('list'),
  [OPAQUE_DICT]: new OpaqueVal('dict'),
  [OPAQUE_SET]: new OpaqueVal('set'),
  [OPAQUE_OBJECT]: new OpaqueVal('object')
}

/** Dense keys beyond this use the Map (a crafted LONG_BINPUT must not allocate gigabytes). */
const DENSE_MAX = 1 << 27
/** Objects kept exactly before compact storage starts. */
const SOFT_KEEP = 1 << 16
/** Strings up to this length may be part of a "plain" tuple. */
const SHORT_STR = 64

function plainTuple(t: TupleVal): boolean {
  if (t.n < 0) return true
  const items = t.items
  for (let i = 0; i < items.length; i++) {
    const v = items[i]
    if (!(
      v === null ||
      typeof v === 'number' ||
      typeof v === 'boolean' ||
      v === FLOAT ||
      (typeof v === 'string' && v.length <= SHORT_STR)
    ))
      return false
  }
  return true
}

export class Memo {
  private kinds = new Uint8Array(1024)
  private objs = new Map<number, Value>()
  /** Source spans of reference entries (allocated on first use, sized like `kinds`). */
  private refOff: Float64Array | undefined
  private refLen: Uint32Array | undefined
  /** Number of distinct keys (MEMOIZE stores at this index). */
  size = 0
  /** Keys stored outside the dense range (rare: only crafted pickles use huge memo keys). */
  private sparse = 0

  constructor(private readonly maxKept: number) {}

  /** Whether the keep budget is spent: values that matter little are stored compactly from now on. */
  get compact(): boolean {
    return this.objs.size >= SOFT_KEEP
  }

  has(key: number): boolean {
    if (key < this.kinds.length && this.kinds[key] !== 0) return true
    return (this.sparse > 0 || key >= this.kinds.length) && this.objs.has(key)
  }

  /** The stored value, or undefined when the key was never stored. */
  get(key: number): Value | undefined {
    if (key < this.kinds.length) {
      const code = this.kinds[key]!
      switch (code) {
        case 0:
          break
        case IN_MAP:
          return this.objs.get(key)
        case NONE:
          return null
        case TRUE:
          return true
        case FALSE:
          return false
        case FLT:
          return FLOAT
        case DULL_TUPLE:
          return OPAQUE_TUPLE
        case EMPTY:
          return EMPTY_TUPLE
        case REF_UTF8:
        case REF_LATIN1:
          return new StrRef(this.refOff![key]!, this.refLen![key]!, code === REF_UTF8 ? 'utf8' : 'latin1')
        case REF_BYTES:
        case REF_BYTEARRAY:
          return new BytesVal(this.refOff![key]!, this.refLen![key]!, code === REF_BYTEARRAY)
        default:
          return OPAQUE_VALUES[code]
      }
    }
    return this.objs.get(key)
  }

  /** Stores v at key; false when that would keep more than maxMemo objects (the caller reports the limit). */
  set(key: number, v: Value): boolean {
    if (!this.dense(key)) return this.setSparse(key, v)
    let code = IN_MAP
    if (v === null) code = NONE
    else if (v === true) code = TRUE
    else if (v === false) code = FALSE
    else if (typeof v === 'object') {
      if (v.k === K_FLOAT) code = FLT
      else if (v === EMPTY_TUPLE) code = EMPTY
      else if (v.k === K_TUPLE && this.compact && plainTuple(v as TupleVal)) code = DULL_TUPLE
    }
    if (code === IN_MAP) {
      const prev = this.take(key)
      if (this.objs.size >= this.maxKept && prev !== IN_MAP) return false
      this.objs.set(key, v)
      this.kinds[key] = IN_MAP
      return true
    }
    this.put(key, code)
    return true
  }

  /** Compact storage (only once `compact`): an opaque stand-in for a plain container or uninteresting object. */
  setOpaque(key: number, kind: OpaqueKind): boolean {
    if (!this.dense(key)) return this.setSparse(key, OPAQUE_VALUES[OPAQUE_CODES[kind]]!)
    this.put(key, OPAQUE_CODES[kind])
    return true
  }

  /** Compact storage (only once `compact`): a str or bytes value by its span in the source. */
  setRef(key: number, what: StrEncoding | 'bytes' | 'bytearray', offset: number, length: number): boolean {
    const code =
      what === 'utf8'
        ? REF_UTF8
        : what === 'latin1'
          ? REF_LATIN1
          : what === 'bytes'
            ? REF_BYTES
            : what === 'bytearray'
              ? REF_BYTEARRAY
              : 0
    if (code === 0 || !this.dense(key) || length > 0xffffffff) return false
    if (!this.refOff || this.refOff.length < this.kinds.length) this.growRefs()
    this.put(key, code)
    this.refOff![key] = offset
    this.refLen![key] = length
    return true
  }

  /** set(key, <tuple of plain data>) once such tuples are stored opaquely: the bulk-data fast path. */
  setPlainTuple(key: number): void {
    if (!this.dense(key)) this.setSparse(key, OPAQUE_TUPLE)
    else this.put(key, DULL_TUPLE)
  }

  clone(): Memo {
    const m = new Memo(this.maxKept)
    m.kinds = this.kinds.slice()
    m.objs = new Map(this.objs)
    m.refOff = this.refOff?.slice()
    m.refLen = this.refLen?.slice()
    m.size = this.size
    m.sparse = this.sparse
    return m
  }

  // ------------------------------------------------------------------------------------------------ internals

  /** Whether key uses the dense arrays (growing them if needed). */
  private dense(key: number): boolean {
    if (key < this.kinds.length) return true
    if (!(key < DENSE_MAX && key < this.kinds.length * 2 + 65536)) return false
    // grow by half (keys are sequential in real pickles): a 1 GiB pickle of small tuples stays within budget
    let n = this.kinds.length
    while (n <= key) n = Math.ceil(n * 1.5)
    const k = new Uint8Array(Math.min(n, DENSE_MAX))
    k.set(this.kinds)
    this.kinds = k
    if (this.refOff) this.growRefs()
    return true
  }

  private growRefs(): void {
    const off = new Float64Array(this.kinds.length)
    const len = new Uint32Array(this.kinds.length)
    if (this.refOff) off.set(this.refOff)
    if (this.refLen) len.set(this.refLen)
    this.refOff = off
    this.refLen = len
  }

  /** Counts a new key and drops a Map entry the key had; returns the previous code. */
  private take(key: number): number {
    const prev = this.kinds[key]!
    if (prev === 0) {
      if (this.sparse > 0 && this.objs.has(key)) {
        this.objs.delete(key)
        this.sparse--
      } else this.size++
    }
    return prev
  }

  private put(key: number, code: number): void {
    if (this.take(key) === IN_MAP) this.objs.delete(key)
    this.kinds[key] = code
  }

  private setSparse(key: number, v: Value): boolean {
    const known = this.objs.has(key)
    if (!known && this.objs.size >= this.maxKept) return false
    if (!known) {
      this.sparse++
      this.size++
    }
    this.objs.set(key, v)
    return true
  }
}
