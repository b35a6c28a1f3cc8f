// Fast path for bulk data. Once a list already holds every item the machine keeps (KEEP_ITEMS), the values of a
// `MARK item… APPENDS` batch into it only matter for their count: plain numbers, short strings and small tuples of
// them import nothing and call nothing. This skims such a batch byte by byte without building values. Anything
// the full machine must see (imports, calls, memo reads, memoised strings, longer strings, bytes that could be
// nested content, FRAME divergence, the end of the window) makes it give up, and the machine executes the batch
// normally from the same MARK: the result is identical either way.
import type { Memo } from './memo.js'

export interface Skimmed {
  /** Position after the APPENDS. */
  end: number
  /** Items appended. */
  items: number
  /** Opcodes covered, MARK and APPENDS included. */
  ops: number
  /** End of the FRAME the batch leaves the reader in (0: none). */
  frameEnd: number
  /** Memo stores made. */
  puts: number
}

export interface SkimLimits {
  /** Opcodes the machine may still execute before its next checkpoint. */
  ops: number
  /** Values the stack may still take. */
  depth: number
  /** Size of the source (FRAME lengths are checked against it). */
  size: number
}

// Kinds of the items a batch pushes. Below PLAIN_TUPLE: plain data a tuple may hold and stay plain.
const SCALAR = 0
/** A short str: plain data inside a tuple, but memoised alone it must be kept (it can name an import). */
const SHORT_STR = 1
const PLAIN_TUPLE = 2
const OTHER = 3
const MAX_ITEMS = 1 << 14
/**
 * Every opcode the switch in skimAppends accepts (keep the two in step): once the machine has seen them all, the
 * per-opcode first-use check is skipped.
 */
const SKIM_OPS = [
  0x4a, 0x4b, 0x4d, 0x47, 0x4e, 0x88, 0x89, 0x8a, 0x8c, 0x55, 0x58, 0x43, 0x29, 0x85, 0x86, 0x87, 0x94, 0x71, 0x95, 0x65
]

/**
 * Skims from `pos`, the byte after MARK, in window `b` (absolute offset of b[0] is `base`, data valid below `lim`).
 * `frameEnd` is the current FRAME end (0: none); `maxOps` the opcode budget left. Memo stores of plain tuples are
 * applied to `memo` only once the batch is known to be skimmable, and only when the memo stores such tuples
 * opaquely anyway (past its keep budget).
 */
export function skimAppends(
  b: Buffer,
  base: number,
  pos: number,
  lim: number,
  frameEnd: number,
  limits: SkimLimits,
  memo: Memo,
  /** Opcodes the machine has seen: a first use must go through the machine (protocol and profile checks). */
  seen: Uint8Array
): Skimmed | undefined {
  const maxOps = limits.ops
  const maxDepth = Math.min(MAX_ITEMS, limits.depth)
  const allSeen = SKIM_OPS.every((op) => seen[op] !== 0)
  let i = pos - base
  const stop = lim - base - 16
  let depth = 0
  // no stack of kinds: a tuple is plain when nothing above `tall` (the highest slot holding a tuple or other
  // non-plain item) is among its items, and memo stores only ask about the top item's kind
  let tall = -1
  let top = SCALAR
  let ops = 1
  let fe = frameEnd - base
  let puts: number[] | undefined
  // one opcode per iteration; `n` = argument bytes, read with the unpickler's semantics (a read crossing the
  // FRAME end diverges between loaders, so it is left to the machine)
  while (i < stop) {
    const op = b[i]!
    if (!allSeen && seen[op] === 0) return undefined
    let n = 0
    let kind = SCALAR
    switch (op) {
      case 0x4a: // BININT
        n = 4
        break
      case 0x4b: // BININT1
        n = 1
        break
      case 0x4d: // BININT2
        n = 2
        break
      case 0x47: // BINFLOAT
        n = 8
        break
      case 0x4e: // NONE
      case 0x88: // NEWTRUE
      case 0x89: // NEWFALSE
        break
      case 0x8a: // LONG1
        n = 1 + b[i + 1]!
        if (n > 9) return undefined
        break
      case 0x8c: // SHORT_BINUNICODE
      case 0x55: // SHORT_BINSTRING: short enough to need no string checks
        n = 1 + b[i + 1]!
        if (n > 7) return undefined
        kind = SHORT_STR
        break
      case 0x58: {
        // BINUNICODE (protocol 1-3 strings), short ones only
        const len = b.readUInt32LE(i + 1)
        if (len > 6) return undefined
        n = 4 + len
        kind = SHORT_STR
        break
      }
      case 0x43: // SHORT_BINBYTES: too short to be nested content
        n = 1 + b[i + 1]!
        if (n > 16) return undefined
        kind = OTHER
        break
      case 0x29: // EMPTY_TUPLE
        kind = PLAIN_TUPLE
        break
      case 0x85: // TUPLE1
      case 0x86: // TUPLE2
      case 0x87: {
        // TUPLE3
        const k = op - 0x84
        if (depth < k) return undefined
        depth -= k
        kind = tall < depth ? PLAIN_TUPLE : OTHER
        break
      }
      case 0x94: // MEMOIZE: only plain tuples, stored opaquely once the memo is past its keep budget
        if (depth === 0 || top !== PLAIN_TUPLE || !memo.compact) return undefined
        ;(puts ??= []).push(-1)
        i++
        ops++
        continue
      case 0x71: // BINPUT
        if (depth === 0 || top !== PLAIN_TUPLE || !memo.compact) return undefined
        ;(puts ??= []).push(b[i + 1]!)
        i += 2
        ops++
        continue
      case 0x95: {
        // FRAME: a new frame once the current one is consumed
        const len = b.readBigUInt64LE(i + 1)
        if (i < fe || len > BigInt(limits.size - (base + i + 9))) return undefined
        fe = i + 9 + Number(len)
        i += 9
        ops++
        continue
      }
      case 0x65: {
        // APPENDS: the batch ends
        if (ops + 1 > maxOps) return undefined
        if (puts) for (const key of puts) memo.setPlainTuple(key < 0 ? memo.size : key)
        return {
          end: base + i + 1,
          items: depth,
          ops: ops + 1,
          frameEnd: fe <= 0 ? 0 : base + fe,
          puts: puts?.length ?? 0
        }
      }
      default:
        return undefined
    }
    if (n > 0 && i + 1 < fe && i + 1 + n > fe) return undefined
    if (depth >= maxDepth) return undefined
    if (kind >= PLAIN_TUPLE) tall = depth
    top = kind
    depth++
    i += 1 + n
    ops++
  }
  return undefined
}
