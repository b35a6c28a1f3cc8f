// Torch storage references as the pickle machine reports them: persistent-id shape checks (PT-011) and the
// element sizes needed to compare declared storage sizes with the bytes that back them (PT-012).
import type { AnalysisContext } from '../../engine/context.js'
import type { Literal, PickleResult } from '../pickle/types.js'
import { segment } from '../pickle/tensor-names.js'
import { dtypeFrom, type DType } from '../weights/tensor.js'

/** Bytes per element for each storage class torch pickles (`torch.FloatStorage` …). */
const ELEMENT_SIZE: Record<string, number> = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  ComplexHalfStorage: 4,
  QInt8Storage: 1,
  QUInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1,
  UntypedStorage: 1,
  Float8_e5m2Storage: 1,
  Float8_e4m3fnStorage: 1,
  Float8_e5m2fnuzStorage: 1,
  Float8_e4m3fnuzStorage: 1,
  UInt16Storage: 2,
  UInt32Storage: 4,
  UInt64Storage: 8
}

/** Devices torch restores storages to (`_load` → `default_restore_location`). */
export const LOCATION_RE =
  /^(cpu|meta|mps|lazy|cuda(:\d+)?|hpu(:\d+)?|xpu(:\d+)?|mtia(:\d+)?|xla(:\d+)?|ipu(:\d+)?|privateuseone(:\d+)?)$/

/** The class name of a storage global (`torch.FloatStorage` → `FloatStorage`). */
function storageClass(storageGlobal: string): string {
  return storageGlobal.split('.').pop() ?? ''
}

export function elementSize(storageGlobal: string): number | undefined {
  const cls = storageClass(storageGlobal)
  return Object.prototype.hasOwnProperty.call(ELEMENT_SIZE, cls) ? ELEMENT_SIZE[cls] : undefined
}

/** The element type the weights stage reads a storage as (`torch.FloatStorage` → f32). */
export function storageDtype(storageGlobal: string): DType {
  return dtypeFrom(storageClass(storageGlobal))
}

/** How a storage is named where no parameter names it: `storage <key>`, printable and bounded. */
export function storageLabel(key: string): string {
  return `storage ${segment(key.slice(0, 60))}`
}

export function isGlobal(v: Literal | undefined): v is { global: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'global' in v
}

export function isUnknown(v: Literal | undefined): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'unknown' in v
}

export function asInt(v: Literal | undefined): bigint | undefined {
  if (typeof v === 'bigint') return v
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v)
  return undefined
}

export function describe(v: Literal | undefined, depth = 0): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'None'
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (typeof v === 'bigint') return v.toString()
  if (Array.isArray(v))
    return depth > 1
      ? '(…)'
      : `(${v
          .slice(0, 6)
          .map((x) => describe(x, depth + 1))
          .join(', ')}${v.length > 6 ? ', …' : ''})`
  if ('global' in v) return v.global
  if ('unknown' in v) return `<${v.unknown}>`
  if ('call' in v) return `${v.call}(…)`
  if ('bytes' in v) return `<${v.bytes} bytes>`
  return '{…}'
}

export interface StorageRef {
  storage: string
  key: string
  location: string
  numel: bigint
  elementSize: number | undefined
}

/**
 * Checks a zip-format persistent id: ('storage', <Storage class>, str key, str location, int numel).
 * `extra` allows the legacy 6th element (view metadata). Returns the reference or the reason it is malformed.
 */
export function parseStoragePid(pid: Literal, extra = 0): { ref: StorageRef } | { problem: string } {
  if (!Array.isArray(pid)) return { problem: `persistent id is ${describe(pid)}, not a tuple` }
  if (pid.length < 5 || pid.length > 5 + extra) return { problem: `persistent id has ${pid.length} elements` }
  const [tag, cls, key, location, numel] = pid
  if (tag !== 'storage') return { problem: `persistent id type is ${describe(tag)}, not 'storage'` }
  if (!isGlobal(cls) || !/Storage$/.test(cls.global)) return { problem: `storage type is ${describe(cls)}` }
  if (typeof key !== 'string') return { problem: `storage key is ${describe(key)}` }
  if (typeof location !== 'string') return { problem: `storage location is ${describe(location)}` }
  if (!LOCATION_RE.test(location)) return { problem: `storage location ${describe(location)} is not a device` }
  const n = asInt(numel)
  if (n === undefined || n < 0n) return { problem: `storage size is ${describe(numel)}` }
  return { ref: { storage: cls.global, key, location, numel: n, elementSize: elementSize(cls.global) } }
}

/** PT-050: torch.save(model) pickles module classes; a state dict needs none. */
export function reportWholeModule(ctx: AnalysisContext, result: PickleResult, member: string | undefined): void {
  const modules = result.imports.filter((i) => /^(torch\.nn\.modules\.|__main__\.)/.test(i.name))
  if (modules.length === 0) return
  const names = [...new Set(modules.map((m) => m.name))]
  ctx.report(
    'PT-050',
    `The checkpoint pickles module classes (${names.slice(0, 3).join(', ')}) instead of a state dict`,
    {
      ...(member !== undefined ? { member } : {}),
      offset: modules[0]!.offset,
      evidence: modules[0]!.name
    }
  )
}

/** PT-051: the pickle machine stopped recording key paths (names past the cap fall back to storage keys). */
export function reportIncompleteNames(ctx: AnalysisContext, result: PickleResult, member?: string): void {
  if (result.tensorNamesIncomplete)
    ctx.report(
      'PT-051',
      'More container writes than ModelGate records for tensor names: tensors reached only through later writes keep their storage keys',
      {
        ...(member !== undefined ? { member } : {})
      }
    )
}
