// TensorFlow message schemas as protobuf wire tables (field number -> wire type, from tensorflow/core/protobuf and
// framework .proto files): one copy for recognition (detect.ts) and for the walk (proto.ts).
import { LEN, VARINT } from '../protobuf/wire.js'
import type { WireTable } from '../protobuf/shape.js'

export const SAVED_MODEL: WireTable = { 1: VARINT, 2: LEN }
export const META_GRAPH: WireTable = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN }
export const META_INFO: WireTable = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: VARINT, 8: LEN }
export const GRAPH_DEF: WireTable = { 1: LEN, 2: LEN, 3: VARINT, 4: LEN, 5: LEN }
export const NODE_DEF: WireTable = { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN, 8: LEN }
export const KERAS_META: WireTable = { 1: LEN }
export const KERAS_OBJECT: WireTable = { 2: VARINT, 3: LEN, 4: LEN, 5: LEN, 6: LEN }
export const FINGERPRINT: WireTable = { 1: VARINT, 2: VARINT, 3: VARINT, 4: VARINT, 5: VARINT, 6: LEN }
