// Worker-thread entry (dist/hdf5-worker.js): one HDF5 inspection, isolated so that the native library can be
// terminated on a hang and an abort() ends only this thread (see src/analyzers/keras/hdf5.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { inspectHdf5InProcess } from './analyzers/keras/hdf5.js'
import { LimitExceeded } from './engine/limits.js'
import { errorMessage } from './errors.js'

const { path, wanted, maxAttrBytes, maxObjects } = workerData as {
  path: string
  wanted: string[]
  maxAttrBytes: number
  maxObjects?: number
}
inspectHdf5InProcess(path, wanted, maxAttrBytes, maxObjects ?? Infinity).then(
  (value) => parentPort!.postMessage({ ok: true, value }),
  (e) =>
    parentPort!.postMessage({
      ok: false,
      error: errorMessage(e),
      ...(e instanceof LimitExceeded ? { limit: String(e.limit) } : {})
    })
)
