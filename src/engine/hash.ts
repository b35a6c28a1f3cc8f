// SHA-256 of whole files, the floor of every scan. Reads are double-buffered (the next read runs on libuv's
// thread pool while this thread hashes the previous chunk) into two reused buffers, so hashing costs no
// allocation. Large files are hashed on a thread of their own, alongside the analysis on the other core.
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { READ_NOFOLLOW } from './source.js'
import { distWorker } from './dist-worker.js'

/** Below this size a thread costs more than it saves. */
export const HASH_THREAD_MIN = 32 * 1024 * 1024
const CHUNK = 4 * 1024 * 1024

/** Hashes the file in this thread. */
export async function sha256FileHere(path: string): Promise<string> {
  const fh = await open(path, READ_NOFOLLOW)
  try {
    const h = createHash('sha256')
    const size = (await fh.stat()).size
    const bufs = [
      Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size))),
      Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size)))
    ]
    let pos = 0
    let k = 0
    let pending = fh.read(bufs[0]!, 0, bufs[0]!.length, pos)
    for (;;) {
      const { bytesRead } = await pending
      if (bytesRead === 0) break
      pos += bytesRead
      const filled = bufs[k]!
      k ^= 1
      pending = fh.read(bufs[k]!, 0, bufs[k]!.length, pos)
      h.update(filled.subarray(0, bytesRead))
    }
    return h.digest('hex')
  } finally {
    await fh.close()
  }
}

/** Hashes the file, on its own thread when it is large and the bundle's hash worker is at hand. */
export function sha256File(path: string, size = 0): Promise<string> {
  const url = size >= HASH_THREAD_MIN ? distWorker('hash-worker') : undefined
  if (!url) return sha256FileHere(path)
  return new Promise((resolve, reject) => {
    const w = new Worker(url, { workerData: { path } })
    let done = false
    w.once('message', (m: { hex?: string; error?: string }) => {
      done = true
      if (m.hex) resolve(m.hex)
      else reject(new Error(m.error ?? 'hash worker failed'))
    })
    w.once('error', (e) => {
      done = true
      reject(e)
    })
    w.once('exit', (code) => {
      if (!done) reject(new Error(`hash worker exited (${code}) without a result`))
    })
  })
}
