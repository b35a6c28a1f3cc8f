// `modelgate history` on real git repositories built in a temporary folder, run through the built CLI.
import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, runCli, scanJson } from './helpers/cli.js'
import { execFileSync } from 'node:child_process'
import { GIT_ENV, TestRepo, fastImport } from './helpers/git-repo.js'

const MALICIOUS = readFileSync(join(FIXTURES, 'pickle', 'gadget_os_system_protocol2.pkl'))
const OTHER_PICKLE = readFileSync(join(FIXTURES, 'pickle', 'benign_protocol4.pkl'))

const repos: TestRepo[] = []
afterAll(() => repos.forEach((r) => r.remove()))
function newRepo(): TestRepo {
  const r = TestRepo.init()
  repos.push(r)
  return r
}

function history(args: string[]): { status: number; report: any; stderr: string } {
  const r = runCli(['history', '--format', 'json', ...args])
  let report: any
  try {
    report = JSON.parse(r.stdout)
  } catch {
    throw new Error(`history did not print JSON (exit ${r.status}): ${r.stderr}\n${r.stdout.slice(0, 2000)}`)
  }
  return { status: r.status, report, stderr: r.stderr }
}

/** What `modelgate scan` reports for these bytes under this file name (the reference a blob must match). */
function scanBytes(name: string, bytes: Uint8Array): any {
  const dir = mkdtempSync(join(tmpdir(), 'mg-scan-'))
  writeFileSync(join(dir, name), bytes)
  return scanJson([join(dir, name)]).report.files[0]
}

describe('modelgate history', () => {
  test('a malicious model added in one commit and deleted later is found, with the commit that introduced it', () => {
    const repo = newRepo()
    repo.write('README.md', '# project\n').commit('init')
    const intro = repo.write('models/classifier.pkl', MALICIOUS).commit('add model', 'Mallory <mallory@example.com>')
    repo.write('README.md', '# project\n\nmore\n').commit('docs')
    repo.rm('models/classifier.pkl').commit('remove model')
    repo.write('src/app.py', 'print(1)\n').commit('code')

    const { status, report } = history([repo.dir])
    expect(status).toBe(1)
    expect(report.files).toHaveLength(1)
    const f = report.files[0]
    expect(f.path).toBe('models/classifier.pkl')
    expect(f.paths).toEqual(['models/classifier.pkl'])
    expect(f.blob).toBe(repo.blobId(MALICIOUS))
    expect(f.introducedBy).toEqual({ commit: intro, date: TestRepo.dateOf(2), author: 'Mallory <mallory@example.com>' })
    expect(f.atHead).toBe(false)
    expect(f.verdict).toBe('fail')
    // The blob is analysed exactly as the same bytes on disk would be.
    const ref = scanBytes('classifier.pkl', MALICIOUS)
    expect(f.findings).toEqual(ref.findings)
    expect(f.imports).toEqual(ref.imports)
    expect(f.format).toBe(ref.format)
    expect(f.sha256).toBe(ref.sha256)
    expect(report.summary).toEqual({
      files: 1,
      pass: 0,
      warn: 0,
      fail: 1,
      commitsWalked: 5,
      blobsSeen: 4,
      blobsScanned: 1
    })
    expect(report.history).toEqual({ head: repo.git('rev-parse', 'HEAD') })

    const text = runCli(['history', repo.dir])
    expect(text.status).toBe(1)
    expect(text.stdout).toContain(`blob ${f.blob}: first in ${intro.slice(0, 12)}`)
    expect(text.stdout).toContain('deleted from HEAD, still in history')
    expect(text.stdout).toContain('History: 5 commit(s) walked, 4 distinct blob(s) seen, 1 analysed as models.')
  })

  test('one blob under two paths and in many commits is scanned once and lists every path', () => {
    const repo = newRepo()
    repo.write('weights/model.pkl', MALICIOUS)
    const first = repo.commit('add')
    for (let i = 0; i < 20; i++) repo.write('notes.txt', `note ${i}\n`).commit(`note ${i}`)
    repo.write('backup/copy.bin', MALICIOUS).commit('copy')
    repo.mv('weights/model.pkl', 'weights/renamed.pt').commit('rename')
    repo.write('other.pkl', OTHER_PICKLE).commit('another model')

    const { report } = history([repo.dir])
    expect(report.summary.commitsWalked).toBe(24)
    // malicious pickle, other pickle, 20 notes.
    expect(report.summary.blobsSeen).toBe(22)
    expect(report.summary.blobsScanned).toBe(2)
    const mal = report.files.find((f: any) => f.blob === repo.blobId(MALICIOUS))
    expect(mal.paths).toEqual(['backup/copy.bin', 'weights/model.pkl', 'weights/renamed.pt'])
    expect(mal.path).toBe('weights/model.pkl')
    expect(mal.introducedBy.commit).toBe(first)
    expect(mal.atHead).toBe(true)
    expect(report.files.map((f: any) => f.path)).toEqual(['other.pkl', 'weights/model.pkl'])
    // The benign pickle passes; the malicious one fails: history verdicts come from the same analysis as scans.
    expect(report.files.map((f: any) => f.verdict)).toEqual(['pass', 'fail'])
    expect(report.files[0].findings).toEqual([])
    expect(mal.imports).toEqual(['posix.system'])
  })

  test('a thousand commits with a handful of model versions costs one analysis per version', () => {
    const repo = newRepo()
    const versions = [MALICIOUS, OTHER_PICKLE, Buffer.concat([OTHER_PICKLE.subarray(0, -1), Buffer.from('N.')])]
    const at = new Map([
      [100, 0],
      [400, 1],
      [700, 2],
      [900, 0]
    ])
    const ids = fastImport(
      repo,
      Array.from({ length: 1000 }, (_, i) => {
        const n = i + 1
        const files: Record<string, string | Uint8Array | null> = { 'CHANGELOG.txt': `entry ${n}\n` }
        if (at.has(n)) files['model/checkpoint.pkl'] = versions[at.get(n)!]!
        if (n === 950) files['model/checkpoint.pkl'] = null
        return { files }
      })
    )
    expect(ids).toHaveLength(1000)
    const { report } = history(['--all', repo.dir])
    expect(report.summary.commitsWalked).toBe(1000)
    expect(report.summary.blobsSeen).toBe(1003)
    expect(report.summary.blobsScanned).toBe(3)
    expect(report.files).toHaveLength(3)
    const intro = (v: Uint8Array) => report.files.find((f: any) => f.blob === repo.blobId(v)).introducedBy.commit
    // Version 0 came back at commit 900: the first commit that had it is still 100.
    expect(intro(versions[0]!)).toBe(ids[99])
    expect(intro(versions[1]!)).toBe(ids[399])
    expect(intro(versions[2]!)).toBe(ids[699])
    expect(report.files.every((f: any) => f.atHead === false)).toBe(true)
  })

  test('--range and --since limit the walk; blobs already present when the walk starts are marked beforeScope', () => {
    const repo = newRepo()
    repo.write('old.pkl', MALICIOUS).commit('old model')
    const base = repo.write('a.txt', 'a\n').commit('a')
    const added = repo.write('new.pkl', OTHER_PICKLE).commit('new model')
    repo.write('b.txt', 'b\n').commit('b')

    const ranged = history(['--range', `${base}..HEAD`, repo.dir]).report
    expect(ranged.summary.commitsWalked).toBe(2)
    expect(ranged.history).toEqual({ head: repo.git('rev-parse', 'HEAD'), range: `${base}..HEAD` })
    const byPath = Object.fromEntries(ranged.files.map((f: any) => [f.path, f]))
    expect(Object.keys(byPath).sort()).toEqual(['new.pkl', 'old.pkl'])
    expect(byPath['new.pkl'].introducedBy).toEqual({
      commit: added,
      date: TestRepo.dateOf(3),
      author: 'Alice Example <alice@example.com>'
    })
    // old.pkl is in every commit walked, but it came from before the range.
    expect(byPath['old.pkl'].introducedBy).toMatchObject({ commit: added, beforeScope: true })

    const since = history(['--since', TestRepo.dateOf(3), repo.dir]).report
    expect(since.summary.commitsWalked).toBe(2)
    expect(since.history.since).toBe(TestRepo.dateOf(3))

    const bad = runCli(['history', '--range', 'nope..HEAD', repo.dir])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/unknown revision "nope"/)
    expect(runCli(['history', '--range', '--output=/tmp/x', repo.dir]).status).toBe(2)
    expect(runCli(['history', '--all', '--range', 'HEAD', repo.dir]).stderr).toMatch(/cannot be combined/)
  })

  test('usage errors: not a repository, bad shard, empty repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-norepo-'))
    const r = runCli(['history', dir], { env: { GIT_CEILING_DIRECTORIES: tmpdir() } })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/not a git repository/)
    const repo = newRepo()
    expect(runCli(['history', '--shard', '4/3', repo.dir]).stderr).toMatch(/--shard must be i\/n/)
    expect(runCli(['history', '--max-blobs', '0', repo.dir]).stderr).toMatch(/--max-blobs must be a positive integer/)
    const empty = runCli(['history', repo.dir])
    expect(empty.status).toBe(2)
    expect(empty.stderr).toMatch(/cannot walk history/)
  })

  test('--max-blobs reads model-named blobs first and reports what it left unread (fail closed)', () => {
    const repo = newRepo()
    repo.write('a.txt', 'a\n').write('b.txt', 'b\n').write('c.txt', 'c\n').commit('text')
    repo.write('m.pkl', MALICIOUS).commit('model')
    const { status, report } = history(['--max-blobs', '1', repo.dir])
    expect(status).toBe(1)
    expect(report.summary.blobsSeen).toBe(4)
    expect(report.summary.blobsScanned).toBe(1)
    expect(report.files.map((f: any) => f.path)).toEqual(['(history: 3 blob(s) not read)', 'm.pkl'])
    const cap = report.files[0]
    expect(cap.findings).toEqual([
      {
        ruleId: 'GEN-007',
        severity: 'high',
        message: 'Not analysed: --max-blobs 1 reached; 3 distinct blob(s) were not read (0 with model-like names)',
        evidence: '3'
      }
    ])
    expect(report.history.maxBlobs).toBe(1)
  })

  test('Git LFS pointers in history are analysed from the local LFS store, else reported as not analysed', () => {
    const repo = newRepo()
    const oid = createHash('sha256').update(MALICIOUS).digest('hex')
    const pointer = (o: string, size: number) =>
      `version https://git-lfs.github.com/spec/v1\noid sha256:${o}\nsize ${size}\n`
    const store = join(repo.dir, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4))
    mkdirSync(store, { recursive: true })
    writeFileSync(join(store, oid), MALICIOUS)
    const missingOid = 'ab'.repeat(32)
    repo.write('big/model.pkl', pointer(oid, MALICIOUS.length)).commit('lfs model')
    repo.write('big/absent.safetensors', pointer(missingOid, 123456)).commit('lfs model not fetched')

    const { report } = history([repo.dir])
    const present = report.files.find((f: any) => f.path === 'big/model.pkl')
    const ref = scanBytes('model.pkl', MALICIOUS)
    expect(present.lfs).toEqual({ oid, size: MALICIOUS.length, present: true })
    expect(present.sha256).toBe(oid)
    expect(present.format).toBe(ref.format)
    expect(present.findings).toEqual(ref.findings)
    const absent = report.files.find((f: any) => f.path === 'big/absent.safetensors')
    expect(absent.format).toBe('lfs-pointer')
    expect(absent.lfs).toEqual({ oid: missingOid, size: 123456, present: false })
    expect(absent.findings).toEqual([
      {
        ruleId: 'GEN-003',
        severity: 'high',
        message: `Not analysed: Git LFS object ${missingOid} (123456 bytes) is not in the local LFS store; run \`git lfs fetch --all\` before the audit`
      }
    ])
    expect(report.summary.blobsScanned).toBe(2)
  })

  test('odd paths (spaces, unicode, leading dash, newline) are reported verbatim', () => {
    const repo = newRepo()
    const names = ['dir with space/mödel.pkl', '-dash.pkl', 'line\nbreak.pkl']
    const blobs = names.map((n, i) => Buffer.concat([OTHER_PICKLE.subarray(0, -1), Buffer.from(`K${i}.`)]))
    names.forEach((n, i) => repo.write(n, blobs[i]!))
    repo.commit('odd names')
    const { report } = history([repo.dir])
    expect(report.files.map((f: any) => f.path).sort()).toEqual([...names].sort())
  })
})

describe('modelgate history on a shallow clone', () => {
  test('blobs of the commit the clone was cut at are marked as possibly introduced earlier', () => {
    const origin = newRepo()
    origin.write('old.pkl', MALICIOUS).commit('one')
    origin.write('a.txt', 'a\n').commit('two')
    const cut = origin.write('b.txt', 'b\n').commit('three')
    const last = origin.write('new.pkl', OTHER_PICKLE).commit('four')
    const clone = newRepo()
    clone.remove()
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin.dir}`, clone.dir], { env: GIT_ENV })
    const { report } = history([clone.dir])
    expect(report.summary.commitsWalked).toBe(2)
    const byPath = Object.fromEntries(report.files.map((f: any) => [f.path, f]))
    expect(byPath['old.pkl'].introducedBy).toMatchObject({ commit: cut, beforeScope: true })
    expect(byPath['new.pkl'].introducedBy).toEqual({
      commit: last,
      date: TestRepo.dateOf(4),
      author: 'Alice Example <alice@example.com>'
    })
  })
})

describe('modelgate history with a policy', () => {
  test('a suppression applies only when it covers every path the blob had (fail closed)', () => {
    const repo = newRepo()
    repo.write('tests/data/sample.bin', 'not a model, shared\n').write('tests/data/only.bin', 'not a model, only\n')
    repo.commit('test data')
    repo.write('weights/sample.bin', 'not a model, shared\n').commit('same bytes as a weights file')
    const cfg = join(mkdtempSync(join(tmpdir(), 'mg-cfg-')), 'modelgate.yml')
    writeFileSync(cfg, 'suppress:\n  - rule: GEN-009\n    paths: ["tests/**"]\n    reason: test data is not a model\n')
    const { report } = history(['--config', cfg, repo.dir])
    const byPath = Object.fromEntries(report.files.map((f: any) => [f.path, f]))
    expect(Object.keys(byPath).sort()).toEqual(['tests/data/only.bin', 'weights/sample.bin'])
    expect(byPath['tests/data/only.bin'].findings).toEqual([])
    expect(byPath['tests/data/only.bin'].suppressed[0]).toMatchObject({
      ruleId: 'GEN-009',
      suppressedBy: 'test data is not a model'
    })
    expect(byPath['weights/sample.bin'].findings.map((f: any) => f.ruleId)).toEqual(['GEN-009'])
    expect(byPath['weights/sample.bin'].paths).toEqual(['tests/data/sample.bin', 'weights/sample.bin'])
  })
})
