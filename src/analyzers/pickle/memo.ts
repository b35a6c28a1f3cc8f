// The pickle memo with bounded memory. Keys are dense in real pickles (0, 1, 2… from BINPUT/MEMOIZE), so a
// one-byte kind per key covers values that need no object (None, booleans, floats, tuples of plain numbers once
// the keep budget is spent); everything else lives in a Map whose size is the `maxMemo` limit. Sparse keys
// (LONG_BINPUT 4000000000) go to the Map only.
import { LimitExceeded } from '../../engine/limits.js'
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

function isPlain(v: Value): boolean {
  return v === null || typeof v === 'number' || typeof v === 'boolean' || v === FLOAT
}

export class Memo {
  private kinds = new Uint8Array(1024)
  private objs = new Map<number, Value>()
  /** Number of distinct keys (MEMOIZE stores at this index). */
  size = 0

  constructor(private readonly maxKept: number) {}

  has(key: number): boolean {
    return (key < this.kinds.length && this.kinds[key] !== 0) || this.objs.has(key)
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

  set(key: number, v: Value, offset: number): void {
    const dense = key < this.kinds.length || (key < DENSE_MAX && key < this.kinds.length * 2 + 65536)
    if (!this.has(key)) this.size++
    if (!dense) {
      this.keep(key, v, offset)
      return
    }
    if (key >= this.kinds.length) {
      let n = this.kinds.length
      while (n <= key) n *= 2
      const k = new Uint8Array(Math.min(n, DENSE_MAX))
      k.set(this.kinds)
      this.kinds = k
    }
    let code = IN_MAP
    if (v === null) code = NONE
    else if (v === true) code = TRUE
    else if (v === false) code = FALSE
    else if (typeof v === 'object' && v.k === K_FLOAT) code = FLT
    else if (v === EMPTY_TUPLE) code = EMPTY
    else if (typeof v === 'object' && v.k === K_TUPLE && this.objs.size >= SOFT_KEEP) {
      const t = v as TupleVal
      if (t.n < 0 || t.items.every(isPlain)) code = DULL_TUPLE
    }
    if (code === IN_MAP) this.keep(key, v, offset)
    else if (this.kinds[key] === IN_MAP || this.objs.has(key)) this.objs.delete(key)
    this.kinds[key] = code
  }

  private keep(key: number, v: Value, offset: number): void {
    if (!this.objs.has(key) && this.objs.size >= this.maxKept)
      throw new LimitExceeded('maxMemo', `more than ${this.maxKept} pickle memo entries`, offset)
    this.objs.set(key, v)
  }

  clone(): Memo {
    const m = new Memo(this.maxKept)
    m.kinds = this.kinds.slice()
    m.objs = new Map(this.objs)
    m.size = this.size
    return m
  }
}
