// Walks an ONNX ModelProto field by field (onnx.proto field numbers, format-rules §7.1) with the streaming
// protobuf reader: every graph, subgraph (If/Loop/Scan bodies in attributes), function body and training
// graph is visited; every TensorProto is checked (external data, sizes) with raw_data skipped by offset;
// every text field is sniffed for staged payloads. Findings go out as they are met (fail closed: what was
// found before a parse error is kept).
import type { AnalysisContext } from '../../engine/context.js'
import type { Severity } from '../../engine/types.js'
import { LimitExceeded } from '../../engine/limits.js'
import { I32, I64, LEN, VARINT, ProtoReader, wireName, type PbField, countPackedVarints } from '../protobuf/wire.js'
import type { WireTable } from '../protobuf/shape.js'
import { CappedReporter } from '../common/capped.js'
import { SNIFF_MAX, sniffText, sniffBytes } from '../common/sniff.js'
import { reportSecrets } from '../secrets/index.js'
import { ExternalDataChecker, type ExternalEntry } from './external.js'
import { ATTRIBUTE_FIELDS, FUNCTION_FIELDS, GRAPH_FIELDS, MODEL_FIELDS, NODE_FIELDS } from './fields.js'
import { SliceSource } from '../../engine/source.js'
import { declareTensor } from '../common/declare.js'
import type { DType } from '../weights/tensor.js'

/** TensorProto.DataType values the weights stage understands. */
const ONNX_DTYPE: Record<number, DType> = {
  1: 'f32',
  2: 'u8',
  3: 'i8',
  5: 'i16',
  6: 'i32',
  7: 'i64',
  9: 'bool',
  10: 'f16',
  11: 'f64',
  16: 'bf16'
}

/** Element size in bits per TensorProto.DataType (STRING and UNDEFINED have none). */
const ELEM_BITS: Record<number, number> = {
  1: 32,
  2: 8,
  3: 8,
  4: 16,
  5: 16,
  6: 32,
  7: 64,
  9: 8,
  10: 16,
  11: 64,
  12: 32,
  13: 64,
  14: 64,
  15: 128,
  16: 16,
  17: 8,
  18: 8,
  19: 8,
  20: 8,
  21: 4,
  22: 4,
  23: 4,
  24: 8,
  25: 2,
  26: 2
}

/** Protobuf C++ rejects messages nested deeper than this by default. */
const PROTOBUF_RECURSION_LIMIT = 100

export interface NodeRef {
  domain: string
  op: string
  overload: string
  count: number
  where: string
  offset: number
}

export interface FunctionInfo {
  key: string
  name: string
  domain: string
  where: string
  offset: number
  /** Keys of nodes called from the body (resolved against local functions later). */
  calls: Set<string>
  opsets: Map<string, number>
}

export interface OnnxFacts {
  irVersion?: bigint
  opsets: Map<string, number>
  /** Every (domain, op_type, overload) used by graph nodes anywhere, with where it was first seen. */
  nodes: Map<string, NodeRef>
  functions: Map<string, FunctionInfo>
  opsetOffsets: Map<string, number>
}

export function nodeKey(domain: string, op: string, overload: string): string {
  return `${domain}\0${op}\0${overload}`
}

export function normDomain(d: string): string {
  return d === 'ai.onnx' ? '' : d
}

export class OnnxWalker {
  readonly facts: OnnxFacts = { opsets: new Map(), nodes: new Map(), functions: new Map(), opsetOffsets: new Map() }
  readonly out: CappedReporter
  readonly external: ExternalDataChecker
  private readonly wrongWire = new Set<string>()
  private deepReported = false
  private ticks = 0
  private elements = 0

  constructor(readonly ctx: AnalysisContext) {
    this.out = new CappedReporter(ctx)
    this.external = new ExternalDataChecker(ctx, this.out)
  }

  /**
   * Bounds what is kept in memory (limits.maxElements): `list` is a per-message list about to grow (attributes,
   * deferred fields), absent for the file-wide operator table. A 2-byte field costs a JS object of ~100 bytes.
   */
  private keep(offset: number, list?: unknown[]): void {
    const max = this.ctx.limits.maxElements
    if (list ? list.length >= max : ++this.elements > max)
      throw new LimitExceeded(
        'maxElements',
        `more than ${max} ${list ? 'fields in one message' : 'distinct operators'}`,
        offset
      )
  }

  tick = (offset: number): void => {
    if ((++this.ticks & 0xffff) === 0) this.ctx.checkDeadline(offset)
  }

  /** True when the field has the wire type the schema declares; otherwise reports once and returns false. */
  private wire(f: PbField, table: WireTable, msg: string): boolean {
    const want = table[f.no]
    if (want === undefined || want === f.wt) return true
    // proto2 repeated scalars may be packed (LEN) instead of one value per field.
    if (f.wt === LEN && (want === VARINT || want === I32 || want === I64)) return true
    const key = `${msg}.${f.no}`
    if (!this.wrongWire.has(key)) {
      this.wrongWire.add(key)
      this.out.report(
        'ONNX-011',
        `${msg} field ${f.no} has wire type ${wireName(f.wt)} instead of ${wireName(want)}; protobuf parsers skip it as an unknown field`,
        { offset: f.at }
      )
    }
    return false
  }

  private sub(r: ProtoReader, f: PbField): ProtoReader {
    const s = r.sub(f)
    if (s.depth > PROTOBUF_RECURSION_LIMIT && !this.deepReported) {
      this.deepReported = true
      this.out.report(
        'ONNX-011',
        `protobuf messages nested ${s.depth} levels deep (protobuf loaders stop at ${PROTOBUF_RECURSION_LIMIT})`,
        { offset: f.at }
      )
    }
    return s
  }

  /** Reads a text field (bounded) and sniffs it for staged payloads and credentials. */
  private async text(r: ProtoReader, f: PbField, where: string): Promise<string> {
    const s = await r.string(f, SNIFF_MAX)
    this.sniff(s, where, f.at, f.len)
    return s
  }

  sniff(value: string, where: string, offset: number, totalLength = value.length): void {
    if (value.length === 0) return
    for (const h of sniffText(value, { totalLength }).slice(0, 2))
      this.payload(where, h.detail, h.severity, offset, h.evidence)
    reportSecrets(this.ctx, value, where, offset)
  }

  private payload(where: string, detail: string, severity: Severity, offset: number, evidence: string): void {
    this.out.report('ONNX-009', `${where}: ${detail}`, { severity, offset, ...(evidence ? { evidence } : {}) })
  }

  private async name(r: ProtoReader, f: PbField, max = 4096): Promise<string> {
    return r.string(f, max)
  }

  async model(r: ProtoReader): Promise<void> {
    let graphs = 0
    let fns = 0
    let training = 0
    let entries = 0
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.wire(f, MODEL_FIELDS, 'ModelProto')) continue
      if ((f.no === 8 || f.no === 14 || f.no === 25) && ++entries > this.ctx.limits.maxEntries)
        throw new LimitExceeded(
          'maxEntries',
          `more than ${this.ctx.limits.maxEntries} opsets, metadata entries and functions`,
          f.at
        )
      switch (f.no) {
        case 1:
          this.facts.irVersion = f.value
          break
        case 2:
          await this.text(r, f, 'producer_name')
          break
        case 3:
          await this.text(r, f, 'producer_version')
          break
        case 4:
          await this.text(r, f, 'domain')
          break
        case 6:
          await this.text(r, f, 'doc_string')
          break
        case 7:
          await this.graph(this.sub(r, f), graphs++ === 0 ? 'graph' : `graph#${graphs}`)
          break
        case 8: {
          const { domain, version } = await this.opset(this.sub(r, f))
          this.facts.opsets.set(domain, version)
          this.facts.opsetOffsets.set(domain, f.at)
          break
        }
        case 14:
          await this.entry(this.sub(r, f), 'metadata_props')
          break
        case 20:
          await this.trainingInfo(this.sub(r, f), `training_info[${training++}]`)
          break
        case 25:
          await this.func(this.sub(r, f), `functions[${fns++}]`, f.at)
          break
      }
    }
  }

  private async opset(r: ProtoReader): Promise<{ domain: string; version: number }> {
    let domain = ''
    let version = 0
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.no === 1 && f.wt === LEN) domain = await this.name(r, f)
      else if (f.no === 2 && f.wt === VARINT) version = Number(BigInt.asIntN(64, f.value))
    }
    return { domain: normDomain(domain), version }
  }

  /** StringStringEntryProto: 1 key, 2 value. */
  private async entry(r: ProtoReader, where: string): Promise<{ key: string; value: string }> {
    let key = ''
    let value = ''
    let valueField: PbField | undefined
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 1) key = await r.string(f, 4096)
      else if (f.no === 2) {
        value = await r.string(f, SNIFF_MAX)
        valueField = f
      }
    }
    const label = `${where}[${JSON.stringify(key.slice(0, 60))}]`
    if (key) this.sniff(key, `${where} key`, r.start)
    if (valueField) this.sniff(value, label, valueField.at, valueField.len)
    return { key, value }
  }

  private async trainingInfo(r: ProtoReader, where: string): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 1) await this.graph(this.sub(r, f), `${where}/initialization`)
      else if (f.no === 2) await this.graph(this.sub(r, f), `${where}/algorithm`)
    }
  }

  async graph(r: ProtoReader, where: string, fn?: FunctionInfo): Promise<void> {
    let nodes = 0
    let inits = 0
    let sparse = 0
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.wire(f, GRAPH_FIELDS, 'GraphProto')) continue
      switch (f.no) {
        case 1:
          await this.node(this.sub(r, f), `${where}/node[${nodes++}]`, f.at, fn)
          break
        case 5:
          await this.tensor(this.sub(r, f), `${where}/initializer[${inits++}]`, f.at)
          break
        case 15:
          await this.sparseTensor(this.sub(r, f), `${where}/sparse_initializer[${sparse++}]`)
          break
        case 10:
          await this.text(r, f, `${where} doc_string`)
          break
        case 16:
          await this.entry(this.sub(r, f), `${where} metadata_props`)
          break
        case 11:
        case 12:
        case 13:
          await this.valueInfo(this.sub(r, f), where)
          break
      }
    }
  }

  /** ValueInfoProto: 3 doc_string, 4 metadata_props are free text. */
  private async valueInfo(r: ProtoReader, where: string): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 3) await this.text(r, f, `${where} value_info doc_string`)
      else if (f.no === 4) await this.entry(this.sub(r, f), `${where} value_info metadata_props`)
    }
  }

  async node(r: ProtoReader, where: string, at: number, fn?: FunctionInfo): Promise<void> {
    let op = ''
    let domain = ''
    let overload = ''
    const attrs: ProtoReader[] = []
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.wire(f, NODE_FIELDS, 'NodeProto')) continue
      switch (f.no) {
        case 4:
          op = await this.name(r, f)
          break
        case 7:
          domain = normDomain(await this.name(r, f))
          break
        case 8:
          overload = await this.name(r, f)
          break
        case 3:
          await this.text(r, f, `${where} name`)
          break
        case 6:
          await this.text(r, f, `${where} doc_string`)
          break
        case 9:
          await this.entry(this.sub(r, f), `${where} metadata_props`)
          break
        case 5:
          this.keep(f.at, attrs)
          attrs.push(this.sub(r, f))
          break
      }
    }
    const label = `${where}(${op || '?'})`
    // Attributes after op_type is known, so subgraph paths name their node.
    for (const sub of attrs) await this.attribute(sub, label, fn)
    const key = nodeKey(domain, op, overload)
    const seen = this.facts.nodes.get(key)
    if (seen) seen.count++
    else {
      this.keep(at)
      this.facts.nodes.set(key, { domain, op, overload, count: 1, where: label, offset: at })
    }
    fn?.calls.add(key)
  }

  private async attribute(r: ProtoReader, where: string, fn?: FunctionInfo): Promise<void> {
    let name = ''
    let tensors = 0
    let graphs = 0
    let strings = 0
    const pending: PbField[] = []
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.wire(f, ATTRIBUTE_FIELDS, 'AttributeProto')) continue
      if (f.no === 1) name = await this.name(r, f, 256)
      else {
        this.keep(f.at, pending)
        pending.push(f)
      }
    }
    const here = `${where}.${name || '?'}`
    for (const f of pending) {
      switch (f.no) {
        case 4: {
          const b = await r.bytes(f, SNIFF_MAX)
          const hits = sniffBytes(b)
          for (const h of hits.slice(0, 2)) this.payload(here, h.detail, h.severity, f.at, h.evidence)
          if (hits.length === 0 && f.len > SNIFF_MAX) this.sniff('', here, f.at, f.len)
          reportSecrets(this.ctx, b.toString('latin1'), here, f.at)
          break
        }
        case 9: {
          const s = await r.string(f, SNIFF_MAX)
          this.sniff(s, `${here}[${strings++}]`, f.at, f.len)
          break
        }
        case 13:
          await this.text(r, f, `${here} doc_string`)
          break
        case 5:
          await this.tensor(this.sub(r, f), `${here}`, f.at)
          break
        case 10:
          await this.tensor(this.sub(r, f), `${here}[${tensors++}]`, f.at)
          break
        case 22:
          await this.sparseTensor(this.sub(r, f), here)
          break
        case 23:
          await this.sparseTensor(this.sub(r, f), `${here}[${tensors++}]`)
          break
        case 6:
          await this.graph(this.sub(r, f), here, fn)
          break
        case 11:
          await this.graph(this.sub(r, f), `${here}[${graphs++}]`, fn)
          break
      }
    }
  }

  private async sparseTensor(r: ProtoReader, where: string): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 1) await this.tensor(this.sub(r, f), `${where}.values`, f.at)
      else if (f.no === 2) await this.tensor(this.sub(r, f), `${where}.indices`, f.at)
    }
  }

  async tensor(r: ProtoReader, where: string, at: number): Promise<void> {
    const dims: bigint[] = []
    let dimCount = 0
    let dataType = 0
    let name = ''
    let rawLen: number | undefined
    let rawStart = 0
    let rawFields = 0
    let dataLocation = 0
    const typed = new Map<number, number>()
    const ext: ExternalEntry[] = []
    let strings = 0
    for (let f = await r.next(); f; f = await r.next()) {
      switch (f.no) {
        case 1:
          if (f.wt === VARINT || f.wt === LEN) {
            const vs = await r.varints(f, 1024)
            dimCount += f.wt === VARINT ? 1 : await countPackedVarints(r, f)
            for (const v of vs) if (dims.length < 1024) dims.push(BigInt.asIntN(64, v))
          }
          break
        case 2:
          if (f.wt === VARINT) dataType = Number(f.value & 0xffffn)
          break
        case 8:
          if (f.wt === LEN) {
            name = await r.string(f, 1024)
            this.sniff(name, `${where} name`, f.at, f.len)
          }
          break
        case 9:
          if (f.wt === LEN) {
            rawLen = (rawLen ?? 0) + f.len
            rawStart = f.start
            rawFields++
          }
          break
        case 4:
        case 10:
          // float_data (fixed32) / double_data (fixed64): packed or one per field.
          typed.set(f.no, (typed.get(f.no) ?? 0) + (f.wt === LEN ? f.len / (f.no === 4 ? 4 : 8) : 1))
          break
        case 5:
        case 7:
        case 11:
          typed.set(f.no, (typed.get(f.no) ?? 0) + (await countPackedVarints(r, f)))
          break
        case 6:
          if (f.wt === LEN) {
            typed.set(6, (typed.get(6) ?? 0) + 1)
            if (strings++ < 256) {
              const b = await r.bytes(f, SNIFF_MAX)
              for (const h of sniffBytes(b).slice(0, 2))
                this.payload(`${where} string_data`, h.detail, h.severity, f.at, h.evidence)
            }
          }
          break
        case 12:
          if (f.wt === LEN) await this.text(r, f, `${where} doc_string`)
          break
        case 13:
          if (f.wt === LEN) {
            const e = await this.kv(this.sub(r, f))
            this.keep(f.at, ext)
            ext.push(e)
          }
          break
        case 14:
          if (f.wt === VARINT) dataLocation = Number(f.value & 0xffn)
          break
        case 16:
          if (f.wt === LEN) await this.entry(this.sub(r, f), `${where} metadata_props`)
          break
      }
    }
    const label = name ? `${where} "${name.slice(0, 80)}"` : where
    const expected = this.sizes(label, at, dims, dimCount, dataType)
    const embedded = rawLen !== undefined || typed.size > 0
    if (ext.length > 0 || dataLocation === 1) {
      const bytes = await this.external.check(ext, {
        where: label,
        offset: at,
        dataLocation,
        embedded,
        ...(expected !== undefined ? { expectedBytes: expected.bytes } : {})
      })
      // weights kept next to the model (every model over 2 GiB) are examined like embedded ones
      const dtype = ONNX_DTYPE[dataType]
      const src = bytes && dtype && !embedded ? await this.external.open(bytes) : undefined
      if (src) declareTensor(this.ctx, name || label, dtype!, dims.map(Number), src, `${bytes!.rel}@${bytes!.start}`)
      return
    }
    if (rawLen !== undefined && typed.size > 0)
      this.out.report('ONNX-005', `${label}: both raw_data and typed data fields are present`, { offset: at })
    if (!expected) return
    if (rawLen !== undefined) {
      if (BigInt(rawLen) !== expected.bytes)
        this.out.report(
          'ONNX-010',
          `${label}: raw_data holds ${rawLen} bytes but dims ${fmtDims(dims)} × ${expected.bits} bits need ${expected.bytes}`,
          { offset: at }
        )
      else if (rawFields === 1 && ONNX_DTYPE[dataType] && typed.size === 0)
        declareTensor(
          this.ctx,
          name || label,
          ONNX_DTYPE[dataType]!,
          dims.map(Number),
          new SliceSource(r.src, rawStart, rawLen)
        )
      return
    }
    const want = typedCount(dataType, expected.numel)
    if (want && typed.has(want.field) && BigInt(Math.round(typed.get(want.field)!)) !== want.count)
      this.out.report(
        'ONNX-010',
        `${label}: ${Math.round(typed.get(want.field)!)} typed values but dims ${fmtDims(dims)} need ${want.count}`,
        { offset: at }
      )
  }

  /** Element count and byte size from dims and type; reports negative or overflowing dims. */
  private sizes(
    label: string,
    at: number,
    dims: bigint[],
    dimCount: number,
    dataType: number
  ): { numel: bigint; bits: number; bytes: bigint } | undefined {
    if (dimCount > dims.length) {
      this.out.report('ONNX-010', `${label}: ${dimCount} dimensions (absurd rank)`, { offset: at })
      return undefined
    }
    let numel = 1n
    for (const d of dims) {
      if (d < 0n) {
        this.out.report('ONNX-010', `${label}: negative dimension in ${fmtDims(dims)}`, { offset: at })
        return undefined
      }
      numel *= d
    }
    if (numel > 1n << 62n) {
      this.out.report('ONNX-010', `${label}: dims ${fmtDims(dims)} overflow (more than 2^62 elements)`, { offset: at })
      return undefined
    }
    const bits = ELEM_BITS[dataType]
    if (bits === undefined) return undefined
    return { numel, bits, bytes: (numel * BigInt(bits) + 7n) / 8n }
  }

  private async kv(r: ProtoReader): Promise<ExternalEntry> {
    let key = ''
    let value = ''
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 1) key = await r.string(f, 1024)
      else if (f.no === 2) value = await r.string(f, 4096)
    }
    return { key, value }
  }

  async func(r: ProtoReader, where: string, at: number): Promise<void> {
    let name = ''
    let domain = ''
    let overload = ''
    const opsets = new Map<string, number>()
    const bodies: PbField[] = []
    const attrProtos: PbField[] = []
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.wire(f, FUNCTION_FIELDS, 'FunctionProto')) continue
      switch (f.no) {
        case 1:
          name = await this.name(r, f)
          break
        case 10:
          domain = normDomain(await this.name(r, f))
          break
        case 13:
          overload = await this.name(r, f)
          break
        case 8:
          await this.text(r, f, `${where} doc_string`)
          break
        case 9: {
          const o = await this.opset(this.sub(r, f))
          opsets.set(o.domain, o.version)
          break
        }
        case 14:
          await this.entry(this.sub(r, f), `${where} metadata_props`)
          break
        case 7:
          this.keep(f.at, bodies)
          bodies.push(f)
          break
        case 11:
          this.keep(f.at, attrProtos)
          attrProtos.push(f)
          break
      }
    }
    const key = nodeKey(domain, name, overload)
    const label = `${where}(${domain ? `${domain}.` : ''}${name})`
    const info: FunctionInfo = { key, name, domain, where: label, offset: at, calls: new Set(), opsets }
    if (!this.facts.functions.has(key)) this.facts.functions.set(key, info)
    let i = 0
    for (const f of bodies) await this.node(this.sub(r, f), `${label}/node[${i++}]`, f.at, info)
    for (const f of attrProtos) await this.attribute(this.sub(r, f), `${label} default`, info)
  }
}

function fmtDims(d: bigint[]): string {
  return `[${d.slice(0, 8).join(', ')}${d.length > 8 ? ', …' : ''}]`
}

/** Which typed field holds values for a data type, and how many values it must hold. */
function typedCount(dataType: number, numel: bigint): { field: number; count: bigint } | undefined {
  switch (dataType) {
    case 1:
      return { field: 4, count: numel }
    case 14:
      return { field: 4, count: numel * 2n }
    case 11:
      return { field: 10, count: numel }
    case 15:
      return { field: 10, count: numel * 2n }
    case 7:
      return { field: 7, count: numel }
    case 12:
    case 13:
      return { field: 11, count: numel }
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 9:
    case 10:
    case 16:
    case 17:
    case 18:
    case 19:
    case 20:
    case 24:
      return { field: 5, count: numel }
    case 21:
    case 22:
    case 23:
      return { field: 5, count: (numel + 1n) / 2n }
    case 8:
      return { field: 6, count: numel }
    default:
      return undefined
  }
}
