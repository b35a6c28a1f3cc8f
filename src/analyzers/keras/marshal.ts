// Evidence from a Python marshal blob (a Keras Lambda's code object) without running or decompiling it.
// The code-object layout changes between Python versions, but every string inside it (names, constants,
// file name) is a marshal string object: a type byte, a length, the bytes. Scanning for those objects is
// version-independent and enough to say what the bytecode references (os, system, __import__, URLs…).

/** Names whose presence in a lambda's bytecode means process, file, network or dynamic-code access. */
const SUSPICIOUS = new Set([
  'os',
  'posix',
  'nt',
  'system',
  'popen',
  'spawn',
  'execv',
  'execve',
  'exec',
  'eval',
  'compile',
  '__import__',
  '__builtins__',
  'builtins',
  'getattr',
  'globals',
  'open',
  'subprocess',
  'Popen',
  'call',
  'check_output',
  'run',
  'socket',
  'connect',
  'urllib',
  'urlopen',
  'request',
  'requests',
  'http',
  'pickle',
  'marshal',
  'loads',
  'ctypes',
  'CDLL',
  'importlib',
  'import_module',
  'shutil',
  'remove',
  'unlink',
  'rmtree',
  'write',
  'base64',
  'b64decode',
  'pty',
  'sys'
])

export interface MarshalEvidence {
  /** The blob starts like a marshalled code object (type 'c', possibly with the ref flag). */
  isCode: boolean
  /** Distinct strings found, in order of appearance. */
  strings: string[]
  /** The strings worth showing: suspicious names, URLs, command-like constants. */
  notable: string[]
}

const PRINTABLE = /^[\x20-\x7e]+$/

function isNotable(s: string): boolean {
  if (SUSPICIOUS.has(s)) return true
  // co_filename of the code object: where the lambda was written, not what it does.
  if (/^\S+\.py$/.test(s)) return false
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return true
  // Command lines and paths among the constants.
  return s.length > 3 && /[ /\\|;&$`]/.test(s) && !/^<.*>$/.test(s)
}

/** Lists the string objects of a marshal stream (bounded: at most `max` strings of at most 4 KiB each). */
export function marshalEvidence(buf: Uint8Array, max = 500): MarshalEvidence {
  const isCode = buf.length > 0 && (buf[0]! & 0x7f) === 0x63
  const seen = new Set<string>()
  const strings: string[] = []
  const add = (s: string): void => {
    if (s.length === 0 || seen.has(s) || strings.length >= max) return
    seen.add(s)
    strings.push(s)
  }
  for (let i = 0; i < buf.length && strings.length < max; i++) {
    const t = buf[i]! & 0x7f
    let len = -1
    let start = 0
    if (t === 0x7a || t === 0x5a) {
      // 'z' / 'Z': short ASCII, one length byte.
      if (i + 1 >= buf.length) break
      len = buf[i + 1]!
      start = i + 2
    } else if (t === 0x61 || t === 0x41 || t === 0x75 || t === 0x74) {
      // 'a' / 'A' ASCII, 'u' UTF-8, 't' interned: four-byte little-endian length.
      if (i + 5 > buf.length) break
      len = buf[i + 1]! | (buf[i + 2]! << 8) | (buf[i + 3]! << 16) | (buf[i + 4]! << 24)
      start = i + 5
    }
    if (len <= 0 || len > 4096 || start + len > buf.length) continue
    const s = Buffer.from(buf.buffer, buf.byteOffset + start, len).toString('latin1')
    if (!PRINTABLE.test(s)) continue
    add(s)
    i = start + len - 1
  }
  return { isCode, strings, notable: strings.filter(isNotable) }
}

/**
 * The bytes python_utils.func_load would hand to marshal.loads: an ASCII string is base64 (binascii skips
 * characters outside the alphabet, such as the newlines codecs inserts); anything else is taken as
 * raw_unicode_escape bytes.
 */
export function lambdaCodeBytes(code: string): Buffer {
  if (/^[\x00-\x7f]*$/.test(code)) return Buffer.from(code.replace(/[^A-Za-z0-9+/]/g, ''), 'base64')
  const out: number[] = []
  for (const ch of code) {
    const cp = ch.codePointAt(0)!
    if (cp <= 0xff) out.push(cp)
    else {
      const esc = cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`
      for (const b of Buffer.from(esc, 'latin1')) out.push(b)
    }
  }
  return Buffer.from(out)
}

/** A short evidence string: notable names first, else the first few names. */
export function evidenceOf(ev: MarshalEvidence, limit = 8): string {
  const pick = ev.notable.length ? ev.notable : ev.strings.filter((s) => /^[A-Za-z_][\w.]*$/.test(s))
  const shown = pick.slice(0, limit).map((s) => (s.length > 60 ? `${s.slice(0, 57)}...` : s))
  return shown.join(', ')
}
