// The sequential reader reads the next chunk of a file ahead while its caller works. Whatever the pattern of
// reads (front to back, skips past the window, seeks back, requests larger than a chunk), the window must hold
// exactly the file's bytes.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileSource, SliceSource, BufferSource, type ByteSource } from '../src/engine/source.js'
import { StreamReader } from '../src/engine/stream.js'

const dir = mkdtempSync(join(tmpdir(), 'mg-stream-'))
const bytes = randomBytes(300_000)
const path = join(dir, 'data.bin')
writeFileSync(path, bytes)

type Step = { kind: 'take'; n: number } | { kind: 'skip'; n: number } | { kind: 'seek'; to: number }

async function replay(src: ByteSource, base: number, chunk: number, steps: Step[]): Promise<void> {
  const r = new StreamReader(src, 0, chunk)
  for (const s of steps) {
    if (s.kind === 'skip') r.skip(s.n)
    else if (s.kind === 'seek') r.seek(Math.min(s.to, src.size))
    else {
      const at = r.pos
      const ok = await r.ensure(s.n)
      const want = Math.min(s.n, Math.max(0, src.size - at))
      expect(ok).toBe(s.n <= src.size - at)
      expect(Buffer.compare(r.peek(want), bytes.subarray(base + at, base + at + want))).toBe(0)
      r.skip(want)
    }
  }
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('take' as const), n: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant('take' as const), n: fc.integer({ min: 1, max: 70_000 }) }),
  fc.record({ kind: fc.constant('skip' as const), n: fc.integer({ min: 0, max: 40_000 }) }),
  fc.record({ kind: fc.constant('seek' as const), to: fc.integer({ min: 0, max: 300_000 }) })
)

describe('StreamReader read-ahead', () => {
  test('front to back in small takes across many chunks', async () => {
    const src = await FileSource.open(path)
    try {
      await replay(
        src,
        0,
        4096,
        Array.from({ length: 4000 }, (_, i) => ({ kind: 'take', n: 1 + (i % 150) }) as Step)
      )
    } finally {
      await src.close()
    }
  })

  test('any mix of takes, skips and seeks over a file and a slice of it', async () => {
    const src = await FileSource.open(path)
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { maxLength: 60 }),
          fc.integer({ min: 1, max: 20_000 }),
          async (steps, chunk) => {
            await replay(src, 0, chunk, steps)
            await replay(new SliceSource(src, 1234, 250_000), 1234, chunk, steps)
          }
        ),
        { numRuns: 150, seed: 7 }
      )
    } finally {
      await src.close()
    }
  })

  test('sources that are not files are read without read-ahead and give the same bytes', async () => {
    await replay(new BufferSource(bytes), 0, 1000, [
      { kind: 'take', n: 10 },
      { kind: 'skip', n: 990 },
      { kind: 'take', n: 2000 },
      { kind: 'take', n: 5 }
    ])
  })
})

describe('FileSource.open', () => {
  test('a FIFO is refused at once (no wait for a writer), as is a directory', async () => {
    const fifo = join(dir, 'fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    // opening a FIFO without O_NONBLOCK would block this test forever: jest's timeout would fail it
    await expect(FileSource.open(fifo)).rejects.toThrow(/not a regular file/)
    await expect(FileSource.open(dir)).rejects.toThrow(/not a regular file|EISDIR/)
  })

  test('files up to 256 KiB are read whole, larger ones through a handle: the same bytes either way', async () => {
    for (const size of [0, 1, 256 * 1024, 256 * 1024 + 1]) {
      const p = join(dir, `size-${size}`)
      const b = randomBytes(size)
      writeFileSync(p, b)
      const src = await FileSource.open(p)
      try {
        expect(src.size).toBe(size)
        expect(Buffer.compare(Buffer.from(await src.read(0, size)), b)).toBe(0)
        expect(Buffer.compare(Buffer.from(await src.read(size - 7, 100)), b.subarray(Math.max(0, size - 7)))).toBe(0)
      } finally {
        await src.close()
      }
    }
  })
})
