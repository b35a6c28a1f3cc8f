// Legacy PyTorch tar checkpoints (torch ≤ 0.1.x; still read by torch.load): members `storages` (count pickle,
// then per storage a (key, location, type) pickle + i64 numel + raw bytes, then a views pickle), `tensors`
// (count pickle, then per tensor a pickle + raw ndim/sizes/strides/offset) and `pickle` (the object).
// torch.load extracts them to disk with tarfile, so link members are dangerous.
import type { AnalysisContext } from '../../engine/context.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import type { TarEntry } from '../tar/reader.js'
import { isRegular, memberSource, unsafeTarMember } from '../tar/members.js'
import { analyzePickledContent, runPickle } from './pickled.js'
import { asInt, describe, elementSize, isGlobal, storageDtype, storageLabel } from './storage.js'
import { declareTensor } from '../common/declare.js'

const TORCH_MEMBERS = ['storages', 'tensors', 'pickle']
const MAX_NDIM = 64n

export function isTorchTar(entries: TarEntry[]): boolean {
  const names = new Set(entries.map((e) => e.name))
  return names.has('pickle') && (names.has('storages') || names.has('tensors'))
}

type Walk = { ok: true; end: number } | { ok: false }

async function countPickle(
  m: ByteSource,
  ctx: AnalysisContext,
  what: string
): Promise<{ count: bigint; end: number } | undefined> {
  const r = await runPickle(m, ctx, { profile: 'torch-weights', single: true, start: 0 })
  if (!r || r.pickles < 1) return undefined
  const count = asInt(r.firstValue)
  if (count === undefined || count < 0n) {
    ctx.report('PT-030', `${what} member does not start with a count (got ${describe(r.firstValue)})`, {
      severity: 'medium',
      offset: 0
    })
    return undefined
  }
  return { count, end: r.end }
}

function structure(ctx: AnalysisContext, message: string, offset: number): Walk {
  ctx.report('PT-030', message, { severity: 'medium', offset })
  ctx.notAnalysed(`the rest of the ${ctx.name} member`, offset)
  return { ok: false }
}

/** Walks `storages`: every pickle is analysed, raw storage bytes are skipped by their declared size. */
async function walkStorages(m: ByteSource, ctx: AnalysisContext): Promise<Walk> {
  const head = await countPickle(m, ctx, 'storages')
  if (!head) return { ok: false }
  let pos = head.end
  for (let i = 0n; i < head.count; i++) {
    ctx.checkDeadline(pos)
    const r = await runPickle(m, ctx, { profile: 'torch-weights', single: true, start: pos })
    if (!r || r.pickles < 1) return { ok: false }
    const args = r.firstValue
    if (!Array.isArray(args) || args.length !== 3 || !isGlobal(args[2]))
      return structure(ctx, `storage record ${i} is ${describe(args)}, not (key, location, storage type)`, pos)
    const size = elementSize(args[2].global)
    if (size === undefined) return structure(ctx, `storage record ${i} has unknown type ${args[2].global}`, pos)
    const hdr = await m.read(r.end, 8)
    if (hdr.length < 8) return structure(ctx, `storage record ${i} is truncated`, r.end)
    const numel = hdr.readBigInt64LE(0)
    const next = BigInt(r.end + 8) + numel * BigInt(size)
    if (numel < 0n || next > BigInt(m.size))
      return structure(ctx, `storage record ${i} declares ${numel} elements, more than the member holds`, r.end)
    // the raw storage bytes follow the header: hand float storages to the weights stage (read nothing now)
    const dtype = storageDtype(args[2].global)
    if (dtype !== 'other')
      declareTensor(
        ctx,
        storageLabel(typeof args[0] === 'string' ? args[0] : describe(args[0])),
        dtype,
        [Number(numel)],
        new SliceSource(m, r.end + 8, Number(numel) * size)
      )
    pos = Number(next)
  }
  const views = await runPickle(m, ctx, { profile: 'torch-weights', single: true, start: pos })
  if (!views || views.pickles < 1) return { ok: false }
  return { ok: true, end: views.end }
}

/** Walks `tensors`: per tensor a pickle, then i32 ndim, 4 bytes, ndim sizes, ndim strides, i64 offset. */
async function walkTensors(m: ByteSource, ctx: AnalysisContext): Promise<Walk> {
  const head = await countPickle(m, ctx, 'tensors')
  if (!head) return { ok: false }
  let pos = head.end
  for (let i = 0n; i < head.count; i++) {
    ctx.checkDeadline(pos)
    const r = await runPickle(m, ctx, { profile: 'torch-weights', single: true, start: pos })
    if (!r || r.pickles < 1) return { ok: false }
    const hdr = await m.read(r.end, 8)
    if (hdr.length < 8) return structure(ctx, `tensor record ${i} is truncated`, r.end)
    const ndim = BigInt(hdr.readInt32LE(0))
    if (ndim < 0n || ndim > MAX_NDIM) return structure(ctx, `tensor record ${i} has ${ndim} dimensions`, r.end)
    const next = r.end + 8 + Number(ndim) * 16 + 8
    if (next > m.size) return structure(ctx, `tensor record ${i} is truncated`, r.end)
    pos = next
  }
  return { ok: true, end: pos }
}

async function trailing(m: ByteSource, ctx: AnalysisContext, end: number): Promise<void> {
  if (end >= m.size) return
  ctx.report('PT-030', `${m.size - end} bytes follow the ${ctx.name} records; torch.load never reads them`, {
    severity: 'medium',
    offset: end,
    evidence: `trailing:${m.size - end}`
  })
}

export async function analyzeTorchTar(src: ByteSource, ctx: AnalysisContext, entries: TarEntry[]): Promise<void> {
  const names = new Set(entries.map((e) => e.name))
  for (const n of TORCH_MEMBERS)
    if (!names.has(n))
      ctx.report('PT-030', `Legacy torch tar without a "${n}" member: torch.load fails on it`, {
        severity: 'medium',
        evidence: n
      })
  for (const e of entries) {
    ctx.checkDeadline()
    const member = ctx.childPath(e.name, true)
    const bad = unsafeTarMember(e)
    if (bad && TORCH_MEMBERS.includes(e.name))
      ctx.report('PT-030', `Member "${e.name}" is a ${bad}: torch.load extracts it and then reads through the link`, {
        member,
        evidence: e.linkName.slice(0, 200) || e.name
      })
    else if (bad) ctx.report('CTR-006', `Unsafe tar member: ${bad}`, { member, evidence: e.name.slice(0, 200) })
    if (!isRegular(e)) continue
    const m = memberSource(src, e)
    const child = ctx.child(e.name, true)
    if (e.name === 'pickle') {
      await analyzePickledContent(m, child, { profile: 'torch-weights' })
    } else if (e.name === 'storages' || e.name === 'tensors') {
      const walk = e.name === 'storages' ? await walkStorages(m, child) : await walkTensors(m, child)
      if (walk.ok) await trailing(m, child, walk.end)
    } else {
      const outcome = await ctx.analyzeMember(e.name, m, {}, true)
      ctx.report(
        'PT-030',
        `Unexpected member "${e.name.slice(0, 100)}" in a legacy torch tar${outcome.formats.length ? ` (${outcome.formats.join(' + ')})` : ''}`,
        {
          member,
          severity: outcome.formats.length ? 'medium' : 'low',
          evidence: e.name.slice(0, 200)
        }
      )
    }
  }
}
