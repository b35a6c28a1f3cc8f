// Flex (Select TF ops) operators carry the TensorFlow NodeDef they run in Operator.custom_options: a FlexBuffer
// vector [op name, serialized NodeDef] (tensorflow/lite/delegates/flex). The kernel is created from that NodeDef,
// so NodeDef.op is what the model asks TensorFlow to run, whatever custom_code says. This reads just that
// vector, with every offset bounds-checked.
import { BufferSource } from '../../engine/source.js'
import { ProtoReader } from '../protobuf/wire.js'
import { TfWalker, type TfNode } from './proto.js'

const FBT_STRING = 5
const FBT_VECTOR = 10
const FBT_BLOB = 25

function uint(b: Buffer, pos: number, width: number): number | undefined {
  if (pos < 0 || pos + width > b.length) return undefined
  switch (width) {
    case 1:
      return b.readUInt8(pos)
    case 2:
      return b.readUInt16LE(pos)
    case 4:
      return b.readUInt32LE(pos)
    case 8: {
      const v = b.readBigUInt64LE(pos)
      return v > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(v)
    }
  }
  return undefined
}

/** The string/blob elements of a FlexBuffer whose root is an untyped vector; undefined when it is not one. */
export function flexStrings(b: Buffer): Buffer[] | undefined {
  if (b.length < 3) return undefined
  const rootWidth = b[b.length - 1]!
  const packed = b[b.length - 2]!
  if (![1, 2, 4, 8].includes(rootWidth) || packed >> 2 !== FBT_VECTOR) return undefined
  const width = 1 << (packed & 3)
  const rootPos = b.length - 2 - rootWidth
  const rel = uint(b, rootPos, rootWidth)
  if (rel === undefined) return undefined
  const vec = rootPos - rel
  const len = uint(b, vec - width, width)
  if (len === undefined || len > 64 || vec + len * width + len > b.length) return undefined
  const out: Buffer[] = []
  for (let i = 0; i < len; i++) {
    const t = b[vec + len * width + i]!
    if (t >> 2 !== FBT_STRING && t >> 2 !== FBT_BLOB) continue
    const elem = vec + i * width
    const off = uint(b, elem, width)
    if (off === undefined) return undefined
    const start = elem - off
    const sizeWidth = 1 << (t & 3)
    const size = uint(b, start - sizeWidth, sizeWidth)
    if (size === undefined || start < 0 || start + size > b.length) return undefined
    out.push(b.subarray(start, start + size))
  }
  return out
}

/** The NodeDef in a Flex op's custom options, or undefined when it cannot be read. */
export async function flexNodeDef(customOptions: Buffer, maxDepth: number): Promise<TfNode | undefined> {
  const parts = flexStrings(customOptions)
  if (!parts || parts.length < 2) return undefined
  const src = new BufferSource(parts[1]!)
  try {
    return await new TfWalker({ wrongWire: () => undefined }).node(ProtoReader.root(src, { maxDepth }), 0)
  } catch {
    return undefined
  }
}
