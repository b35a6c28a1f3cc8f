// TorchScript archives (torch.jit.save) through the built CLI: real files from python3-torch, plus archives
// derived from them at test time (edited code, legacy layout, truncation).
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'

const T = (name: string) => join(FIXTURES, 'torchscript', name)
const RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }
/** Rules of this analyzer (and PT-003, which it owns). Pickle findings come from the pickle machine. */
const OWN = /^(TS-|PT-003$)/

/** `RULE:severity` of the findings of the TorchScript rules, sorted. */
function own(file: any): string[] {
  return file.findings
    .filter((f: any) => OWN.test(f.ruleId))
    .map((f: any) => `${f.ruleId}:${f.severity}`)
    .sort()
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'mg-ts-'))
}

/** Rewrites a fixture's members (stored, like torch writes them) into a new archive under `dir`. */
function derive(fixture: string, dir: string, name: string, edit: (files: Record<string, Uint8Array>) => void): string {
  const files = unzipSync(readFileSync(T(fixture)))
  edit(files)
  const out: Zippable = {}
  for (const [n, data] of Object.entries(files)) out[n] = [data, { level: 0 }]
  const path = join(dir, name)
  writeFileSync(path, zipSync(out))
  return path
}

describe('TorchScript archives', () => {
  const names = [
    'benign.pt',
    'containers.pt',
    'sequential.pt',
    'quantized.pt',
    'save_in_forward.pt',
    'setstate.pt',
    'pytorch_model.bin',
    'reads_file.pt',
    'extra_payloads.pt',
    'lite_save.ptl',
    'mlp_scripted.pt',
    'mlp_scripted_lsb1_elf.pt'
  ]
  const { report } = scanJson(names.map(T))

  test('benign scripted modules (containers, nn.Sequential at the top, quantized) raise no TorchScript rule above low', () => {
    for (const n of ['benign.pt', 'containers.pt', 'sequential.pt', 'quantized.pt']) {
      const f = fileOf(report, n)
      expect(f.format).toBe('torchscript')
      expect(f.findings.filter((x: any) => OWN.test(x.ruleId) && RANK[x.severity]! >= RANK.medium!)).toEqual([])
    }
    expect(own(fileOf(report, 'benign.pt'))).toEqual(['PT-003:low'])
    expect(own(fileOf(report, 'sequential.pt'))).toEqual(['PT-003:low'])
    expect(own(fileOf(report, 'quantized.pt'))).toEqual(['PT-003:low', 'TS-007:info'])
  })

  // torch.jit._pickle.* globals (build_intlist in every *.debug_pkl, restore_type_tag, build_tensorlist) are built by
  // TorchScript's C++ unpickler itself: neither their import nor their call is a finding in a TorchScript pickle.
  test('benign TorchScript archives have no medium-or-worse finding at all', () => {
    for (const n of ['benign.pt', 'containers.pt', 'sequential.pt', 'quantized.pt']) {
      const f = fileOf(report, n)
      expect(f.findings.filter((x: any) => RANK[x.severity]! >= RANK.medium!)).toEqual([])
    }
  })

  test('module weights reach the weights stage by name: a payload in the low bits of a parameter is STEG-003', () => {
    // the same tensors as fixtures/weights clean/mlp.safetensors and payload/lsb1_elf.safetensors, scripted
    const clean = fileOf(report, 'mlp_scripted.pt')
    // named by attribute path like a state dict's keys (biases are too small to be examined)
    expect(clean.tensors.map((t: any) => `${t.name}:${t.dtype}:${t.shape}:${t.storage}`)).toEqual([
      'fc1.weight:f32:256,256:mlp_scripted/data/0',
      'fc2.weight:f32:64,256:mlp_scripted/data/2'
    ])
    expect(clean.findings.filter((x: any) => RANK[x.severity]! >= RANK.medium!)).toEqual([])
    const bad = fileOf(report, 'mlp_scripted_lsb1_elf.pt')
    const steg = bad.findings.filter((x: any) => x.ruleId.startsWith('STEG-'))
    expect(steg.map((x: any) => `${x.ruleId}:${x.severity}:${x.member}:${x.evidence}`)).toEqual([
      'STEG-003:high:mlp_scripted_lsb1_elf/data/0:fc1.weight'
    ])
    expect(steg[0].message).toMatch(/ELF/)
  })

  test('torch.save in forward: TS-001 critical, and PT-003 critical for a .pt that torch.load would run', () => {
    const f = fileOf(report, 'save_in_forward.pt')
    expect(own(f)).toEqual(['PT-003:critical', 'TS-001:critical'])
    const ts = f.findings.find((x: any) => x.ruleId === 'TS-001')
    expect(ts.member).toBe('save_in_forward/code/__torch__.py')
    expect(ts.message).toMatch(/code\/__torch__\.py:9 /)
    expect(ts.offset).toBeGreaterThan(0)
  })

  test('a scripted __setstate__ that reaches torch.save is TS-004 critical (runs inside torch.jit.load)', () => {
    const f = fileOf(report, 'setstate.pt')
    expect(own(f)).toEqual(['PT-003:critical', 'TS-001:critical', 'TS-004:critical'])
    expect(f.findings.find((x: any) => x.ruleId === 'TS-004').evidence).toBe(
      '__torch__.SetState.__setstate__ -> aten::save'
    )
  })

  test('a "checkpoint" whose items() writes a file: TS-005 critical, PT-003 critical (CVE-2025-32434 pattern)', () => {
    const f = fileOf(report, 'pytorch_model.bin')
    expect(f.format).toBe('torchscript')
    expect(own(f)).toEqual(['PT-003:critical', 'TS-001:critical', 'TS-005:critical', 'TS-005:high'])
    expect(f.findings.filter((x: any) => x.ruleId === 'TS-005').map((x: any) => x.evidence)).toEqual([
      '__torch__.ItemsHijack.items -> aten::save',
      '__torch__.ItemsHijack.keys'
    ])
  })

  test('torch.from_file on /etc/hostname: TS-002 high and the path literal TS-010 high', () => {
    expect(own(fileOf(report, 'reads_file.pt'))).toEqual(['PT-003:critical', 'TS-002:high', 'TS-010:high'])
  })

  test('extra files holding a script and a pickle: TS-011, and the pickle itself is analysed', () => {
    const f = fileOf(report, 'extra_payloads.pt')
    expect(own(f)).toEqual(['PT-003:low', 'TS-011:medium', 'TS-011:medium'])
    expect(f.findings.some((x: any) => x.member === 'extra_payloads/extra/state.pkl' && x.ruleId === 'PKL-001')).toBe(
      true
    )
    expect(f.findings.some((x: any) => x.member === 'extra_payloads/extra/run.sh' && x.ruleId === 'CTR-009')).toBe(true)
    expect(f.imports).toContain('posix.system')
  })

  test('mobile (lite interpreter) archives: aten::save in the bytecode operator table and in the code', () => {
    const f = fileOf(report, 'lite_save.ptl')
    expect(own(f)).toEqual(['TS-001:critical', 'TS-001:critical'])
    expect(
      f.findings
        .filter((x: any) => x.ruleId === 'TS-001')
        .map((x: any) => x.member)
        .sort()
    ).toEqual(['lite_save/bytecode.pkl', 'lite_save/code/__torch__.py'])
  })

  test('TorchScript source is not reported as a script member of the archive (CTR-009)', () => {
    for (const n of names)
      expect(
        fileOf(report, n).findings.some((x: any) => x.ruleId === 'CTR-009' && /\/code\//.test(x.member ?? ''))
      ).toBe(false)
  })
})

describe('TorchScript archives derived at test time', () => {
  test('hand-edited code calling a torchvision I/O operator: TS-003 high and TS-012', () => {
    const dir = tmp()
    const path = derive('benign.pt', dir, 'edited.pt', (files) => {
      const name = 'benign/code/__torch__.py'
      const src = Buffer.from(files[name]!).toString('utf8')
      const edited = src.replace(
        '    fc = self.fc\n',
        '    # read the labels\n    _9 = ops.image.read_file("/home/user/.ssh/id_rsa")\n    fc = self.fc\n'
      )
      expect(edited).not.toBe(src)
      files[name] = Buffer.from(edited)
    })
    const f = fileOf(scanJson([path]).report, 'edited.pt')
    expect(own(f)).toEqual(['PT-003:critical', 'TS-003:high', 'TS-010:low', 'TS-012:low'])
    expect(f.findings.find((x: any) => x.ruleId === 'TS-003').evidence).toBe('image::read_file')
  })

  test('a benign TorchScript archive named pytorch_model.bin is PT-003 high', () => {
    const dir = tmp()
    const benign = derive('benign.pt', dir, 'pytorch_model.bin', () => undefined)
    expect(own(fileOf(scanJson([benign]).report, 'pytorch_model.bin'))).toEqual(['PT-003:high'])
  })

  test('a data record data.pkl never references is PT-016 (torch.jit.load ignores it; a payload need not)', () => {
    const dir = tmp()
    const path = derive('benign.pt', dir, 'extra_record.pt', (files) => {
      files['benign/data/99'] = new Uint8Array(randomBytes(4096))
    })
    const f = fileOf(scanJson([path]).report, 'extra_record.pt')
    expect(f.findings.filter((x: any) => x.ruleId === 'PT-016').map((x: any) => `${x.severity}:${x.member}`)).toEqual([
      'low:benign/data/99'
    ])
    // the records data.pkl does reference are not reported
    const clean = fileOf(scanJson([T('benign.pt')]).report, 'benign.pt')
    expect(clean.findings.filter((x: any) => x.ruleId === 'PT-016')).toEqual([])
  })

  test('legacy TorchScript (model.json + attributes.pkl) is TS-009', () => {
    const dir = tmp()
    const path = join(dir, 'legacy.pt')
    const files: Zippable = {
      'legacy/version': [Buffer.from('1\n'), { level: 0 }],
      'legacy/model.json': [Buffer.from('{"protoVersion": "6", "mainModule": {"name": "model"}}'), { level: 0 }],
      'legacy/attributes.pkl': [Buffer.from([0x80, 0x02, 0x5d, 0x71, 0x00, 0x2e]), { level: 0 }],
      'legacy/code/model.py': [Buffer.from('def forward(self,\n    x: Tensor) -> Tensor:\n  return x\n'), { level: 0 }]
    }
    writeFileSync(path, zipSync(files))
    const f = fileOf(scanJson([path]).report, 'legacy.pt')
    expect(f.format).toBe('torchscript')
    expect(own(f)).toEqual(['PT-003:low', 'TS-009:medium'])
  })

  test('a truncated TorchScript archive is GEN-003, never a crash; cut code is still read where present', () => {
    const dir = tmp()
    const whole = readFileSync(T('save_in_forward.pt'))
    writeFileSync(join(dir, 'cut.pt'), whole.subarray(0, whole.length - 200))
    const { report, status } = scanJson([join(dir, 'cut.pt')])
    const f = fileOf(report, 'cut.pt')
    const ids = f.findings.map((x: any) => x.ruleId)
    expect(ids).toContain('GEN-003')
    expect(ids).not.toContain('GEN-011')
    expect(status).toBe(1)
  })
})
