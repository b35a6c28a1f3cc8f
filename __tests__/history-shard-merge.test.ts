// Sharding a history audit across runners (--shard i/n) and merging the shard reports (modelgate merge).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, runCli } from './helpers/cli.js'
import { TestRepo, fastImport } from './helpers/git-repo.js'
import { fingerprint, fileDigest } from '../src/report/fingerprint.js'

const MALICIOUS = readFileSync(join(FIXTURES, 'pickle', 'gadget_os_system_protocol2.pkl'))
const BENIGN = readFileSync(join(FIXTURES, 'pickle', 'benign_protocol4.pkl'))

/** A distinct, still valid pickle: BININT n, POP, STOP in place of the final STOP. */
function variant(pickle: Buffer, n: number): Buffer {
  const tail = Buffer.alloc(7)
  tail.write('J', 0, 'latin1')
  tail.writeUInt32LE(n, 1)
  tail.write('0.', 5, 'latin1')
  return Buffer.concat([pickle.subarray(0, -1), tail])
}

let repo: TestRepo
let out: string
beforeAll(() => {
  repo = TestRepo.init()
  out = mkdtempSync(join(tmpdir(), 'mg-shards-'))
  // 300 commits; twelve distinct model blobs, some under several paths, some deleted again.
  fastImport(
    repo,
    Array.from({ length: 300 }, (_, i) => {
      const n = i + 1
      const files: Record<string, string | Uint8Array | null> = { 'log.txt': `line ${n}\n` }
      if (n % 25 === 0) {
        const v = variant(n % 50 === 0 ? MALICIOUS : BENIGN, n)
        files[`models/v${n}.pkl`] = v
        if (n % 75 === 0) files[`mirror/v${n}.bin`] = v
      }
      if (n === 160) files['models/v50.pkl'] = null
      return { files }
    })
  )
})
afterAll(() => repo.remove())

function run(args: string[]) {
  const r = runCli(args)
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`)
  return r
}

function shardFiles(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const file = join(out, `shard-${i + 1}-of-${n}.json`)
    run(['history', '--all', '--shard', `${i + 1}/${n}`, '--format', 'json', '--output', file, repo.dir])
    return file
  })
}

describe('sharded history audits', () => {
  test('shards 1/3, 2/3, 3/3 merged equal the unsharded report', () => {
    const whole = join(out, 'whole.json')
    run(['history', '--all', '--format', 'json', '--output', whole, repo.dir])
    const unsharded = JSON.parse(readFileSync(whole, 'utf8'))
    expect(unsharded.summary.blobsScanned).toBe(12)
    expect(unsharded.summary.blobsSeen).toBe(312)
    expect(unsharded.summary.commitsWalked).toBe(300)

    const shards = shardFiles(3).map((f) => JSON.parse(readFileSync(f, 'utf8')))
    // Every shard walked the whole history but analysed only its own blobs, and together they cover all.
    expect(shards.map((s) => s.summary.commitsWalked)).toEqual([300, 300, 300])
    expect(shards.map((s) => s.history.shard)).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
      { index: 3, count: 3 }
    ])
    expect(shards.reduce((a, s) => a + s.summary.blobsScanned, 0)).toBe(12)
    expect(shards.every((s) => s.files.length < 12)).toBe(true)
    const blobsPerShard = shards.map((s) => new Set(s.files.map((f: any) => f.blob)))
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect([...blobsPerShard[i]!].filter((b) => blobsPerShard[j]!.has(b))).toEqual([])

    const mergedFile = join(out, 'merged.json')
    const sarif = join(out, 'merged.sarif')
    const summary = join(out, 'summary.txt')
    const m = run(['merge', '--output', mergedFile, '--sarif', sarif, '--summary', summary, ...shardFiles(3).reverse()])
    expect(m.status).toBe(unsharded.verdict === 'fail' ? 1 : 0)
    expect(readFileSync(mergedFile, 'utf8')).toBe(readFileSync(whole, 'utf8'))
    expect(readFileSync(summary, 'utf8')).toBe(runCli(['history', '--all', repo.dir]).stdout)

    const log = JSON.parse(readFileSync(sarif, 'utf8'))
    expect(log.version).toBe('2.1.0')
    const results = log.runs[0].results
    const expected = unsharded.files.flatMap((f: any) =>
      f.findings.map((x: any) => `${fingerprint(x, fileDigest(f))}:1`)
    )
    expect(results.map((r: any) => r.partialFingerprints.primaryLocationLineHash)).toEqual(expected)
    expect(results.every((r: any) => r.locations[0].physicalLocation.region === undefined)).toBe(true)
    expect(log.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(
      [...new Set(results.map((r: any) => r.ruleId))].sort()
    )
  })

  test('merge refuses incomplete, duplicated or mismatched shard sets', () => {
    const [s1, s2, s3] = shardFiles(3)
    expect(runCli(['merge', s1!, s2!]).stderr).toMatch(/missing shard\(s\) 3\/3/)
    expect(runCli(['merge', s1!, s1!, s2!, s3!]).stderr).toMatch(/shard 1\/3 already given by/)
    const [t1] = shardFiles(2)
    expect(runCli(['merge', s1!, s2!, t1!]).stderr).toMatch(/shard 1\/2, expected …\/3/)
    const other = join(out, 'since.json')
    run(['history', '--since', '2000-01-01', '--shard', '3/3', '--format', 'json', '--output', other, repo.dir])
    const r = runCli(['merge', s1!, s2!, other])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/a different audit/)
    const junk = join(out, 'junk.json')
    writeFileSync(junk, '{"hello": 1}')
    expect(runCli(['merge', junk]).stderr).toMatch(/not a ModelGate JSON report/)
    expect(runCli(['merge']).status).toBe(2)
  })

  test('merge concatenates plain scan reports that share fail-on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-scanmerge-'))
    writeFileSync(join(dir, 'a.pkl'), MALICIOUS)
    writeFileSync(join(dir, 'b.pkl'), BENIGN)
    const a = join(out, 'scan-a.json')
    const b = join(out, 'scan-b.json')
    run(['scan', '--format', 'json', '--output', a, join(dir, 'a.pkl')])
    run(['scan', '--format', 'json', '--output', b, join(dir, 'b.pkl')])
    const m = JSON.parse(run(['merge', a, b]).stdout)
    const both = JSON.parse(run(['scan', '--format', 'json', join(dir, 'a.pkl'), join(dir, 'b.pkl')]).stdout)
    expect(m).toEqual(both)
    const c = join(out, 'scan-c.json')
    run(['scan', '--format', 'json', '--fail-on', 'critical', '--output', c, join(dir, 'b.pkl')])
    expect(runCli(['merge', a, c]).stderr).toMatch(/fail-on critical differs/)
  })
})
