// Bounded "does this look like message X" checks for recognition (detect): field numbers and wire types of a
// message prefix are compared with a schema table, without decoding anything else.
import { LEN, VARINT, I32, I64, varBig, varNum } from './wire.js'

export type WireTable = Record<number, number>

export interface PrefixField {
  no: number
  wt: number
  /** Offset in the buffer of the value (LEN: of the payload). */
  start: number
  len: number
  value?: bigint
}

/**
 * Reads the fields of a message prefix buf[s, e), stopping quietly where the prefix ends. `mismatch` is set
 * when a field contradicts `table` (unknown number or wrong wire type); the fields before it are returned.
 */
export function scanPrefix(
  buf: Buffer,
  s: number,
  e: number,
  table: WireTable,
  maxFields = 64
): { fields: PrefixField[]; mismatch: boolean } {
  const out: PrefixField[] = []
  const done = (mismatch = false) => ({ fields: out, mismatch })
  let p = s
  while (p < e && out.length < maxFields) {
    const t = varNum(buf, p, e)
    if (!t) return done()
    const no = Math.floor(t[0] / 8)
    const wt = t[0] % 8
    if (table[no] !== wt) return done(true)
    p = t[1]
    if (wt === VARINT) {
      const v = varBig(buf, p, e)
      if (!v) return done()
      out.push({ no, wt, start: p, len: v[1] - p, value: v[0] })
      p = v[1]
    } else if (wt === LEN) {
      const l = varNum(buf, p, e)
      if (!l) return done()
      out.push({ no, wt, start: l[1], len: l[0] })
      p = l[1] + l[0]
    } else if (wt === I64 || wt === I32) {
      const n = wt === I64 ? 8 : 4
      out.push({ no, wt, start: p, len: n })
      p += n
    } else return done(true)
  }
  return done()
}

/** All fields of the prefix match the schema (strict: for small messages that must be exact). */
export function readPrefix(
  buf: Buffer,
  s: number,
  e: number,
  table: WireTable,
  maxFields = 64
): PrefixField[] | undefined {
  const r = scanPrefix(buf, s, e, table, maxFields)
  return r.mismatch ? undefined : r.fields
}

export function prefixMatches(buf: Buffer, s: number, e: number, table: WireTable, maxFields = 32): boolean {
  return readPrefix(buf, s, e, table, maxFields) !== undefined
}

/**
 * The message starts like `table` says: its first field matches (or it is empty). Later damage is left to the
 * analyzer, which reports it, so a corrupted model is still recognised and fails closed.
 */
export function startsLike(buf: Buffer, s: number, e: number, table: WireTable): boolean {
  const r = scanPrefix(buf, s, e, table, 32)
  return r.fields.length > 0 || (!r.mismatch && e <= s + 1)
}
