// The weights stage: after a file's format analyzers have declared its tensors (run.tensors), look at the
// values — low mantissa bits for hidden payloads (STEG rules) and distributions for anomalies (WPOI rules).
// Bounded: each tensor is examined from its start up to a per-tensor cap, within a per-file byte budget.
import zlib from 'node:zlib'
import type { AnalysisContext } from '../../engine/context.js'
import { DTYPE_SIZE, type TensorRef } from './tensor.js'
import { FloatStats } from './stats.js'
import { carve, type Carved } from './carve.js'
import type { Severity, TensorSummary } from '../../engine/types.js'

const MIN_ELEMENTS = 4096
const LARGE_ELEMENTS = 65536
/** Bytes examined from the start of one tensor at most (analyzers that must copy tensor bytes read no more). */
export const PER_TENSOR_BYTES = 8 * 1024 * 1024
const CHUNK = 1024 * 1024

const crc32 = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32

function isFloat(t: TensorRef): boolean {
  return t.dtype === 'f64' || t.dtype === 'f32' || t.dtype === 'f16' || t.dtype === 'bf16'
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
  // STEG-001: low-bit structure on a tensor whose values are not constant or quantised. A non-uniform low byte
  // alone is not payload evidence: initialisers put values on a coarse grid (24 random bits scaled by a constant),
  // which leaves a pattern in the lowest bits. Medium needs payload-like structure (see judgeLowBits).
  // float64 arrays often hold arithmetic sequences (bin edges, linspace grids, thresholds) whose
  // low bits legitimately depend on each other: only payload signatures (STEG-003) judge them
  if (fullRange && zeroLow < 0.5 && t.dtype !== 'f64') {
    const v = judgeLowBits(s, t.dtype)
    if (v) ctx.report('STEG-001', `Tensor ${t.name}: ${v.message}`, { ...where, severity: v.severity })
  }
  if (s.nan + s.inf > 0)
    ctx.report('STEG-004', `Tensor ${t.name}: ${s.nan} NaN and ${s.inf} infinite values among ${s.n} examined`, where)
}

/** Payload-like structure: above this χ² excess per sample (data: init and trained ≤ 0.03, payloads ≥ 1). */
const PAYLOAD_EXCESS = 0.2
/** Below this the low-bit structure is fully explained by a value grid (periodic, independent per value). */
const EXPLAINED_EXCESS = 0.05

/**
 * Judges the low bits of one tensor (format rules §13.2 and the README's weights paragraph). Two payload tests, both
 * blind to how non-uniform the low byte is: (1) structure spanning the whole low byte rather than repeating within
 * its lowest 6 bits (a whole-byte payload; skipped for bf16, whose low byte holds an exponent bit), (2) dependence
 * between the low-bit symbols of consecutive values (a payload written in order, k = 1, 2, 4 bits per value).
 * Either → medium (low under 64k elements). Otherwise a non-uniform low byte is a value grid: info when it is fully
 * explained, low when it is not.
 */
function judgeLowBits(s: FloatStats, dtype: TensorRef['dtype']): { severity: Severity; message: string } | undefined {
  const aperiodic = dtype === 'bf16' ? 0 : s.aperiodicExcess(64)
  let seq = 0
  let seqBits = 0
  for (const k of [1, 2, 4] as const) {
    const x = s.sequenceExcess(k)
    if (x > seq) [seq, seqBits] = [x, k]
  }
  const ent = s.lowByteEntropy()
  const chi2 = s.lowByteChi2()
  const bias = s.worstBitBias()
  const stats = `entropy ${fmt(ent)} bits, χ² ${fmt(chi2)}, bit ${bias.bit} set in ${fmt(bias.ratio * 100)}% of ${s.n} values`
  if (aperiodic > PAYLOAD_EXCESS || seq > PAYLOAD_EXCESS) {
    const why = [
      ...(aperiodic > PAYLOAD_EXCESS ? [`structure across the whole low byte (excess ${fmt(aperiodic)})`] : []),
      ...(seq > PAYLOAD_EXCESS
        ? [`the low bits of consecutive values depend on each other (${seqBits} bit(s) per value, excess ${fmt(seq)})`]
        : [])
    ].join('; ')
    return {
      severity: s.n >= LARGE_ELEMENTS ? 'medium' : 'low',
      message: `low bits of its values carry payload-like structure: ${why} (${stats}); random and trained weights have neither`
    }
  }
  // χ² relative to n (an effect size): a text payload scores ~5, clean weights ~0.001 whatever the sample size.
  if (!(ent < 7.5 || (chi2 > 1000 && chi2 / s.n > 0.05) || Math.abs(bias.ratio - 0.5) > 0.05)) return undefined
  if (aperiodic <= EXPLAINED_EXCESS && seq <= EXPLAINED_EXCESS)
    return {
      severity: 'info',
      message: `low byte of its values is not uniform (${stats}), but the pattern repeats within its lowest bits and is independent from value to value: values on a coarse grid, as reduced-precision random initialisation produces (an untrained tensor?), not a payload`
    }
  return {
    severity: 'low',
    message: `low byte of its values is not uniform (${stats}), with no payload-like structure but not explained by a value grid either (excess ${fmt(Math.max(aperiodic, seq))})`
  }
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
