// ONNX message schemas as protobuf wire tables (field number -> wire type, onnx.proto3): one copy for recognition
// (detect.ts) and for the walk (walk.ts), so the two cannot disagree about what a ModelProto or GraphProto is.
import { I32, LEN, VARINT } from '../protobuf/wire.js'
import type { WireTable } from '../protobuf/shape.js'

export const MODEL_FIELDS: WireTable = {
  1: VARINT,
  2: LEN,
  3: LEN,
  4: LEN,
  5: VARINT,
  6: LEN,
  7: LEN,
  8: LEN,
  14: LEN,
  20: LEN,
  25: LEN,
  26: LEN
}
export const GRAPH_FIELDS: WireTable = {
  1: LEN,
  2: LEN,
  5: LEN,
  10: LEN,
  11: LEN,
  12: LEN,
  13: LEN,
  14: LEN,
  15: LEN,
  16: LEN
}
export const NODE_FIELDS: WireTable = {
  1: LEN,
  2: LEN,
  3: LEN,
  4: LEN,
  5: LEN,
  6: LEN,
  7: LEN,
  8: LEN,
  9: LEN,
  10: LEN
}
export const ATTRIBUTE_FIELDS: WireTable = {
  1: LEN,
  2: I32,
  3: VARINT,
  4: LEN,
  5: LEN,
  6: LEN,
  7: I32,
  8: VARINT,
  9: LEN,
  10: LEN,
  11: LEN,
  13: LEN,
  14: LEN,
  15: LEN,
  20: VARINT,
  21: LEN,
  22: LEN,
  23: LEN
}
export const FUNCTION_FIELDS: WireTable = {
  1: LEN,
  4: LEN,
  5: LEN,
  6: LEN,
  7: LEN,
  8: LEN,
  9: LEN,
  10: LEN,
  11: LEN,
  12: LEN,
  13: LEN,
  14: LEN
}
export const OPSET_FIELDS: WireTable = { 1: LEN, 2: VARINT }
