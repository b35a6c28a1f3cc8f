// Declares a tensor found by a format analyzer to the weights stage (run.tensors), which examines the values
// later in bounded chunks. Declaring reads nothing.
import type { AnalysisContext } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import type { DType, TensorRef } from '../weights/tensor.js'

export function declareTensor(
  ctx: AnalysisContext,
  name: string,
  dtype: DType,
  shape: number[],
  bytes: ByteSource,
  storage?: string
): void {
  const ref: TensorRef = { name, dtype, shape, bytes, ...(storage !== undefined ? { storage } : {}) }
  if (ctx.member !== undefined) ref.member = ctx.member
  ctx.run.tensors.push(ref)
}
