// --baseline: only findings new relative to a previous JSON report are reported; matching by fingerprint.
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, runCli } from './helpers/cli.js'
import { TestRepo } from './helpers/git-repo.js'
import { fingerprint, fileDigest } from '../src/report/fingerprint.js'
import { applyBaseline, parseBaseline } from '../src/report/baseline.js'

const MALICIOUS = readFileSync(join(FIXTURES, 'pickle', 'gadget_os_system_protocol2.pkl'))
const OTHER = readFileSync(join(FIXTURES, 'pickle', 'gadget_subprocess_popen.pkl'))

const repos: TestRepo[] = []
afterAll(() => repos.forEach((r) => r.remove()))

function fingerprints(report: any, key: 'findings' | 'suppressed'): string[] {
  return report.files.flatMap((f: any) => (f[key] ?? []).map((x: any) => fingerprint(x, fileDigest(f)))).sort()
}

function json(args: string[]): { status: number; report: any } {
  const r = runCli(args)
  if (r.status > 1) throw new Error(r.stderr)
  return { status: r.status, report: JSON.parse(r.stdout) }
}

describe('baseline', () => {
  test('a baseline hides exactly the accepted findings of a history audit; new problems still gate', () => {
    const repo = TestRepo.init()
    repos.push(repo)
    repo.write('old/model.pkl', MALICIOUS).commit('old model')
    repo.write('old/copy.pkl', MALICIOUS).commit('same blob, other path')
    const dir = mkdtempSync(join(tmpdir(), 'mg-baseline-'))
    const baselineFile = join(dir, 'baseline.json')
    const first = json(['history', '--format', 'json', repo.dir]).report
    writeFileSync(baselineFile, JSON.stringify(first))
    expect(first.verdict).toBe('fail')
    const accepted = fingerprints(first, 'findings')
    expect(accepted.length).toBeGreaterThan(0)

    // Nothing new: everything is accepted, the audit passes, the findings are kept as suppressed.
    const again = json(['history', '--format', 'json', '--baseline', baselineFile, repo.dir])
    expect(again.status).toBe(0)
    expect(again.report.verdict).toBe('pass')
    expect(fingerprints(again.report, 'findings')).toEqual([])
    expect(fingerprints(again.report, 'suppressed')).toEqual(accepted)
    expect(again.report.summary.baselined).toBe(accepted.length)
    expect(again.report.files[0].suppressed[0].suppressedBy).toBe(`baseline ${baselineFile}`)

    // A new malicious blob: only its findings are reported, and they fail the audit.
    repo.write('new/model.pkl', OTHER).commit('new model')
    const later = json(['history', '--format', 'json', '--baseline', baselineFile, repo.dir])
    expect(later.status).toBe(1)
    const fresh = later.report.files.filter((f: any) => f.findings.length > 0)
    expect(fresh.map((f: any) => f.path)).toEqual(['new/model.pkl'])
    expect(fingerprints(later.report, 'suppressed')).toEqual(accepted)
    const unfiltered = json(['history', '--format', 'json', repo.dir]).report
    expect(fingerprints(later.report, 'findings')).toEqual(
      fingerprints(unfiltered, 'findings').filter((x) => !accepted.includes(x))
    )

    // A report made with a baseline works as the next baseline: accepted findings stay accepted.
    const chained = join(dir, 'chained.json')
    writeFileSync(chained, JSON.stringify(again.report))
    const next = json(['history', '--format', 'json', '--baseline', chained, repo.dir])
    expect(fingerprints(next.report, 'suppressed')).toEqual(accepted)
    expect(next.report.files.filter((f: any) => f.findings.length).map((f: any) => f.path)).toEqual(['new/model.pkl'])
  })

  test('a scan baseline matches by content, not by path or order: a moved file stays accepted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-baseline-scan-'))
    writeFileSync(join(dir, 'a.pkl'), MALICIOUS)
    const base = join(dir, 'base.json')
    expect(runCli(['scan', '--format', 'json', '--output', base, join(dir, 'a.pkl')]).status).toBe(1)
    const moved = join(dir, 'renamed.pkl')
    writeFileSync(moved, MALICIOUS)
    writeFileSync(join(dir, 'b.pkl'), OTHER)
    const r = json(['scan', '--format', 'json', '--baseline', base, join(dir, 'b.pkl'), moved])
    const byPath = Object.fromEntries(r.report.files.map((f: any) => [f.path, f]))
    expect(byPath[moved].findings).toEqual([])
    expect(byPath[moved].verdict).toBe('pass')
    expect(byPath[join(dir, 'b.pkl')].findings.length).toBeGreaterThan(0)
  })

  test('baseline errors are usage errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-baseline-bad-'))
    writeFileSync(join(dir, 'bad.json'), '[1,2]')
    writeFileSync(join(dir, 'a.pkl'), MALICIOUS)
    const r = runCli(['scan', '--baseline', join(dir, 'bad.json'), join(dir, 'a.pkl')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/not a ModelGate JSON report/)
    expect(runCli(['scan', '--baseline', join(dir, 'none.json'), join(dir, 'a.pkl')]).stderr).toMatch(
      /cannot read the file/
    )
  })

  test('matching ignores offsets, messages and order but not member, evidence, rule or content', () => {
    const file = (findings: any[], sha256 = 'aa') => ({
      path: 'm.pkl',
      format: 'pickle',
      size: 1,
      sha256,
      verdict: 'fail',
      findings,
      imports: []
    })
    const base = {
      schemaVersion: 1,
      failOn: 'high',
      files: [
        file([
          {
            ruleId: 'PKL-010',
            severity: 'critical',
            message: 'old words',
            member: 'a/data.pkl',
            offset: 3,
            evidence: 'posix.system'
          }
        ])
      ]
    }
    const baseline = parseBaseline(JSON.stringify(base), 'b.json')
    const report: any = {
      schemaVersion: 1,
      tool: { name: 'modelgate', version: 'x' },
      failOn: 'high',
      verdict: 'fail',
      files: [
        file([
          {
            ruleId: 'PKL-010',
            severity: 'medium',
            message: 'new words',
            member: 'a/data.pkl',
            offset: 99,
            evidence: 'posix.system'
          },
          { ruleId: 'PKL-010', severity: 'critical', message: 'x', member: 'b/data.pkl', evidence: 'posix.system' },
          { ruleId: 'PKL-010', severity: 'critical', message: 'x', member: 'a/data.pkl', evidence: 'nt.system' },
          { ruleId: 'PKL-001', severity: 'critical', message: 'x', member: 'a/data.pkl', evidence: 'posix.system' }
        ]),
        file(
          [{ ruleId: 'PKL-010', severity: 'critical', message: 'x', member: 'a/data.pkl', evidence: 'posix.system' }],
          'bb'
        )
      ],
      summary: { files: 2, pass: 0, warn: 0, fail: 2 }
    }
    applyBaseline(report, baseline)
    expect(report.files[0].suppressed.map((x: any) => x.offset)).toEqual([99])
    expect(report.files[0].findings.map((x: any) => [x.ruleId, x.member, x.evidence])).toEqual([
      ['PKL-010', 'b/data.pkl', 'posix.system'],
      ['PKL-010', 'a/data.pkl', 'nt.system'],
      ['PKL-001', 'a/data.pkl', 'posix.system']
    ])
    expect(report.files[1].findings).toHaveLength(1)
    expect(report.summary).toEqual({ files: 2, pass: 0, warn: 0, fail: 2, baselined: 1 })
  })
})
