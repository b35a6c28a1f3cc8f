// The .npy header: magic, version, header length, then a Python dict literal with exactly the keys
// descr, fortran_order and shape (numpy/lib/_format_impl.py `_read_array_header`).
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError, type Limits } from '../../engine/limits.js'
import { isDict, isTuple, LiteralError, parsePyLiteral } from './literal.js'
import { DTypeError, parseDescr, type DType } from './dtype.js'

/** numpy refuses longer headers unless allow_pickle=True (`_MAX_HEADER_SIZE`). */
export const NUMPY_MAX_HEADER = 10000

export interface NpyHeader {
  major: number
  minor: number
  /** Absolute offset of the array data. */
  dataOffset: number
  dtype: DType
  shape: bigint[]
  fortranOrder: boolean
}

export interface HeaderOutcome {
  header?: NpyHeader
  /** Header defects (NPY-002) with a severity: medium when numpy refuses the file, low for cosmetics. */
  problems: { message: string; severity: 'medium' | 'low' }[]
}

export async function readNpyHeader(src: ByteSource, limits: Limits): Promise<HeaderOutcome> {
  const problems: HeaderOutcome['problems'] = []
  const pre = await src.read(0, 12)
  if (pre.length < 10) throw new ParseError('npy preamble truncated')
  const major = pre[6]!
  const minor = pre[7]!
  if (![1, 2, 3].includes(major) || minor !== 0)
    problems.push({
      message: `format version ${major}.${minor} is not 1.0, 2.0 or 3.0: numpy refuses the file`,
      severity: 'medium'
    })
  const wide = major !== 1
  if (wide && pre.length < 12) throw new ParseError('npy preamble truncated')
  const headerLen = wide ? pre.readUInt32LE(8) : pre.readUInt16LE(8)
  const start = wide ? 12 : 10
  const dataOffset = start + headerLen
  if (dataOffset > src.size) throw new ParseError(`header of ${headerLen} bytes runs past the end of the file`, 8)
  if (headerLen > limits.maxHeaderBytes)
    throw new LimitExceeded('maxHeaderBytes', `npy header of ${headerLen} bytes`, 8)
  if (headerLen > NUMPY_MAX_HEADER)
    problems.push({
      message: `header of ${headerLen} bytes exceeds numpy's ${NUMPY_MAX_HEADER}-byte limit (refused unless allow_pickle=True)`,
      severity: 'medium'
    })
  if (dataOffset % 16 !== 0)
    problems.push({ message: `array data starts at ${dataOffset}, not aligned as numpy writes it`, severity: 'low' })
  const raw = await src.read(start, headerLen)
  const text = raw.toString(major >= 3 ? 'utf8' : 'latin1')
  let lit
  try {
    lit = parsePyLiteral(text)
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e
    problems.push({
      message: `header is not a Python literal (${e.message}): numpy refuses the file`,
      severity: 'medium'
    })
    return { problems }
  }
  if (!isDict(lit)) {
    problems.push({ message: 'header is not a dict: numpy refuses the file', severity: 'medium' })
    return { problems }
  }
  const keys = lit.dict.map(([k]) => k)
  const known = ['descr', 'fortran_order', 'shape']
  if (keys.length !== 3 || !known.every((k) => keys.includes(k))) {
    problems.push({
      message: `header keys are ${keys.map((k) => JSON.stringify(k)).join(', ')}, not exactly descr, fortran_order, shape: numpy refuses the file`,
      severity: 'medium'
    })
    return { problems }
  }
  const get = (k: string) => lit.dict.find(([kk]) => kk === k)![1]
  const shapeV = get('shape')
  if (!isTuple(shapeV) || !shapeV.tuple.every((d) => typeof d === 'bigint' && d >= 0n)) {
    problems.push({
      message: 'shape is not a tuple of non-negative integers: numpy refuses the file',
      severity: 'medium'
    })
    return { problems }
  }
  const fortran = get('fortran_order')
  if (typeof fortran !== 'boolean') {
    problems.push({ message: 'fortran_order is not a bool: numpy refuses the file', severity: 'medium' })
    return { problems }
  }
  let dtype: DType
  try {
    dtype = parseDescr(get('descr'))
  } catch (e) {
    if (!(e instanceof DTypeError)) throw e
    problems.push({ message: `descr is not a dtype numpy can build (${e.message})`, severity: 'medium' })
    return { problems }
  }
  return {
    header: { major, minor, dataOffset, dtype, shape: shapeV.tuple as bigint[], fortranOrder: fortran },
    problems
  }
}
