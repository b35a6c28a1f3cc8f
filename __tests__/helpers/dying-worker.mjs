// A stand-in for dist/worker.js in pool tests: answers every file with a minimal report, and dies the way a worker
// out of memory would (the thread ends) on a file named "die", or throws out of its message handler on "throw".
import { parentPort } from 'node:worker_threads'

parentPort.on('message', ({ id, target }) => {
  if (target.display.endsWith('die')) process.exit(70)
  if (target.display.endsWith('throw')) throw new Error('boom')
  parentPort.postMessage({ id, report: { path: target.display, verdict: 'pass', findings: [] } })
})
