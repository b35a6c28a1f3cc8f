// Changed tensors between a base and a head version: matching, the numbers, the pattern and its findings; and the
// Markdown that shows them (with history lines and pre-existing marks) in the summary and the comment.
import { describe, expect, test } from '@jest/globals'
import type { TensorSummary } from '../src/engine/types.js'
import { compareTensors, describeChange, weightChangeFindings } from '../src/report/weights-diff.js'
import { compareAnalyses, fileChanges } from '../src/report/compare.js'
import { changeLines, historyLine, newInPrSection } from '../src/report/changes.js'
import { renderSummaryFull } from '../src/report/summary.js'
import { renderComment } from '../src/report/comment.js'
import { planAnnotations } from '../src/report/annotations.js'
import { CRITICAL_IMPORT, UNKNOWN_IMPORT, fileReport, report } from './helpers/report.js'

function tensor(name: string, crc: string, o: Partial<TensorSummary> = {}): TensorSummary {
  return {
    name,
    dtype: 'f32',
    shape: [64, 64],
    elements: 4096,
    examinedElements: 4096,
    mean: 0,
    std: 0.1,
    maxAbs: 0.4,
    nonFinite: 0,
    crc32: crc,
    ...o
  }
}

/** Eight layers; `edit` returns the head version of each. */
function layers(edit: (t: TensorSummary, i: number) => TensorSummary = (t) => t): {
  base: TensorSummary[]
  head: TensorSummary[]
} {
  const base = Array.from({ length: 8 }, (_, i) => tensor(`layer${i}.weight`, `0000000${i}`))
  return { base, head: base.map((t, i) => edit({ ...t }, i)) }
}

describe('compareTensors', () => {
  test('no tensors on one side: nothing to compare', () => {
    expect(compareTensors(undefined, [tensor('a', '1')])).toBeUndefined()
    expect(compareTensors([tensor('a', '1')], [])).toBeUndefined()
  })

  test('identical tensors: pattern identical, no finding', () => {
    const { base, head } = layers()
    const w = compareTensors(base, head)!
    expect(w).toMatchObject({ compared: 8, identical: 8, changed: [], pattern: 'identical' })
    expect(weightChangeFindings(w)).toEqual([])
  })

  test('one tensor changed a lot, seven identical: few-large, WPOI-010 medium with the numbers', () => {
    const { base, head } = layers((t, i) =>
      i === 3 ? { ...t, crc32: 'ffffffff', std: 0.25, maxAbs: 2, mean: 0.05 } : t
    )
    const w = compareTensors(base, head)!
    expect(w.pattern).toBe('few-large')
    expect(w.changed).toHaveLength(1)
    expect(w.changed[0]).toMatchObject({ name: 'layer3.weight', meanShift: 0.5, maxAbsChange: 4 })
    expect(w.changed[0]!.stdChange).toBeCloseTo(1.5)
    expect(w.changed[0]!.magnitude).toBe(4)
    expect(describeChange(w.changed[0]!)).toBe('std +150%, max |w| +400%, mean shift 0.5σ')
    const [f] = weightChangeFindings(w)
    expect(f).toMatchObject({ ruleId: 'WPOI-010', severity: 'medium', evidence: 'layer3.weight' })
    expect(f!.message).toContain('1 of 8 compared tensor(s) changed, 7 identical')
  })

  test('every tensor changed a little: fine-tune, WPOI-011 info', () => {
    const { base, head } = layers((t, i) => ({ ...t, crc32: `f${i}`, std: t.std * 1.02, maxAbs: t.maxAbs * 0.98 }))
    const w = compareTensors(base, head)!
    expect(w.pattern).toBe('fine-tune')
    expect(weightChangeFindings(w).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['WPOI-011 info'])
  })

  test('a fine-tune with one tensor changed a lot is still a fine-tune (the rest are not identical)', () => {
    const { base, head } = layers((t, i) => ({ ...t, crc32: `f${i}`, std: i === 0 ? 0.5 : t.std * 1.01 }))
    expect(compareTensors(base, head)!.pattern).toBe('fine-tune')
  })

  test('most tensors changed a lot: broad-large, WPOI-011 low', () => {
    const { base, head } = layers((t, i) => ({ ...t, crc32: `f${i}`, std: t.std * 3 }))
    const w = compareTensors(base, head)!
    expect(w.pattern).toBe('broad-large')
    expect(weightChangeFindings(w).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['WPOI-011 low'])
  })

  test('two of eight changed a little: few-small (info)', () => {
    const { base, head } = layers((t, i) => (i < 2 ? { ...t, crc32: `f${i}`, std: t.std * 1.01 } : t))
    const w = compareTensors(base, head)!
    expect(w.pattern).toBe('few-small')
    expect(weightChangeFindings(w)[0]!.severity).toBe('info')
  })

  test('added, removed and reshaped tensors are structure changes (low), unless the backdoor pattern holds', () => {
    const { base, head } = layers()
    const grown = [...head.slice(1), tensor('extra.weight', 'e'), { ...head[0]!, shape: [32, 128] }]
    const w = compareTensors(base, grown)!
    expect(w).toMatchObject({ added: ['extra.weight'], removed: [], reshaped: ['layer0.weight'], pattern: 'structure' })
    expect(weightChangeFindings(w)[0]).toMatchObject({ ruleId: 'WPOI-011', severity: 'low' })
    expect(weightChangeFindings(w)[0]!.message).toContain('added: extra.weight; reshaped: layer0.weight')
    const both = compareTensors(base, [
      ...grown.slice(0, 6),
      { ...grown[6]!, crc32: 'ffffffff', std: 1 },
      tensor('extra.weight', 'e')
    ])!
    expect(both.pattern).toBe('few-large')
  })

  test('statistics that were zero stay finite in JSON', () => {
    const w = compareTensors(
      [tensor('z', '1', { std: 0, maxAbs: 0, mean: 0 })],
      [tensor('z', '2', { std: 0.1, maxAbs: 1, mean: 0.2 })]
    )!
    const c = w.changed[0]!
    expect(Number.isFinite(c.stdChange) && Number.isFinite(c.magnitude)).toBe(true)
    expect(JSON.parse(JSON.stringify(c)).magnitude).toBe(c.magnitude)
  })
})

describe('rendering changes, pre-existing findings and history', () => {
  const { base: bt, head: ht } = layers((t, i) => (i === 3 ? { ...t, crc32: 'ffffffff', std: 0.25, maxAbs: 2 } : t))
  const evilName = 'layer`|<b>@x'
  ht[3] = { ...ht[3]!, name: evilName }
  bt[3] = { ...bt[3]!, name: evilName }
  const baseFile = fileReport('models/m.pt', [UNKNOWN_IMPORT], { imports: ['mylib.layers.Custom'], tensors: bt })
  const head = fileReport('models/m.pt', [CRITICAL_IMPORT, UNKNOWN_IMPORT], {
    imports: ['mylib.layers.Custom', 'os.system'],
    tensors: ht
  })
  const cmp = compareAnalyses(baseFile, head)
  for (const f of cmp.preExisting) f.preExisting = true
  head.changes = fileChanges(baseFile, cmp)
  const rep = report([head])

  test('the comparison carries weights, new imports and counts', () => {
    expect(head.changes).toMatchObject({ newFindings: 1, preExisting: 1, newImports: ['os.system'] })
    expect(head.changes!.weights!.pattern).toBe('few-large')
    expect(head.findings.find((f) => f.ruleId === 'PKL-002')!.preExisting).toBe(true)
    expect(head.findings.find((f) => f.ruleId === 'PKL-001')!.preExisting).toBeUndefined()
  })

  test('New in this PR lists only new findings, then the changes; names from the file are inert', () => {
    const md = newInPrSection([head], '### New in this PR', 10).join('\n')
    expect(md).toContain('| `models/m.pt` | 🟥 critical | `PKL-001` |')
    expect(md).not.toContain('`PKL-002`')
    expect(md).toContain('- New imports: `os.system`')
    const weights = changeLines(head).find((l) => l.startsWith('Changes in weights'))!
    expect(weights).toContain('``layer`|<b>@x`` std +150%')
    expect(md).toContain('**Pre-existing:** 1 finding(s) in 1 file(s)')
  })

  test('summary and comment: new first, pre-existing marked in the file tables', () => {
    const md = renderSummaryFull(rep, { scope: 's', policy: 'p' })
    expect(md.indexOf('### New in this PR')).toBeLessThan(md.indexOf('### ❌ fail · `models/m.pt`'))
    expect(md).toMatch(/\| 🟨 medium \| `PKL-002` \| \*\(pre-existing\)\* Import outside/)
    const c = renderComment(rep, { previous: false })
    expect(c.indexOf('#### New in this PR')).toBeLessThan(c.indexOf('| File | Verdict | Worst finding |'))
    const notes = planAnnotations(rep)
    expect(notes.find((a) => a.title.startsWith('ModelGate PKL-002'))!.title).toContain('(medium, pre-existing)')
  })

  test('a history line names the commit; a crafted author cannot add Markdown or mentions', () => {
    const f = fileReport('models/gone.pkl', [CRITICAL_IMPORT], {
      blob: 'b'.repeat(40),
      paths: ['models/gone.pkl', 'old/gone.pkl'],
      introducedBy: { commit: 'c'.repeat(40), date: '2025-03-04T05:06:07+00:00', author: '[x](http://e) @admin <a@b>' },
      atHead: false
    })
    const line = historyLine(f)!
    expect(line).toBe(
      `**Introduced by** commit \`${'c'.repeat(12)}\`, 2025-03-04 by \\[x\\]\\(http\\:\u200b//e\\) \\@\u200badmin \\<a\\@\u200bb\\> · deleted from HEAD, still in the history · paths: \`models/gone.pkl\`, \`old/gone.pkl\``
    )
    expect(renderSummaryFull(report([f]), { scope: 's', policy: 'p' })).toContain(line)
  })
})
