// Turns one torch storage and the tensor views the pickle rebuilds on it (pickle/tensor-names.ts) into the tensors
// the weights stage examines. Naming convention: a tensor is named by its key path in the pickled object, segments
// joined with '.' — `fc1.weight` for a state dict, `model.fc1.weight` / `optimizer.state.0.momentum_buffer` for a
// checkpoint dict, list items by index; the storage record stays in TensorRef.storage. Each contiguous view gets
// exactly its own elements (several tensors can share one storage). Storage bytes no named view covers (a slice
// saved with its whole storage, a non-contiguous view, a hostile gap) are declared too, named
// `<storage>[first:end]` in elements, so nothing a loader maps into memory goes unexamined. When the views are
// unknown or unusable (bogus offsets or sizes, a storage type the views disagree with, too many views), the whole
// storage is declared under its storage name, as before.
import type { TensorView } from '../pickle/types.js'
import type { DType } from '../weights/tensor.js'
import { storageDtype } from './storage.js'

/** Views of one storage followed; past this the storage is examined whole. */
const MAX_VIEWS_PER_STORAGE = 1024
/** Uncovered ranges declared separately; past this the whole storage is declared once more instead. */
const MAX_GAPS = 16
const MAX_NDIM = 64

export interface StorageDecl {
  /** Storage class (`torch.FloatStorage`). */
  storage: string
  numel: bigint
  elementSize: number
  /** Name when no view names it: the storage record (`archive/data/3`, `storage 0`). */
  label: string
}

export interface PlannedTensor {
  name: string
  dtype: DType
  shape: number[]
  /** Byte range inside the storage. */
  start: number
  length: number
  aliases?: string[]
}

/** Views by storage key; views that reached no name are left out (their storage keeps its own name). */
export function viewsByKey(views: readonly TensorView[] | undefined): Map<string, TensorView[]> {
  const out = new Map<string, TensorView[]>()
  for (const v of views ?? []) {
    if (!v.names.length) continue
    const list = out.get(v.key)
    if (list) list.push(v)
    else out.set(v.key, [v])
  }
  return out
}

/** Elements a view spans from its offset, and whether it is C-contiguous; undefined when malformed. */
function extent(v: TensorView, limit: bigint): { numel: bigint; span: bigint; contiguous: boolean } | undefined {
  const { size, stride, offset } = v
  if (offset < 0n || size.length !== stride.length || size.length > MAX_NDIM) return undefined
  let numel = 1n
  for (const s of size) {
    if (s < 0n) return undefined
    numel *= s
    if (numel > limit) return undefined
  }
  if (numel === 0n) return { numel, span: 0n, contiguous: true }
  let last = 0n
  let expect = 1n
  let contiguous = true
  for (let i = size.length - 1; i >= 0; i--) {
    const st = stride[i]!
    if (st < 0n) return undefined
    last += (size[i]! - 1n) * st
    if (last >= limit) return undefined
    if (size[i]! !== 1n && st !== expect) contiguous = false
    expect *= size[i]!
  }
  return { numel, span: last + 1n, contiguous }
}

/** The tensors to declare for one storage (byte ranges inside it). */
export function planStorage(st: StorageDecl, views: readonly TensorView[] | undefined): PlannedTensor[] {
  const dtype = storageDtype(st.storage)
  const es = st.elementSize
  const range = (name: string, first: bigint, end: bigint, shape?: bigint[]): PlannedTensor => ({
    name,
    dtype,
    shape: (shape ?? [end - first]).map(Number),
    start: Number(first) * es,
    length: Number(end - first) * es
  })
  const whole = [range(st.label, 0n, st.numel)]
  // Untyped storages (_rebuild_tensor_v3) count bytes, not elements of the tensor's dtype.
  if (!views?.length || views.length > MAX_VIEWS_PER_STORAGE || /UntypedStorage$/.test(st.storage)) return whole
  const planned: PlannedTensor[] = []
  const covered: [bigint, bigint][] = []
  const byLayout = new Map<string, PlannedTensor>()
  for (const v of views) {
    if (v.storage !== st.storage || v.numel !== st.numel) return whole
    const e = extent(v, st.numel - v.offset)
    if (!e) return whole
    if (e.numel === 0n) continue
    let t: PlannedTensor
    if (e.contiguous) t = range(v.names[0]!, v.offset, v.offset + e.numel, v.size)
    else if (views.length === 1 && v.offset === 0n && e.numel === st.numel && e.span === st.numel)
      t = range(v.names[0]!, 0n, st.numel) // a permuted view of its whole storage: its elements, in storage order
    else continue
    const layout = `${t.start}:${t.length}:${t.shape.join('x')}`
    const same = byLayout.get(layout)
    const aliases = v.names.slice(1)
    if (same) {
      // the same view pickled twice (tied weights saved as two tensors): one tensor, more names
      same.aliases = [...(same.aliases ?? []), t.name, ...aliases].slice(0, 4)
      continue
    }
    if (aliases.length) t.aliases = aliases
    byLayout.set(layout, t)
    planned.push(t)
    covered.push([BigInt(t.start / es), BigInt((t.start + t.length) / es)])
  }
  if (!planned.length) return whole
  const gaps = uncovered(covered, st.numel)
  if (gaps.length > MAX_GAPS) return [...planned, ...whole]
  return [...planned, ...gaps.map(([a, b]) => range(`${st.label}[${a}:${b}]`, a, b))]
}

/** Element ranges of [0, numel) outside every covered range. */
function uncovered(covered: [bigint, bigint][], numel: bigint): [bigint, bigint][] {
  const sorted = [...covered].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  const gaps: [bigint, bigint][] = []
  let at = 0n
  for (const [a, b] of sorted) {
    if (a > at) gaps.push([at, a])
    if (b > at) at = b
  }
  if (at < numel) gaps.push([at, numel])
  return gaps
}

/** A name not used yet in this file: a clash (two storages, one key path after truncation) gets the storage. */
export function uniqueName(used: Set<string>, name: string, storage: string): string {
  let n = used.has(name) ? `${name} (${storage})` : name
  for (let i = 2; used.has(n); i++) n = `${name} (${storage} #${i})`
  used.add(n)
  return n
}
