// End to end (built dist/index.js, real git repository, fake GitHub API): mode: history. A malicious model that was
// committed and later deleted is still in every clone: the audit finds it by walking the history, the summary says
// which commit introduced it, and annotations point only at files still at HEAD. Scope, shard and baseline inputs.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES } from './helpers/cli.js'
import { FakeGitHub, maliciousPickle, makeRepo, runAction, type ActionRun, type Repo } from './helpers/action.js'

const EVIL_CKPT = readFileSync(join(FIXTURES, 'pytorch', 'malicious_data_pkl.pt'))

const api = new FakeGitHub()
let repo: Repo
/** c1 adds models/evil.pkl, c2 adds models/live.pt (also malicious, kept), c3 deletes models/evil.pkl. */
let c1: string
let c2: string
let c3: string
let full: ActionRun

function audit(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ repo, api, eventName: 'workflow_dispatch', event: {}, inputs: { mode: 'history', ...inputs } })
}

function reportOf(r: ActionRun): any {
  return JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
}

beforeAll(async () => {
  await api.start()
  repo = makeRepo()
  repo.write('README.md', '# project\n')
  repo.write('models/evil.pkl', maliciousPickle())
  c1 = repo.commit('add a model')
  repo.write('models/live.pt', EVIL_CKPT)
  c2 = repo.commit('add a checkpoint')
  repo.remove('models/evil.pkl')
  c3 = repo.commit('remove the pickle')
  full = await audit()
})
afterAll(() => api.stop())

describe('mode: history', () => {
  test('finds the deleted malicious model and names the commit that introduced it', () => {
    expect(full.status).toBe(1)
    expect(full.outputs.verdict).toBe('fail')
    expect(full.outputs['files-scanned']).toBe('2')
    const report = reportOf(full)
    expect(report.history).toEqual({ head: c3 })
    expect(report.summary).toMatchObject({ commitsWalked: 3, blobsScanned: 2 })
    const evil = report.files.find((f: any) => f.path === 'models/evil.pkl')
    expect(evil).toMatchObject({ atHead: false, verdict: 'fail', introducedBy: { commit: c1 } })
    expect(evil.findings.some((f: any) => f.ruleId === 'PKL-010' && f.severity === 'critical')).toBe(true)
    const live = report.files.find((f: any) => f.path === 'models/live.pt')
    expect(live).toMatchObject({ atHead: true, verdict: 'fail', introducedBy: { commit: c2 } })
  })

  test('annotations only on paths still at HEAD; the deleted model is in the summary with its commit', () => {
    const annotated = full.commands.filter((l) => /^::(error|warning|notice) [^:]*file=/.test(l))
    expect(annotated.length).toBeGreaterThan(0)
    for (const l of annotated) expect(l).toContain('file=models/live.pt,')
    expect(full.commands.some((l) => l.includes('file=models/evil.pkl'))).toBe(false)
    const s = full.summary
    expect(s).toContain(
      'Scope: history audit of the history of HEAD: 3 commit(s) walked, 3 distinct blob(s) seen, 2 analysed as models.'
    )
    const evilSection = s.slice(s.indexOf('### ❌ fail · `models/evil.pkl`'))
    expect(evilSection).toMatch(
      new RegExp(
        `^### ❌ fail · \`models/evil\\.pkl\`\\n\\n[^\\n]*\\n\\n\\*\\*Introduced by\\*\\* commit \`${c1.slice(0, 12)}\`, .* · deleted from HEAD, still in the history`
      )
    )
    expect(s).toMatch(new RegExp(`\\*\\*Introduced by\\*\\* commit \`${c2.slice(0, 12)}\`, .* · still at HEAD`))
    // The one-line failure names both.
    expect(full.commands.filter((l) => l.startsWith('::error::'))).toEqual([
      expect.stringMatching(/^::error::ModelGate: 2 model file\(s\) fail the policy \(fail-on: high\)/)
    ])
  })

  test('history-range limits the walk: the pickle deleted before the range is not seen', async () => {
    const r = await audit({ 'history-range': `${c2}..HEAD` })
    const report = reportOf(r)
    expect(report.history).toEqual({ head: c3, range: `${c2}..HEAD` })
    expect(report.files.map((f: any) => f.path)).toEqual(['models/live.pt'])
    expect(report.files[0].introducedBy.beforeScope).toBe(true)
    expect(r.summary).toContain(`history audit of the range ${c2}..HEAD`)
  })

  test('exclude applies to every path a blob had: excluded sample models drop out of the audit', async () => {
    const r = await audit({ exclude: 'models/evil.pkl' })
    expect(r.outputs['files-scanned']).toBe('1')
    expect(reportOf(r).files.map((f: any) => f.path)).toEqual(['models/live.pt'])
    expect(r.status).toBe(1)
  })

  test('shards split the blobs between runs: together they cover the audit exactly once', async () => {
    const one = reportOf(await audit({ shard: '1/2' }))
    const two = reportOf(await audit({ shard: '2/2' }))
    expect(one.history.shard).toEqual({ index: 1, count: 2 })
    expect(two.history.shard).toEqual({ index: 2, count: 2 })
    const blobs = (r: any) => r.files.map((f: any) => f.blob)
    const all = reportOf(full).files.map((f: any) => f.blob)
    expect([...blobs(one), ...blobs(two)].sort()).toEqual([...all].sort())
    expect(blobs(one).filter((b: string) => blobs(two).includes(b))).toEqual([])
  })

  test('baseline: a previous report accepts what it lists; a model added later still fails', async () => {
    const accepted = await audit({ baseline: full.outputs['report-file']! })
    expect(accepted.status).toBe(0)
    expect(accepted.outputs.verdict).toBe('pass')
    expect(accepted.outputs.findings).toBe('0')
    expect(reportOf(accepted).summary.baselined).toBeGreaterThan(4)
    expect(accepted.summary).toMatch(/\d+ finding\(s\) accepted by the baseline are not counted\./)

    // Different bytes (a trailing note after STOP), so a different blob that no baseline has seen.
    repo.write('models/later.pkl', Buffer.concat([maliciousPickle(), Buffer.from('later')]))
    const c4 = repo.commit('another one')
    try {
      const r = await audit({ baseline: full.outputs['report-file']! })
      expect(r.status).toBe(1)
      const failing = reportOf(r).files.filter((f: any) => f.verdict === 'fail')
      expect(failing.map((f: any) => [f.path, f.introducedBy.commit])).toEqual([['models/later.pkl', c4]])
    } finally {
      repo.git('reset', '-q', '--hard', c3)
    }
  })

  test('a bad shard input fails the step with a one-line message naming it', async () => {
    const r = await audit({ shard: '3/2' })
    expect(r.status).toBe(1)
    expect(r.commands.filter((l) => l.startsWith('::error::'))).toEqual([
      '::error::ModelGate: input shard must be i/n with 1 <= i <= n (got "3/2")'
    ])
  })
})
