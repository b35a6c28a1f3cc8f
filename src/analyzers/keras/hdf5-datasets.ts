// The float datasets of an HDF5 file, listed with the HDF5 library (runs inside the HDF5 worker, like every
// library call). For each: type, shape, storage (chunked or not, filters) and the object header address, from
// which the main thread finds contiguous data in the file's own bytes. Chunked (possibly compressed) data has no
// single place in the file: for those the library reads a bounded prefix (C order), never the whole dataset.
import type { H5 } from './hdf5.js'

export interface DatasetRequest {
  /** Datasets looked at, at most (limits.maxEntries). */
  maxDatasets: number
  /** Bytes read from the start of one chunked dataset (the weights stage's per-tensor cap). */
  prefixBytes: number
  /** Bytes read from chunked datasets in all (the weights stage's per-file budget). */
  prefixBudget: number
  /** Chunked datasets whose one chunk decompresses to more than this are not read (the library inflates whole chunks). */
  maxChunkBytes: number
}

export interface Hdf5Dataset {
  path: string
  /** HDF5 type class (1 = float) and element size in bytes. */
  typeClass: number
  size: number
  littleEndian: boolean
  shape: number[]
  chunked: boolean
  filters: string[]
  /** Object header address (relative to the superblock), from an object reference. */
  address?: number
  /** First bytes of a chunked dataset, little-endian, C order. */
  prefix?: Uint8Array
  /** Why the dataset could not be opened (typeClass -1), or why a chunked dataset's prefix was not read. */
  note?: string
}

const FLOAT = 1

/** Hyperslab (count per dimension, from the origin) covering exactly the first `want` elements or fewer, in C order. */
export function prefixSelection(shape: number[], want: number): number[] {
  const count = shape.map(() => 1)
  let inner = 1
  for (let j = shape.length - 1; j >= 0; j--) {
    if (inner * shape[j]! > want) {
      count[j] = Math.max(1, Math.floor(want / inner))
      return count
    }
    count[j] = shape[j]!
    inner *= shape[j]!
  }
  return count
}

function readPrefix(h5: H5, fid: bigint, d: Hdf5Dataset, req: DatasetRequest, budget: number): Uint8Array {
  const M = h5.Module
  const want = Math.floor(Math.min(req.prefixBytes, budget) / d.size)
  const count = prefixSelection(d.shape, want)
  const bytes = count.reduce((a, b) => a * b, 1) * d.size
  const ptr = M._malloc(bytes)
  if (!ptr) throw new Error(`could not allocate ${bytes} bytes`)
  try {
    const status = M.get_dataset_data(
      fid,
      d.path,
      count.map(BigInt),
      count.map(() => 0n),
      count.map(() => 1n),
      BigInt(ptr)
    )
    if (status < 0) throw new Error('the library could not read the data (unsupported filter?)')
    return M.HEAPU8.slice(ptr, ptr + bytes)
  } finally {
    M._free(ptr)
  }
}

/** Lists float datasets among `names` (paths below the root, without the leading slash). */
export function listDatasets(
  h5: H5,
  fid: bigint,
  names: string[],
  req: DatasetRequest
): { datasets: Hdf5Dataset[]; over: number } {
  const M = h5.Module
  const datasets: Hdf5Dataset[] = []
  const addresses = new Set<number>()
  let budget = req.prefixBudget
  let over = 0
  let seen = 0
  for (const n of names) {
    const path = `/${n}`
    if (M.get_type(fid, path) !== M.H5G_DATASET) continue
    if (++seen > req.maxDatasets) {
      over++
      continue
    }
    let meta: ReturnType<typeof M.get_dataset_metadata>
    try {
      meta = M.get_dataset_metadata(fid, path)
    } catch (e) {
      // The library refuses the dataset (its layout disagrees with its shape, data past the end of the file…).
      if (e instanceof Error && e.constructor.name === 'RuntimeError') throw e
      const note = `the HDF5 library cannot open it: ${e instanceof Error ? e.message : String(e)}`
      datasets.push({ path, typeClass: -1, size: 0, littleEndian: true, shape: [], chunked: false, filters: [], note })
      continue
    }
    if (meta.type !== FLOAT || meta.vlen || !meta.shape || meta.total_size === 0) continue
    const d: Hdf5Dataset = {
      path,
      typeClass: meta.type,
      size: meta.size,
      littleEndian: meta.littleEndian,
      shape: meta.shape,
      chunked: meta.chunks !== null,
      filters: []
    }
    // hobj_ref_t: the object header address (returned as a plain array of bytes).
    const ref = Buffer.from(M.create_object_reference(fid, path) as ArrayLike<number> as Uint8Array)
    if (ref.length >= 8) {
      const addr = ref.readBigUInt64LE(0)
      if (addr <= BigInt(Number.MAX_SAFE_INTEGER)) {
        // A second name for the same object (hard link) is the same tensor: declared once.
        if (addresses.has(Number(addr))) continue
        addresses.add(Number(addr))
        d.address = Number(addr)
      }
    }
    if (d.chunked && d.size !== 2 && d.size !== 4 && d.size !== 8) continue // odd widths: not read through libhdf5
    if (d.chunked) {
      d.filters = M.get_dataset_filters(fid, path).map((f) => f.name || `filter ${f.id}`)
      const chunkBytes = (meta.chunks ?? []).reduce((a, b) => a * b, 1) * d.size
      if (chunkBytes > req.maxChunkBytes) d.note = `chunks of ${chunkBytes} bytes (over ${req.maxChunkBytes})`
      else if (budget < d.size) d.note = 'the per-file weights budget was spent'
      else {
        try {
          d.prefix = readPrefix(h5, fid, d, req, budget)
          budget -= d.prefix.length
        } catch (e) {
          if (e instanceof Error && e.constructor.name === 'RuntimeError') throw e
          d.note = e instanceof Error ? e.message : String(e)
        }
      }
    }
    datasets.push(d)
  }
  return { datasets, over }
}
