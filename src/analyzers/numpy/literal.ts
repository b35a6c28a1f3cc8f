// A parser for the Python literal subset that .npy headers use (numpy reads them with ast.literal_eval):
// dicts, tuples, lists, strings, integers, True/False/None. Never eval: anything else is a syntax error.

export type PyValue = string | bigint | boolean | null | PyValue[] | PyTuple | PyDict

export interface PyTuple {
  tuple: PyValue[]
}

export interface PyDict {
  dict: [PyValue, PyValue][]
}

export class LiteralError extends Error {}

const MAX_DEPTH = 64

export function parsePyLiteral(text: string): PyValue {
  let i = 0
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++
  }
  const fail = (what: string): never => {
    throw new LiteralError(`${what} at character ${i}`)
  }
  const str = (): string => {
    while (/[uUbBrR]/.test(text[i] ?? '')) i++
    const q = text[i]
    if (q !== "'" && q !== '"') fail('expected a string')
    i++
    let out = ''
    for (;;) {
      if (i >= text.length) fail('unterminated string')
      const c = text[i++]!
      if (c === q) return out
      if (c !== '\\') {
        out += c
        continue
      }
      const e = text[i++]
      switch (e) {
        case 'n':
          out += '\n'
          break
        case 't':
          out += '\t'
          break
        case 'r':
          out += '\r'
          break
        case '0':
          out += '\0'
          break
        case 'x':
        case 'u': {
          const n = e === 'x' ? 2 : 4
          const hex = text.slice(i, i + n)
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) fail('bad escape')
          out += String.fromCharCode(parseInt(hex, 16))
          i += n
          break
        }
        case undefined:
          fail('unterminated string')
          break
        default:
          out += e === '\\' || e === "'" || e === '"' ? e : '\\' + e
      }
    }
  }
  const seq = (close: string, depth: number): { items: PyValue[]; trailingComma: boolean } => {
    const items: PyValue[] = []
    let trailingComma = false
    ws()
    while (text[i] !== close) {
      items.push(value(depth + 1))
      ws()
      trailingComma = false
      if (text[i] === ',') {
        i++
        trailingComma = true
        ws()
      } else if (text[i] !== close) fail(`expected , or ${close}`)
    }
    i++
    return { items, trailingComma }
  }
  const value = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep')
    ws()
    const c = text[i]
    if (c === undefined) fail('unexpected end')
    if (c === '{') {
      i++
      const dict: [PyValue, PyValue][] = []
      ws()
      while (text[i] !== '}') {
        const k = value(depth + 1)
        ws()
        if (text[i] !== ':') fail('expected :')
        i++
        dict.push([k, value(depth + 1)])
        ws()
        if (text[i] === ',') {
          i++
          ws()
        } else if (text[i] !== '}') fail('expected , or }')
      }
      i++
      return { dict }
    }
    if (c === '(') {
      i++
      const { items, trailingComma } = seq(')', depth)
      // (x) is just x; (x,) and (x, y) are tuples.
      if (items.length === 1 && !trailingComma) return items[0]!
      return { tuple: items }
    }
    if (c === '[') {
      i++
      return seq(']', depth).items
    }
    if (c === "'" || c === '"' || (/[uUbBrR]/.test(c!) && /['"]/.test(text[i + 1] ?? ''))) return str()
    const m = /^-?\d+[lL]?/.exec(text.slice(i, i + 64))
    if (m) {
      i += m[0].length
      return BigInt(m[0].replace(/[lL]$/, ''))
    }
    for (const [word, v] of [
      ['True', true],
      ['False', false],
      ['None', null]
    ] as const) {
      if (text.startsWith(word, i) && !/\w/.test(text[i + word.length] ?? '')) {
        i += word.length
        return v
      }
    }
    return fail('not a literal')
  }
  const v = value(0)
  ws()
  if (i !== text.length) fail('unexpected text after the literal')
  return v
}

export function isDict(v: PyValue): v is PyDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'dict' in v
}

export function isTuple(v: PyValue): v is PyTuple {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'tuple' in v
}
