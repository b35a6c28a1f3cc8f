// Tensor view bounds of torch rebuild calls (PT-013): `_rebuild_tensor_v2(storage, storage_offset, size, stride, …)`
// must stay inside the storage the persistent id declares (`('storage', StorageType, key, location, numel)`).
import type { PickleMachine } from './machine.js'
import {
  K_PERSID,
  K_TUPLE,
  kindOf,
  literalInt,
  literalInts,
  seqItems,
  type PersVal,
  type TupleVal,
  type Value
} from './values.js'

const VIEW_REBUILDERS = new Set([
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3'
])

/** numel of the storage a persistent id describes, when literal. */
function storageNumel(storage: Value | undefined): bigint | undefined {
  if (storage === undefined || kindOf(storage) !== K_PERSID) return undefined
  const pid = seqItems((storage as PersVal).pid)
  if (!pid || pid[0] !== 'storage') return undefined
  return literalInt(pid[4], true)
}

export function checkRebuild(m: PickleMachine, callee: string, args: Value, at: number): void {
  if (!VIEW_REBUILDERS.has(callee) || kindOf(args) !== K_TUPLE) return
  const [storage, offsetV, sizeV, strideV] = (args as TupleVal).items
  if (plainView(storage, offsetV, sizeV, strideV)) return
  const offset = literalInt(offsetV, true)
  const size = literalInts(sizeV, true)
  const stride = literalInts(strideV, true)
  const fn = callee.slice(callee.lastIndexOf('.') + 1)
  const bad = (why: string) => m.report('PT-013', `${fn}: ${why}`, at, undefined, why)
  if (offset !== undefined && offset < 0n) return bad(`negative storage offset ${offset}`)
  if (!size || !stride) return
  if (size.length !== stride.length) return bad(`size has ${size.length} dimensions but stride has ${stride.length}`)
  if (size.some((s) => s < 0n)) return bad(`negative size (${size.join(', ')})`)
  if (stride.some((s) => s < 0n)) return bad(`negative stride (${stride.join(', ')})`)
  const numel = storageNumel(storage)
  if (numel === undefined || offset === undefined || size.some((s) => s === 0n)) return
  let last = offset
  for (let i = 0; i < size.length; i++) last += (size[i]! - 1n) * stride[i]!
  if (last + 1n > numel)
    bad(
      `view reaches element ${last} (offset ${offset}, size (${size.join(', ')}), stride (${stride.join(', ')})) of a ${numel}-element storage`
    )
}

/** A small non-negative whole number (what almost every view argument is), else -1. */
function small(v: Value | undefined): number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : -1
}

/**
 * True when the view is plainly inside its storage, proved in doubles without allocating (a checkpoint has one
 * view per tensor); anything else, or anything near 2^53, takes the exact BigInt check.
 */
function plainView(storage: Value | undefined, offsetV: Value | undefined, sizeV: Value, strideV: Value): boolean {
  const offset = small(offsetV)
  const size = seqItems(sizeV)
  const stride = seqItems(strideV)
  if (offset < 0 || !size || !stride || size.length !== stride.length) return false
  if (kindOf(sizeV) === K_TUPLE && (sizeV as TupleVal).n !== size.length) return false
  if (kindOf(strideV) === K_TUPLE && (strideV as TupleVal).n !== stride.length) return false
  let last = offset
  let empty = false
  for (let i = 0; i < size.length; i++) {
    const n = small(size[i])
    const st = small(stride[i])
    if (n < 0 || st < 0) return false
    if (n === 0) empty = true
    else last += (n - 1) * st
  }
  if (!Number.isSafeInteger(last)) return false
  if (storage === undefined || kindOf(storage) !== K_PERSID) return true
  const pid = seqItems((storage as PersVal).pid)
  if (!pid || pid[0] !== 'storage') return true
  const numel = small(pid[4])
  return numel >= 0 && (empty || last + 1 <= numel)
}
