// Worker-thread entry (dist/hdf5-worker.js): runs the HDF5 library for the main thread, which terminates this
// worker when a file's time budget runs out (the library is synchronous and cannot be interrupted otherwise).
import { parentPort } from 'node:worker_threads'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import { errorMessage } from '../../errors.js'
import { hdf5Broken, inspectHdf5InProcess, type InspectRequest, type WorkerReply } from './hdf5.js'

parentPort?.on('message', (req: InspectRequest) => {
  inspectHdf5InProcess(req).then(
    (inspection) => parentPort!.postMessage({ ok: true, inspection } satisfies WorkerReply),
    (e: unknown) => {
      const broken = hdf5Broken()
      const reply: WorkerReply =
        e instanceof LimitExceeded
          ? { ok: false, kind: 'limit', message: e.message, limit: String(e.limit) }
          : { ok: false, kind: 'parse', message: e instanceof ParseError ? e.message : errorMessage(e), broken }
      parentPort!.postMessage(reply)
    }
  )
})
