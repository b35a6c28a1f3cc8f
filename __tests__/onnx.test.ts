import { beforeAll, describe, expect, test } from '@jest/globals'
import {
  appendFileSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, fileOf, runCli, scanJson } from './helpers/cli.js'
import { damagedCopies, summary, worst } from './helpers/corrupt.js'

const dir = join(FIXTURES, 'onnx')
let report: any

beforeAll(() => {
  report = scanJson([dir]).report
})

const file = (name: string) => fileOf(report, `/${name}`)

describe('ONNX analyzer (fixtures from python3-onnx)', () => {
  test('benign models are recognised by content and pass without findings', () => {
    for (const name of ['benign.onnx', 'function.onnx', 'external/ok.onnx']) {
      const f = file(name)
      expect(f.format).toBe('onnx')
      expect(f.findings).toEqual([])
      expect(f.verdict).toBe('pass')
    }
  })

  test('custom domains: unknown domain medium, ONNX Runtime contrib low', () => {
    const f = file('custom_domain.onnx')
    expect(summary(f)).toEqual(['ONNX-006:low', 'ONNX-006:medium'])
    expect(f.findings.find((x: any) => x.severity === 'medium').evidence).toBe('com.evil.ops:ExecShell')
  })

  test('a Python-executing op is high', () => {
    expect(summary(file('python_op.onnx'))).toEqual(['ONNX-006:high', 'ONNX-006:medium'])
  })

  test('external-data locations: traversal, nested traversal, absolute, sparse values', () => {
    for (const name of ['traversal.onnx', 'nested_traversal.onnx', 'absolute.onnx', 'sparse_traversal.onnx'])
      expect(summary(file(`external/${name}`))).toEqual(['ONNX-001:high'])
    expect(file('external/absolute.onnx').findings[0].evidence).toBe('/etc/passwd')
    expect(file('external/sparse_traversal.onnx').findings[0].message).toMatch(/sparse_initializer\[0\]\.values/)
  })

  test('the ONNX Runtime in-memory address tag is critical', () => {
    expect(summary(file('external/ort_mem_addr.onnx'))).toEqual(['ONNX-002:critical'])
  })

  test('duplicate and unknown keys, non-integer offsets, ranges past the data file', () => {
    expect(summary(file('external/bad_keys.onnx'))).toEqual([
      'ONNX-001:high',
      'ONNX-003:medium',
      'ONNX-003:medium',
      'ONNX-003:medium'
    ])
    const oor = file('external/out_of_range.onnx')
    expect(summary(oor)).toEqual(['ONNX-003:medium'])
    expect(oor.findings[0].message).toMatch(/offset 24 \+ length 16 lies beyond "weights.bin" \(32 bytes\)/)
    expect(summary(file('external/linked.onnx'))).toEqual(['ONNX-003:low'])
  })

  test('subgraphs are walked: a custom op in an If branch and a traversal in a Loop body Constant', () => {
    const f = file('subgraph_hidden.onnx')
    expect(summary(f)).toEqual(['ONNX-001:high', 'ONNX-006:medium'])
    expect(f.findings.find((x: any) => x.ruleId === 'ONNX-001').message).toMatch(
      /Loop\)\.body\/node\[0\]\(Constant\)\.value/
    )
    expect(f.findings.find((x: any) => x.ruleId === 'ONNX-006').message).toMatch(/If\)\.then_branch/)
  })

  test('function call cycles', () => {
    expect(summary(file('function_cycle.onnx'))).toEqual(['ONNX-008:medium'])
  })

  test('metadata payloads: base64 reverse shell is high, plain code in doc_string medium', () => {
    const f = file('metadata_payload.onnx')
    expect(summary(f)).toEqual(['ONNX-009:high', 'ONNX-009:medium'])
    expect(f.findings[0].message).toMatch(/metadata_props\["loader"\].*decodes to code.*\/dev\/tcp/)
  })

  test('tensor sizes: raw_data length and negative dims', () => {
    expect(summary(file('size_mismatch.onnx'))).toEqual(['ONNX-010:medium', 'ONNX-010:medium'])
  })

  test('unknown op in the standard domain and an opset newer than known', () => {
    expect(summary(file('unknown_op.onnx'))).toEqual(['ONNX-007:low', 'ONNX-007:medium'])
  })

  test('external data through links: symlink, hard link, linked parent folder (ONNX-004)', () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-onnx-'))
    const outside = mkdtempSync(join(tmpdir(), 'mg-outside-'))
    writeFileSync(join(outside, 'weights.bin'), Buffer.alloc(16))
    const mk = (name: string) => {
      const d = join(root, name)
      mkdirSync(d)
      return d
    }
    const sym = mk('sym')
    copyFileSync(join(dir, 'external/linked.onnx'), join(sym, 'model.onnx'))
    symlinkSync('/etc/passwd', join(sym, 'linked.bin'))
    const hard = mk('hard')
    copyFileSync(join(dir, 'external/linked.onnx'), join(hard, 'model.onnx'))
    writeFileSync(join(hard, 'real.bin'), Buffer.alloc(16))
    linkSync(join(hard, 'real.bin'), join(hard, 'linked.bin'))
    const parent = mk('parent')
    copyFileSync(join(dir, 'external/linked_dir.onnx'), join(parent, 'model.onnx'))
    symlinkSync(outside, join(parent, 'data'))
    const plain = mk('plain')
    copyFileSync(join(dir, 'external/linked.onnx'), join(plain, 'model.onnx'))
    writeFileSync(join(plain, 'linked.bin'), Buffer.alloc(16))
    const paths = ['sym', 'hard', 'parent', 'plain'].map((d) => join(root, d, 'model.onnx'))
    const { report: r } = scanJson(paths)
    expect(summary(fileOf(r, 'sym/model.onnx'))).toEqual(['ONNX-004:high'])
    expect(fileOf(r, 'sym/model.onnx').findings[0].message).toMatch(/symbolic link/)
    expect(summary(fileOf(r, 'hard/model.onnx'))).toEqual(['ONNX-004:high'])
    expect(fileOf(r, 'hard/model.onnx').findings[0].message).toMatch(/hard link/)
    expect(summary(fileOf(r, 'parent/model.onnx'))).toEqual(['ONNX-004:high'])
    expect(fileOf(r, 'parent/model.onnx').findings[0].message).toMatch(/outside the model folder/)
    expect(fileOf(r, 'plain/model.onnx').findings).toEqual([])
  })

  test('truncated and corrupted models are not analysed past the damage, never a crash', () => {
    const names = ['benign.onnx', 'metadata_payload.onnx', 'subgraph_hidden.onnx', 'custom_domain.onnx']
    const d = damagedCopies(names.map((n) => join(dir, n)))
    const { report: r } = scanJson([d.dir])
    for (const n of names) {
      const half = fileOf(r, d.half(n))
      expect(half.format).toBe('onnx')
      expect(half.findings.map((f: any) => f.ruleId)).toContain('GEN-003')
      // Overwritten bytes either land in tensor data (still a valid model) or break the structure (GEN-003).
      const smashed = fileOf(r, d.smash(n))
      expect(smashed.format).toBe('onnx')
      expect(smashed.findings.map((f: any) => f.ruleId)).not.toContain('GEN-011')
    }
    const broken = ['metadata_payload.onnx', 'subgraph_hidden.onnx', 'custom_domain.onnx']
    for (const n of broken) expect(fileOf(r, d.smash(n)).findings.map((f: any) => f.ruleId)).toContain('GEN-003')
    expect(worst(fileOf(r, d.smash('benign.onnx')))).toBeUndefined() // the smash hit raw weights only
  })

  test('protobuf nesting beyond the configured limit is GEN-007, not a crash', () => {
    const t = mkdtempSync(join(tmpdir(), 'mg-limits-'))
    writeFileSync(join(t, 'cfg.yml'), 'limits:\n  maxNesting: 3\n')
    const { report: r } = scanJson([join(dir, 'subgraph_hidden.onnx')], ['--config', join(t, 'cfg.yml')])
    expect(r.files[0].findings.map((x: any) => x.ruleId)).toContain('GEN-007')
  })

  test('raw_data initializers are handed to the weights stage, read in place', () => {
    // A minimal ModelProto written by hand: ir_version 8, graph { initializer { dims, FLOAT, name, raw_data } }.
    const varint = (n: number) => {
      const out: number[] = []
      for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80)
      out.push(n)
      return Buffer.from(out)
    }
    const field = (no: number, payload: Buffer) => Buffer.concat([varint(no * 8 + 2), varint(payload.length), payload])
    const raw = Buffer.alloc(4096 * 4)
    for (let i = 0; i < 4096; i++) raw.writeFloatLE(Math.cos(i) * 0.05, i * 4)
    const tensor = Buffer.concat([
      Buffer.from([0x08, 64, 0x08, 64, 0x10, 1]), // dims 64, 64; data_type FLOAT
      field(8, Buffer.from('fc.weight')),
      field(9, raw)
    ])
    const graph = Buffer.concat([field(5, tensor), field(2, Buffer.from('g'))])
    const model = Buffer.concat([Buffer.from([0x08, 8]), field(7, graph), field(8, Buffer.from([0x10, 13]))])
    const t = mkdtempSync(join(tmpdir(), 'mg-onnx-w-'))
    writeFileSync(join(t, 'model.onnx'), model)
    const { report: r } = scanJson([join(t, 'model.onnx')])
    expect(r.files[0].format).toBe('onnx')
    expect(r.files[0].findings).toEqual([])
    expect(r.files[0].tensors[0]).toMatchObject({ name: 'fc.weight', dtype: 'f32', shape: [64, 64], elements: 4096 })
  })

  test('the bundled CLI works from another working directory', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mg-cwd-'))
    const r = runCli(['scan', '--format', 'json', join(dir, 'custom_domain.onnx')], { cwd })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).files[0].findings.map((f: any) => f.ruleId)).toEqual(['ONNX-006', 'ONNX-006'])
  })

  test('text that starts like a protobuf is not taken for ONNX', () => {
    const t = mkdtempSync(join(tmpdir(), 'mg-text-'))
    writeFileSync(join(t, 'notes.onnx'), '(r"2B:some text that is not a model at all\n')
    writeFileSync(join(t, 'random.onnx'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)))
    const { report: r } = scanJson([t])
    for (const f of r.files) expect(f.format).toBe('unknown')
  })
})

describe('ONNX external data reaches the weights stage (onnx.save_model with save_as_external_data)', () => {
  const dir = join(FIXTURES, 'onnx', 'external_weights')

  test('a clean trained initializer kept in model.onnx.data is examined and passes', () => {
    const { report } = scanJson([join(dir, 'clean.onnx')])
    const f = fileOf(report, 'clean.onnx')
    expect(f.verdict).toBe('pass')
    expect(f.tensors).toEqual([
      expect.objectContaining({
        name: 'fc1.weight',
        storage: 'clean.onnx.data@0',
        dtype: 'f32',
        shape: [256, 256],
        examinedElements: 65536
      })
    ])
  })

  test('marker text in the low 8 bits of the external bytes is found on the tensor', () => {
    const { report } = scanJson([join(dir, 'payload.onnx')], ['--fail-on', 'none'])
    const f = fileOf(report, 'payload.onnx')
    const steg = f.findings.filter((x: any) => x.ruleId.startsWith('STEG-'))
    expect(steg.map((x: any) => `${x.ruleId} ${x.severity}`)).toEqual(['STEG-003 medium'])
    expect(steg[0].message).toMatch(/^Tensor fc1\.weight: the low 8 bits of its values decode to text/)
  })

  test('external data behind a link or a hard link is not opened for the weights either', () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-onnx-extw-'))
    mkdirSync(join(root, 'linked'))
    mkdirSync(join(root, 'hard'))
    copyFileSync(join(dir, 'payload.onnx'), join(root, 'linked', 'payload.onnx'))
    symlinkSync(join(dir, 'payload.onnx.data'), join(root, 'linked', 'payload.onnx.data'))
    copyFileSync(join(dir, 'payload.onnx'), join(root, 'hard', 'payload.onnx'))
    copyFileSync(join(dir, 'payload.onnx.data'), join(root, 'hard', 'original.data'))
    linkSync(join(root, 'hard', 'original.data'), join(root, 'hard', 'payload.onnx.data'))
    const { report } = scanJson(
      [join(root, 'linked', 'payload.onnx'), join(root, 'hard', 'payload.onnx')],
      ['--fail-on', 'none']
    )
    for (const sub of ['linked', 'hard']) {
      const f = fileOf(report, `${sub}/payload.onnx`)
      expect(f.tensors ?? []).toEqual([])
      expect(f.findings.map((x: any) => x.ruleId)).toEqual(['ONNX-004'])
    }
  })
})

describe('ONNX-014: external data bytes no tensor references', () => {
  const dir = join(FIXTURES, 'onnx', 'external_weights')
  /** clean.onnx next to its data file with `extra` appended. */
  const withTail = (extra: Buffer) => {
    const root = mkdtempSync(join(tmpdir(), 'mg-onnx-tail-'))
    copyFileSync(join(dir, 'clean.onnx'), join(root, 'clean.onnx'))
    copyFileSync(join(dir, 'clean.onnx.data'), join(root, 'clean.onnx.data'))
    appendFileSync(join(root, 'clean.onnx.data'), extra)
    return fileOf(scanJson([join(root, 'clean.onnx')], ['--fail-on', 'none']).report, 'clean.onnx')
  }

  test('a script appended after the last tensor is reported with its size and offset', () => {
    const size = statSync(join(dir, 'clean.onnx.data')).size
    const script = Buffer.from("import os; os.system('echo modelgate-marker')\n")
    const f = withTail(script)
    expect(f.findings.map((x: any) => `${x.ruleId} ${x.severity}`)).toEqual(['ONNX-014 low'])
    expect(f.findings[0].message).toBe(
      `${script.length} bytes of external data file "clean.onnx.data" in 1 range(s) are referenced by no tensor (first at offset ${size})`
    )
  })

  test('zeros up to 64 KiB are alignment padding; more than that is not', () => {
    expect(withTail(Buffer.alloc(4096)).findings).toEqual([])
    expect(withTail(Buffer.alloc(64 * 1024 + 1)).findings.map((x: any) => x.ruleId)).toEqual(['ONNX-014'])
  })

  test('the generated fixtures reference every byte of their data files', () => {
    for (const name of ['clean.onnx', 'payload.onnx'])
      expect(
        fileOf(scanJson([join(dir, name)], ['--fail-on', 'none']).report, name).findings.map((x: any) => x.ruleId)
      ).not.toContain('ONNX-014')
  })
})
