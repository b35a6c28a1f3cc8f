import { beforeAll, describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'
import { damagedCopies, summary } from './helpers/corrupt.js'

const dir = join(FIXTURES, 'tensorflow')
let report: any

beforeAll(() => {
  report = scanJson([dir]).report
})

const file = (name: string) => fileOf(report, `/${name}`)

describe('TF Lite flatbuffers (built with the flatbuffers Builder per schema.fbs)', () => {
  test('a benign model passes', () => {
    const f = file('benign.tflite')
    expect(f.format).toBe('tflite')
    expect(f.findings).toEqual([])
  })

  test('FlexWriteFile keeps the TensorFlow WriteFile severity', () => {
    const f = file('flex_writefile.tflite')
    expect(summary(f)).toEqual(['TFL-001:critical'])
    expect(f.findings[0].evidence).toBe('FlexWriteFile')
  })

  test('a Flex op is read down to its NodeDef: consistent MatMul is medium, a NodeDef for WriteFile is critical', () => {
    expect(summary(file('flex_benign.tflite'))).toEqual(['TFL-001:medium'])
    const f = file('flex_mislabelled.tflite')
    expect(summary(f)).toEqual(['TFL-001:critical', 'TFL-001:medium'])
    expect(f.findings[0].message).toMatch(/labelled "FlexMatMul" carries a NodeDef for "WriteFile"/)
  })

  test('an application custom op is medium', () => {
    expect(summary(file('custom_op.tflite'))).toEqual(['TFL-002:medium'])
  })

  test('out-of-range opcode, tensor and buffer indices', () => {
    expect(summary(file('bad_indices.tflite'))).toEqual(['TFL-003:medium', 'TFL-003:medium', 'TFL-003:medium'])
  })

  test('constant tensor size against its buffer', () => {
    const f = file('size_mismatch.tflite')
    expect(summary(f)).toEqual(['TFL-004:medium'])
    expect(f.findings[0].message).toMatch(/needs 64 bytes but buffer 1 holds 32/)
  })

  test('code in the model description', () => {
    expect(summary(file('metadata_payload.tflite'))).toEqual(['TFL-005:medium'])
  })

  test('truncated and corrupted models: not analysed, never a crash', () => {
    const names = ['benign.tflite', 'flex_writefile.tflite']
    const d = damagedCopies(names.map((n) => join(dir, n)))
    const { report: r } = scanJson([d.dir])
    for (const n of names) {
      const half = fileOf(r, d.half(n))
      expect(half.format).toBe('tflite')
      expect(half.findings.map((x: any) => x.ruleId)).toContain('GEN-003')
      expect(fileOf(r, d.smash(n)).findings.map((x: any) => x.ruleId)).not.toContain('GEN-011')
    }
  })
})
