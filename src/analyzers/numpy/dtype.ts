// numpy dtype descriptions as .npy headers write them (`dtype.descr` / `dtype.str`): item size and whether any
// field holds Python objects (then the data is a pickle).
import { isTuple, type PyValue } from './literal.js'

export interface DType {
  itemsize: bigint
  hasObject: boolean
  text: string
}

export class DTypeError extends Error {}

const SIMPLE = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmuic])(\d*)(\[[A-Za-z0-9]+\])?$/

function simple(s: string): DType {
  const m = SIMPLE.exec(s)
  if (!m) throw new DTypeError(`unknown dtype ${JSON.stringify(s.slice(0, 40))}`)
  const kind = m[2]!
  const n = m[3] ? BigInt(m[3]) : undefined
  switch (kind) {
    case 'O':
      return { itemsize: 8n, hasObject: true, text: s }
    case 'U':
      return { itemsize: 4n * (n ?? 0n), hasObject: false, text: s }
    case 'M':
    case 'm':
      return { itemsize: n ?? 8n, hasObject: false, text: s }
    case '?':
      return { itemsize: 1n, hasObject: false, text: s }
    case 'S':
    case 'a':
    case 'V':
      return { itemsize: n ?? 0n, hasObject: false, text: s }
    default:
      if (n === undefined) throw new DTypeError(`dtype ${JSON.stringify(s)} has no size`)
      return { itemsize: n, hasObject: false, text: s }
  }
}

function shapeCount(v: PyValue): bigint {
  if (typeof v === 'bigint') return v
  if (isTuple(v)) {
    let n = 1n
    for (const d of v.tuple) {
      if (typeof d !== 'bigint' || d < 0n) throw new DTypeError('field shape is not a tuple of integers')
      n *= d
    }
    return n
  }
  throw new DTypeError('field shape is not an integer or tuple')
}

/** Parses a header `descr`: a dtype string or a list of (name, descr[, shape]) fields. */
export function parseDescr(v: PyValue, depth = 0): DType {
  if (depth > 32) throw new DTypeError('structured dtype nested too deeply')
  if (typeof v === 'string') return simple(v)
  if (!Array.isArray(v)) throw new DTypeError('descr is neither a string nor a list of fields')
  let itemsize = 0n
  let hasObject = false
  for (const f of v) {
    if (!isTuple(f) || f.tuple.length < 2 || f.tuple.length > 3)
      throw new DTypeError('structured field is not a (name, dtype[, shape]) tuple')
    const [name, sub, shape] = f.tuple
    if (typeof name !== 'string' && !(isTuple(name) && name.tuple.length === 2))
      throw new DTypeError('structured field name is not a string')
    const d = parseDescr(sub!, depth + 1)
    itemsize += d.itemsize * (shape === undefined ? 1n : shapeCount(shape))
    hasObject ||= d.hasObject
  }
  return { itemsize, hasObject, text: 'structured' }
}
