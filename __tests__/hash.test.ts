// SHA-256 of scanned files: in this thread for small files, on the bundle's hash worker for large ones. Both must
// give exactly what a plain hash of the bytes gives, at chunk edges and for empty files.
import { describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import {
  appendFileSync,
  mkdtempSync,
  openSync,
  writeSync,
  closeSync,
  truncateSync,
  writeFileSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HASH_THREAD_MIN, prehashFile, sha256FileHere, sha256FileSync, sha256Source } from '../src/engine/hash.js'
import { FileSource } from '../src/engine/source.js'
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

  describe('a hash started before the file is opened (prehashFile, for a scan of one large file)', () => {
    const fixed = new URL('./helpers/fixed-hash-worker.mjs', import.meta.url)
    const large = (name: string) => {
      const p = join(dir, name)
      writeFileSync(p, '')
      truncateSync(p, HASH_THREAD_MIN + 1)
      return p
    }
    const hashOf = async (p: string) => {
      const src = await FileSource.open(p)
      try {
        return await sha256Source(src)
      } finally {
        await src.close()
      }
    }

    test('is taken when the file is unchanged', async () => {
      const p = large('early.bin')
      expect(prehashFile(p, fixed)).toBe(true)
      expect(await hashOf(p)).toBe('e'.repeat(64))
    })

    test('is dropped when the file changed in between: the file is hashed afresh', async () => {
      const p = large('changed.bin')
      expect(prehashFile(p, fixed)).toBe(true)
      appendFileSync(p, 'x')
      expect(await hashOf(p)).toBe(
        createHash('sha256')
          .update(Buffer.alloc(HASH_THREAD_MIN + 1))
          .update('x')
          .digest('hex')
      )
    })

    test('is not started for small files, links or missing paths', () => {
      writeFileSync(join(dir, 'small.bin'), 'x')
      symlinkSync(large('big-target.bin'), join(dir, 'big-link.bin'))
      expect(prehashFile(join(dir, 'small.bin'), fixed)).toBe(false)
      expect(prehashFile(join(dir, 'big-link.bin'), fixed)).toBe(false)
      expect(prehashFile(join(dir, 'missing.bin'), fixed)).toBe(false)
    })
  })
})
