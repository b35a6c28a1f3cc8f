// SHA-256 of scanned files: in this thread for small files, on the bundle's hash worker for large ones. Both must
// give exactly what a plain hash of the bytes gives, at chunk edges and for empty files.
import { describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, openSync, writeSync, closeSync, writeFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HASH_THREAD_MIN, sha256FileHere, sha256FileSync } from '../src/engine/hash.js'
import { fileOf, scanJson } from './helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'mg-hash-'))
const hex = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('sha256 of files', () => {
  test('asynchronous and blocking readers: empty, one byte, exactly one chunk, chunk edges', async () => {
    for (const size of [0, 1, 128 * 1024, 128 * 1024 + 1, 4 * 1024 * 1024, 4 * 1024 * 1024 + 1, 9 * 1024 * 1024 - 3]) {
      const bytes = randomBytes(size)
      const p = join(dir, `f${size}`)
      writeFileSync(p, bytes)
      expect(await sha256FileHere(p)).toBe(hex(bytes))
      expect(sha256FileSync(p)).toBe(hex(bytes))
    }
  })

  test('never through a symbolic link', async () => {
    const target = join(dir, 'target')
    writeFileSync(target, 'x')
    const link = join(dir, 'link')
    symlinkSync(target, link)
    await expect(sha256FileHere(link)).rejects.toThrow()
    expect(() => sha256FileSync(link)).toThrow()
  })

  test('a large file is hashed on the hash worker of the built CLI, with the same result', () => {
    // a real pickle at the front so the file is analysed as a model; the rest is random bytes after STOP
    const head = Buffer.from('\x80\x02]q\x00.', 'latin1')
    const tail = randomBytes(HASH_THREAD_MIN + 12345)
    const p = join(dir, 'large.pkl')
    const fd = openSync(p, 'w')
    writeSync(fd, head)
    writeSync(fd, tail)
    closeSync(fd)
    const { report } = scanJson([p], ['--fail-on', 'none'])
    expect(fileOf(report, 'large.pkl').sha256).toBe(createHash('sha256').update(head).update(tail).digest('hex'))
  })
})
