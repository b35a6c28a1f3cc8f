// The pickle memo with bounded memory. Keys are dense in real pickles (0, 1, 2… from BINPUT/MEMOIZE), so a
// one-byte kind per key covers values that need no object (None, booleans, floats, tuples of plain numbers once
// the keep budget is spent); everything else lives in a Map whose size is the `maxMemo` limit. Sparse keys
// (LONG_BINPUT 4000000000) go to the Map only.
import { FLOAT, K_FLOAT, K_TUPLE, OPAQUE_TUPLE, EMPTY_TUPLE, type TupleVal, type Value } from './values.js'

const IN_MAP = 1
const NONE = 2
const TRUE = 3
const FALSE = 4
const FLT = 5
const DULL_TUPLE = 6
const EMPTY = 7

/** Dense keys beyond this use the Map (a crafted LONG_BINPUT must not allocate gigabytes). */
const DENSE_MAX = 1 << 27
/** Plain-number tuples stop being kept exactly once this many objects are held (they rarely matter). */
const SOFT_KEEP = 1 << 16

function plainTuple(t: TupleVal): boolean {
  if (t.n < 0) return true
  const items = t.items
  for (let i = 0; i < items.length; i++) {
    const v = items[i]
    if (!(v === null || typeof v === 'number' || typeof v === 'boolean' || v === FLOAT)) return false
  }
  return true
}

export class Memo {
  private kinds = new Uint8Array(1024)
  private objs = new Map<number, Value>()
  /** Number of distinct keys (MEMOIZE stores at this index). */
  size = 0

  constructor(private readonly maxKept: number) {}

  /** Keys stored outside the dense range (rare: only crafted pickles use huge memo keys). */
  private sparse = 0

  has(key: number): boolean {
    if (key < this.kinds.length && this.kinds[key] !== 0) return true
    return (this.sparse > 0 || key >= this.kinds.length) && this.objs.has(key)
  }

  /** The stored value, or undefined when the key was never stored. */
  get(key: number): Value | undefined {
    if (key < this.kinds.length) {
      switch (this.kinds[key]) {
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
      }
    }
    return this.objs.get(key)
  }

  /** Stores v at key; false when that would keep more than maxMemo objects (the caller reports the limit). */
  set(key: number, v: Value): boolean {
    const kinds = this.kinds
    if (key >= kinds.length && !(key < DENSE_MAX && key < kinds.length * 2 + 65536)) {
      if (!this.objs.has(key)) {
        this.sparse++
        this.size++
      }
      return this.keep(key, v)
    }
    if (key >= kinds.length) this.grow(key)
    const prev = this.kinds[key]!
    if (prev === 0 && !(this.sparse > 0 && this.objs.has(key))) this.size++
    let code = IN_MAP
    if (v === null) code = NONE
    else if (v === true) code = TRUE
    else if (v === false) code = FALSE
    else if (typeof v === 'object') {
      if (v.k === K_FLOAT) code = FLT
      else if (v === EMPTY_TUPLE) code = EMPTY
      else if (v.k === K_TUPLE && this.objs.size >= SOFT_KEEP && plainTuple(v as TupleVal)) code = DULL_TUPLE
    }
    if (code === IN_MAP) {
      if (!this.keep(key, v)) return false
    } else if (prev === IN_MAP || this.sparse > 0) this.objs.delete(key)
    this.kinds[key] = code
    return true
  }

  private grow(key: number): void {
    // grow by half (keys are sequential in real pickles): a 1 GiB pickle of small tuples stays within budget
    let n = this.kinds.length
    while (n <= key) n = Math.ceil(n * 1.5)
    const k = new Uint8Array(Math.min(n, DENSE_MAX))
    k.set(this.kinds)
    this.kinds = k
  }

  private keep(key: number, v: Value): boolean {
    if (this.objs.size >= this.maxKept && !this.objs.has(key)) return false
    this.objs.set(key, v)
    return true
  }

  clone(): Memo {
    const m = new Memo(this.maxKept)
    m.kinds = this.kinds.slice()
    m.objs = new Map(this.objs)
    m.size = this.size
    m.sparse = this.sparse
    return m
  }
}
