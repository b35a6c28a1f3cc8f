import { describe, expect, test } from '@jest/globals'
import { levelOf, planAnnotations } from '../src/report/annotations.js'
import type { Finding } from '../src/engine/types.js'
import { getRule } from '../src/policy/catalogue.js'
import { CRITICAL_IMPORT, NOT_ANALYSED, UNKNOWN_FORMAT, UNKNOWN_IMPORT, fileReport, report } from './helpers/report.js'

const n = (f: Finding, k: number): Finding[] => Array.from({ length: k }, (_, i) => ({ ...f, offset: i }))

describe('annotations', () => {
  test('one per finding on line 1 of the file, worst first, with rule, severity, location and fix', () => {
    const rep = report([
      fileReport('a.bin', [UNKNOWN_FORMAT], { format: 'unknown' }),
      fileReport('m/model.pkl', [UNKNOWN_IMPORT, CRITICAL_IMPORT])
    ])
    const a = planAnnotations(rep)
    expect(a.map((x) => [x.level, x.file, x.startLine])).toEqual([
      ['error', 'm/model.pkl', 1],
      ['warning', 'm/model.pkl', 1],
      ['notice', 'a.bin', 1]
    ])
    expect(a[0]!.title).toBe(`ModelGate PKL-001 (critical): ${getRule('PKL-001').title}`)
    expect(a[0]!.message).toBe(
      `Import of os.system (runs a shell command) (in archive/data.pkl at byte 2). Fix: ${getRule('PKL-001').fix}`
    )
    expect(a[2]!.title).toBe(
      'ModelGate GEN-009 (low): Unknown format: a model-named file matches no known model format'
    )
    expect(a[2]!.message).toMatch(/\. Fix: Convert the model to a supported format/)
  })

  test('info findings are inventory, not annotations', () => {
    expect(levelOf('info')).toBeUndefined()
    expect(planAnnotations(report([fileReport('x', [{ ...UNKNOWN_FORMAT, severity: 'info' }])]))).toEqual([])
  })

  test('over the cap: the rest is summarised in one annotation pointing to the summary', () => {
    const rep = report([
      fileReport('m.pkl', [...n(NOT_ANALYSED, 15), ...n(UNKNOWN_IMPORT, 12), ...n(UNKNOWN_FORMAT, 3)])
    ])
    const a = planAnnotations(rep, { error: 9, warning: 7, notice: 10 })
    const count = (l: string) => a.filter((x) => x.level === l && x.file).length
    // errors overflow: 8 individual + the summary annotation = the 9 allowed.
    expect(count('error')).toBe(8)
    expect(count('warning')).toBe(7)
    expect(count('notice')).toBe(3)
    const overflow = a.filter((x) => !x.file)
    expect(overflow).toHaveLength(1)
    expect(overflow[0]).toMatchObject({ level: 'error', title: 'ModelGate: 12 more finding(s) not annotated' })
    expect(overflow[0]!.message).toMatch(/listed in the job summary/)
    expect(a.filter((x) => x.level === 'error')).toHaveLength(9)
  })

  test('within the cap: no overflow annotation', () => {
    const a = planAnnotations(report([fileReport('m.pkl', n(NOT_ANALYSED, 10))]))
    expect(a).toHaveLength(10)
    expect(a.every((x) => x.file === 'm.pkl')).toBe(true)
  })

  test('messages are one line with control characters escaped', () => {
    const a = planAnnotations(report([fileReport('m.pkl', [{ ...NOT_ANALYSED, message: 'x\n::error::y\u001b[31m' }])]))
    expect(a[0]!.message.startsWith('x\\n::error::y\\x1b[31m')).toBe(true)
  })
})
