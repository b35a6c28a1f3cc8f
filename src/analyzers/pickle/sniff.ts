// Recognising pickles by content. Protocol 2+ pickles start with PROTO (0x80 0x02..0x05); protocol 0/1 pickles
// have no magic at all (they start with `(`, `c`, `]`, `}`…), so they are recognised by a bounded walk that
// checks opcodes, arguments and stack discipline the way the unpickler would. Text, JSON, CSV and source code
// fail the walk within a few bytes.
import { Arg, OPS } from './opcodes.js'
import { parsePyInt, isPyFloat } from './text.js'

export interface Walk {
  /** stop: reached STOP; end: ran out of bytes/opcode budget without error; error: not a valid pickle there. */
  status: 'stop' | 'end' | 'error'
  ops: number
  /** Saw an import or call opcode (GLOBAL, INST, STACK_GLOBAL, REDUCE…). */
  code: boolean
  /** Offset after STOP (status stop) or where the walk ended. */
  end: number
  /** Distinct opcodes seen. */
  kinds: number
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.]*$/

/** Walks `buf` as a pickle. `complete`: buf is the whole content (so running out of bytes is an error). */
export function walkPickle(buf: Buffer, complete: boolean, maxOps = 4096): Walk {
  let p = 0
  let depth = 0
  const marks: number[] = []
  const memo = new Set<number>()
  let ops = 0
  let code = false
  const used = new Set<number>()
  const end = (): Walk => ({ status: complete ? 'error' : 'end', ops, code, end: p, kinds: used.size })
  const err = (): Walk => ({ status: 'error', ops, code, end: p, kinds: used.size })
  const line = (max: number): string | null | undefined => {
    const i = buf.indexOf(0x0a, p)
    if (i < 0 || i - p > max) return i < 0 && buf.length - p <= max ? undefined : null
    const s = buf.toString('latin1', p, i)
    p = i + 1
    return s
  }
  const need = (n: number): boolean => {
    if (depth < n) return false
    return true
  }
  while (ops < maxOps) {
    if (p >= buf.length) return end()
    const op = buf[p]!
    const info = OPS[op]
    if (!info) return err()
    const at = p
    p++
    ops++
    used.add(op)
    // arguments
    let arg: number | bigint = 0
    let text: string | null | undefined
    switch (info.arg) {
      case Arg.None:
        break
      case Arg.U1:
      case Arg.U2:
      case Arg.U4:
      case Arg.I4:
      case Arg.U8:
      case Arg.F8: {
        const n = [0, 1, 2, 4, 4, 8, 8][info.arg]!
        if (p + n > buf.length) return end()
        if (info.arg === Arg.U1) arg = buf[p]!
        else if (info.arg === Arg.U2) arg = buf.readUInt16LE(p)
        else if (info.arg === Arg.U4) arg = buf.readUInt32LE(p)
        else if (info.arg === Arg.I4) arg = buf.readInt32LE(p)
        p += n
        break
      }
      case Arg.Line:
      case Arg.Line2: {
        text = line(op === 0x4c || op === 0x56 || op === 0x53 ? 65536 : 256)
        if (text === undefined) return end()
        if (text === null) return err()
        if (info.arg === Arg.Line2) {
          const name = line(256)
          if (name === undefined) return end()
          if (name === null || !NAME_RE.test(text) || !NAME_RE.test(name)) return err()
        }
        break
      }
      default: {
        const lw = info.arg === Arg.Counted1 ? 1 : info.arg === Arg.Counted8 ? 8 : 4
        if (p + lw > buf.length) return end()
        let len: number
        if (lw === 1) len = buf[p]!
        else if (lw === 4) len = info.arg === Arg.CountedI4 ? buf.readInt32LE(p) : buf.readUInt32LE(p)
        else {
          const big = buf.readBigUInt64LE(p)
          len = big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big)
        }
        if (len < 0) return err()
        p += lw
        if (p + len > buf.length) {
          if (complete) return err()
          p = buf.length
          return end()
        }
        p += len
      }
    }
    // semantics: argument validity and stack discipline
    switch (info.name) {
      case 'MARK':
        marks.push(depth)
        depth = 0
        break
      case 'STOP':
        if (!need(1)) return err()
        return { status: 'stop', ops, code, end: p, kinds: used.size }
      case 'POP':
        if (depth > 0) depth--
        else if (marks.length) depth = marks.pop()!
        else return err()
        break
      case 'POP_MARK':
      case 'TUPLE':
      case 'LIST':
      case 'DICT':
      case 'FROZENSET':
      case 'INST':
      case 'OBJ':
      case 'APPENDS':
      case 'SETITEMS':
      case 'ADDITEMS': {
        if (!marks.length) return err()
        const items = depth
        depth = marks.pop()!
        if (info.name === 'OBJ' && items < 1) return err()
        if (info.name === 'DICT' && items % 2) return err()
        if (info.name === 'SETITEMS' && items % 2) return err()
        if (info.name === 'APPENDS' || info.name === 'SETITEMS' || info.name === 'ADDITEMS') {
          if (depth < 1) return err()
        } else if (info.name !== 'POP_MARK') depth++
        if (info.name === 'INST' || info.name === 'OBJ') code = true
        break
      }
      case 'DUP':
        if (!need(1)) return err()
        depth++
        break
      case 'APPEND':
      case 'REDUCE':
      case 'BUILD':
      case 'NEWOBJ':
      case 'STACK_GLOBAL':
      case 'TUPLE2':
        if (!need(2)) return err()
        depth--
        if (info.name !== 'APPEND' && info.name !== 'TUPLE2') code = true
        break
      case 'SETITEM':
        if (!need(3)) return err()
        depth -= 2
        break
      case 'NEWOBJ_EX':
      case 'TUPLE3':
        if (!need(3)) return err()
        depth -= 2
        if (info.name === 'NEWOBJ_EX') code = true
        break
      case 'TUPLE1':
      case 'BINPERSID':
      case 'READONLY_BUFFER':
        if (!need(1)) return err()
        break
      case 'PUT':
      case 'BINPUT':
      case 'LONG_BINPUT':
      case 'MEMOIZE': {
        if (!need(1)) return err()
        let key: number | bigint | null = arg
        if (info.name === 'PUT') key = parsePyInt(text ?? '', false)
        if (info.name === 'MEMOIZE') key = memo.size
        if (key === null || typeof key === 'bigint' || key < 0) return err()
        memo.add(key)
        break
      }
      case 'GET':
      case 'BINGET':
      case 'LONG_BINGET': {
        let key: number | bigint | null = arg
        if (info.name === 'GET') key = parsePyInt(text ?? '', false)
        if (key === null || typeof key === 'bigint' || !memo.has(key)) return err()
        depth++
        break
      }
      case 'INT':
      case 'LONG': {
        const t = info.name === 'LONG' && text?.endsWith('L') ? text.slice(0, -1) : (text ?? '')
        if (parsePyInt(t, true) === null) return err()
        depth++
        break
      }
      case 'FLOAT':
        if (!isPyFloat(text ?? '')) return err()
        depth++
        break
      case 'STRING': {
        const t = text ?? ''
        if (t.length < 2 || t[0] !== t[t.length - 1] || (t[0] !== "'" && t[0] !== '"')) return err()
        depth++
        break
      }
      case 'PROTO':
        if (typeof arg !== 'number' || arg > 5 || at !== 0) return err()
        break
      case 'FRAME':
        break
      case 'EXT1':
      case 'EXT2':
      case 'EXT4':
        if (arg <= 0) return err()
        code = true
        depth++
        break
      case 'GLOBAL':
        code = true
        depth++
        break
      default:
        // every other opcode pushes one value
        depth++
    }
  }
  return { status: 'end', ops, code, end: p, kinds: used.size }
}

/**
 * Whether content that starts with `head` is a pickle. `complete`: head is the whole content. Protocol 2+
 * magic is enough (a broken pickle is still a pickle: the loader runs it up to the break); protocol 0/1 needs a
 * walk that reaches STOP or the end of the head, or that executed a long valid prefix with imports before
 * breaking (a corrupted payload pickle).
 */
export function looksLikePickle(head: Buffer, complete = false): boolean {
  if (head.length >= 2 && head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5) return true
  if (head.length < 2 || head[0] === 0x80) return false
  const w = walkPickle(head, complete)
  if (w.status === 'stop') return w.ops >= 2
  // no STOP within the head: a real pickle mixes opcodes (a file of `((((` or `NNNN` is not one)
  if (w.status === 'end') return w.kinds >= 3
  return w.ops >= 32 && w.code
}

/** Stricter check for byte strings inside a pickle: random data must not pass as a nested pickle. */
export function bytesLookLikePickle(head: Buffer, complete: boolean): boolean {
  if (head.length < 3) return false
  const w = walkPickle(head, complete)
  if (head[0] === 0x80) return head[1]! >= 2 && head[1]! <= 5 && w.status !== 'error'
  return w.status === 'stop' && w.ops >= 3
}
