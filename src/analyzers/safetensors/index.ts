// safetensors: u64le header length N, N bytes of JSON, then the tensor data. Validated like the reference
// (huggingface/safetensors `read_metadata` + `Metadata::validate`): bounded header read, strict UTF-8 JSON
// with exact integers and duplicate detection, sorted contiguous offsets covering the data exactly. Tensor
// data is never read.
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded } from '../../engine/limits.js'
import { JsonError, JsonNumber, JsonObject, parseJsonValue, isJsonWhitespace, type JsonValue } from '../common/json.js'
import { sniffText } from '../common/sniff.js'
import { reportSecrets } from '../secrets/index.js'
import { SliceSource } from '../../engine/source.js'
import { declareTensor } from '../common/declare.js'
import { dtypeFrom } from '../weights/tensor.js'

/** safetensors MAX_HEADER_SIZE. */
const MAX_HEADER = 100_000_000
const U64_MAX = (1n << 64n) - 1n
/** Bits per element of every dtype in the reference `enum Dtype`. */
const DTYPE_BITS: Record<string, number> = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64
}
const TENSOR_FIELDS = new Set(['dtype', 'shape', 'data_offsets'])
/** kohya LoRA metadata (ss_tag_frequency…) and modelspec thumbnails legitimately reach hundreds of KiB. */
const METADATA_VALUE_MAX = 1 << 20
const METADATA_TOTAL_MAX = 16 << 20

interface TensorEntry {
  name: string
  dtype: string
  shape: number[]
  begin: bigint
  end: bigint
  /** Exact byte size from shape and dtype, or undefined when the dtype is unknown or the shape invalid. */
  size?: bigint
  error?: string
}

function invalid(ctx: AnalysisContext, message: string, offset?: number): void {
  ctx.report('ST-001', `Invalid safetensors file: ${message}`, offset !== undefined ? { offset } : {})
}

/** A u64 from a JSON number, or undefined when it is not a non-negative integer that fits. */
function u64(v: JsonValue | undefined): bigint | undefined {
  if (!(v instanceof JsonNumber)) return undefined
  const b = v.toBigInt()
  return b !== undefined && b >= 0n && b <= U64_MAX ? b : undefined
}

function checkMetadata(ctx: AnalysisContext, meta: JsonValue): void {
  if (!(meta instanceof JsonObject)) {
    ctx.report(
      'ST-006',
      '__metadata__ is not an object (must be a flat string-to-string map; the reference loader rejects it)'
    )
    return
  }
  let total = 0
  for (const [k, v] of meta.map) {
    if (typeof v !== 'string') {
      ctx.report(
        'ST-006',
        `__metadata__[${JSON.stringify(k.slice(0, 60))}] is not a string (the reference loader rejects it)`,
        {
          evidence: k.slice(0, 60)
        }
      )
      continue
    }
    total += k.length + v.length
    const where = `__metadata__[${JSON.stringify(k.slice(0, 60))}]`
    if (v.length > METADATA_VALUE_MAX)
      ctx.report('ST-006', `${where} is very large (${v.length} characters)`, { evidence: v.slice(0, 60) })
    // Image data URIs (modelspec.thumbnail) are pictures, not payloads.
    const hits = /^data:image\/(?:png|jpeg|webp|gif);base64,/.test(v) ? [] : sniffText(v)
    for (const h of hits.slice(0, 2))
      ctx.report('ST-006', `${where}: ${h.detail}`, {
        severity: h.severity,
        ...(h.evidence ? { evidence: h.evidence } : {})
      })
    for (const h of sniffText(k).slice(0, 1))
      ctx.report('ST-006', `__metadata__ key: ${h.detail}`, { severity: h.severity })
    reportSecrets(ctx, v, where)
  }
  if (total > METADATA_TOTAL_MAX) ctx.report('ST-006', `__metadata__ holds ${total} characters (very large)`)
}

/** One tensor entry: field types as the reference deserialises them, plus ST-004 checks. */
function tensorEntry(ctx: AnalysisContext, name: string, v: JsonValue): TensorEntry | undefined {
  const where = `tensor ${JSON.stringify(name.slice(0, 100))}`
  if (!(v instanceof JsonObject)) {
    invalid(ctx, `${where} is not an object`)
    return undefined
  }
  for (const k of v.map.keys())
    if (!TENSOR_FIELDS.has(k))
      ctx.report('ST-004', `${where} has an unexpected field ${JSON.stringify(k.slice(0, 60))}`, {
        evidence: k.slice(0, 60)
      })
  const dtype = v.get('dtype')
  const shape = v.get('shape')
  const offsets = v.get('data_offsets')
  if (typeof dtype !== 'string' || !Array.isArray(shape) || !Array.isArray(offsets)) {
    invalid(ctx, `${where} needs a string dtype, a shape list and a data_offsets pair`)
    return undefined
  }
  const begin = u64(offsets[0])
  const end = u64(offsets[1])
  if (offsets.length !== 2 || begin === undefined || end === undefined) {
    ctx.report('ST-002', `${where}: data_offsets must be two non-negative integers (u64)`, {
      evidence: offsets.map((o) => (o instanceof JsonNumber ? o.text : JSON.stringify(o))).join(',')
    })
    return undefined
  }
  const entry: TensorEntry = { name, dtype, shape: [], begin, end }
  const bits = DTYPE_BITS[dtype]
  if (bits === undefined)
    ctx.report('ST-004', `${where} has unknown dtype ${JSON.stringify(dtype.slice(0, 40))}`, {
      evidence: dtype.slice(0, 40)
    })
  let numel = 1n
  let shapeOk = true
  for (const d of shape) {
    const n = u64(d)
    if (n === undefined) {
      shapeOk = false
      ctx.report('ST-004', `${where} has a shape entry that is not a non-negative integer`, {
        evidence: d instanceof JsonNumber ? d.text : JSON.stringify(d).slice(0, 40)
      })
      break
    }
    numel *= n
    entry.shape.push(Number(n))
  }
  if (!shapeOk || bits === undefined) return entry
  if (numel > U64_MAX) {
    entry.error = `shape ${fmtShape(shape)} overflows (more than 2^64 elements)`
    return entry
  }
  const nbits = numel * BigInt(bits)
  if (nbits > U64_MAX) entry.error = `shape ${fmtShape(shape)} × ${bits} bits overflows`
  else if (nbits % 8n !== 0n) entry.error = `${numel} × ${bits}-bit elements do not fill whole bytes (misaligned slice)`
  else entry.size = nbits / 8n
  return entry
}

function fmtShape(shape: JsonValue[]): string {
  return `[${shape
    .slice(0, 8)
    .map((d) => (d instanceof JsonNumber ? d.text : '?'))
    .join(', ')}${shape.length > 8 ? ', …' : ''}]`
}

async function analyze(src: ByteSource, ctx: AnalysisContext): Promise<void> {
  if (src.size < 8) return invalid(ctx, `file is ${src.size} bytes, shorter than the 8-byte header length`)
  const n = (await src.read(0, 8)).readBigUInt64LE(0)
  if (n > BigInt(MAX_HEADER)) return invalid(ctx, `header length ${n} exceeds the 100 MB limit`, 0)
  if (n > BigInt(src.size - 8))
    return invalid(ctx, `header length ${n} runs past the end of the file (${src.size - 8} bytes follow it)`, 0)
  const len = Number(n)
  if (len > ctx.limits.maxHeaderBytes)
    throw new LimitExceeded('maxHeaderBytes', `safetensors header of ${len} bytes exceeds the header limit`, 0)
  const raw = await src.read(8, len)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return invalid(ctx, 'header is not valid UTF-8', 8)
  }
  if (!text.startsWith('{')) return invalid(ctx, 'header does not start with "{"', 8)
  let parsed
  try {
    // 128 is where serde_json (the real loader) stops; a lower configured limit is a limit, not invalid JSON.
    parsed = parseJsonValue(text, { maxDepth: Math.min(128, ctx.limits.maxNesting) })
  } catch (e) {
    if (e instanceof JsonError && ctx.limits.maxNesting < 128 && e.message.startsWith('nesting deeper'))
      throw new LimitExceeded('maxNesting', `safetensors header ${e.message}`, 8 + e.pos)
    if (e instanceof JsonError) return invalid(ctx, `header is not valid JSON (${e.message})`, 8 + e.pos)
    throw e
  }
  // Only JSON whitespace may follow; writers pad with spaces to an 8-byte boundary.
  let spaces = 0
  let otherWs = 0
  for (let i = parsed.end; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20) spaces++
    else if (isJsonWhitespace(c)) otherWs++
    else return invalid(ctx, `non-whitespace bytes after the header JSON (at header byte ${i})`, 8 + i)
  }
  if (otherWs > 0) ctx.report('ST-007', `header is padded with ${otherWs} whitespace characters other than spaces`)
  else if (spaces > 64) ctx.report('ST-007', `header is padded with ${spaces} spaces (writers use at most 7)`)

  if (parsed.duplicates.length)
    ctx.report(
      'ST-005',
      `duplicate keys in the header: ${parsed.duplicates
        .slice(0, 5)
        .map((d) => `${d.path}.${d.key}`)
        .join(', ')}${parsed.duplicates.length > 5 ? ` (+${parsed.duplicates.length - 5})` : ''}`,
      { evidence: parsed.duplicates[0]!.key.slice(0, 60) }
    )
  const top = parsed.value as JsonObject
  if (top.map.size > ctx.limits.maxEntries)
    throw new LimitExceeded('maxEntries', `${top.map.size} header entries exceed the entry limit`, 8)
  const tensors: TensorEntry[] = []
  let structural = false
  for (const [name, v] of top.map) {
    ctx.checkDeadline()
    if (name === '__metadata__') {
      checkMetadata(ctx, v)
      continue
    }
    const e = tensorEntry(ctx, name, v)
    if (e) tensors.push(e)
    else structural = true
  }
  if (structural) return
  if (len > 1 << 20 && len / (tensors.length + 1) > 64 * 1024)
    ctx.report('ST-007', `header is ${len} bytes for ${tensors.length} tensors (far more than their descriptions need)`)

  // Metadata::validate: sorted by data_offsets, each starting where the previous ended, exact sizes.
  tensors.sort((a, b) =>
    a.begin !== b.begin ? (a.begin < b.begin ? -1 : 1) : a.end < b.end ? -1 : a.end > b.end ? 1 : 0
  )
  let start = 0n
  for (const t of tensors) {
    const where = `tensor ${JSON.stringify(t.name.slice(0, 100))}`
    if (t.begin !== start || t.end < t.begin) {
      const what =
        t.end < t.begin
          ? `ends (${t.end}) before it begins (${t.begin})`
          : t.begin < start
            ? `begins at ${t.begin}, overlapping the previous tensor (ends at ${start})`
            : `begins at ${t.begin}, leaving a gap after ${start}`
      ctx.report('ST-002', `${where} ${what}`, { evidence: t.name.slice(0, 60) })
      return
    }
    if (t.error) {
      ctx.report('ST-002', `${where}: ${t.error}`, { evidence: t.name.slice(0, 60) })
      return
    }
    if (t.size !== undefined && t.end - t.begin !== t.size) {
      ctx.report('ST-002', `${where} spans ${t.end - t.begin} bytes but its shape and dtype need ${t.size}`, {
        evidence: t.name.slice(0, 60)
      })
      return
    }
    start = t.end
  }
  const dataEnd = 8n + n + start
  const size = BigInt(src.size)
  if (dataEnd > size)
    ctx.report('ST-002', `tensor data ends at byte ${dataEnd} but the file has ${size} (truncated)`, {
      offset: src.size
    })
  else {
    if (dataEnd < size)
      ctx.report('ST-003', `${size - dataEnd} bytes follow the last tensor (the data section must end the file)`, {
        offset: Number(dataEnd)
      })
    // A consistent layout: hand every tensor to the weights stage.
    const base = 8 + len
    for (const t of tensors)
      if (t.size !== undefined)
        declareTensor(
          ctx,
          t.name,
          dtypeFrom(t.dtype),
          t.shape,
          new SliceSource(src, base + Number(t.begin), Number(t.size))
        )
  }
}

export const analyzer: FormatAnalyzer = {
  id: 'safetensors',
  detect(v) {
    if (v.head.length < 10 || v.head[8] !== 0x7b) return false
    const n = v.head.readBigUInt64LE(0)
    if (n < 2n || n >= 1n << 40n) return false
    let i = 9
    while (i < v.head.length && isJsonWhitespace(v.head[i]!)) i++
    return i < v.head.length && (v.head[i] === 0x22 || v.head[i] === 0x7d)
  },
  async analyze(src, ctx) {
    ctx.setFormat('safetensors')
    await analyze(src, ctx)
  }
}
