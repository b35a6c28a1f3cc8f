// Worker-thread entry (dist/hash-worker.js): hashes one large file while the analysis runs on another thread.
import { parentPort, workerData } from 'node:worker_threads'
import { sha256FileHere } from './hash.js'
import { errorMessage } from '../errors.js'

const { path } = workerData as { path: string }
sha256FileHere(path).then(
  (hex) => parentPort!.postMessage({ hex }),
  (e) => parentPort!.postMessage({ error: errorMessage(e) })
)
