// Worker-thread entry (dist/worker.js): analyses the files the pool hands it, one at a time.
import { parentPort } from 'node:worker_threads'
import { scanTarget } from './engine/scan.js'
import type { WorkItem, WorkResult } from './engine/pool.js'
import { errorMessage } from './errors.js'

// The pool queues a file ahead; analysing one at a time keeps memory bounded to one file's analysis.
let queue: Promise<void> = Promise.resolve()
parentPort?.on('message', (item: WorkItem) => {
  queue = queue.then(() =>
    scanTarget(item.target, item.opts).then(
      (report) => parentPort!.postMessage({ id: item.id, report: report ?? null } satisfies WorkResult),
      (e) => parentPort!.postMessage({ id: item.id, error: errorMessage(e) } satisfies WorkResult)
    )
  )
})
