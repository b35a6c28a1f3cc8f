// PR compared with base: the pure comparison of two analyses, and reading the base version from git.
import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES } from './helpers/cli.js'
import { TestRepo } from './helpers/git-repo.js'
import type { FileReport, Finding } from '../src/engine/types.js'
import { compareAnalyses, comparisonVerdict, hasChanges, worstNew } from '../src/report/compare.js'
import { analyzeBaseVersion, loadBaseVersion } from '../src/discovery/base-version.js'
import { readAll } from '../src/engine/source.js'
import { scanTargets } from '../src/engine/scan.js'
import { EMPTY_CONFIG } from '../src/policy/config.js'

const MALICIOUS = readFileSync(join(FIXTURES, 'pickle', 'gadget_os_system_protocol2.pkl'))
const BENIGN = readFileSync(join(FIXTURES, 'pickle', 'benign_protocol4.pkl'))

function report(findings: Finding[], extra: Partial<FileReport> = {}): FileReport {
  return {
    path: 'models/checkpoint.pt',
    format: 'pytorch-zip',
    size: 10,
    sha256: 'a'.repeat(64),
    verdict: 'pass',
    findings,
    imports: ['collections.OrderedDict', 'torch._utils._rebuild_tensor_v2'],
    ...extra
  }
}

const rebuild: Finding = {
  ruleId: 'PKL-002',
  severity: 'medium',
  message: 'import not on the allow list',
  member: 'archive/data.pkl',
  offset: 40,
  evidence: 'mylib.Layer'
}
const system: Finding = {
  ruleId: 'PKL-010',
  severity: 'critical',
  message: 'posix.system is called at load',
  member: 'archive/data.pkl',
  offset: 12,
  evidence: 'posix.system'
}

describe('compareAnalyses', () => {
  test('a PR that adds os.system to an existing checkpoint shows it as new; the old finding is pre-existing', () => {
    const base = report([rebuild])
    const head = report([system, { ...rebuild, offset: 77, message: 'reworded' }], {
      sha256: 'b'.repeat(64),
      imports: ['collections.OrderedDict', 'posix.system', 'torch._utils._rebuild_tensor_v2'],
      verdict: 'fail'
    })
    const c = compareAnalyses(base, head)
    expect(c.newFindings).toEqual([system])
    expect(c.preExisting).toEqual([{ ...rebuild, offset: 77, message: 'reworded' }])
    expect(c.resolved).toEqual([])
    expect(c.newImports).toEqual(['posix.system'])
    expect(c.removedImports).toEqual([])
    expect(c.added).toBe(false)
    expect(c.unchanged).toBe(false)
    expect(worstNew(c)).toBe('critical')
    expect(hasChanges(c)).toBe(true)
    // Pre-existing findings still count unless fail-on-new-only.
    expect(comparisonVerdict(head, c, 'medium', false)).toBe('fail')
    expect(comparisonVerdict(head, c, 'medium', true)).toBe('fail')
    const onlyOld = compareAnalyses(base, report([rebuild], { sha256: 'c'.repeat(64) }))
    expect(comparisonVerdict(report([rebuild]), onlyOld, 'medium', false)).toBe('fail')
    expect(comparisonVerdict(report([rebuild]), onlyOld, 'medium', true)).toBe('pass')
  })

  test('findings match as a multiset; a worse severity is new; a removed one is resolved', () => {
    const base = report([rebuild, { ...rebuild, evidence: 'gone.Thing' }])
    const head = report([rebuild, rebuild, { ...rebuild, severity: 'high' }])
    const c = compareAnalyses(base, head)
    expect(c.preExisting).toEqual([rebuild])
    expect(c.newFindings).toEqual([rebuild, { ...rebuild, severity: 'high' }])
    expect(c.resolved).toEqual([{ ...rebuild, evidence: 'gone.Thing' }])
  })

  test('operators, Lambda layers, external data and signature state are compared', () => {
    const base = report(
      [{ ruleId: 'ONNX-006', severity: 'medium', message: 'custom domain', evidence: 'com.example:Foo' }],
      {
        format: 'onnx',
        inventory: { operators: ['Add', 'MatMul'], externalData: ['weights.bin'] },
        integrity: { sha256: 'a'.repeat(64), checksum: 'none', signature: 'verified', signer: 'ci@example.com' }
      }
    )
    const head = report(
      [
        { ruleId: 'KER-001', severity: 'critical', message: 'Lambda layer', evidence: 'lambda_1' },
        { ruleId: 'ONNX-001', severity: 'high', message: 'traversal', evidence: '../../etc/passwd' }
      ],
      {
        format: 'keras',
        inventory: { operators: ['Add', 'Relu'], externalData: ['weights.bin'] },
        integrity: { sha256: 'b'.repeat(64), checksum: 'none', signature: 'unsigned' }
      }
    )
    const c = compareAnalyses(base, head)
    expect(c.operators).toEqual({ added: ['Relu'], removed: ['MatMul', 'com.example:Foo'] })
    expect(c.lambdaLayers).toEqual({ added: ['lambda_1'], removed: [] })
    expect(c.externalData).toEqual({ added: ['../../etc/passwd'], removed: [] })
    expect(c.signature).toEqual({ base: 'verified', head: 'unsigned', changed: true })
    expect(c.format).toEqual({ base: 'onnx', head: 'keras', changed: true })
  })

  test('a file without a base version: everything is new', () => {
    const head = report([system])
    const c = compareAnalyses(undefined, head)
    expect(c.added).toBe(true)
    expect(c.newFindings).toEqual([system])
    expect(c.newImports).toEqual(head.imports)
    expect(c.signature.changed).toBe(false)
    const same = compareAnalyses(head, head)
    expect(same.unchanged).toBe(true)
    expect(hasChanges(same)).toBe(false)
  })
})

describe('loadBaseVersion / analyzeBaseVersion on a real repository', () => {
  const repo = TestRepo.init()
  afterAll(() => repo.remove())
  const odd = 'models/[v1] *ckpt?.pkl'
  repo.write('models/checkpoint.pkl', BENIGN).write(odd, MALICIOUS).write('big.bin', Buffer.alloc(300_000, 7))
  const baseSha = repo.commit('base')
  repo.write('models/checkpoint.pkl', MALICIOUS).write('added.pkl', MALICIOUS).commit('PR')

  test('returns the base bytes (memory or temporary file) and undefined for files the base lacks', async () => {
    const small = (await loadBaseVersion(repo.dir, baseSha, 'models/checkpoint.pkl'))!
    expect(Buffer.compare(await readAll(small.source), BENIGN)).toBe(0)
    expect(small.sha256).toBe(createHash('sha256').update(BENIGN).digest('hex'))
    expect(small.blob).toBe(repo.blobId(BENIGN))
    await small.dispose()
    const big = (await loadBaseVersion(repo.dir, baseSha, 'big.bin', { memoryLimit: 1024 }))!
    expect(big.size).toBe(300_000)
    expect(Buffer.compare(await big.source.read(299_990, 10), Buffer.alloc(10, 7))).toBe(0)
    await big.dispose()
    // Glob characters are literal; a path only the head has has no base version.
    expect((await loadBaseVersion(repo.dir, baseSha, odd))!.blob).toBe(repo.blobId(MALICIOUS))
    expect(await loadBaseVersion(repo.dir, baseSha, 'models/[v1] xckpt1.pkl')).toBeUndefined()
    expect(await loadBaseVersion(repo.dir, baseSha, 'added.pkl')).toBeUndefined()
    expect(await loadBaseVersion(repo.dir, baseSha, 'models')).toBeUndefined()
  })

  test('the base analysis equals a scan of the same bytes', async () => {
    const opts = { failOn: 'high' as const, config: EMPTY_CONFIG }
    const base = (await analyzeBaseVersion(repo.dir, baseSha, 'models/checkpoint.pkl', opts))!
    const dir = join(repo.dir, 'tmp-ref')
    mkdirSync(dir)
    writeFileSync(join(dir, 'checkpoint.pkl'), BENIGN)
    const ref = (
      await scanTargets(
        [{ fsPath: join(dir, 'checkpoint.pkl'), display: 'models/checkpoint.pkl', explicit: true }],
        opts
      )
    ).files[0]!
    // The integrity stage (checksums, signatures) runs on scans of the workspace only.
    expect({ ...base, blob: undefined }).toEqual({ ...ref, blob: undefined, integrity: undefined })
    expect(base.blob).toBe(repo.blobId(BENIGN))
  })

  test('an LFS pointer at base resolves through the local store', async () => {
    const lfsRepo = TestRepo.init()
    try {
      const oid = createHash('sha256').update(MALICIOUS).digest('hex')
      const store = join(lfsRepo.dir, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4))
      mkdirSync(store, { recursive: true })
      writeFileSync(join(store, oid), MALICIOUS)
      lfsRepo.write(
        'm.pkl',
        `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${MALICIOUS.length}\n`
      )
      const sha = lfsRepo.commit('lfs')
      const v = (await loadBaseVersion(lfsRepo.dir, sha, 'm.pkl'))!
      expect(v.lfs).toEqual({ oid, size: MALICIOUS.length, present: true })
      expect(Buffer.compare(await readAll(v.source), MALICIOUS)).toBe(0)
      await v.dispose()
    } finally {
      lfsRepo.remove()
    }
  })
})

describe('a PR that adds os.system to an existing checkpoint (real repository, real pickle analysis)', () => {
  const CHECKPOINT = readFileSync(join(FIXTURES, 'pickle', 'custom_class_mypkg.pkl'))
  /** The same checkpoint with `posix.system('echo modelgate-marker')` called and popped before the original body. */
  function withSystemCall(pickle: Buffer): Buffer {
    expect(pickle.subarray(0, 2)).toEqual(Buffer.from([0x80, 0x02]))
    const cmd = Buffer.from('echo modelgate-marker')
    const len = Buffer.alloc(4)
    len.writeUInt32LE(cmd.length)
    return Buffer.concat([
      pickle.subarray(0, 2),
      Buffer.from('cposix\nsystem\nX', 'latin1'),
      len,
      cmd,
      Buffer.from('\x85R0', 'latin1'),
      pickle.subarray(2)
    ])
  }
  const repo = TestRepo.init()
  afterAll(() => repo.remove())
  const baseSha = repo.write('models/checkpoint.pkl', CHECKPOINT).commit('base')
  repo.write('models/checkpoint.pkl', withSystemCall(CHECKPOINT)).commit('PR: "retrained"')

  test('the call is new in the PR, the custom class import is pre-existing', async () => {
    const opts = { failOn: 'high' as const, config: EMPTY_CONFIG }
    const base = (await analyzeBaseVersion(repo.dir, baseSha, 'models/checkpoint.pkl', opts))!
    const head = (
      await scanTargets(
        [{ fsPath: join(repo.dir, 'models/checkpoint.pkl'), display: 'models/checkpoint.pkl', explicit: true }],
        opts
      )
    ).files[0]!
    const c = compareAnalyses(base, head)
    expect(c.newImports).toEqual(['posix.system'])
    expect(c.removedImports).toEqual([])
    expect(c.newFindings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['PKL-001', 'critical'],
      ['PKL-010', 'critical'],
      ['PKL-014', 'medium'] // the call's result is popped: a payload hidden before the real object
    ])
    expect(c.newFindings[0]!.evidence).toBe('posix.system')
    expect(c.preExisting.map((f) => [f.ruleId, f.severity, f.evidence])).toEqual([
      ['PKL-002', 'medium', 'mypkg.layers.MyLayer']
    ])
    // Same finding, shifted by the inserted call: matched without its offset.
    expect(c.preExisting[0]!.offset).not.toBe(base.findings[0]!.offset)
    expect(c.resolved).toEqual([])
    expect(worstNew(c)).toBe('critical')
    expect(comparisonVerdict(head, c, 'medium', true)).toBe('fail')
    // Without the new call, fail-on-new-only would let the pre-existing medium finding through.
    const unchanged = compareAnalyses(base, base)
    expect(comparisonVerdict(base, unchanged, 'medium', true)).toBe('pass')
    expect(comparisonVerdict(base, unchanged, 'medium', false)).toBe('fail')
  })
})
