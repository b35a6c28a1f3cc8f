// NumPy .npy arrays. The header is parsed as a literal (never evaluated); object arrays carry a pickle that
// np.load(allow_pickle=True) runs, so it goes through the pickle machine; raw arrays are checked against the
// byte count their shape declares (extra bytes are a carrier, a huge shape a memory bomb).
import { extname } from 'node:path'
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import { startsWith, NUMPY_MAGIC } from '../../engine/magic.js'
import { looksLikePickle } from '../pickle/index.js'
import { runPickle } from '../pytorch/pickled.js'
import { readNpyHeader, type NpyHeader } from './header.js'
import { dtypeFrom } from '../weights/tensor.js'

/** Names np.load opens; a pickle under such a name is unpickled by np.load(allow_pickle=True). */
const NUMPY_NAMES = new Set(['.npy', '.npz'])

function numpyNamedPickle(name: string, head: Buffer, complete: boolean): boolean {
  return (
    NUMPY_NAMES.has(extname(name).toLowerCase()) && !startsWith(head, NUMPY_MAGIC) && looksLikePickle(head, complete)
  )
}

async function checkObjectArray(src: ByteSource, ctx: AnalysisContext, h: NpyHeader): Promise<void> {
  ctx.report(
    'NPY-001',
    `Object array (dtype ${h.dtype.text}): its data is a pickle that np.load(allow_pickle=True) runs`,
    {
      offset: h.dataOffset,
      evidence: h.dtype.text
    }
  )
  const res = await runPickle(src, ctx, { profile: 'numpy', start: h.dataOffset, single: true })
  if (res?.complete && res.end < src.size)
    await trailing(src, ctx, res.end, `${src.size - res.end} bytes follow the object array's pickle`)
}

async function trailing(src: ByteSource, ctx: AnalysisContext, from: number, message: string): Promise<void> {
  ctx.report('NPY-003', `${message}; numpy ignores them (a place to carry another payload)`, {
    offset: from,
    evidence: `trailing:${src.size - from}`
  })
  await ctx.analyzeMember('trailing-data', new SliceSource(src, from, src.size - from), {}, true)
}

async function checkRawArray(src: ByteSource, ctx: AnalysisContext, h: NpyHeader): Promise<void> {
  let count = 1n
  for (const d of h.shape) count *= d
  const want = count * h.dtype.itemsize
  const have = BigInt(src.size - h.dataOffset)
  if (want > have) {
    const huge = want > 2n * have + 1048576n
    ctx.report(
      huge ? 'NPY-006' : 'NPY-003',
      huge
        ? `Shape (${h.shape.join(', ')}) × ${h.dtype.itemsize} bytes declares ${want} bytes but the file holds ${have}: loaders allocate the declared size`
        : `Array data is ${have} bytes but shape and dtype declare ${want}: numpy refuses the file`,
      { offset: h.dataOffset, evidence: `${want}>${have}` }
    )
    return
  }
  if (want < have) await trailing(src, ctx, h.dataOffset + Number(want), `${have - want} bytes follow the array data`)
  if (ctx.member === undefined) declareArray(ctx, src, h, ctx.name, undefined)
}

/** Declares a raw array for the weights stage (a window on the source; nothing is read now). */
export function declareArray(
  ctx: AnalysisContext,
  src: ByteSource,
  h: NpyHeader,
  name: string,
  member: string | undefined
): void {
  if (h.dtype.hasObject || h.shape.some((d) => d > BigInt(Number.MAX_SAFE_INTEGER))) return
  let count = 1n
  for (const d of h.shape) count *= d
  const bytes = count * h.dtype.itemsize
  if (BigInt(h.dataOffset) + bytes > BigInt(src.size)) return
  ctx.run.tensors.push({
    name,
    dtype: dtypeFrom(h.dtype.text),
    shape: h.shape.map(Number),
    bytes: new SliceSource(src, h.dataOffset, Number(bytes)),
    ...(member !== undefined ? { member } : {})
  })
}

export const analyzer: FormatAnalyzer = {
  id: 'numpy',
  detect: (v) => startsWith(v.head, NUMPY_MAGIC) || numpyNamedPickle(v.name, v.head, v.size <= v.head.length),
  async analyze(src, ctx) {
    const head = Buffer.from(await src.read(0, 16))
    if (!startsWith(head, NUMPY_MAGIC)) {
      // np.load falls back to pickle.load for anything without the magic; the pickle analyzer examines it.
      if (ctx.member === undefined) {
        ctx.setFormat('pickle')
        ctx.report(
          'NPY-004',
          `Named ${extname(ctx.name)} but the content is a pickle: np.load(allow_pickle=True) unpickles it`,
          {
            evidence: extname(ctx.name)
          }
        )
      }
      return
    }
    const { header, problems } = await readNpyHeader(src, ctx.limits)
    for (const p of problems)
      ctx.report('NPY-002', `Invalid .npy header: ${p.message}`, { severity: p.severity, offset: 8 })
    if (!header) return
    if (header.dtype.hasObject) await checkObjectArray(src, ctx, header)
    else await checkRawArray(src, ctx, header)
  }
}
