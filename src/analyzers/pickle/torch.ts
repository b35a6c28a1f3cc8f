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
