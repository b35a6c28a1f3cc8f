// GGUF (ggml docs/gguf.md): header, metadata key/values of every type (nested arrays bounded), tensor infos
// with ggml block sizes, alignment and coverage of the data section. Every count and length is checked against
// what the file can hold before anything is looped over or allocated; u64 values stay BigInt. Tensor data is
// never read.
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import { StreamReader } from '../../engine/stream.js'
import { startsWith, GGUF_MAGIC } from '../../engine/magic.js'
import { CappedReporter } from '../common/capped.js'
import { SNIFF_MAX, sniffText } from '../common/sniff.js'
import { reportSecrets } from '../secrets/index.js'
import { templateHits } from './chat-template.js'
import { SliceSource } from '../../engine/source.js'
import { declareTensor } from '../common/declare.js'
import type { DType } from '../weights/tensor.js'

/** ggml types the weights stage understands. */
const GGML_DTYPE: Record<number, DType> = {
  0: 'f32',
  1: 'f16',
  30: 'bf16',
  28: 'f64',
  24: 'i8',
  25: 'i16',
  26: 'i32',
  27: 'i64'
}

const T = {
  U8: 0,
  I8: 1,
  U16: 2,
  I16: 3,
  U32: 4,
  I32: 5,
  F32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  U64: 10,
  I64: 11,
  F64: 12
}
const FIXED_SIZE: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 }
const TYPE_NAMES = [
  'UINT8',
  'INT8',
  'UINT16',
  'INT16',
  'UINT32',
  'INT32',
  'FLOAT32',
  'BOOL',
  'STRING',
  'ARRAY',
  'UINT64',
  'INT64',
  'FLOAT64'
]

/** ggml_type → [block size, bytes per block] (ggml.c type_traits at ggml d99724f; removed types absent). */
const GGML_TYPES: Record<number, [number, number, string]> = {
  0: [1, 4, 'F32'],
  1: [1, 2, 'F16'],
  2: [32, 18, 'Q4_0'],
  3: [32, 20, 'Q4_1'],
  6: [32, 22, 'Q5_0'],
  7: [32, 24, 'Q5_1'],
  8: [32, 34, 'Q8_0'],
  9: [32, 36, 'Q8_1'],
  10: [256, 84, 'Q2_K'],
  11: [256, 110, 'Q3_K'],
  12: [256, 144, 'Q4_K'],
  13: [256, 176, 'Q5_K'],
  14: [256, 210, 'Q6_K'],
  15: [256, 292, 'Q8_K'],
  16: [256, 66, 'IQ2_XXS'],
  17: [256, 74, 'IQ2_XS'],
  18: [256, 98, 'IQ3_XXS'],
  19: [256, 50, 'IQ1_S'],
  20: [32, 18, 'IQ4_NL'],
  21: [256, 110, 'IQ3_S'],
  22: [256, 82, 'IQ2_S'],
  23: [256, 136, 'IQ4_XS'],
  24: [1, 1, 'I8'],
  25: [1, 2, 'I16'],
  26: [1, 4, 'I32'],
  27: [1, 8, 'I64'],
  28: [1, 8, 'F64'],
  29: [256, 56, 'IQ1_M'],
  30: [1, 2, 'BF16'],
  34: [256, 54, 'TQ1_0'],
  35: [256, 66, 'TQ2_0'],
  39: [32, 17, 'MXFP4']
}

const MAX_KEY = 65535
/** GGML_MAX_NAME (64) includes the terminating NUL. */
const MAX_TENSOR_NAME = 63
const MAX_DIMS = 4
const INT64_MAX = (1n << 63n) - 1n
/** Smallest encodings, for count plausibility: a KV is ≥ key length + 1 char + type + 1 byte. */
const MIN_KV = (wide: boolean) => (wide ? 8 : 4) + 1 + 4 + 1
const MIN_TENSOR_INFO = (wide: boolean) => (wide ? 8 : 4) + 1 + 4 + 4 + 8

const TEMPLATE_KEY = /^tokenizer\.chat_template(?:\.|$)/
const URL_OK_KEY =
  /(?:^|\.)(?:url|urls|link|links|repo_url|source|homepage|license)(?:\.|$)|^general\.(?:source|base_model|dataset)/
/** Keys whose strings are vocabularies or whole tokenizer files: no plain-text code heuristics there. */
const VOCAB_KEY = /^tokenizer\.(?:ggml\.|huggingface\.json|rwkv\.)/

class GgufReader {
  readonly r: StreamReader
  constructor(
    src: ByteSource,
    readonly ctx: AnalysisContext,
    readonly wide: boolean
  ) {
    this.r = new StreamReader(src, 0)
  }
  get pos(): number {
    return this.r.pos
  }
  remaining(): number {
    return this.r.remaining()
  }
  async need(n: number, what: string): Promise<void> {
    if (!(await this.r.ensure(n))) throw new ParseError(`truncated ${what}`, this.r.pos)
  }
  async u32(what: string): Promise<number> {
    await this.need(4, what)
    return this.r.u32()
  }
  async u64(what: string): Promise<bigint> {
    await this.need(8, what)
    return this.r.u64()
  }
  /** A count or length: u64 (v2+) or u32 (v1). */
  async len(what: string): Promise<bigint> {
    return this.wide ? this.u64(what) : BigInt(await this.u32(what))
  }
  skip(n: number): void {
    this.r.skip(n)
  }
}

interface TensorInfo {
  name: string
  at: number
  offset: bigint
  bytes?: bigint
  type: number
  /** Dimensions outermost first (GGUF stores ne[0], the innermost, first). */
  shape: number[]
}

async function analyzeGguf(src: ByteSource, ctx: AnalysisContext, out: CappedReporter): Promise<void> {
  const head = await src.read(0, 24)
  if (head.length < 8) throw new ParseError('truncated GGUF header', 0)
  const version = head.readUInt32LE(4)
  if (version < 1 || version > 3) {
    out.report('GGUF-001', `unsupported GGUF version ${version} (known: 1, 2, 3); not analysed further`, { offset: 4 })
    return
  }
  const wide = version >= 2
  const g = new GgufReader(src, ctx, wide)
  g.skip(8)
  const tensorCount = await g.len('tensor count')
  const kvCount = await g.len('metadata count')
  const room = BigInt(g.remaining())
  if (kvCount * BigInt(MIN_KV(wide)) > room || tensorCount * BigInt(MIN_TENSOR_INFO(wide)) > room) {
    out.report(
      'GGUF-001',
      `header declares ${tensorCount} tensors and ${kvCount} metadata entries, more than the ${room} remaining bytes can hold; not analysed further`,
      { offset: 8 }
    )
    return
  }

  const entries = BigInt(ctx.limits.maxEntries)
  if (kvCount > entries || tensorCount > entries)
    throw new LimitExceeded(
      'maxEntries',
      `${kvCount} metadata entries and ${tensorCount} tensors exceed the entry limit`,
      8
    )

  // Metadata key/values.
  const keys = new Set<string>()
  let alignment = 32
  for (let i = 0n; i < kvCount; i++) {
    ctx.checkDeadline(g.pos)
    const at = g.pos
    const key = await readString(g, out, 'metadata key', MAX_KEY)
    if (key === undefined) return
    if (!/^[\x20-\x7e]+$/.test(key))
      out.report('GGUF-001', `metadata key ${JSON.stringify(key.slice(0, 80))} is empty or not printable ASCII`, {
        offset: at
      })
    if (keys.has(key))
      out.report('GGUF-001', `duplicate metadata key ${JSON.stringify(key.slice(0, 80))}`, { offset: at })
    keys.add(key)
    const type = await g.u32(`type of ${key}`)
    const value = await readValue(g, out, type, key, 0)
    if (value === STOP) return
    if (key === 'general.alignment') {
      if (type !== T.U32 || typeof value !== 'number' || value === 0 || (value & (value - 1)) !== 0 || value % 8 !== 0)
        out.report(
          'GGUF-002',
          `general.alignment ${String(value)} is not a non-zero power of two and a multiple of 8`,
          {
            offset: at
          }
        )
      else alignment = value
    }
  }

  // Tensor infos.
  const tensors: TensorInfo[] = []
  const names = new Set<string>()
  for (let i = 0n; i < tensorCount; i++) {
    ctx.checkDeadline(g.pos)
    const at = g.pos
    const name = await readString(g, out, 'tensor name', 1 << 16)
    if (name === undefined) return
    const where = `tensor ${JSON.stringify(name.slice(0, 80))}`
    if (Buffer.byteLength(name) > MAX_TENSOR_NAME)
      out.report('GGUF-002', `${where}: name is ${Buffer.byteLength(name)} bytes (GGML_MAX_NAME is 64 with the NUL)`, {
        offset: at
      })
    if (names.has(name)) out.report('GGUF-002', `${where}: duplicate tensor name`, { offset: at })
    names.add(name)
    const nDims = await g.u32(`${where} dimension count`)
    if (nDims > 64) {
      out.report('GGUF-002', `${where}: ${nDims} dimensions; not analysed further`, { offset: at })
      return
    }
    if (nDims > MAX_DIMS) out.report('GGUF-002', `${where}: ${nDims} dimensions (GGML_MAX_DIMS is 4)`, { offset: at })
    const dims: bigint[] = []
    for (let d = 0; d < nDims; d++) dims.push(await g.len(`${where} dimension`))
    const type = await g.u32(`${where} type`)
    const offset = await g.u64(`${where} offset`)
    const t: TensorInfo = { name, at, offset, type, shape: dims.map(Number).reverse() }
    tensors.push(t)
    const traits = GGML_TYPES[type]
    if (!traits) {
      out.report('GGUF-002', `${where}: unknown ggml type ${type}`, { offset: at, evidence: String(type) })
      continue
    }
    let numel = 1n
    let overflow = false
    for (const d of dims) {
      numel *= d
      if (numel > INT64_MAX) overflow = true
    }
    if (overflow) {
      out.report('GGUF-002', `${where}: dims [${dims.join(', ')}] overflow int64`, { offset: at })
      continue
    }
    const [blck, size, tname] = traits
    if (dims.length && dims[0]! % BigInt(blck) !== 0n) {
      out.report(
        'GGUF-002',
        `${where}: first dimension ${dims[0]} is not a multiple of the ${tname} block size ${blck}`,
        {
          offset: at
        }
      )
      continue
    }
    t.bytes = (numel / BigInt(blck)) * BigInt(size)
    if (offset % BigInt(alignment) !== 0n)
      out.report('GGUF-002', `${where}: offset ${offset} is not aligned to ${alignment}`, { offset: at })
  }

  // Data section coverage.
  const align = BigInt(alignment)
  const dataStart = ((BigInt(g.pos) + align - 1n) / align) * align
  const size = BigInt(src.size)
  const dataSize = size > dataStart ? size - dataStart : 0n
  const placed = tensors
    .filter((t) => t.bytes !== undefined)
    .sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0))
  let end = 0n
  let beyond = false
  for (const t of placed) {
    const where = `tensor ${JSON.stringify(t.name.slice(0, 80))}`
    const tEnd = t.offset + t.bytes!
    if (tEnd > dataSize) {
      beyond = true
      out.report(
        'GGUF-002',
        `${where}: data ${t.offset}…${tEnd} runs past the end of the file (data section has ${dataSize} bytes)`,
        {
          offset: t.at
        }
      )
      continue
    }
    if (t.offset < end) out.report('GGUF-002', `${where}: data overlaps the previous tensor`, { offset: t.at })
    else if (t.offset - end >= align && end > 0n)
      out.report('GGUF-005', `${t.offset - end} unreferenced bytes before ${where}`, {
        offset: Number(dataStart + end)
      })
    const dtype = GGML_DTYPE[t.type]
    if (dtype && t.offset >= end)
      declareTensor(ctx, t.name, dtype, t.shape, new SliceSource(src, Number(dataStart + t.offset), Number(t.bytes!)))
    if (tEnd > end) end = tEnd
  }
  const paddedEnd = ((end + align - 1n) / align) * align
  if (!beyond && dataSize > paddedEnd)
    out.report('GGUF-005', `${dataSize - paddedEnd} bytes follow the last tensor's data (not part of any tensor)`, {
      offset: Number(dataStart + paddedEnd)
    })
}

const STOP = Symbol('stop')

/**
 * A length-prefixed string; at most `max` bytes are kept (the rest is skipped). A length beyond the file is
 * reported and ends the analysis (ParseError).
 */
async function readString(g: GgufReader, out: CappedReporter, what: string, max: number): Promise<string | undefined> {
  const at = g.pos
  const n = await g.len(`${what} length`)
  if (n > BigInt(g.remaining())) {
    out.report('GGUF-001', `${what} at ${at} declares ${n} bytes, beyond the end of the file`, { offset: at })
    throw new ParseError(`${what} length runs past the end of the file`, at)
  }
  if (n > BigInt(max)) {
    out.report('GGUF-001', `${what} at ${at} is ${n} bytes (limit ${max}); not analysed further`, { offset: at })
    return undefined
  }
  const len = Number(n)
  const keep = Math.min(len, SNIFF_MAX)
  await g.need(keep, what)
  const s = g.r.bytes(keep).toString('utf8')
  g.skip(len - keep)
  return s
}

/** Reads (and checks) one value; returns scalars as numbers/bigints, strings as text, STOP to abort. */
async function readValue(
  g: GgufReader,
  out: CappedReporter,
  type: number,
  key: string,
  depth: number
): Promise<number | bigint | string | boolean | null | typeof STOP> {
  const at = g.pos
  const fixed = FIXED_SIZE[type]
  if (fixed !== undefined) {
    await g.need(fixed, `value of ${key}`)
    const b = g.r.bytes(fixed)
    if (type === T.BOOL && b[0]! > 1)
      out.report('GGUF-001', `${key}: BOOL value ${b[0]} (must be 0 or 1)`, { offset: at })
    if (type === T.U32) return b.readUInt32LE(0)
    if (type === T.U64) return b.readBigUInt64LE(0)
    return null
  }
  if (type === T.STRING) return readStringValue(g, out, key)
  if (type === T.ARRAY) {
    if (depth >= 1)
      out.report('GGUF-001', `${key}: nested array (not supported by llama.cpp; parsers disagree)`, { offset: at })
    if (depth >= g.ctx.limits.maxNesting)
      throw new LimitExceeded('maxNesting', `${key}: arrays nested deeper than ${g.ctx.limits.maxNesting} levels`, at)
    const elem = await g.u32(`${key} element type`)
    const count = await g.len(`${key} element count`)
    const min = FIXED_SIZE[elem] ?? (g.wide ? 8 : 4) + (elem === T.ARRAY ? 4 : 0)
    if (elem > 12) {
      out.report('GGUF-001', `${key}: unknown array element type ${elem}; not analysed further`, { offset: at })
      return STOP
    }
    if (count * BigInt(min) > BigInt(g.remaining())) {
      out.report(
        'GGUF-001',
        `${key}: array of ${count} ${TYPE_NAMES[elem]} cannot fit in the remaining ${g.remaining()} bytes`,
        {
          offset: at
        }
      )
      throw new ParseError(`array ${key} runs past the end of the file`, at)
    }
    if (FIXED_SIZE[elem] !== undefined && elem !== T.BOOL) {
      g.skip(Number(count) * FIXED_SIZE[elem]!)
      return null
    }
    for (let i = 0n; i < count; i++) {
      if ((i & 0xfffn) === 0n) g.ctx.checkDeadline(g.pos)
      if (elem === T.STRING) {
        const s = await readString(g, out, `${key}[${i}]`, Number.MAX_SAFE_INTEGER)
        if (s === undefined) return STOP
        if (!VOCAB_KEY.test(key) && i < 64n) sniffValue(g.ctx, out, `${key}[${i}]`, s, g.pos)
      } else if ((await readValue(g, out, elem, key, depth + 1)) === STOP) return STOP
    }
    return null
  }
  out.report('GGUF-001', `${key}: unknown value type ${type}; not analysed further`, { offset: at })
  return STOP
}

async function readStringValue(g: GgufReader, out: CappedReporter, key: string): Promise<string | typeof STOP> {
  const at = g.pos
  const n = await g.len(`${key} length`)
  if (n > BigInt(g.remaining())) {
    out.report('GGUF-001', `${key}: string of ${n} bytes runs past the end of the file`, { offset: at })
    throw new ParseError(`string ${key} runs past the end of the file`, at)
  }
  const len = Number(n)
  const keep = Math.min(len, SNIFF_MAX)
  await g.need(keep, key)
  const value = g.r.bytes(keep).toString('utf8')
  g.skip(len - keep)
  const valueAt = at + (g.wide ? 8 : 4)
  if (TEMPLATE_KEY.test(key)) {
    for (const h of templateHits(value).slice(0, 3))
      out.report('GGUF-003', `${key}: ${h.what}`, { severity: h.severity, offset: valueAt, evidence: h.evidence })
    if (len > keep)
      out.report('GGUF-004', `${key} is ${len} bytes; only the first ${keep} were checked`, { offset: valueAt })
  } else sniffValue(g.ctx, out, key, value, valueAt, len)
  return value
}

function sniffValue(
  ctx: AnalysisContext,
  out: CappedReporter,
  key: string,
  value: string,
  at: number,
  total = value.length
) {
  const vocab = VOCAB_KEY.test(key)
  for (const h of sniffText(value, { allowUrls: URL_OK_KEY.test(key), totalLength: total, scripts: !vocab }).slice(
    0,
    2
  ))
    out.report('GGUF-004', `${key}: ${h.detail}`, {
      severity: h.severity,
      offset: at,
      ...(h.evidence ? { evidence: h.evidence } : {})
    })
  if (!vocab && /\{\{|\{%/.test(value))
    out.report('GGUF-004', `${key}: Jinja template syntax outside the chat template`, {
      offset: at,
      evidence: value.slice(0, 80)
    })
  if (!vocab) reportSecrets(ctx, value, key, at)
}

export const analyzer: FormatAnalyzer = {
  id: 'gguf',
  detect: (v) => startsWith(v.head, GGUF_MAGIC),
  async analyze(src, ctx) {
    ctx.setFormat('gguf')
    const out = new CappedReporter(ctx)
    try {
      await analyzeGguf(src, ctx, out)
    } finally {
      out.flush()
    }
  }
}
