// The 68 pickle opcodes of protocols 0–5 (CPython 3.11 `pickletools.opcodes`, format-rules §2.2): byte, name,
// protocol that introduced it, and how its argument is encoded. The machine switches on the byte; this table
// serves names, protocol checks and the recognition walk.

export enum Arg {
  None,
  U1,
  U2,
  U4,
  I4,
  U8,
  F8,
  /** One `\n`-terminated line. */
  Line,
  /** Two `\n`-terminated lines (module, name). */
  Line2,
  /** u1 length + data */
  Counted1,
  /** i32 length + data */
  CountedI4,
  /** u32 length + data */
  Counted4,
  /** u64 length + data */
  Counted8
}

export interface OpInfo {
  code: number
  name: string
  proto: number
  arg: Arg
}

const T: [string, number, string, number, Arg][] = [
  ['(', 0x28, 'MARK', 0, Arg.None],
  ['.', 0x2e, 'STOP', 0, Arg.None],
  ['0', 0x30, 'POP', 0, Arg.None],
  ['1', 0x31, 'POP_MARK', 1, Arg.None],
  ['2', 0x32, 'DUP', 0, Arg.None],
  ['F', 0x46, 'FLOAT', 0, Arg.Line],
  ['I', 0x49, 'INT', 0, Arg.Line],
  ['J', 0x4a, 'BININT', 1, Arg.I4],
  ['K', 0x4b, 'BININT1', 1, Arg.U1],
  ['L', 0x4c, 'LONG', 0, Arg.Line],
  ['M', 0x4d, 'BININT2', 1, Arg.U2],
  ['N', 0x4e, 'NONE', 0, Arg.None],
  ['P', 0x50, 'PERSID', 0, Arg.Line],
  ['Q', 0x51, 'BINPERSID', 1, Arg.None],
  ['R', 0x52, 'REDUCE', 0, Arg.None],
  ['S', 0x53, 'STRING', 0, Arg.Line],
  ['T', 0x54, 'BINSTRING', 1, Arg.CountedI4],
  ['U', 0x55, 'SHORT_BINSTRING', 1, Arg.Counted1],
  ['V', 0x56, 'UNICODE', 0, Arg.Line],
  ['X', 0x58, 'BINUNICODE', 1, Arg.Counted4],
  ['a', 0x61, 'APPEND', 0, Arg.None],
  ['b', 0x62, 'BUILD', 0, Arg.None],
  ['c', 0x63, 'GLOBAL', 0, Arg.Line2],
  ['d', 0x64, 'DICT', 0, Arg.None],
  ['}', 0x7d, 'EMPTY_DICT', 1, Arg.None],
  ['e', 0x65, 'APPENDS', 1, Arg.None],
  ['g', 0x67, 'GET', 0, Arg.Line],
  ['h', 0x68, 'BINGET', 1, Arg.U1],
  ['i', 0x69, 'INST', 0, Arg.Line2],
  ['j', 0x6a, 'LONG_BINGET', 1, Arg.U4],
  ['l', 0x6c, 'LIST', 0, Arg.None],
  [']', 0x5d, 'EMPTY_LIST', 1, Arg.None],
  ['o', 0x6f, 'OBJ', 1, Arg.None],
  ['p', 0x70, 'PUT', 0, Arg.Line],
  ['q', 0x71, 'BINPUT', 1, Arg.U1],
  ['r', 0x72, 'LONG_BINPUT', 1, Arg.U4],
  ['s', 0x73, 'SETITEM', 0, Arg.None],
  ['t', 0x74, 'TUPLE', 0, Arg.None],
  [')', 0x29, 'EMPTY_TUPLE', 1, Arg.None],
  ['u', 0x75, 'SETITEMS', 1, Arg.None],
  ['G', 0x47, 'BINFLOAT', 1, Arg.F8],
  ['', 0x80, 'PROTO', 2, Arg.U1],
  ['', 0x81, 'NEWOBJ', 2, Arg.None],
  ['', 0x82, 'EXT1', 2, Arg.U1],
  ['', 0x83, 'EXT2', 2, Arg.U2],
  ['', 0x84, 'EXT4', 2, Arg.I4],
  ['', 0x85, 'TUPLE1', 2, Arg.None],
  ['', 0x86, 'TUPLE2', 2, Arg.None],
  ['', 0x87, 'TUPLE3', 2, Arg.None],
  ['', 0x88, 'NEWTRUE', 2, Arg.None],
  ['', 0x89, 'NEWFALSE', 2, Arg.None],
  ['', 0x8a, 'LONG1', 2, Arg.Counted1],
  ['', 0x8b, 'LONG4', 2, Arg.CountedI4],
  ['B', 0x42, 'BINBYTES', 3, Arg.Counted4],
  ['C', 0x43, 'SHORT_BINBYTES', 3, Arg.Counted1],
  ['', 0x8c, 'SHORT_BINUNICODE', 4, Arg.Counted1],
  ['', 0x8d, 'BINUNICODE8', 4, Arg.Counted8],
  ['', 0x8e, 'BINBYTES8', 4, Arg.Counted8],
  ['', 0x8f, 'EMPTY_SET', 4, Arg.None],
  ['', 0x90, 'ADDITEMS', 4, Arg.None],
  ['', 0x91, 'FROZENSET', 4, Arg.None],
  ['', 0x92, 'NEWOBJ_EX', 4, Arg.None],
  ['', 0x93, 'STACK_GLOBAL', 4, Arg.None],
  ['', 0x94, 'MEMOIZE', 4, Arg.None],
  ['', 0x95, 'FRAME', 4, Arg.U8],
  ['', 0x96, 'BYTEARRAY8', 5, Arg.Counted8],
  ['', 0x97, 'NEXT_BUFFER', 5, Arg.None],
  ['', 0x98, 'READONLY_BUFFER', 5, Arg.None]
]

/** Opcode info by byte value; undefined for bytes that are no opcode. */
export const OPS: readonly (OpInfo | undefined)[] = (() => {
  const a: (OpInfo | undefined)[] = new Array(256).fill(undefined)
  for (const [, code, name, proto, arg] of T) a[code] = { code, name, proto, arg }
  return a
})()

export const OPCODE_COUNT = T.length

export function opName(code: number): string {
  return OPS[code]?.name ?? `0x${code.toString(16).padStart(2, '0')}`
}

/** The opcodes torch.load(weights_only=True) accepts (`_weights_only_unpickler.py`, format-rules §2.5a). */
export const WEIGHTS_ONLY_OPS: ReadonlySet<number> = new Set(
  [
    'APPEND',
    'APPENDS',
    'BINFLOAT',
    'BINGET',
    'BININT',
    'BININT1',
    'BININT2',
    'BINPERSID',
    'BINPUT',
    'BINUNICODE',
    'BUILD',
    'EMPTY_DICT',
    'EMPTY_LIST',
    'EMPTY_SET',
    'EMPTY_TUPLE',
    'GLOBAL',
    'LONG1',
    'LONG_BINGET',
    'LONG_BINPUT',
    'MARK',
    'NEWFALSE',
    'NEWOBJ',
    'NEWTRUE',
    'NONE',
    'PROTO',
    'REDUCE',
    'SETITEM',
    'SETITEMS',
    'SHORT_BINSTRING',
    'STOP',
    'TUPLE',
    'TUPLE1',
    'TUPLE2',
    'TUPLE3'
  ].map((n) => T.find((t) => t[2] === n)![1])
)
