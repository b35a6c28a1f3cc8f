// Worker-thread entry (dist/hash-worker.js): hashes one large file while the analysis runs on another thread.
import { parentPort, workerData } from 'node:worker_threads'
import { sha256FileSync } from './hash.js'
import { errorMessage } from '../errors.js'

const { path } = workerData as { path: string }
try {
  parentPort!.postMessage({ hex: sha256FileSync(path) })
} catch (e) {
  parentPort!.postMessage({ error: errorMessage(e) })
}
