import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { renderSummary, renderSummaryFull, truncateBytes } from '../src/report/summary.js'
import { importInventory } from '../src/report/markdown.js'
import { importAllowed } from '../src/policy/config.js'
import { parseConfig } from '../src/policy/config-file.js'
import { CRITICAL_IMPORT, NOT_ANALYSED, UNKNOWN_IMPORT, fileReport, report } from './helpers/report.js'

const CTX = { scope: 'files changed by pull request #1', policy: 'ModelGate defaults' }

describe('job summary', () => {
  const pickle = fileReport('models/model.pkl', [CRITICAL_IMPORT, UNKNOWN_IMPORT], {
    imports: ['collections.OrderedDict', 'mylib.layers.Custom', 'os.system', 'torch._utils._rebuild_tensor_v2'],
    suppressed: [
      {
        ruleId: 'PKL-002',
        severity: 'medium',
        message: 'Import outside the allow list: torch._utils._rebuild_tensor_v2',
        evidence: 'torch._utils._rebuild_tensor_v2',
        suppressedBy: 'allow-imports in .modelgate.yml'
      }
    ],
    integrity: { sha256: 'cd'.repeat(32), checksum: 'verified', signature: 'unsigned' }
  })
  const rep = report([fileReport('models/clean.pkl', [], { imports: ['collections.OrderedDict'] }), pickle])
  const md = renderSummaryFull(rep, CTX)

  test('verdict, scope and one overview row per file, worst first', () => {
    expect(md.startsWith('## ModelGate: ❌ fail\n')).toBe(true)
    expect(md).toContain('**2** model file(s) scanned: 1 fail, 0 warn, 1 pass · fail-on: `high`')
    expect(md).toContain('Scope: files changed by pull request #1. Policy: ModelGate defaults.')
    const rows = md.split('\n').filter((l) => l.startsWith('| `models/'))
    expect(rows).toEqual([
      '| `models/model.pkl` | pickle | ❌ fail | 2 |',
      '| `models/clean.pkl` | pickle | ✅ pass | 0 |'
    ])
  })

  test('a findings table with rule id, severity, location, why and fix', () => {
    expect(md).toContain('| Severity | Rule | Finding | Why | Fix |')
    const row = md.split('\n').find((l) => l.startsWith('| 🟥 critical | `PKL-001`'))!
    expect(row).toContain(
      'Import of os\\.system \\(runs a shell command\\) `os.system` (in `archive/data.pkl` at byte 2)'
    )
    const gen = renderSummaryFull(report([fileReport('x.pkl', [NOT_ANALYSED])]), CTX)
    expect(gen).toContain('| 🟧 high | `GEN-003` | Not analysed\\: truncated | A truncated, corrupted')
    expect(gen).toContain('| Regenerate the file with the framework that produced it.')
  })

  test('the pickle import inventory marks each import dangerous, unknown, allowed or safe', () => {
    expect(importInventory(pickle)).toEqual([
      { name: 'collections.OrderedDict', mark: 'safe', rules: [] },
      { name: 'mylib.layers.Custom', mark: 'unknown', rules: ['PKL-002'] },
      { name: 'os.system', mark: 'dangerous', rules: ['PKL-001'] },
      { name: 'torch._utils._rebuild_tensor_v2', mark: 'allowed', rules: ['PKL-002'] }
    ])
    expect(md).toContain('<details><summary>Pickle imports (4): 1 dangerous, 1 unknown, 1 allowed, 1 safe</summary>')
    expect(md).toContain('| `os.system` | 🟥 dangerous | `PKL-001` |')
    expect(md).toContain('| `collections.OrderedDict` | 🟩 safe |  |')
    expect(md).toContain('<details><summary>Pickle imports (1): 1 safe</summary>')
  })

  test('integrity and suppressions are shown', () => {
    expect(md).toContain('**Integrity:** checksum verified · signature unsigned · sha256 `' + 'cd'.repeat(32) + '`')
    expect(md).toContain('<details><summary>Suppressed by policy (1)</summary>')
  })

  test('the allow-imports snippet is exact YAML that the config parser accepts and that allows the import', () => {
    const m = /```yaml\n([\s\S]*?)\n```/.exec(md)
    expect(m).not.toBeNull()
    const yaml = m![1]!
    expect(yaml).toBe('allow-imports:\n  - paths: ["models/model.pkl"]\n    imports:\n      - "mylib.layers.Custom"')
    expect(parse(yaml)).toEqual({
      'allow-imports': [{ paths: ['models/model.pkl'], imports: ['mylib.layers.Custom'] }]
    })
    const cfg = parseConfig(yaml, '.modelgate.yml')
    expect(importAllowed(cfg, 'models/model.pkl', 'mylib.layers.Custom')).toBe(true)
    expect(importAllowed(cfg, 'models/other.pkl', 'mylib.layers.Custom')).toBe(false)
  })

  test('the snippet fence cannot be closed by an import name, and names are quoted', () => {
    const weird = fileReport('m.pkl', [{ ...UNKNOWN_IMPORT, evidence: 'a```\n## x' }], { imports: ['a```\n## x'] })
    const out = renderSummaryFull(report([weird]), CTX)
    const block = /(`{4,})yaml\n([\s\S]*?)\n\1/.exec(out)
    expect(block).not.toBeNull()
    expect(parse(block![2]!)['allow-imports'][0].imports).toEqual(['a```\n## x'])
  })

  test('over the size limit it falls back to the short form, and always fits', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      fileReport(
        `models/m${i}.pkl`,
        Array.from({ length: 30 }, (_, j) => ({
          ...NOT_ANALYSED,
          message: `Not analysed: case ${j} ${'x'.repeat(200)}`
        }))
      )
    )
    const big = report(many)
    expect(Buffer.byteLength(renderSummaryFull(big, CTX))).toBeGreaterThan(1024 * 1024)
    const fit = renderSummary(big, { ...CTX, reportFile: '/tmp/r.json' })
    expect(Buffer.byteLength(fit)).toBeLessThanOrEqual(1024 * 1024)
    expect(fit).toContain('this is the short form')
    expect(fit).toContain('`/tmp/r.json`')
    const tiny = renderSummary(big, CTX, 4000)
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(4000)
    expect(tiny.startsWith('## ModelGate: ❌ fail')).toBe(true)
  })

  test('truncateBytes cuts at a line boundary and never splits a character', () => {
    const t = truncateBytes('ab\n🟥🟥🟥\ncd', 12, '…')
    expect(t).toBe('ab\n\n…')
    expect(truncateBytes('short', 100, 'x')).toBe('short')
  })

  test('no files in scope', () => {
    expect(renderSummaryFull(report([]), CTX)).toContain('No model files in scope.')
  })
})
