// A stand-in for dist/worker.js in pool tests: answers every file with a minimal report (its format is the worker's
// threadId, to tell which worker did a file), and dies the way a worker out of memory would (the thread ends) on a
// file named "die", or throws out of its message handler on "throw".
import { parentPort, threadId } from 'node:worker_threads'

parentPort.on('message', ({ id, target }) => {
  if (target.display.endsWith('die')) process.exit(70)
  if (target.display.endsWith('throw')) throw new Error('boom')
  parentPort.postMessage({
    id,
    report: { path: target.display, format: String(threadId), verdict: 'pass', findings: [] }
  })
})
