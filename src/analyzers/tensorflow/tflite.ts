// TF Lite flatbuffer (tensorflow/lite/schema/schema.fbs): operator codes (Flex and custom ops), subgraph
// structure (indices in range), tensor sizes against their buffers, buffers stored outside the flatbuffer
// (offset/size, > 2 GiB models) and free-text metadata. Reads at offsets through a page cache; weights are
// never read.
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { Severity } from '../../engine/types.js'
import { LimitExceeded } from '../../engine/limits.js'
import { CappedReporter } from '../common/capped.js'
import { SNIFF_MAX, sniffBytes, sniffText } from '../common/sniff.js'
import { reportSecrets } from '../secrets/index.js'
import { DANGEROUS_TF_OPS, TFLITE_BUILTIN_CUSTOM_OPS } from './dangerous-ops.js'
import { STOCK_TF_OPS } from './stock-ops.js'
import { FbFile, tableAt, type FbTable } from './flatbuffer.js'
import { flexNodeDef } from './flex.js'
import { SliceSource } from '../../engine/source.js'
import { declareTensor } from '../common/declare.js'
import type { DType } from '../weights/tensor.js'

/** TensorType values the weights stage understands. */
const TFL_DTYPE: Record<number, DType> = {
  0: 'f32',
  1: 'f16',
  2: 'i32',
  3: 'u8',
  4: 'i64',
  6: 'bool',
  7: 'i16',
  9: 'i8',
  10: 'f64',
  18: 'bf16'
}

const CUSTOM = 32
const FLEX_PREFIX = 'Flex'
/** Element sizes in bits per TensorType (STRING, RESOURCE, VARIANT have none). */
const TYPE_BITS: Record<number, number> = {
  0: 32,
  1: 16,
  2: 32,
  3: 8,
  4: 64,
  6: 8,
  7: 16,
  8: 64,
  9: 8,
  10: 64,
  11: 128,
  12: 64,
  15: 32,
  16: 16,
  17: 4,
  18: 16
}
const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 }

interface OpCode {
  code: number
  custom?: string
  /** The Flex NodeDef of this code was already read. */
  checked?: boolean
}

async function analyzeTflite(fb: FbFile, ctx: AnalysisContext, out: CappedReporter): Promise<void> {
  const root = await fb.u32(0)
  const model = await fb.table(root, 'Model')

  // Free text: description and metadata names/buffers.
  const desc = await model.string(3, SNIFF_MAX, 'description')
  if (desc) payloadText(ctx, out, desc.value, 'model description', root, desc.length)

  const opcodesV = await model.vector(1, 4, 'operator_codes')
  if ((opcodesV?.length ?? 0) > ctx.limits.maxEntries)
    throw new LimitExceeded('maxEntries', `${opcodesV!.length} operator codes exceed the entry limit`, opcodesV!.start)
  const opcodes: OpCode[] = []
  for (let i = 0; opcodesV && i < opcodesV.length; i++) {
    ctx.checkDeadline()
    const t = await tableAt(fb, opcodesV, i, `operator_codes[${i}]`)
    const dep = await t.i8(0)
    const builtin = await t.i32(3)
    const code = Math.max(dep, builtin)
    const custom = code === CUSTOM ? (await t.string(1, 1024, 'custom_code'))?.value : undefined
    opcodes.push(custom !== undefined ? { code, custom } : { code })
    if (code === CUSTOM) customOp(out, custom ?? '', i, t.pos)
  }

  const buffersV = await model.vector(4, 4, 'buffers')
  const nBuffers = buffersV?.length ?? 0
  const bufferLen = new Map<number, bigint>()
  const bufferAt = new Map<number, number>()
  const external: { i: number; off: bigint; size: bigint }[] = []
  for (let i = 0; buffersV && i < buffersV.length; i++) {
    ctx.checkDeadline()
    const b = await tableAt(fb, buffersV, i, `buffers[${i}]`)
    const data = await b.vector(0, 1, `buffers[${i}].data`)
    const off = await b.u64(1)
    const size = await b.u64(2)
    if (data && data.length) {
      bufferLen.set(i, BigInt(data.length))
      bufferAt.set(i, data.start)
    }
    if (off > 1n) {
      bufferLen.set(i, size)
      if (off + size > BigInt(fb.size))
        out.report('TFL-003', `buffers[${i}] claims bytes ${off}…${off + size} beyond the file (${fb.size} bytes)`, {
          offset: b.pos
        })
      else external.push({ i, off, size })
    }
  }
  external.sort((a, b) => (a.off < b.off ? -1 : a.off > b.off ? 1 : 0))
  for (let k = 1; k < external.length; k++) {
    const prev = external[k - 1]!
    const cur = external[k]!
    if (cur.off < prev.off + prev.size)
      out.report('TFL-003', `buffers[${prev.i}] and buffers[${cur.i}] overlap in the file`, { offset: Number(cur.off) })
  }

  const subgraphsV = await model.vector(2, 4, 'subgraphs')
  for (let s = 0; subgraphsV && s < subgraphsV.length; s++) {
    const sg = await tableAt(fb, subgraphsV, s, `subgraphs[${s}]`)
    await subgraph(fb, ctx, out, sg, s, opcodes, nBuffers, bufferLen, bufferAt)
  }

  const metaV = await model.vector(6, 4, 'metadata')
  for (let i = 0; metaV && i < metaV.length; i++) {
    const m = await tableAt(fb, metaV, i, `metadata[${i}]`)
    const name = (await m.string(0, 1024, 'metadata name'))?.value ?? ''
    const bi = await m.u32(1)
    if (bi >= nBuffers) {
      out.report('TFL-003', `metadata ${JSON.stringify(name)} names buffer ${bi} of ${nBuffers}`, { offset: m.pos })
      continue
    }
    const b = await tableAt(fb, buffersV!, bi, `buffers[${bi}]`)
    const data = await b.vector(0, 1, `buffers[${bi}].data`)
    if (!data || data.length === 0) continue
    const n = Math.min(data.length, SNIFF_MAX)
    const bytes = Buffer.from(await fb.src.read(data.start, n))
    const hits = sniffBytes(bytes)
    const textHits = hits.length ? hits : sniffText(printableRuns(bytes))
    for (const h of textHits.slice(0, 2))
      out.report('TFL-005', `metadata ${JSON.stringify(name)}: ${h.detail}`, {
        severity: RANK[h.severity] >= RANK.medium ? h.severity : 'low',
        offset: data.start,
        ...(h.evidence ? { evidence: h.evidence } : {})
      })
    reportSecrets(ctx, printableRuns(bytes), `metadata ${name}`, data.start)
  }
}

/** Concatenated printable runs of a binary blob (strings inside a metadata flatbuffer). */
function printableRuns(b: Buffer): string {
  return (b.toString('latin1').match(/[\x20-\x7e\t\n\r]{8,}/g) ?? []).join('\n')
}

function payloadText(
  ctx: AnalysisContext,
  out: CappedReporter,
  text: string,
  where: string,
  offset: number,
  total: number
) {
  for (const h of sniffText(text, { totalLength: total }).slice(0, 2))
    out.report('TFL-005', `${where}: ${h.detail}`, {
      severity: h.severity,
      offset,
      ...(h.evidence ? { evidence: h.evidence } : {})
    })
  reportSecrets(ctx, text, where, offset)
}

function customOp(out: CappedReporter, custom: string, i: number, at: number): void {
  const shown = JSON.stringify(custom.slice(0, 100))
  if (custom.startsWith(FLEX_PREFIX)) {
    const tfOp = custom.slice(FLEX_PREFIX.length)
    const risk = DANGEROUS_TF_OPS.get(tfOp)
    let severity: Severity = 'medium'
    let why = 'runs a TensorFlow kernel through the Flex delegate'
    if (risk && RANK[risk.severity] > RANK.medium) {
      severity = risk.severity
      why = `TensorFlow ${tfOp} ${risk.why}`
    } else if (!STOCK_TF_OPS.has(tfOp)) why = `${tfOp} is not a stock TensorFlow op (needs a custom kernel)`
    out.report('TFL-001', `operator_codes[${i}]: Flex op ${shown}: ${why}`, {
      severity,
      offset: at,
      evidence: custom.slice(0, 100)
    })
    return
  }
  if (TFLITE_BUILTIN_CUSTOM_OPS.has(custom)) {
    out.report('TFL-002', `operator_codes[${i}]: custom op ${shown} ships with the TF Lite runtime`, {
      severity: 'low',
      offset: at,
      evidence: custom
    })
    return
  }
  out.report('TFL-002', `operator_codes[${i}]: custom op ${shown} needs an application-registered kernel`, {
    offset: at,
    evidence: custom.slice(0, 100)
  })
}

async function subgraph(
  fb: FbFile,
  ctx: AnalysisContext,
  out: CappedReporter,
  sg: FbTable,
  s: number,
  opcodes: OpCode[],
  nBuffers: number,
  bufferLen: Map<number, bigint>,
  bufferAt: Map<number, number>
): Promise<void> {
  const tensorsV = await sg.vector(0, 4, `subgraphs[${s}].tensors`)
  const nTensors = tensorsV?.length ?? 0
  for (let t = 0; tensorsV && t < tensorsV.length; t++) {
    ctx.checkDeadline()
    const tensor = await tableAt(fb, tensorsV, t, `tensor ${t}`)
    const bi = await tensor.u32(2)
    const where = `subgraphs[${s}].tensors[${t}]`
    if (bi >= nBuffers && nBuffers > 0) {
      out.report('TFL-003', `${where} names buffer ${bi} of ${nBuffers}`, { offset: tensor.pos })
      continue
    }
    const len = bufferLen.get(bi)
    if (bi === 0 || len === undefined) continue
    const type = await tensor.i8(1)
    const bits = TYPE_BITS[type]
    if (bits === undefined) continue
    const shapeV = await tensor.vector(0, 4, `${where}.shape`)
    let numel = 1n
    let bad = false
    for (let d = 0; shapeV && d < shapeV.length && d < 64; d++) {
      const dim = await fb.i32(shapeV.start + 4 * d)
      if (dim < 0) bad = true
      numel *= BigInt(Math.max(dim, 0))
    }
    const want = (numel * BigInt(bits) + 7n) / 8n
    if (bad || want !== len)
      out.report(
        'TFL-004',
        `${where}: shape × type size needs ${bad ? 'a non-negative shape' : `${want} bytes`} but buffer ${bi} holds ${len}`,
        { offset: tensor.pos }
      )
    else if (TFL_DTYPE[type] && bufferAt.has(bi)) {
      const name = (await tensor.string(3, 1024, `${where}.name`))?.value ?? where
      const shape: number[] = []
      for (let d = 0; shapeV && d < shapeV.length && d < 64; d++) shape.push(await fb.i32(shapeV.start + 4 * d))
      declareTensor(ctx, name, TFL_DTYPE[type]!, shape, new SliceSource(fb.src, bufferAt.get(bi)!, Number(len)))
    }
  }
  const opsV = await sg.vector(3, 4, `subgraphs[${s}].operators`)
  for (let o = 0; opsV && o < opsV.length; o++) {
    ctx.checkDeadline()
    const op = await tableAt(fb, opsV, o, `operator ${o}`)
    const idx = await op.u32(0)
    const where = `subgraphs[${s}].operators[${o}]`
    if (idx >= opcodes.length)
      out.report('TFL-003', `${where} uses opcode_index ${idx} of ${opcodes.length}`, { offset: op.pos })
    else await checkFlexNodeDef(fb, ctx, out, op, opcodes[idx]!, where)
    for (const [slot, what] of [
      [1, 'inputs'],
      [2, 'outputs']
    ] as const) {
      const v = await op.vector(slot, 4, `${where}.${what}`)
      for (let k = 0; v && k < v.length && k < 4096; k++) {
        const ti = await fb.i32(v.start + 4 * k)
        if (ti < -1 || ti >= nTensors) {
          out.report('TFL-003', `${where} ${what}[${k}] names tensor ${ti} of ${nTensors}`, { offset: op.pos })
          break
        }
      }
    }
  }
}

/**
 * The NodeDef a Flex op really runs. custom_code is only a label: an op named FlexMatMul whose NodeDef says
 * WriteFile runs WriteFile. Checked once per operator code.
 */
async function checkFlexNodeDef(
  fb: FbFile,
  ctx: AnalysisContext,
  out: CappedReporter,
  op: FbTable,
  code: OpCode,
  where: string
) {
  if (!code.custom?.startsWith(FLEX_PREFIX) || code.checked) return
  code.checked = true
  const opts = await op.vector(5, 1, `${where}.custom_options`)
  if (!opts || opts.length === 0 || opts.length > 1 << 20) return
  const node = await flexNodeDef(Buffer.from(await fb.src.read(opts.start, opts.length)), ctx.limits.maxNesting)
  if (!node) {
    out.report(
      'TFL-001',
      `${where}: Flex op ${JSON.stringify(code.custom)} has custom options that are not a readable NodeDef`,
      {
        offset: opts.start
      }
    )
    return
  }
  const label = code.custom.slice(FLEX_PREFIX.length)
  if (node.op === label) return
  const risk = DANGEROUS_TF_OPS.get(node.op)
  const severity: Severity = risk && RANK[risk.severity] > RANK.high ? risk.severity : 'high'
  out.report(
    'TFL-001',
    `${where}: Flex op labelled ${JSON.stringify(code.custom)} carries a NodeDef for ${JSON.stringify(node.op.slice(0, 100))}${risk ? `, which ${risk.why}` : ''}`,
    { severity, offset: opts.start, evidence: node.op.slice(0, 100) }
  )
}

export const analyzer: FormatAnalyzer = {
  id: 'tflite',
  detect: (v) => v.head.length >= 8 && v.head.toString('latin1', 4, 8) === 'TFL3' && v.head.readUInt32LE(0) < v.size,
  async analyze(src, ctx) {
    ctx.setFormat('tflite')
    const out = new CappedReporter(ctx)
    try {
      await analyzeTflite(new FbFile(src), ctx, out)
    } finally {
      out.flush()
    }
  }
}
