// Nested payloads (PKL-011): literal bytes/str handed to a deserialiser — directly, or through base64/hex/zlib
// decoding and BytesIO wrappers — are analysed as a member of their own (`bytes@<offset>`), in place when they
// are a plain literal (SliceSource, no copy).
import { inflateSync, gunzipSync } from 'node:zlib'
import { BufferSource, SliceSource, type ByteSource } from '../../engine/source.js'
import { SEVERITY_RANK } from '../../engine/types.js'
import type { PickleMachine } from './machine.js'
import {
  K_BYTES,
  K_CALL,
  K_STRREF,
  K_TUPLE,
  calleeName,
  kindOf,
  type BytesVal,
  type CallVal,
  type StrRef,
  type TupleVal,
  type Value
} from './values.js'
import { bytesLookLikePickle } from './sniff.js'

/** Callables that deserialise their argument (bytes or a file). */
export const NESTED_LOADERS: ReadonlySet<string> = new Set([
  'pickle.loads',
  'pickle.load',
  'pickle._loads',
  '_pickle.loads',
  '_pickle.load',
  'cPickle.loads',
  'dill.loads',
  'dill._dill.loads',
  'cloudpickle.loads',
  'marshal.loads',
  'torch.load',
  'torch.serialization.load',
  'torch.storage._load_from_bytes',
  'numpy.load',
  'numpy.lib.npyio.load',
  'joblib.load',
  'joblib.numpy_pickle.load',
  'pandas.read_pickle',
  'shelve.open'
])

/** Loaders whose str argument is a file name. */
const FILE_LOADERS = new Set([
  'torch.load',
  'torch.serialization.load',
  'numpy.load',
  'numpy.lib.npyio.load',
  'joblib.load',
  'joblib.numpy_pickle.load',
  'pandas.read_pickle',
  'shelve.open'
])

const PICKLE_MAGIC = (h: Buffer) => h.length >= 2 && h[0] === 0x80 && h[1]! >= 2 && h[1]! <= 5
const PREFIXES = [
  Buffer.from('PK\x03\x04', 'latin1'),
  Buffer.from('PK\x05\x06', 'latin1'),
  Buffer.from('\x93NUMPY', 'latin1'),
  Buffer.from([0x1f, 0x8b, 0x08]),
  Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])
]

/** Cheap first-bytes check: could this bytes value be serialised content worth analysing? */
export function sniffBytes(head: Buffer): boolean {
  if (PICKLE_MAGIC(head)) return bytesLookLikePickle(head, false) || head.length < 8
  return PREFIXES.some((p) => head.length >= p.length && head.compare(p, 0, p.length, 0, p.length) === 0)
}

type Payload =
  | { kind: 'slice'; offset: number; length: number; label: string }
  | { kind: 'buffer'; buf: Buffer; label: string; offset: number }
  | { kind: 'path'; path: string }
  | { kind: 'text'; text: string; offset?: number }

function firstArg(c: CallVal): Value | undefined {
  return kindOf(c.args) === K_TUPLE ? (c.args as TupleVal).items[0] : undefined
}

async function textOf(m: PickleMachine, v: Value | undefined): Promise<string | undefined> {
  if (typeof v === 'string') return v
  if (v !== undefined && kindOf(v) === K_STRREF) return m.strText(v as StrRef)
  return undefined
}

/** Resolves the bytes a deserialiser would get, following decoding wrappers (bounded depth). */
async function resolve(m: PickleMachine, v: Value | undefined, depth: number): Promise<Payload | undefined> {
  if (v === undefined || depth > 6) return undefined
  if (typeof v === 'string' || kindOf(v) === K_STRREF) {
    const text = await textOf(m, v)
    return text === undefined
      ? undefined
      : { kind: 'text', text, offset: kindOf(v) === K_STRREF ? (v as StrRef).offset : undefined }
  }
  if (kindOf(v) === K_BYTES) {
    const b = v as BytesVal
    b.analysed = true
    return { kind: 'slice', offset: b.offset, length: b.length, label: `bytes@${m.mapOff(b.offset)}` }
  }
  if (kindOf(v) !== K_CALL) return undefined
  const c = v as CallVal
  const name = calleeName(c) ?? ''
  const args = kindOf(c.args) === K_TUPLE ? (c.args as TupleVal).items : []
  const inner = () => resolve(m, args[0], depth + 1)
  if (name === '_io.BytesIO' || name === 'io.BytesIO') return inner()
  if (name === 'builtins.open' || name === 'io.open' || name === '_io.open') {
    const p = await textOf(m, args[0])
    return p === undefined ? undefined : { kind: 'path', path: p }
  }
  let codec: string | undefined
  if (
    /^base64\.(b64decode|standard_b64decode|urlsafe_b64decode|decodebytes|decodestring)$/.test(name) ||
    name === 'binascii.a2b_base64'
  )
    codec = name.includes('urlsafe') ? 'base64url' : 'base64'
  else if (name === 'binascii.unhexlify' || name === 'binascii.a2b_hex' || name === 'builtins.bytes.fromhex')
    codec = 'hex'
  else if (name === 'zlib.decompress') codec = 'zlib'
  else if (name === 'gzip.decompress') codec = 'gzip'
  else if (name === 'codecs.decode' || name === '_codecs.decode')
    codec = typeof args[1] === 'string' ? args[1].toLowerCase() : undefined
  else if (name === '_codecs.encode' || name === 'codecs.encode') {
    const enc = typeof args[1] === 'string' ? args[1].toLowerCase().replace('_', '-') : 'utf-8'
    const text = await textOf(m, args[0])
    if (text === undefined) return undefined
    if (enc === 'latin1' || enc === 'latin-1' || enc === 'iso-8859-1')
      return { kind: 'buffer', buf: Buffer.from(text, 'latin1'), label: 'encoded', offset: c.offset }
    if (enc === 'utf-8' || enc === 'utf8')
      return { kind: 'buffer', buf: Buffer.from(text, 'utf8'), label: 'encoded', offset: c.offset }
    return undefined
  }
  if (!codec) return undefined
  const src = await inner()
  const input = await materialise(m, src)
  if (!input) return undefined
  const buf = decode(m, input, codec)
  return buf ? { kind: 'buffer', buf, label: codec, offset: c.offset } : undefined
}

async function materialise(m: PickleMachine, p: Payload | undefined): Promise<Buffer | undefined> {
  if (!p) return undefined
  const cap = m.ctx.limits.maxHeaderBytes
  if (p.kind === 'text') return p.text.length <= cap ? Buffer.from(p.text, 'latin1') : undefined
  if (p.kind === 'buffer') return p.buf
  if (p.kind === 'slice') return p.length <= cap ? Buffer.from(await m.src.read(p.offset, p.length)) : undefined
  return undefined
}

function decode(m: PickleMachine, input: Buffer, codec: string): Buffer | undefined {
  const cap = m.ctx.limits.maxHeaderBytes
  try {
    switch (codec) {
      case 'base64':
      case 'base_64':
      case 'base64_codec':
        return Buffer.from(input.toString('latin1'), 'base64')
      case 'base64url':
        return Buffer.from(input.toString('latin1'), 'base64url')
      case 'hex':
      case 'hex_codec':
        return Buffer.from(input.toString('latin1').replace(/\s+/g, ''), 'hex')
      case 'zlib':
      case 'zip':
      case 'zlib_codec': {
        const out = inflateSync(input, { maxOutputLength: cap })
        m.ctx.chargeDecompressed(out.length)
        return out
      }
      case 'gzip': {
        const out = gunzipSync(input, { maxOutputLength: cap })
        m.ctx.chargeDecompressed(out.length)
        return out
      }
    }
  } catch {
    return undefined
  }
  return undefined
}

/** Analyses what a deserialiser call would load and reports PKL-011 (critical when the nested content is bad). */
export async function nestedCall(m: PickleMachine, c: CallVal, at: number): Promise<void> {
  const loader = calleeName(c)!
  let arg = firstArg(c)
  if (arg === undefined && kindOf(c.args) !== K_TUPLE) arg = undefined
  const p = await resolve(m, arg, 0)
  if (!p) {
    m.report(
      'PKL-011',
      `${loader} is called on a value that is not a literal (payload computed at load time)`,
      at,
      'high',
      loader
    )
    return
  }
  if (p.kind === 'path' || (p.kind === 'text' && FILE_LOADERS.has(loader))) {
    const path = p.kind === 'path' ? p.path : p.text
    m.report(
      'PKL-011',
      `${loader} loads the file ${JSON.stringify(path.slice(0, 200))} while unpickling`,
      at,
      'high',
      path.slice(0, 200)
    )
    return
  }
  let src: ByteSource
  let name: string
  if (p.kind === 'slice') {
    src = new SliceSource(m.src, p.offset, p.length)
    name = p.label
  } else {
    const buf = p.kind === 'text' ? await materialise(m, p) : p.buf
    if (!buf) {
      m.ctx.notAnalysed(`the payload handed to ${loader} is larger than limits.maxHeaderBytes`, m.mapOff(at))
      m.report('PKL-011', `${loader} deserialises a large literal payload (not analysed)`, at, 'high', loader)
      return
    }
    src = new BufferSource(buf)
    name = p.kind === 'text' ? `str@${m.mapOff(p.offset ?? at)}` : `${p.label}@${m.mapOff(p.offset)}`
  }
  const path = m.ctx.childPath(name, true)
  const out = await m.ctx.analyzeMember(name, src)
  let worst = 0
  for (const f of m.ctx.run.findings)
    if (f.member === path || f.member?.startsWith(`${path}!/`) || f.member?.startsWith(`${path}/`))
      worst = Math.max(worst, SEVERITY_RANK[f.severity])
  const bad = worst >= SEVERITY_RANK.high
  const what = out.formats.length ? out.formats.join('/') : 'unrecognised'
  m.report(
    'PKL-011',
    `${loader} deserialises a nested ${what} payload (${src.size} bytes, analysed as ${name})${bad ? ' that is dangerous itself' : ''}`,
    at,
    bad ? 'critical' : 'high',
    `${loader}(${name})`
  )
}
