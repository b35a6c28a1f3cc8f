// What a format analyzer declares about each tensor it finds, so that the weights stage can examine the values
// later in bounded chunks. Declaring costs nothing: no tensor byte is read until the stage runs.
import type { ByteSource } from '../../engine/source.js'

export type DType = 'f64' | 'f32' | 'f16' | 'bf16' | 'i64' | 'i32' | 'i16' | 'i8' | 'u8' | 'bool' | 'other'

export interface TensorRef {
  /** Tensor name as the format stores it (e.g. `encoder.layer.0.weight`). */
  name: string
  dtype: DType
  shape: number[]
  /** Exactly the tensor's bytes, little-endian, C order. */
  bytes: ByteSource
  /** Member path of the container holding it, for findings. */
  member?: string
  /**
   * Where the bytes live when not simply in the tensor's own record: the shared storage it was cut from (PyTorch,
   * `archive/data/3`), or the external data file next to the model (ONNX, `model.onnx.data@4096`).
   */
  storage?: string
  /** Other names of the same tensor (tied weights). */
  aliases?: string[]
}

export const DTYPE_SIZE: Record<DType, number> = {
  f64: 8,
  f32: 4,
  f16: 2,
  bf16: 2,
  i64: 8,
  i32: 4,
  i16: 2,
  i8: 1,
  u8: 1,
  bool: 1,
  other: 1
}

/** Maps the names formats use (safetensors `F32`, numpy `<f4`, torch `FloatStorage`, GGUF type 0…) to a DType. */
export function dtypeFrom(name: string): DType {
  const n = name.toLowerCase()
  if (['f32', 'float32', '<f4', 'floatstorage', 'float', 'gguf:0'].includes(n)) return 'f32'
  if (['f16', 'float16', '<f2', 'halfstorage', 'half', 'gguf:1'].includes(n)) return 'f16'
  if (['bf16', 'bfloat16', 'bfloat16storage'].includes(n)) return 'bf16'
  if (['f64', 'float64', '<f8', 'doublestorage', 'double'].includes(n)) return 'f64'
  if (['i64', 'int64', '<i8', 'longstorage'].includes(n)) return 'i64'
  if (['i32', 'int32', '<i4', 'intstorage'].includes(n)) return 'i32'
  if (['i16', 'int16', '<i2', 'shortstorage'].includes(n)) return 'i16'
  if (['i8', 'int8', '|i1', 'charstorage'].includes(n)) return 'i8'
  if (['u8', 'uint8', '|u1', 'bytestorage'].includes(n)) return 'u8'
  if (['bool', '|b1', 'boolstorage'].includes(n)) return 'bool'
  return 'other'
}
