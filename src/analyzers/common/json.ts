// A strict JSON parser for headers and configs that must be read exactly: numbers stay exact (their text is
// kept, so u64 offsets never pass through a double), duplicate keys are recorded instead of silently merged,
// and every syntax error carries its offset. Accepts exactly RFC 8259 (as serde_json does): no comments, no
// trailing commas, no leading zeros, no control characters or lone surrogates in strings.

export class JsonNumber {
  constructor(readonly text: string) {}
  get isInteger(): boolean {
    return /^-?\d+$/.test(this.text)
  }
  /** The exact integer value, or undefined when the number has a fraction or exponent. */
  toBigInt(): bigint | undefined {
    return this.isInteger ? BigInt(this.text) : undefined
  }
  toNumber(): number {
    return Number(this.text)
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject

/** Objects keep key order; duplicates keep the last value (as Python and serde_json maps do). */
export class JsonObject {
  readonly map = new Map<string, JsonValue>()
  /** Keys seen more than once in this object. */
  readonly duplicates: string[] = []
  get(k: string): JsonValue | undefined {
    return this.map.get(k)
  }
}

export class JsonError extends Error {
  constructor(
    message: string,
    readonly pos: number
  ) {
    super(`${message} at character ${pos}`)
    this.name = 'JsonError'
  }
}

export interface JsonOptions {
  /** Nesting depth beyond which parsing fails (serde_json stops at 128). */
  maxDepth?: number
}

export interface JsonParse {
  value: JsonValue
  /** Index just past the value (trailing whitespace not included). */
  end: number
  /** Every duplicate key with the path of its object (`$.a.b`). */
  duplicates: { path: string; key: string }[]
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d])

export function isJsonWhitespace(c: number): boolean {
  return WS.has(c)
}

/** Parses one JSON value starting at `start` (after optional whitespace). Trailing content is the caller's call. */
export function parseJsonValue(text: string, opts: JsonOptions = {}, start = 0): JsonParse {
  const maxDepth = opts.maxDepth ?? 128
  const duplicates: { path: string; key: string }[] = []
  let i = start

  const ws = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++
  }
  const fail = (msg: string): never => {
    throw new JsonError(msg, i)
  }

  const str = (): string => {
    // i at opening quote
    i++
    let out = ''
    let runStart = i
    for (;;) {
      if (i >= text.length) fail('unterminated string')
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        out += text.slice(runStart, i)
        i++
        return out
      }
      if (c < 0x20) fail('control character in string')
      if (c >= 0xd800 && c <= 0xdfff) {
        const hi = c <= 0xdbff
        const next = text.charCodeAt(i + 1)
        if (!hi || !(next >= 0xdc00 && next <= 0xdfff)) fail('lone surrogate in string')
        i += 2
        continue
      }
      if (c === 0x5c) {
        out += text.slice(runStart, i)
        i++
        const e = text[i]
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e
            i++
            break
          case 'b':
            out += '\b'
            i++
            break
          case 'f':
            out += '\f'
            i++
            break
          case 'n':
            out += '\n'
            i++
            break
          case 'r':
            out += '\r'
            i++
            break
          case 't':
            out += '\t'
            i++
            break
          case 'u': {
            const hex = text.slice(i + 1, i + 5)
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape')
            const code = parseInt(hex, 16)
            i += 5
            if (code >= 0xd800 && code <= 0xdbff) {
              const lo = text.slice(i, i + 6)
              if (!/^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(lo)) fail('lone leading surrogate in \\u escape')
              out += String.fromCharCode(code, parseInt(lo.slice(2), 16))
              i += 6
            } else if (code >= 0xdc00 && code <= 0xdfff) {
              fail('lone trailing surrogate in \\u escape')
            } else out += String.fromCharCode(code)
            break
          }
          default:
            fail('invalid escape')
        }
        runStart = i
        continue
      }
      i++
    }
  }

  const num = (): JsonNumber => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 512))
    if (!m || m[0] === '-' || m[0] === '') fail('invalid number')
    const after = text.charCodeAt(i + m![0].length)
    if (after >= 0x30 && after <= 0x39) fail('invalid number (leading zero)')
    i += m![0].length
    return new JsonNumber(m![0])
  }

  const value = (depth: number, path: string): JsonValue => {
    ws()
    if (i >= text.length) fail('unexpected end of input')
    const c = text[i]!
    if (c === '{') {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth}`)
      i++
      const obj = new JsonObject()
      ws()
      if (text[i] === '}') {
        i++
        return obj
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail('expected a string key')
        const k = str()
        ws()
        if (text[i] !== ':') fail("expected ':'")
        i++
        const v = value(depth + 1, `${path}.${k}`)
        if (obj.map.has(k)) {
          obj.duplicates.push(k)
          duplicates.push({ path, key: k })
          obj.map.delete(k) // keep insertion order of the winning (last) copy
        }
        obj.map.set(k, v)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return obj
        }
        fail("expected ',' or '}'")
      }
    }
    if (c === '[') {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth}`)
      i++
      const arr: JsonValue[] = []
      ws()
      if (text[i] === ']') {
        i++
        return arr
      }
      for (;;) {
        arr.push(value(depth + 1, `${path}[${arr.length}]`))
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return arr
        }
        fail("expected ',' or ']'")
      }
    }
    if (c === '"') return str()
    if (text.startsWith('true', i)) {
      i += 4
      return true
    }
    if (text.startsWith('false', i)) {
      i += 5
      return false
    }
    if (text.startsWith('null', i)) {
      i += 4
      return null
    }
    if (c === '-' || (c >= '0' && c <= '9')) return num()
    return fail(`unexpected character ${JSON.stringify(c)}`)
  }

  const v = value(0, '$')
  return { value: v, end: i, duplicates }
}

/** Parses a whole document: only JSON whitespace may follow the value. */
export function parseJson(text: string, opts: JsonOptions = {}): JsonParse {
  const r = parseJsonValue(text, opts)
  let i = r.end
  while (i < text.length && WS.has(text.charCodeAt(i))) i++
  if (i < text.length) throw new JsonError('trailing characters after the JSON value', i)
  return r
}

/** Converts to plain JS values (numbers as JS numbers) for consumers that need ordinary objects. */
export function toPlain(v: JsonValue): unknown {
  if (v instanceof JsonNumber) return v.toNumber()
  if (v instanceof JsonObject) {
    const o: Record<string, unknown> = {}
    // defineProperty: a key named __proto__ must stay data, never reach the prototype.
    for (const [k, x] of v.map)
      Object.defineProperty(o, k, { value: toPlain(x), enumerable: true, writable: true, configurable: true })
    return o
  }
  if (Array.isArray(v)) return v.map(toPlain)
  return v
}
