// joblib's inline arrays (format-rules §4): right after the BUILD of a NumpyArrayWrapper, joblib.dump writes the
// array bytes into the stream (1 padding-length byte + that many 0xFF when numpy_array_alignment_bytes is set,
// then prod(shape) × itemsize bytes), or a complete nested pickle for object arrays. Parsing through them keeps
// everything after the first array visible (E5). Legacy NDArrayWrapper/ZNDArrayWrapper load side files instead.
import type { PickleMachine } from './machine.js'
import { SliceSource } from '../../engine/source.js'
import { declareTensor } from '../common/declare.js'
import {
  K_CALL,
  K_DICT,
  K_TUPLE,
  calleeName,
  kindOf,
  render,
  type CallVal,
  type ContainerVal,
  type TupleVal,
  type Value
} from './values.js'

export const NUMPY_WRAPPERS: ReadonlySet<string> = new Set([
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper'
])
const LEGACY_WRAPPERS = new Set([
  'joblib.numpy_pickle.NDArrayWrapper',
  'joblib.numpy_pickle.ZNDArrayWrapper',
  'joblib.numpy_pickle_compat.NDArrayWrapper',
  'joblib.numpy_pickle_compat.ZNDArrayWrapper',
  'sklearn.externals.joblib.numpy_pickle.NDArrayWrapper',
  'sklearn.externals.joblib.numpy_pickle.ZNDArrayWrapper'
])
export const JOBLIB_WRAPPERS: ReadonlySet<string> = new Set([...NUMPY_WRAPPERS, ...LEGACY_WRAPPERS])

interface DType {
  itemsize: bigint
  object: boolean
  /** A little-endian float array (what the weights stage examines). */
  float?: 'f16' | 'f32' | 'f64'
}

function int(v: Value | undefined): bigint | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v)
  if (typeof v === 'bigint') return v
  return undefined
}

/** dtype from `numpy.dtype(code, align, copy)` + its BUILD state `(ver, endian, subarray, names, fields, elsize, alignment, flags)`. */
function dtypeOf(v: Value | undefined): DType | undefined {
  if (v === undefined || kindOf(v) !== K_CALL) return undefined
  const c = v as CallVal
  if (calleeName(c) !== 'numpy.dtype' || kindOf(c.args) !== K_TUPLE) return undefined
  const code = (c.args as TupleVal).items[0]
  if (typeof code !== 'string') return undefined
  const st = c.state !== undefined && kindOf(c.state) === K_TUPLE ? (c.state as TupleVal).items : []
  const flags = int(st[7])
  const elsize = int(st[5])
  const object = code.replace(/^[<>|=]/, '').startsWith('O') || (flags !== undefined && (flags & 1n) === 1n)
  // a little-endian float (numpy writes elsize -1 for builtin types): the weights stage can read its values
  const f = /^<?f([248])$/.exec(code)
  if (f && st[1] === '<') {
    const size = BigInt(f[1]!)
    const float = size === 8n ? 'f64' : size === 4n ? 'f32' : 'f16'
    if (elsize === undefined || elsize <= 0n || elsize === size) return { itemsize: size, object, float }
  }
  if (elsize !== undefined && elsize > 0n) return { itemsize: elsize, object }
  const m = /^[<>|=]?([a-zA-Z?])(\d+)$/.exec(code)
  if (!m) return object ? { itemsize: 8n, object } : undefined
  const n = BigInt(m[2]!)
  return { itemsize: m[1] === 'U' ? n * 4n : n, object }
}

function stateDict(c: CallVal): ContainerVal | undefined {
  return c.state !== undefined && kindOf(c.state) === K_DICT ? (c.state as ContainerVal) : undefined
}

/**
 * Handles the BUILD of a joblib wrapper at `at`; `pos` is just after BUILD. Returns where the pickle continues,
 * or -1 when the stream cannot be followed (fail closed: JBL-003).
 */
export async function joblibArray(
  m: PickleMachine,
  inst: CallVal,
  wrapper: string,
  pos: number,
  at: number,
  frameEnd: number
): Promise<number> {
  const ctx = m.ctx
  const state = stateDict(inst)
  if (LEGACY_WRAPPERS.has(wrapper)) {
    const file = state?.get('filename')
    if (typeof file === 'string') {
      const escapes =
        file.startsWith('/') ||
        /^[A-Za-z]:[\\/]/.test(file) ||
        file.startsWith('\\') ||
        file.split(/[\\/]/).includes('..')
      m.report(
        'JBL-005',
        escapes
          ? `Legacy ${wrapper.split('.').pop()} loads ${JSON.stringify(file)}, outside the model's folder (numpy.load with allow_pickle=True)`
          : `Legacy ${wrapper.split('.').pop()} loads the side file ${JSON.stringify(file)} next to the model (numpy.load with allow_pickle=True); scan it too`,
        at,
        escapes ? 'high' : 'medium',
        file
      )
    } else
      m.report(
        'JBL-005',
        `Legacy ${wrapper.split('.').pop()} loads a side file whose name is not literal`,
        at,
        'high',
        wrapper
      )
    return pos
  }

  if (ctx.member === undefined || ctx.run.format === 'compressed' || ctx.run.format === 'pickle')
    ctx.run.format = 'joblib'
  m.shared.arrays++
  const unresolved = (why: string): number => {
    m.report(
      'JBL-003',
      `NumpyArrayWrapper ${why}: the array bytes that follow cannot be skipped, so the rest of the stream was not analysed`,
      at,
      undefined,
      why
    )
    return -1
  }
  if (frameEnd > pos) return unresolved('is not at the end of its FRAME (array position ambiguous)')
  if (!state) return unresolved('state is not a literal dict')
  const shapeV = state.get('shape')
  if (shapeV === undefined || kindOf(shapeV) !== K_TUPLE) return unresolved('shape is not a literal tuple')
  const shapeT = shapeV as TupleVal
  if (shapeT.n < 0 || shapeT.items.length !== shapeT.n) return unresolved('shape is not a literal tuple')
  let count = 1n
  for (const d of shapeT.items) {
    const i = int(d)
    if (i === undefined || i < 0n) return unresolved('shape has a non-integer or negative dimension')
    count *= i
  }
  const dtype = dtypeOf(state.get('dtype'))
  if (!dtype) return unresolved('dtype is not a literal numpy.dtype')
  const first = m.shared.arrays === 1

  if (dtype.object) {
    m.report('JBL-004', `Object array of shape ${render(shapeT)} is stored as a nested pickle; analysed in place`, at)
    const nested = m.nested()
    const r = await nested.run(pos, true, false, false)
    m.result.arrays?.push({ offset: m.mapOff(pos), length: r.end - pos, object: true })
    if (first) m.report('JBL-001', 'joblib pickle with inline numpy arrays (parsed through)', at)
    return r.status === 'stop' ? r.end : -1
  }

  let p = pos
  const align = state.get('numpy_array_alignment_bytes')
  if (align !== undefined && align !== null) {
    if (int(align) === undefined) return unresolved('numpy_array_alignment_bytes is not an integer')
    if (p >= m.src.size) return unresolved('is followed by no padding byte')
    const pad = (await m.src.read(p, 1))[0]!
    p += 1 + pad
  }
  const nbytes = count * dtype.itemsize
  if (BigInt(p) + nbytes > BigInt(m.src.size)) {
    m.malformed(at, `joblib array of ${nbytes} bytes is cut off by the end of the data`, String(nbytes), -1)
    return -1
  }
  m.result.arrays?.push({ offset: m.mapOff(p), length: Number(nbytes), object: false })
  // Float arrays of a joblib file on disk reach the weights stage (a payload can sit in model coefficients); not
  // inside an archive or compressed wrapper, nor in a FRAME fork, whose offsets are not the file's.
  if (dtype.float && !dtype.object && ctx.member === undefined && m.mapOff(p) === p)
    declareTensor(
      ctx,
      `array@${p}`,
      dtype.float,
      shapeT.items.map((d) => Number(d)),
      new SliceSource(m.src, p, Number(nbytes))
    )
  if (first) m.report('JBL-001', 'joblib pickle with inline numpy arrays (parsed through)', at)
  return p + Number(nbytes)
}
