// Streaming file hashes: bounded memory whatever the model size.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** Streams a file (or a byte range of it) through a Node hash, 1 MiB at a time. */
export function hashFile(path: string, algorithm: string, start?: number, end?: number): Promise<string> {
  return new Promise((res, rej) => {
    const h = createHash(algorithm)
    const range = start !== undefined && end !== undefined ? { start, end: end - 1 } : {}
    if (start !== undefined && end !== undefined && end <= start) return res(h.digest('hex'))
    createReadStream(path, { highWaterMark: 1 << 20, ...range })
      .on('data', (c) => h.update(c))
      .on('error', rej)
      .on('end', () => res(h.digest('hex')))
  })
}
