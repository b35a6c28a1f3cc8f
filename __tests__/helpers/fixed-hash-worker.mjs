// A stand-in for dist/hash-worker.js: answers a fixed digest, so a test can tell a hash started early (prehashFile)
// from one computed when the file was opened.
import { parentPort } from 'node:worker_threads'

parentPort.postMessage({ hex: 'e'.repeat(64) })
