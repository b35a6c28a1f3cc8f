import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'
import { damagedCopies, summary } from './helpers/corrupt.js'

const dir = join(FIXTURES, 'gguf')
let report: any

beforeAll(() => {
  report = scanJson([dir]).report
})

const file = (name: string) => fileOf(report, `/${name}`)

describe('GGUF analyzer', () => {
  test('a benign model (with a namespace-using chat template and a vocabulary containing "import os") passes', () => {
    const f = file('benign.gguf')
    expect(f.format).toBe('gguf')
    expect(f.findings).toEqual([])
  })

  test('a chat template with Jinja sandbox-escape primitives is critical', () => {
    const f = file('ssti.gguf')
    expect(summary(f)).toEqual(['GGUF-003:critical', 'GGUF-003:critical', 'GGUF-003:critical'])
    expect(f.findings.map((x: any) => x.message).join('\n')).toMatch(/dunder/)
  })

  test('payloads in string metadata', () => {
    const f = file('metadata_payload.gguf')
    expect(summary(f)).toEqual(['GGUF-004:high', 'GGUF-004:low', 'GGUF-004:medium'])
  })

  test('implausible counts are rejected before any loop', () => {
    const f = file('bad_counts.gguf')
    expect(summary(f)).toEqual(['GGUF-001:high'])
    expect(f.findings[0].message).toMatch(/1152921504606846976 tensors/)
  })

  test('unsupported version, duplicate keys, bad BOOL, unknown value type, nested arrays', () => {
    expect(summary(file('bad_version.gguf'))).toEqual(['GGUF-001:high'])
    expect(summary(file('bad_kv.gguf'))).toEqual(['GGUF-001:high', 'GGUF-001:high', 'GGUF-001:high'])
    expect(summary(file('nested_array.gguf'))).toEqual(['GGUF-001:high'])
  })

  test('tensor infos: long name, too many dims, removed type, misalignment, overflow, data past EOF', () => {
    const f = file('bad_tensors.gguf')
    const msgs = f.findings.filter((x: any) => x.ruleId === 'GGUF-002').map((x: any) => x.message)
    expect(msgs).toHaveLength(6)
    for (const re of [
      /name is 80 bytes/,
      /5 dimensions/,
      /unknown ggml type 4/,
      /not aligned to 32/,
      /overflow int64/,
      /past the end of the file/
    ])
      expect(msgs.some((m: string) => re.test(m))).toBe(true)
  })

  test('resource limits from .modelgate.yml end the analysis with GEN-007 (entries, nesting)', () => {
    const t = mkdtempSync(join(tmpdir(), 'mg-limits-'))
    writeFileSync(join(t, 'cfg.yml'), 'limits:\n  maxEntries: 4\n')
    const { report: r } = scanJson([join(dir, 'benign.gguf')], ['--config', join(t, 'cfg.yml')])
    expect(summary(r.files[0])).toEqual(['GEN-007:high'])
    writeFileSync(join(t, 'cfg2.yml'), 'limits:\n  maxNesting: 1\n')
    const { report: r2 } = scanJson([join(dir, 'nested_array.gguf')], ['--config', join(t, 'cfg2.yml')])
    expect(summary(r2.files[0])).toEqual(['GEN-007:high', 'GGUF-001:high'])
  })

  test('data after the last tensor is GGUF-005', () => {
    expect(summary(file('trailing.gguf'))).toEqual(['GGUF-005:medium'])
  })

  test('truncated and overwritten files: not analysed or structurally invalid, never a crash', () => {
    const names = ['benign.gguf', 'ssti.gguf']
    const d = damagedCopies(names.map((n) => join(dir, n)))
    // Also cut inside the metadata, where a string length runs past the end.
    const meta = readFileSync(join(dir, 'ssti.gguf'))
    writeFileSync(join(d.dir, 'cut_meta.gguf'), meta.subarray(0, 300))
    const { report: r } = scanJson([d.dir])
    for (const n of names) {
      const half = fileOf(r, d.half(n))
      expect(half.format).toBe('gguf')
      expect(half.findings.map((x: any) => x.ruleId)).not.toContain('GEN-011')
      expect(half.findings.some((x: any) => x.severity === 'high')).toBe(true)
      expect(fileOf(r, d.smash(n)).findings.map((x: any) => x.ruleId)).not.toContain('GEN-011')
    }
    expect(fileOf(r, 'cut_meta.gguf').findings.map((x: any) => x.ruleId)).toContain('GEN-003')
  })
})

describe('Hugging Face tokenizer_config.json chat templates (GGUF-006)', () => {
  test('a stock template passes; a sandbox escape in a named template is critical', () => {
    const ok = file('hf_benign/tokenizer_config.json')
    expect(ok.format).toBe('hf-tokenizer-config')
    expect(ok.findings).toEqual([])
    const bad = file('hf_ssti/tokenizer_config.json')
    expect(summary(bad)).toEqual(['GGUF-006:critical', 'GGUF-006:critical', 'GGUF-006:critical'])
    expect(bad.findings[0].message).toMatch(/chat_template\[tool_use\]/)
  })

  test('other JSON files are not taken for tokenizer configs', () => {
    const t = mkdtempSync(join(tmpdir(), 'mg-json-'))
    writeFileSync(join(t, 'config.json'), JSON.stringify({ model_type: 'llama', hidden_size: 8 }))
    const { report: r } = scanJson([join(t, 'config.json')])
    expect(r.files[0].format).toBe('model-config')
    expect(r.files[0].findings).toEqual([])
  })
})
