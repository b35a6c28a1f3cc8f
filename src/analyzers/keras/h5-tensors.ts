// Declares the float datasets of a Keras HDF5 / plain HDF5 file to the weights stage. Contiguous and compact
// datasets are windows onto the file's own bytes (located by parsing their object header: h5-layout.ts), read
// later in bounded chunks with no copy. Chunked datasets arrive with a bounded prefix the HDF5 worker read.
import type { AnalysisContext } from '../../engine/context.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import { errorMessage } from '../../errors.js'
import { declareTensor } from '../common/declare.js'
import type { DType } from '../weights/tensor.js'
import type { Hdf5Dataset } from './hdf5-datasets.js'
import { readDatasetHeader, readSuperblock, type H5Sizes } from './h5-layout.js'

/**
 * The first bytes of a tensor whose full length is `size`: reads past the prefix come back short, which the
 * weights stage treats as the end (it never reads beyond the per-tensor cap the prefix was cut at).
 */
class PrefixSource implements ByteSource {
  constructor(
    private readonly prefix: Buffer,
    readonly size: number
  ) {}
  async read(offset: number, length: number): Promise<Buffer> {
    const start = Math.max(0, Math.min(offset, this.prefix.length))
    return this.prefix.subarray(start, Math.max(start, Math.min(start + Math.max(0, length), this.prefix.length)))
  }
}

function dtypeOf(d: Hdf5Dataset, exponentBits: number | undefined): DType | undefined {
  if (d.size === 4) return 'f32'
  if (d.size === 8) return 'f64'
  if (d.size === 2) return exponentBits === 8 ? 'bf16' : 'f16'
  return undefined
}

/** Declares the tensors; datasets that cannot be located are listed in one info note (or GEN-003 when malformed). */
export async function declareHdf5Tensors(
  src: ByteSource,
  ctx: AnalysisContext,
  datasets: Hdf5Dataset[],
  over: number,
  superblock: number
): Promise<void> {
  if (datasets.length === 0 && over === 0) return
  const sizes: H5Sizes | undefined = await readSuperblock(src, superblock)
  const skipped: string[] = []
  for (const d of datasets) {
    ctx.checkDeadline()
    const elements = d.shape.reduce((a, b) => a * b, 1)
    const bytes = elements * d.size
    if (d.typeClass < 0) {
      // Corrupt or crafted structure (h5py would fail on it too): not analysed, fail closed.
      ctx.notAnalysed(`HDF5 dataset ${d.path}: ${d.note}`)
      continue
    }
    if (d.chunked) {
      const dtype = dtypeOf(d, undefined)
      if (d.prefix && dtype) declareTensor(ctx, d.path, dtype, d.shape, new PrefixSource(Buffer.from(d.prefix), bytes))
      else skipped.push(`${d.path} (chunked${d.filters.length ? `, ${d.filters.join('+')}` : ''}: ${d.note ?? '?'})`)
      continue
    }
    if (!sizes || d.address === undefined) {
      skipped.push(`${d.path} (object header not located)`)
      continue
    }
    let header
    try {
      header = await readDatasetHeader(src, sizes, d.address)
    } catch (e) {
      skipped.push(`${d.path} (object header: ${errorMessage(e)})`)
      continue
    }
    const layout = header.layout
    if (layout?.kind === 'contiguous-unallocated') continue // never written: no bytes, the fill value
    if (layout?.kind !== 'contiguous' && layout?.kind !== 'compact') {
      skipped.push(`${d.path} (${layout?.kind ?? 'no'} layout)`)
      continue
    }
    if (header.external || header.filtered) {
      skipped.push(`${d.path} (${header.external ? 'external raw data file' : 'filtered contiguous data'})`)
      continue
    }
    if (!d.littleEndian || header.float?.littleEndian === false) {
      skipped.push(`${d.path} (big-endian)`)
      continue
    }
    const start = sizes.base + layout.address
    const size = Number.isNaN(layout.size) ? bytes : layout.size
    if (size !== bytes || start + size > src.size) {
      ctx.notAnalysed(
        size !== bytes
          ? `HDF5 dataset ${d.path} stores ${size} bytes but its type and shape (${d.shape.join('x')} x ${d.size}) need ${bytes}`
          : `HDF5 dataset ${d.path} claims ${size} bytes at offset ${start}, past the end of the file (${src.size} bytes)`,
        start
      )
      continue
    }
    const dtype = dtypeOf(d, header.float?.exponentBits)
    if (dtype) declareTensor(ctx, d.path, dtype, d.shape, new SliceSource(src, start, size))
  }
  if (over > 0) skipped.push(`${over} more datasets past limits.maxEntries (${ctx.limits.maxEntries})`)
  if (skipped.length > 0)
    ctx.report(
      'STEG-010',
      `${skipped.length} HDF5 dataset(s) not examined for hidden payloads: ${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? '; …' : ''}`
    )
}
