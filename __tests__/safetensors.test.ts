import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'
import { damagedCopies, summary } from './helpers/corrupt.js'

const dir = join(FIXTURES, 'safetensors')
let report: any

beforeAll(() => {
  report = scanJson([dir]).report
})

const file = (name: string) => fileOf(report, `/${name}`)

describe('safetensors validation (reference semantics)', () => {
  test('a valid file passes', () => {
    const f = file('benign.safetensors')
    expect(f.format).toBe('safetensors')
    expect(f.findings).toEqual([])
  })

  test.each([
    ['header_too_large.safetensors', /header length 200000000 exceeds the 100 MB limit/],
    ['header_past_eof.safetensors', /header length 5000 runs past the end of the file/],
    ['not_utf8.safetensors', /not valid UTF-8/],
    ['bad_json.safetensors', /not valid JSON/],
    ['junk_after_json.safetensors', /non-whitespace bytes after the header JSON/]
  ])('invalid header %s is ST-001 (high)', (name, message) => {
    const f = file(name)
    expect(summary(f)).toEqual(['ST-001:high'])
    expect(f.findings[0].message).toMatch(message)
  })

  test.each([
    ['gap.safetensors', /leaving a gap after 16/],
    ['overlap.safetensors', /overlapping the previous tensor/],
    ['size_mismatch.safetensors', /spans 12 bytes but its shape and dtype need 16/],
    ['huge_offset.safetensors', /spans 9007199254740992 bytes but its shape and dtype need 9007199254740993/],
    ['truncated_data.safetensors', /truncated/]
  ])('offset violation %s is ST-002 (high), first violation named', (name, message) => {
    const f = file(name)
    expect(summary(f)).toEqual(['ST-002:high'])
    expect(f.findings[0].message).toMatch(message)
  })

  test('bytes after the last tensor are ST-003', () => {
    expect(summary(file('trailing_bytes.safetensors'))).toEqual(['ST-003:high'])
  })

  test('unknown dtype, unexpected field, negative shape are ST-004', () => {
    expect(summary(file('unknown_dtype.safetensors'))).toEqual(['ST-004:medium', 'ST-004:medium'])
    expect(summary(file('negative_shape.safetensors'))).toEqual(['ST-004:medium'])
  })

  test('duplicate tensor names are ST-005', () => {
    const f = file('duplicate_keys.safetensors')
    expect(summary(f)).toEqual(['ST-005:medium'])
    expect(f.findings[0].evidence).toBe('w')
  })

  test('__metadata__: encoded code is high, a nested object medium', () => {
    const p = file('metadata_payload.safetensors')
    expect(summary(p)).toEqual(['ST-006:high'])
    expect(p.findings[0].message).toMatch(/base64 text decodes to code/)
    expect(summary(file('metadata_nested.safetensors'))).toEqual(['ST-006:medium'])
  })

  test('padding with whitespace other than spaces is ST-007 (low)', () => {
    expect(summary(file('tab_padding.safetensors'))).toEqual(['ST-007:low'])
  })

  test('tensors of a valid file are handed to the weights stage (summaries in the report)', () => {
    const t = mkdtempSync(join(tmpdir(), 'mg-st-'))
    const data = Buffer.alloc(64 * 64 * 4)
    for (let i = 0; i < 64 * 64; i++) data.writeFloatLE(Math.sin(i) * 0.02, i * 4)
    let header = Buffer.from(
      JSON.stringify({ 'layer.weight': { dtype: 'F32', shape: [64, 64], data_offsets: [0, data.length] } })
    )
    header = Buffer.concat([header, Buffer.alloc((8 - (header.length % 8)) % 8, 0x20)])
    const len = Buffer.alloc(8)
    len.writeBigUInt64LE(BigInt(header.length))
    writeFileSync(join(t, 'model.safetensors'), Buffer.concat([len, header, data]))
    const { report: r } = scanJson([join(t, 'model.safetensors')])
    expect(r.files[0].findings).toEqual([])
    expect(r.files[0].tensors).toHaveLength(1)
    expect(r.files[0].tensors[0]).toMatchObject({ name: 'layer.weight', dtype: 'f32', shape: [64, 64], elements: 4096 })
  })

  test('cut and overwritten files: a high structural finding, never a crash', () => {
    const names = ['benign.safetensors', 'metadata_payload.safetensors']
    const d = damagedCopies(names.map((n) => join(dir, n)))
    const { report: r } = scanJson([d.dir])
    for (const n of names)
      for (const variant of [d.half(n), d.smash(n)]) {
        const f = fileOf(r, variant)
        expect(f.findings.map((x: any) => x.ruleId)).not.toContain('GEN-011')
        expect(
          f.findings.some(
            (x: any) => ['ST-001', 'ST-002', 'ST-003', 'GEN-003'].includes(x.ruleId) && x.severity === 'high'
          )
        ).toBe(true)
      }
  })
})
