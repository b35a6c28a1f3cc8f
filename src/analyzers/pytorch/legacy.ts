// Legacy PyTorch "magic number" streams (torch.save(..., _use_new_zipfile_serialization=False)): five pickles
// read one at a time — magic number, protocol 1001, sys_info, the object, the storage keys — then each storage's
// bytes (i64 numel + data). torch unpickles the first pickle before comparing it with the magic number, so the
// first pickle is itself a place for code (PT-020). Storage bytes are skipped by their declared sizes, never read.
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import { startsWith, TORCH_LEGACY_MAGIC } from '../../engine/magic.js'
import { looksLikePickle } from '../pickle/index.js'
import type { Literal, PickleResult } from '../pickle/types.js'
import { runPickle } from './pickled.js'
import type { TensorView } from '../pickle/types.js'
import { planStorage, uniqueName, viewsByKey } from './views.js'
import {
  asInt,
  describe,
  isGlobal,
  isUnknown,
  parseStoragePid,
  reportIncompleteNames,
  reportWholeModule,
  storageLabel
} from './storage.js'

/** LONG1 opcode with the 10-byte MAGIC_NUMBER 0x1950a86a20f9469cfc6c. */
const LONG1_MAGIC = TORCH_LEGACY_MAGIC.subarray(2, 14)
/** BININT2 1001 + STOP: the body of the protocol-version pickle. */
const PROTOCOL_BODY = Buffer.from([0x4d, 0xe9, 0x03, 0x2e])
const PROTOCOL_VERSION = 1001n

/** Whether the first pickle is PROTO n, an optional FRAME, LONG1 magic, STOP — nothing else. */
export function isBareMagic(first: Buffer): boolean {
  let p = 0
  if (first[p] === 0x80) p += 2
  if (first[p] === 0x95) p += 9
  return (
    first.length === p + LONG1_MAGIC.length + 1 && startsWith(first, LONG1_MAGIC, p) && first[first.length - 1] === 0x2e
  )
}

/** A second pickle that is exactly the protocol version (PROTO n, optional FRAME, BININT2 1001, STOP). */
function hasProtocolPickle(head: Buffer): boolean {
  const window = head.subarray(0, 4096)
  for (let i = window.indexOf(PROTOCOL_BODY); i >= 0; i = window.indexOf(PROTOCOL_BODY, i + 1)) {
    if (i >= 3 && window[i - 2] === 0x80 && window[i - 1]! >= 2 && window[i - 1]! <= 5) return true
    if (i >= 12 && window[i - 11] === 0x80 && window[i - 10]! >= 4 && window[i - 9] === 0x95) return true
  }
  return false
}

/** A pickle stream that carries the legacy torch markers even when its first pickle is not the plain literal. */
function looksLegacy(head: Buffer, complete: boolean): boolean {
  if (startsWith(head, TORCH_LEGACY_MAGIC)) return true
  if (!looksLikePickle(head, complete)) return false
  return head.subarray(0, 64).includes(LONG1_MAGIC) || hasProtocolPickle(head)
}

function dictKeys(v: Literal | undefined): string[] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !('dict' in v)) return undefined
  return v.dict.map(([k]) => (typeof k === 'string' ? k : describe(k)))
}

interface StorageDecl {
  numel: bigint
  elementSize: number | undefined
  storage: string
}

/** PT-011 / PT-022 over the object pickle's persistent ids; returns the storages it declares by key. */
function checkPersistentIds(ctx: AnalysisContext, obj: PickleResult): Map<string, StorageDecl> {
  const storages = new Map<string, StorageDecl>()
  for (const { pid, offset } of obj.persistentIds) {
    if (Array.isArray(pid) && pid[0] === 'module') {
      const cls = isGlobal(pid[1]) ? pid[1].global : describe(pid[1])
      const hasSource = typeof pid[3] === 'string' && pid[3].length > 0
      ctx.report('PT-022', `Whole module class ${cls} is pickled${hasSource ? ' with its source code' : ''}`, {
        offset,
        evidence: cls.slice(0, 120)
      })
      continue
    }
    if (isUnknown(pid) || (Array.isArray(pid) && pid.some(isUnknown))) {
      ctx.report('PT-011', `Persistent id ${describe(pid)} cannot be resolved statically`, {
        offset,
        severity: 'medium'
      })
      continue
    }
    const parsed = parseStoragePid(pid, 1)
    if ('problem' in parsed) {
      ctx.report('PT-011', `Malformed storage reference: ${parsed.problem}`, {
        offset,
        evidence: describe(pid).slice(0, 120)
      })
      continue
    }
    storages.set(parsed.ref.key, {
      numel: parsed.ref.numel,
      elementSize: parsed.ref.elementSize,
      storage: parsed.ref.storage
    })
  }
  return storages
}

/** Walks the raw storage records after pickle 5 by their 8-byte headers; returns where they end, or undefined. */
async function walkStorageBytes(
  src: ByteSource,
  ctx: AnalysisContext,
  start: number,
  keys: string[],
  decl: Map<string, StorageDecl>,
  views: Map<string, TensorView[]>
): Promise<number | undefined> {
  let pos = start
  const used = new Set<string>()
  for (const key of keys) {
    ctx.checkDeadline(pos)
    const d = decl.get(key)
    if (!d || d.elementSize === undefined) {
      ctx.report('PT-021', `Storage key "${key.slice(0, 60)}" is listed but no storage of known type declares it`, {
        offset: pos
      })
      return undefined
    }
    const hdr = await src.read(pos, 8)
    if (hdr.length < 8) {
      ctx.report('PT-021', `Storage data for "${key.slice(0, 60)}" is truncated`, { offset: pos })
      return undefined
    }
    const numel = hdr.readBigInt64LE(0)
    const end = BigInt(pos + 8) + numel * BigInt(d.elementSize)
    if (numel !== d.numel || end > BigInt(src.size)) {
      ctx.report(
        'PT-021',
        `Storage "${key.slice(0, 60)}" holds ${numel} elements where the pickle declares ${d.numel}`,
        {
          offset: pos,
          evidence: `${key.slice(0, 40)}:${numel}!=${d.numel}`
        }
      )
      return undefined
    }
    // Top level only: the window stays valid until the weights stage runs. Named by parameter (views.ts).
    if (ctx.member === undefined) {
      const label = storageLabel(key)
      const plan = planStorage({ storage: d.storage, numel, elementSize: d.elementSize, label }, views.get(key))
      for (const t of plan)
        ctx.run.tensors.push({
          name: uniqueName(used, t.name, label),
          dtype: t.dtype,
          shape: t.shape,
          bytes: new SliceSource(src, pos + 8 + t.start, t.length),
          storage: label,
          ...(t.aliases ? { aliases: t.aliases } : {})
        })
    }
    pos = Number(end)
  }
  return pos
}

export const analyzer: FormatAnalyzer = {
  id: 'pytorch-legacy',
  detect: (v) => looksLegacy(v.head, v.size <= v.head.length),
  async analyze(src, ctx) {
    // Without the literal magic bytes up front this is a pickle stream that torch.load reads as legacy.
    if (!startsWith(Buffer.from(await src.read(0, TORCH_LEGACY_MAGIC.length)), TORCH_LEGACY_MAGIC))
      ctx.setFormat('pickle')
    const next = (start: number) => runPickle(src, ctx, { profile: 'torch-weights', single: true, start })
    const magic = await next(0)
    if (!magic || magic.pickles < 1) return
    const first = Buffer.from(await src.read(0, Math.min(magic.end, 4096)))
    if (!isBareMagic(first)) {
      const code = magic.imports.length > 0
      ctx.report(
        'PT-020',
        code
          ? `The first pickle imports ${magic.imports
              .map((i) => i.name)
              .slice(0, 3)
              .join(', ')} and runs before torch checks the magic number`
          : `The first pickle is not the plain magic number literal (it yields ${describe(magic.firstValue)})`,
        {
          severity: code ? 'critical' : 'medium',
          offset: 0,
          evidence: magic.imports[0]?.name ?? describe(magic.firstValue).slice(0, 60)
        }
      )
    }
    const proto = await next(magic.end)
    if (!proto || proto.pickles < 1) return
    if (asInt(proto.firstValue) !== PROTOCOL_VERSION)
      ctx.report('PT-021', `Second pickle is ${describe(proto.firstValue)}, not protocol version 1001`, {
        offset: magic.end
      })
    const sys = await next(proto.end)
    if (!sys || sys.pickles < 1) return
    const keys = dictKeys(sys.firstValue)
    if (!keys || !['protocol_version', 'little_endian', 'type_sizes'].every((k) => keys.includes(k)))
      ctx.report('PT-021', `Third pickle is ${describe(sys.firstValue)}, not the sys_info dict`, { offset: proto.end })
    const obj = await next(sys.end)
    if (!obj || obj.pickles < 1) return
    const decl = checkPersistentIds(ctx, obj)
    reportWholeModule(ctx, obj, undefined)
    const list = await next(obj.end)
    if (!list || list.pickles < 1) {
      if (obj.complete && obj.end >= src.size)
        ctx.report('PT-021', 'The storage key list (fifth pickle) is missing', { offset: obj.end })
      return
    }
    const keyList =
      Array.isArray(list.firstValue) && list.firstValue.every((k) => typeof k === 'string')
        ? (list.firstValue as string[])
        : undefined
    if (!keyList) {
      ctx.report('PT-021', `Fifth pickle is ${describe(list.firstValue)}, not the list of storage keys`, {
        offset: obj.end
      })
      return
    }
    reportIncompleteNames(ctx, obj)
    const end = await walkStorageBytes(src, ctx, list.end, keyList, decl, viewsByKey(obj.tensorViews))
    if (end === undefined) {
      ctx.notAnalysed('storage data after the fifth pickle could not be delimited', list.end)
      return
    }
    if (end < src.size) {
      ctx.report('PT-021', `${src.size - end} bytes follow the last storage; torch.load never reads them`, {
        offset: end,
        evidence: `trailing:${src.size - end}`
      })
      await ctx.analyzeMember('trailing-data', new SliceSource(src, end, src.size - end), {}, true)
    }
  }
}
