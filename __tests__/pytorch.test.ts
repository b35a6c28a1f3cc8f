import { afterAll, describe, expect, test } from '@jest/globals'
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { crc32 } from 'node:zlib'
import { CLI } from './helpers/cli.js'
import {
  CONTAINERS,
  containerFindings,
  fixture,
  payloadAt,
  scanFile,
  tempDir,
  removeTempDirs
} from './helpers/containers.js'

afterAll(removeTempDirs)

const TORCH_IMPORTS = ['collections.OrderedDict', 'torch.FloatStorage', 'torch._utils._rebuild_tensor_v2']

describe('PyTorch zip checkpoints', () => {
  test.each(['torch_state_dict.pt', 'torch_handbuilt.pt'])('%s (torch.save, hand-built twin) passes clean', (name) => {
    const f = fixture(name)
    expect(f.format).toBe('pytorch-zip')
    expect(f.findings).toEqual([])
    expect(f.imports.sort()).toEqual(TORCH_IMPORTS)
    expect(f.verdict).toBe('pass')
  })

  test('PT-012: a storage declaring more elements than its record holds', () => {
    const f = fixture('torch_storage_oob.pt')
    expect(containerFindings(f)).toEqual(['PT-012 high archive/data.pkl'])
    expect(f.findings[0].evidence).toBe('0:4000!=24')
  })

  test('PT-011: a malformed persistent id; its record is then unreferenced (PT-016)', () => {
    const f = fixture('torch_bad_pid.pt')
    expect(containerFindings(f)).toEqual(['PT-011 high archive/data.pkl', 'PT-016 low archive/data/0'])
  })

  test('PT-015 and PT-016: a bad byteorder record and an unreferenced data record', () => {
    const f = fixture('torch_records.pt')
    expect(containerFindings(f)).toEqual(['PT-015 medium archive/byteorder', 'PT-016 low archive/data/9'])
  })

  test('PT-016: a referenced storage record that does not exist', () => {
    const f = fixture('torch_missing_record.pt')
    expect(containerFindings(f)).toEqual(['PT-016 medium archive/data.pkl'])
  })

  test('PT-010: a second top-level prefix with its own data.pkl is analysed too', () => {
    const f = fixture('torch_two_prefixes.pt')
    expect(containerFindings(f)).toEqual(['PT-010 medium', 'PT-010 medium'])
    expect(payloadAt(f, 'shadow/data.pkl')).toBe(true)
  })

  test('PT-017: an extra pickle member besides data.pkl (named data.txt)', () => {
    const f = fixture('torch_extra_pickle.pt')
    expect(containerFindings(f)).toEqual(['GEN-002 medium archive/data.txt', 'PT-017 medium archive/data.txt'])
    expect(payloadAt(f, 'archive/data.txt')).toBe(true)
  })

  test('PT-018: members re-zipped with deflate', () => {
    expect(containerFindings(fixture('torch_deflated.pt'))).toEqual(['PT-018 low'])
  })

  test('PT-050: torch.save of a whole module', () => {
    const f = fixture('torch_module.pt')
    expect(containerFindings(f)).toEqual(['PT-050 medium archive/data.pkl'])
    expect(f.findings.find((x: any) => x.ruleId === 'PT-050').evidence).toBe('torch.nn.modules.linear.Linear')
  })

  test('a payload in data.pkl is found with the torch weights profile', () => {
    const f = fixture('torch_payload.pt')
    expect(containerFindings(f)).toEqual([])
    expect(payloadAt(f, 'archive/data.pkl')).toBe(true)
    expect(f.findings.some((x: any) => x.ruleId === 'PT-001' && x.severity === 'critical')).toBe(true)
  })

  test('PT-040: torch.package archives run their packaged code', () => {
    const f = fixture('torch_package.pt')
    expect(f.format).toBe('pytorch-zip')
    expect(containerFindings(f)).toEqual(['CTR-009 high archive/mymodel.py', 'PT-040 critical'])
  })

  test('PT-041: a TorchServe .mar with a handler; the model inside is analysed as a nested archive', () => {
    const f = fixture('model.mar')
    expect(containerFindings(f)).toEqual(['CTR-009 high handler.py', 'PT-041 critical'])
    expect(f.imports.sort()).toEqual(TORCH_IMPORTS)
  })
})

describe('legacy PyTorch formats', () => {
  test('a legacy magic-number stream walks all five pickles and the storage records', () => {
    const f = fixture('torch_legacy.pt')
    expect(f.format).toBe('pytorch-legacy')
    expect(f.findings).toEqual([])
    expect(f.imports.sort()).toEqual(TORCH_IMPORTS)
  })

  test('PT-020: the legacy magic number computed by eval', () => {
    const f = fixture('torch_legacy_eval_magic.pt')
    expect(f.format).toBe('pickle')
    expect(containerFindings(f)).toEqual(['PT-020 critical'])
    expect(f.findings.find((x: any) => x.ruleId === 'PT-020').evidence).toBe('builtins.eval')
  })

  test('PT-022 and PT-050: a legacy whole-module save with its source', () => {
    const f = fixture('torch_legacy_module.pt')
    expect(containerFindings(f)).toEqual(['PT-022 medium', 'PT-050 medium'])
  })

  test('PT-021: a protocol-version pickle that is not 1001', () => {
    const f = fixture('torch_legacy_bad_protocol.pt')
    expect(f.format).toBe('pytorch-legacy')
    expect(containerFindings(f)).toEqual(['PT-021 medium'])
    expect(f.findings.find((x: any) => x.ruleId === 'PT-021').message).toContain('999')
  })

  test('PT-021: bytes after the last storage are reported and analysed', () => {
    const dir = tempDir()
    const legacy = readFileSync(join(CONTAINERS, 'torch_legacy.pt'))
    const payload = readFileSync(join(CONTAINERS, 'pickle_named.npy'))
    writeFileSync(join(dir, 'model.pt'), Buffer.concat([legacy, payload]))
    const f = scanFile(join(dir, 'model.pt'))
    expect(f.format).toBe('pytorch-legacy')
    expect(containerFindings(f)).toEqual(['PT-021 medium'])
    expect(payloadAt(f, 'trailing-data')).toBe(true)
  })

  test('a legacy tar checkpoint (members storages, tensors, pickle) loads clean', () => {
    const f = fixture('torch_legacy_tar.pt')
    expect(f.format).toBe('pytorch-tar')
    expect(f.findings).toEqual([])
    expect(f.imports.sort()).toEqual(['torch.FloatStorage', 'torch.FloatTensor'])
  })

  test('the weights stage reads the storages of a legacy tar checkpoint (payload in the low 8 bits)', () => {
    const f = fixture('torch_legacy_tar_payload.pt')
    expect(f.format).toBe('pytorch-tar')
    expect(f.tensors).toEqual([
      expect.objectContaining({ name: 'storage 0', dtype: 'f32', shape: [65536], examinedElements: 65536 })
    ])
    const steg = f.findings.filter((x: any) => x.ruleId.startsWith('STEG-'))
    expect(steg.map((x: any) => `${x.ruleId} ${x.severity} ${x.member}`)).toEqual(['STEG-003 medium storages'])
    expect(steg[0].message).toMatch(/storage 0: the low 8 bits of its values decode to text/)
  })

  test('PT-030: a legacy tar whose storages member is a symlink', () => {
    const f = fixture('torch_legacy_tar_link.pt')
    expect(containerFindings(f)).toEqual(['PT-030 high storages'])
    expect(f.findings[0].evidence).toBe('/etc/passwd')
  })
})

/** A stored zip64 torch archive whose data/0 record is a 4 GiB hole: nothing of it may be read into memory. */
function sparseCheckpoint(path: string): number {
  const pkl = readFileSync(join(CONTAINERS, 'big_tensor_data.pkl'))
  const big = 4 * 2 ** 30 + 2 ** 20
  const fd = openSync(path, 'w')
  let pos = 0
  const put = (b: Buffer, at = pos) => {
    writeSync(fd, b, 0, b.length, at)
    pos = at + b.length
  }
  const u16 = (v: number) => Buffer.from([v & 0xff, v >>> 8])
  const u32 = (v: number) => {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(v >>> 0)
    return b
  }
  const u64 = (v: number) => {
    const b = Buffer.alloc(8)
    b.writeBigUInt64LE(BigInt(v))
    return b
  }
  const members = [
    { name: 'archive/data.pkl', data: pkl, size: pkl.length, crc: crc32(pkl) },
    { name: 'archive/data/0', data: undefined, size: big, crc: 0 },
    { name: 'archive/version', data: Buffer.from('3\n'), size: 2, crc: crc32(Buffer.from('3\n')) }
  ]
  const central: Buffer[] = []
  for (const m of members) {
    const offset = pos
    const name = Buffer.from(m.name)
    const zip64 = m.size >= 0xffffffff
    const extra = zip64 ? Buffer.concat([u16(1), u16(16), u64(m.size), u64(m.size)]) : Buffer.alloc(0)
    const sz = zip64 ? 0xffffffff : m.size
    put(
      Buffer.concat([
        u32(0x04034b50),
        u16(45),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(m.crc),
        u32(sz),
        u32(sz),
        u16(name.length),
        u16(extra.length),
        name,
        extra
      ])
    )
    if (m.data) put(m.data)
    else pos += m.size // the hole
    const off64 = offset >= 0xffffffff
    const cExtra =
      zip64 || off64
        ? Buffer.concat([
            u16(1),
            u16((zip64 ? 16 : 0) + (off64 ? 8 : 0)),
            ...(zip64 ? [u64(m.size), u64(m.size)] : []),
            ...(off64 ? [u64(offset)] : [])
          ])
        : Buffer.alloc(0)
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(45),
        u16(45),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(m.crc),
        u32(sz),
        u32(sz),
        u16(name.length),
        u16(cExtra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(off64 ? 0xffffffff : offset),
        name,
        cExtra
      ])
    )
  }
  const cd = Buffer.concat(central)
  const cdOffset = pos
  put(cd)
  const eocd64 = pos
  put(
    Buffer.concat([
      u32(0x06064b50),
      u64(44),
      u16(45),
      u16(45),
      u32(0),
      u32(0),
      u64(3),
      u64(3),
      u64(cd.length),
      u64(cdOffset)
    ])
  )
  put(Buffer.concat([u32(0x07064b50), u32(0), u64(eocd64), u32(1)]))
  put(
    Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0)])
  )
  closeSync(fd)
  return pos
}

describe('large checkpoints', () => {
  // The CLI hashes the whole file (sha256), so this takes a few seconds; the assertion is on memory, not time.
  test('a 4 GiB tensor record is scanned without reading its data into memory', () => {
    const dir = tempDir()
    const path = join(dir, 'big.pt')
    const size = sparseCheckpoint(path)
    const st = statSync(path)
    expect(st.size).toBe(size)
    expect(st.blocks * 512).toBeLessThan(64 * 1024 * 1024) // the tensor is a hole on disk
    const hook = join(dir, 'rss.mjs')
    writeFileSync(
      hook,
      "process.on('exit', () => process.stderr.write('MAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'))\n"
    )
    const r = spawnSync(process.execPath, ['--import', hook, CLI, 'scan', '--format', 'json', path], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      timeout: 300_000
    })
    const report = JSON.parse(r.stdout)
    const f = report.files[0]
    expect(f.format).toBe('pytorch-zip')
    expect(f.size).toBe(size)
    // numel × 4 matches the 5 GiB record: no PT-012, nothing left unanalysed.
    expect(f.findings.filter((x: any) => x.severity !== 'info' && x.severity !== 'low')).toEqual([])
    expect(f.imports.sort()).toEqual(TORCH_IMPORTS)
    const rss = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)![1])
    expect(rss).toBeLessThan(512 * 1024) // KiB: far below the 4 GiB the tensor would need
  }, 300_000)
})
