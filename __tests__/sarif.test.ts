import { describe, expect, test } from '@jest/globals'
import { fingerprint, pathToUri, renderSarif, sarifLevel } from '../src/report/sarif.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './helpers/cli.js'
import { CRITICAL_IMPORT, NOT_ANALYSED, UNKNOWN_FORMAT, fileReport, report } from './helpers/report.js'

describe('SARIF 2.1.0', () => {
  const rep = report([
    fileReport('models/a b#1.pkl', [CRITICAL_IMPORT, NOT_ANALYSED]),
    fileReport('models/x.bin', [UNKNOWN_FORMAT], { format: 'unknown' })
  ])
  const log = JSON.parse(renderSarif(rep))
  const run = log.runs[0]

  test('log, tool and rules carry what code scanning requires', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(run.tool.driver.name).toBe('ModelGate')
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(['GEN-003', 'GEN-009', 'PKL-001'])
    const gen3 = run.tool.driver.rules[0]
    expect(gen3.shortDescription.text).toBe('Not analysed: content could not be parsed to the end')
    expect(gen3.fullDescription.text).toMatch(/truncated, corrupted/)
    expect(gen3.help.text).toMatch(/\n\nFix: Regenerate the file/)
    expect(gen3.help.markdown).toMatch(/\*\*Fix:\*\* Regenerate/)
    expect(gen3.defaultConfiguration.level).toBe('error')
    expect(gen3.properties['security-severity']).toBe('8.0')
    expect(run.tool.driver.rules[1].properties['security-severity']).toBe('3.0')
    // Every required string is non-empty (the empty string is rejected for required properties).
    for (const r of run.tool.driver.rules)
      for (const v of [r.id, r.shortDescription.text, r.fullDescription.text, r.help.text])
        expect(v.length).toBeGreaterThan(0)
  })

  test('results: level per finding severity, ruleIndex, repo-relative URI, no region, own fingerprint', () => {
    expect(run.results).toHaveLength(3)
    const [crit, notAnalysed, unknown] = run.results
    expect(crit).toMatchObject({ ruleId: 'PKL-001', level: 'error' })
    expect(run.tool.driver.rules[crit.ruleIndex].id).toBe('PKL-001')
    expect(crit.message.text).toBe('Import of os.system (runs a shell command) (in archive/data.pkl at byte 2).')
    expect(crit.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'models/a%20b%231.pkl' } })
    expect(crit.properties).toMatchObject({
      severity: 'critical',
      member: 'archive/data.pkl',
      offset: 2,
      evidence: 'os.system'
    })
    expect(notAnalysed.level).toBe('error')
    expect(unknown.level).toBe('note')
    for (const r of run.results) expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/)
    expect(new Set(run.results.map((r: any) => r.partialFingerprints.primaryLocationLineHash)).size).toBe(3)
  })

  test('fingerprints are stable across runs and independent of the message wording and offset', () => {
    expect(JSON.parse(renderSarif(rep))).toEqual(log)
    const a = fingerprint('m.pkl', CRITICAL_IMPORT)
    expect(fingerprint('m.pkl', { ...CRITICAL_IMPORT, message: 'reworded', offset: 99 })).toBe(a)
    expect(fingerprint('other.pkl', CRITICAL_IMPORT)).not.toBe(a)
    expect(fingerprint('m.pkl', { ...CRITICAL_IMPORT, evidence: 'posix.system' })).not.toBe(a)
    expect(fingerprint('m.pkl', { ...CRITICAL_IMPORT, member: 'other/data.pkl' })).not.toBe(a)
  })

  test('helpers', () => {
    expect(sarifLevel('medium')).toBe('warning')
    expect(sarifLevel('info')).toBe('note')
    expect(pathToUri('dir/ü n?.pt')).toBe('dir/%C3%BC%20n%3F.pt')
  })

  test('an empty report is a valid log with no results', () => {
    const empty = JSON.parse(renderSarif(report([])))
    expect(empty.runs[0].results).toEqual([])
    expect(empty.runs[0].tool.driver.rules).toEqual([])
  })
})

describe('modelgate scan --format sarif', () => {
  test('the CLI writes the same SARIF the Action does, with paths as given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-sarif-'))
    writeFileSync(join(dir, 'weights.bin'), 'not a model')
    const r = runCli(['scan', '--format', 'sarif', 'weights.bin'], { cwd: dir })
    expect(r.status).toBe(0)
    const log = JSON.parse(r.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'GEN-009',
        level: 'note',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'weights.bin' } } }]
      })
    ])
    expect(runCli(['scan', '--format', 'xml', 'x']).stderr).toMatch(/--format must be text, json or sarif/)
  })
})
