// Decoders for the text arguments of protocol 0 opcodes: Python int literals (INT, LONG, GET, PUT), the
// repr-quoted STRING argument (codecs.escape_decode) and UNICODE's raw-unicode-escape.

const INT_RE = /^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0+(?:_?0)*|[1-9](?:_?[0-9])*)$/
const DEC_RE = /^[+-]?[0-9](?:_?[0-9])*$/

function toNumber(b: bigint): number | bigint {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b
}

/**
 * `int(text, 0)` (base 0: 0x/0o/0b prefixes, underscores) or `int(text)` (decimal), as Python parses it after
 * stripping whitespace. Leading zeros (C's strtol octal) are accepted as octal too, like _pickle's INT.
 * Returns null when Python would raise.
 */
export function parsePyInt(text: string, base0: boolean): number | bigint | null {
  const s = text.trim()
  if (!(base0 ? INT_RE.test(s) : DEC_RE.test(s))) {
    if (base0 && /^[+-]?0[0-7]+$/.test(s)) {
      const neg = s.startsWith('-')
      const v = BigInt(`0o${s.replace(/^[+-]?0+/, '') || '0'}`)
      return toNumber(neg ? -v : v)
    }
    return null
  }
  const neg = s.startsWith('-')
  const body = s.replace(/^[+-]/, '').replace(/_/g, '')
  const v = BigInt(body)
  return toNumber(neg ? -v : v)
}

export function isPyFloat(text: string): boolean {
  return /^\s*[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf(?:inity)?|nan)\s*$/i.test(
    text
  )
}

/** codecs.escape_decode of a STRING argument without its quotes. Returns latin1 text, or null on a bad \x escape. */
export function escapeDecode(b: Buffer): string | null {
  let out = ''
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!
    if (c !== 0x5c || i + 1 >= b.length) {
      if (c === 0x5c) return null // trailing backslash: "\ at end of string"
      out += String.fromCharCode(c)
      continue
    }
    const e = b[++i]!
    switch (e) {
      case 0x0a: // backslash-newline: line continuation
        break
      case 0x5c:
        out += '\\'
        break
      case 0x27:
        out += "'"
        break
      case 0x22:
        out += '"'
        break
      case 0x61:
        out += '\x07'
        break
      case 0x62:
        out += '\b'
        break
      case 0x66:
        out += '\f'
        break
      case 0x6e:
        out += '\n'
        break
      case 0x72:
        out += '\r'
        break
      case 0x74:
        out += '\t'
        break
      case 0x76:
        out += '\v'
        break
      case 0x78: {
        const h = b.toString('latin1', i + 1, i + 3)
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return null
        out += String.fromCharCode(parseInt(h, 16))
        i += 2
        break
      }
      default:
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30
          let n = 1
          while (n < 3 && i + 1 < b.length && b[i + 1]! >= 0x30 && b[i + 1]! <= 0x37) {
            v = v * 8 + (b[++i]! - 0x30)
            n++
          }
          out += String.fromCharCode(v & 0xff)
        } else out += `\\${String.fromCharCode(e)}`
    }
  }
  return out
}

/** raw-unicode-escape: only `\uXXXX` / `\UXXXXXXXX` after an odd run of backslashes are escapes; bytes are latin1. */
export function rawUnicodeEscapeDecode(b: Buffer): string | null {
  let out = ''
  let i = 0
  while (i < b.length) {
    const c = b[i]!
    if (c !== 0x5c) {
      out += String.fromCharCode(c)
      i++
      continue
    }
    let run = 0
    while (i + run < b.length && b[i + run] === 0x5c) run++
    const next = b[i + run]
    if (run % 2 === 1 && (next === 0x75 || next === 0x55)) {
      out += '\\'.repeat(run - 1)
      const len = next === 0x75 ? 4 : 8
      const h = b.toString('latin1', i + run + 1, i + run + 1 + len)
      if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) return null
      const cp = parseInt(h, 16)
      if (cp > 0x10ffff) return null
      out += String.fromCodePoint(cp)
      i += run + 1 + len
    } else {
      out += '\\'.repeat(run)
      i += run
    }
  }
  return out
}

/** Text of a UTF-8 argument (lenient, like the C unpickler's surrogatepass for practical purposes). */
export function utf8(b: Buffer, start: number, end: number): string {
  if (end - start <= SHORT) {
    let s = ''
    for (let i = start; i < end; i++) {
      const c = b[i]!
      if (c >= 0x80) return b.toString('utf8', start, end)
      s += String.fromCharCode(c)
    }
    return s
  }
  for (let i = start; i < end; i++) if (b[i]! >= 0x80) return b.toString('utf8', start, end)
  return b.toString('latin1', start, end)
}

/** Text of a latin-1 argument (BINSTRING family). */
export function latin1(b: Buffer, start: number, end: number): string {
  if (end - start > SHORT) return b.toString('latin1', start, end)
  let s = ''
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!)
  return s
}

/** Up to this length, building a string in JS beats a call into Buffer#toString (most pickle strings are short). */
const SHORT = 10
