// The weights stage: after a file's format analyzers have declared its tensors (run.tensors), look at the
// values — low mantissa bits for hidden payloads (STEG rules) and distributions for anomalies (WPOI rules).
// Bounded: each tensor is examined from its start up to a per-tensor cap, within a per-file byte budget.
import zlib from 'node:zlib'
import type { AnalysisContext } from '../../engine/context.js'
import { DTYPE_SIZE, type TensorRef } from './tensor.js'
import { FloatStats } from './stats.js'
import { carve, type Carved } from './carve.js'
import type { TensorSummary } from '../../engine/types.js'

const MIN_ELEMENTS = 4096
const LARGE_ELEMENTS = 65536
/** Bytes examined from the start of one tensor at most (analyzers that must copy tensor bytes read no more). */
export const PER_TENSOR_BYTES = 8 * 1024 * 1024
const CHUNK = 1024 * 1024

const crc32 = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32

function isFloat(t: TensorRef): boolean {
  return t.dtype === 'f32' || t.dtype === 'f16' || t.dtype === 'bf16'
}

function fmt(x: number): string {
  return Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x)
}

export async function examineWeights(
  ctx: AnalysisContext,
  tensors: TensorRef[],
  budgetBytes: number
): Promise<TensorSummary[]> {
  const summaries: TensorSummary[] = []
  const examined: { t: TensorRef; s: FloatStats }[] = []
  let budget = budgetBytes
  let skipped = 0
  for (const t of tensors) {
    if (!isFloat(t) || t.bytes.size < MIN_ELEMENTS * DTYPE_SIZE[t.dtype]) continue
    if (budget <= 0) {
      skipped++
      continue
    }
    ctx.checkDeadline()
    const size = DTYPE_SIZE[t.dtype]
    const limit = Math.min(t.bytes.size, PER_TENSOR_BYTES, budget)
    const s = new FloatStats(t.dtype)
    let crc = 0
    for (let off = 0; off < limit; off += CHUNK) {
      const len = Math.min(CHUNK, limit - off)
      const chunk = await t.bytes.read(off, len - (len % size))
      if (chunk.length === 0) break
      s.add(chunk, off / size)
      if (crc32) crc = crc32(chunk, crc)
    }
    budget -= limit
    examined.push({ t, s })
    const m = s.moments()
    summaries.push({
      name: t.name,
      ...(t.storage !== undefined ? { storage: t.storage } : {}),
      ...(t.aliases?.length ? { aliases: t.aliases } : {}),
      dtype: t.dtype,
      shape: t.shape,
      elements: Math.floor(t.bytes.size / size),
      examinedElements: s.n,
      mean: m.mean,
      std: m.std,
      maxAbs: s.maxAbs,
      nonFinite: s.nan + s.inf,
      crc32: (crc >>> 0).toString(16).padStart(8, '0')
    })
    judgeTensor(ctx, t, s)
  }
  judgeAcrossTensors(ctx, examined)
  if (skipped > 0)
    ctx.report(
      'STEG-010',
      `Weight statistics covered ${examined.length} tensor(s); ${skipped} more were not examined (budget of ${budgetBytes} bytes per file)`
    )
  return summaries
}

function judgeTensor(ctx: AnalysisContext, t: TensorRef, s: FloatStats): void {
  const where = { member: t.member ?? ctx.member, evidence: t.name }
  // STEG-003: payload signatures in the extracted low-bit streams.
  const streams: [string, string][] = [
    ['8', 'low 8 bits'],
    ['4', 'low 4 bits'],
    ['2', 'low 2 bits'],
    ['1', 'lowest bit'],
    ...(t.dtype === 'f32' ? ([['low3', 'low 3 bytes']] as [string, string][]) : [])
  ]
  // Every stream is carved; the most dangerous hit wins (an EvilModel script also leaves text in the low byte).
  let best: { label: string; hit: Carved } | undefined
  for (const [key, label] of streams)
    for (const hit of carve(s.stream(key))) if (!best || (hit.dangerous && !best.hit.dangerous)) best = { label, hit }
  if (best) {
    ctx.report(
      'STEG-003',
      `Tensor ${t.name}: the ${best.label} of its values decode to ${best.hit.kind} at byte ${best.hit.offset} of the extracted stream ("${best.hit.preview}")`,
      { ...where, severity: best.hit.dangerous ? 'high' : 'medium' }
    )
    return
  }
  const fullRange = s.distinctValues > 4096
  const zeroLow = s.lowByte[0]! / s.n
  // STEG-002: upcast provenance broken in one contiguous region.
  if (t.dtype === 'f32' && fullRange) {
    for (const [count, label] of [
      [s.nonzeroLow16, 'bf16'],
      [s.nonzeroLow13, 'fp16']
    ] as [number, string][]) {
      const frac = count / s.n
      const span = s.lastNonzeroLow16 - s.firstNonzeroLow16 + 1
      if (frac > 0.001 && frac < 0.7 && span > 0 && span <= 0.9 * s.n && s.nonzeroLow16 / span >= 0.5) {
        ctx.report(
          'STEG-002',
          `Tensor ${t.name}: ${fmt((1 - frac) * 100)}% of its float32 values are exactly ${label}-representable, but elements ${s.firstNonzeroLow16}–${s.lastNonzeroLow16} carry low mantissa bits`,
          where
        )
        return
      }
    }
  }
  // STEG-001: low-byte distribution anomaly on a tensor whose values are not constant or quantised.
  if (fullRange && zeroLow < 0.5) {
    const ent = s.lowByteEntropy()
    const chi2 = s.lowByteChi2()
    const bias = s.worstBitBias()
    // χ² relative to n (an effect size): a text payload scores ~5, clean weights ~0.001 whatever the sample size.
    if (ent < 7.5 || (chi2 > 1000 && chi2 / s.n > 0.05) || Math.abs(bias.ratio - 0.5) > 0.05) {
      ctx.report(
        'STEG-001',
        `Tensor ${t.name}: low byte of its values is not uniform (entropy ${fmt(ent)} bits, χ² ${fmt(chi2)}, bit ${bias.bit} set in ${fmt(bias.ratio * 100)}% of ${s.n} values); trained weights look random there`,
        { ...where, severity: s.n >= LARGE_ELEMENTS ? 'medium' : 'low' }
      )
    }
  }
  if (s.nan + s.inf > 0)
    ctx.report('STEG-004', `Tensor ${t.name}: ${s.nan} NaN and ${s.inf} infinite values among ${s.n} examined`, where)
}

function judgeAcrossTensors(ctx: AnalysisContext, examined: { t: TensorRef; s: FloatStats }[]): void {
  const large = examined.filter(({ t, s }) => t.dtype === 'f32' && s.n >= LARGE_ELEMENTS && s.distinctValues > 4096)
  const upcast = large.filter(({ s }) => s.nonzeroLow16 === 0)
  if (upcast.length >= 2)
    for (const { t, s } of large)
      if (s.nonzeroLow16 / s.n > 0.5)
        ctx.report(
          'STEG-002',
          `Tensor ${t.name} has full float32 precision while ${upcast.length} other tensors in the file are exact bf16 upcasts`,
          { member: t.member ?? ctx.member, evidence: t.name, severity: 'medium' }
        )
  // WPOI-001: tensors whose spread is far from their peers of the same role (same name pattern and shape).
  const groups = new Map<string, { t: TensorRef; s: FloatStats }[]>()
  for (const e of examined) {
    const key = `${e.t.name.replace(/\d+/g, '#')}|${e.t.shape.join('x')}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  for (const members of groups.values()) {
    if (members.length < 5) continue
    const logStd = members.map(({ s }) => Math.log(s.moments().std || 1e-30))
    const med = median(logStd)
    const mad = median(logStd.map((x) => Math.abs(x - med))) || 1e-9
    members.forEach(({ t, s }, i) => {
      const z = (0.6745 * (logStd[i]! - med)) / mad
      if (Math.abs(z) > 8)
        ctx.report(
          'WPOI-001',
          `Tensor ${t.name}: standard deviation ${fmt(s.moments().std)} against a median of ${fmt(Math.exp(med))} among ${members.length} tensors of the same role (robust z ${fmt(z)})`,
          { member: t.member ?? ctx.member, evidence: t.name }
        )
    })
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
