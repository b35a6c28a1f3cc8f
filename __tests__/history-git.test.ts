// Git primitives of the history audit: streamed cat-file --batch, blob materialisation, LFS pointers, shards.
import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { join } from 'node:path'
import { FIXTURES } from './helpers/cli.js'
import { TestRepo } from './helpers/git-repo.js'
import { ChunkReader, blobAt, catFileBatch, gitRecords, headCommit } from '../src/discovery/git.js'
import { blobTempDir, materializeBlob, parseLfsPointer, readBlob } from '../src/discovery/blob.js'
import { auditHistory, parseShard, shardOf } from '../src/discovery/history.js'
import { BufferSource, FileSource, readAll } from '../src/engine/source.js'
import { EMPTY_CONFIG } from '../src/policy/config.js'

const MALICIOUS = readFileSync(join(FIXTURES, 'pickle', 'gadget_os_system_protocol2.pkl'))
const repo = TestRepo.init()
afterAll(() => repo.remove())
const BIG = randomBytes(3 * 1024 * 1024 + 17)
repo
  .write('a.txt', 'hello\n')
  .write('big.pkl', Buffer.concat([Buffer.from([0x80, 0x04]), BIG]))
  .commit('one')
repo.write('m.pkl', MALICIOUS).commit('two')

describe('ChunkReader', () => {
  test('splits records and exact reads across arbitrary chunk boundaries', async () => {
    const data = Buffer.from('ab\0cde\0HEADER\n0123456789\nrest')
    const chunks: Buffer[] = []
    for (let i = 0; i < data.length; i += 3) chunks.push(data.subarray(i, i + 3))
    const r = new ChunkReader(Readable.from(chunks))
    expect((await r.readUntil(0))!.toString()).toBe('ab')
    expect((await r.readUntil(0))!.toString()).toBe('cde')
    expect((await r.readUntil(0x0a))!.toString()).toBe('HEADER')
    const got: Buffer[] = []
    await r.readExact(10, (c) => {
      got.push(Buffer.from(c))
    })
    expect(Buffer.concat(got).toString()).toBe('0123456789')
    expect(got.length).toBeGreaterThan(1)
    expect((await r.readUntil(0x0a))!.toString()).toBe('')
    expect((await r.readUntil(0x0a))!.toString()).toBe('rest')
    expect(await r.readUntil(0x0a)).toBeUndefined()
    await expect(r.readExact(1, () => {})).rejects.toThrow(/ended 1 bytes early/)
  })
})

describe('cat-file --batch streaming', () => {
  test('streams every requested object in order, reports missing ones, and hashes while reading', async () => {
    const big = repo.git('rev-parse', 'HEAD:big.pkl')
    const small = repo.git('rev-parse', 'HEAD:a.txt')
    const missing = 'f'.repeat(40)
    const seen: string[] = []
    let bigChunks = 0
    let bigHash = ''
    await catFileBatch(repo.dir, [small, missing, big, small], async (h, body) => {
      seen.push(`${h.oid.slice(0, 7)} ${h.type} ${h.size}`)
      if (h.oid === big) {
        const hash = createHash('sha256')
        await body((c) => {
          bigChunks++
          hash.update(c)
        })
        bigHash = hash.digest('hex')
      }
      // The small ones are not read: the reader must skip their bodies itself.
    })
    expect(seen).toEqual([
      `${small.slice(0, 7)} blob 6`,
      `${missing.slice(0, 7)} missing 0`,
      `${big.slice(0, 7)} blob ${BIG.length + 2}`,
      `${small.slice(0, 7)} blob 6`
    ])
    expect(bigHash).toBe(
      createHash('sha256')
        .update(Buffer.concat([Buffer.from([0x80, 0x04]), BIG]))
        .digest('hex')
    )
    // Arrived in many chunks: never one buffer of the whole blob.
    expect(bigChunks).toBeGreaterThan(10)
  })

  test('a large blob goes to a temporary file that is removed on dispose; a small one stays in memory', async () => {
    const tmp = await blobTempDir()
    const big = (await readBlob(repo.dir, repo.git('rev-parse', 'HEAD:big.pkl'), {
      memoryLimit: 64 * 1024,
      tmpDir: tmp.dir
    }))!
    expect(big.source).toBeInstanceOf(FileSource)
    expect(readdirSync(tmp.dir)).toHaveLength(1)
    expect(Buffer.compare(await big.source.read(2, BIG.length), BIG)).toBe(0)
    await big.dispose()
    expect(readdirSync(tmp.dir)).toHaveLength(0)
    const small = (await readBlob(repo.dir, repo.git('rev-parse', 'HEAD:a.txt'), {
      memoryLimit: 64 * 1024,
      tmpDir: tmp.dir
    }))!
    expect(small.source).toBeInstanceOf(BufferSource)
    expect((await readAll(small.source)).toString()).toBe('hello\n')
    await tmp.cleanup()
    expect(existsSync(tmp.dir)).toBe(false)
    expect(
      await readBlob(repo.dir, repo.git('rev-parse', 'HEAD^{tree}'), { memoryLimit: 1, tmpDir: tmp.dir })
    ).toBeUndefined()
  })

  test('materializeBlob hashes exactly what it stores', async () => {
    const tmp = await blobTempDir()
    const data = randomBytes(5000)
    const m = await materializeBlob(
      data.length,
      async (sink) => {
        for (let i = 0; i < data.length; i += 777) await sink(data.subarray(i, i + 777))
      },
      { memoryLimit: 100, tmpDir: tmp.dir }
    )
    expect(m.sha256).toBe(createHash('sha256').update(data).digest('hex'))
    expect(Buffer.compare(await readAll(m.source), data)).toBe(0)
    await m.dispose()
    await tmp.cleanup()
  })

  test('the audit report is the same whether blobs are analysed from memory or from temporary files', async () => {
    const opts = { failOn: 'high' as const, config: EMPTY_CONFIG, scope: {} }
    const inMemory = await auditHistory(repo.dir, opts)
    const onDisk = await auditHistory(repo.dir, { ...opts, memoryBlobBytes: 16 })
    expect(onDisk).toEqual(inMemory)
    expect(inMemory.files.map((f) => f.path)).toEqual(['big.pkl', 'm.pkl'])
    expect(inMemory.files[0]!.size).toBe(BIG.length + 2)
  })

  test('gitRecords stops git when the caller stops early, and reports git failures', async () => {
    let n = 0
    for await (const _ of gitRecords(repo.dir, ['rev-list', '--all'], 0x0a)) {
      n++
      break
    }
    expect(n).toBe(1)
    await expect(
      (async () => {
        for await (const _ of gitRecords(repo.dir, ['rev-list', 'no-such-ref'], 0x0a)) void _
      })()
    ).rejects.toThrow(/git rev-list no-such-ref failed/)
  })

  test('blobAt and headCommit', async () => {
    const head = (await headCommit(repo.dir))!
    expect(head).toBe(repo.git('rev-parse', 'HEAD'))
    expect(await blobAt(repo.dir, head, 'a.txt')).toEqual({ oid: repo.blobId('hello\n'), mode: '100644' })
    expect(await blobAt(repo.dir, head, 'nope')).toBeUndefined()
    expect(await blobAt(repo.dir, '--output=x', 'a.txt')).toBeUndefined()
  })
})

describe('LFS pointers and shards', () => {
  test('parseLfsPointer accepts the spec forms and rejects look-alikes', async () => {
    const oid = 'a'.repeat(64)
    const p = (s: string) => parseLfsPointer(new BufferSource(Buffer.from(s)))
    expect(await p(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 12345\n`)).toEqual({
      oid,
      size: 12345
    })
    expect(await p(`version https://hawser.github.com/spec/v1\noid sha256:${oid}\nsize 1\n`)).toEqual({ oid, size: 1 })
    expect(
      await p(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid.toUpperCase()}\nsize 1\n`)
    ).toBeUndefined()
    expect(await p(`version https://example.com/v1\noid sha256:${oid}\nsize 1\n`)).toBeUndefined()
    expect(await p(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\n`)).toBeUndefined()
    expect(
      await p(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 1\n${' '.repeat(1100)}`)
    ).toBeUndefined()
  })

  test('shards partition blobs by object id, deterministically', () => {
    const oids = Array.from({ length: 300 }, (_, i) => createHash('sha1').update(String(i)).digest('hex'))
    const counts = [0, 0, 0]
    for (const o of oids) {
      const s = shardOf(o, 3)
      expect(s).toBe(shardOf(o, 3))
      counts[s - 1]!++
    }
    expect(counts.reduce((a, b) => a + b)).toBe(300)
    expect(Math.min(...counts)).toBeGreaterThan(60)
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    expect(() => parseShard('0/3')).toThrow(/--shard must be i\/n/)
    expect(() => parseShard('3')).toThrow(/--shard must be i\/n/)
  })
})
