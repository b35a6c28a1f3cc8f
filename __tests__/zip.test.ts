import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import { runCli } from './helpers/cli.js'
import {
  CONTAINERS,
  containerFindings,
  fixture,
  limitsConfig,
  payloadAt,
  scanFile,
  tempDir,
  removeTempDirs
} from './helpers/containers.js'

afterAll(removeTempDirs)

// Zip evasions (peers.md §5.3 C1–C7) through the built CLI: every class must show the anomaly and still let the
// payload be found where PyTorch (miniz) would read it.
describe('zip reader: header games PyTorch ignores', () => {
  test('C2: a CRC mismatch is reported and the member is still analysed', () => {
    const f = fixture('zip_crc_mismatch.pt')
    expect(f.format).toBe('pytorch-zip')
    expect(containerFindings(f)).toEqual(['CTR-003 medium archive/data.pkl'])
    expect(f.findings.find((x: any) => x.ruleId === 'CTR-003').evidence).toBe('crc')
    expect(payloadAt(f, 'archive/data.pkl')).toBe(true)
  })

  test.each(['0x1', '0x20', '0x40'])('C3: flag bits %s on plain data are read as PyTorch reads them', (bits) => {
    const f = fixture(`zip_flag_${bits}.pt`)
    expect(containerFindings(f)).toEqual(['CTR-003 medium archive/data.pkl'])
    expect(f.findings.find((x: any) => x.ruleId === 'CTR-003').evidence).toBe(`flags:${bits}`)
    expect(payloadAt(f, 'archive/data.pkl')).toBe(true)
  })

  test('a member that really is encrypted is not analysed (CTR-005), never passed as clean', () => {
    const f = fixture('zip_encrypted.zip')
    expect(containerFindings(f)).toEqual(['CTR-005 high secret.pkl'])
    expect(f.verdict).toBe('fail')
  })

  test('C4: a local header naming another file than the central directory', () => {
    const f = fixture('zip_name_mismatch.pt')
    expect(containerFindings(f)).toEqual(['CTR-003 medium archive/data.pkl'])
    expect(f.findings.find((x: any) => x.ruleId === 'CTR-003').message).toContain('archive/dat4.pkl')
    expect(payloadAt(f, 'archive/data.pkl')).toBe(true)
  })

  test('duplicate names: every copy is analysed, so a benign first copy hides nothing', () => {
    const f = fixture('zip_duplicate.pt')
    expect(containerFindings(f)).toEqual(['CTR-004 high archive/data.pkl'])
    expect(payloadAt(f, 'archive/data.pkl')).toBe(true)
  })
})

describe('zip reader: members are recognised by content (C1, O8)', () => {
  test('a pickle named data.txt', () => {
    const f = fixture('zip_pickle_as_txt.zip')
    expect(f.format).toBe('zip')
    expect(containerFindings(f)).toEqual(['GEN-002 medium data.txt'])
    expect(payloadAt(f, 'data.txt')).toBe(true)
  })

  test('a protocol-0 pickle (no magic bytes) named weights.txt', () => {
    const f = fixture('zip_proto0_weights_txt.zip')
    expect(containerFindings(f)).toEqual(['GEN-002 medium weights.txt'])
    expect(payloadAt(f, 'weights.txt')).toBe(true)
  })

  test('nested archives are analysed with `!/` member paths', () => {
    const f = fixture('nested.zip')
    expect(containerFindings(f)).toEqual([])
    expect(payloadAt(f, 'inner.zip!/payload.pkl')).toBe(true)
  })

  test('executables and scripts, by name and by content', () => {
    const f = fixture('zip_executables.zip')
    expect(containerFindings(f)).toEqual(['CTR-009 high hooks/install.sh', 'CTR-009 high weights.bin'])
    expect(f.findings.find((x: any) => x.member === 'weights.bin').message).toContain('ELF')
  })
})

describe('zip reader: structure anomalies', () => {
  test('C5: a pickle with a zip appended is a polyglot; the file is what loaders see first', () => {
    const f = fixture('polyglot_pickle_zip.pt')
    expect(f.format).toBe('pickle')
    expect(containerFindings(f)).toEqual(['CTR-001 high', 'CTR-002 medium'])
    expect(payloadAt(f, undefined)).toBe(true)
  })

  test('two end records (archives back to back) and data after the end record', () => {
    const two = fixture('zip_two_eocd.zip')
    expect(containerFindings(two)).toEqual(['CTR-002 medium', 'CTR-002 medium'])
    expect(
      two.findings
        .filter((x: any) => x.ruleId === 'CTR-002')
        .map((x: any) => x.evidence)
        .sort()
    ).toEqual(['eocd:273,100', 'prefix:122'])
    expect(payloadAt(two, 'payload.pkl')).toBe(true)
    expect(containerFindings(fixture('zip_trailing.zip'))).toEqual(['CTR-002 medium'])
  })

  test('unsafe names and symlink members', () => {
    const f = fixture('zip_unsafe_names.zip')
    expect(containerFindings(f)).toEqual([
      'CTR-006 high ../evil.txt',
      'CTR-006 high /abs/path.txt',
      'CTR-006 high link'
    ])
  })

  test('a zip bomb by declared sizes', () => {
    const f = fixture('zip_bomb_declared.zip')
    expect(containerFindings(f)).toEqual(['CTR-003 medium big.bin', 'CTR-008 high big.bin'])
  })

  test('a zip bomb by observed ratio stops decompression (limits from .modelgate.yml)', () => {
    const dir = tempDir()
    const cfg = limitsConfig(dir, { ratioFloorBytes: 1048576 })
    const f = scanFile(join(CONTAINERS, 'zip_bomb_real.zip'), ['--config', cfg])
    expect(containerFindings(f)).toEqual(['CTR-008 high zeros.bin', 'CTR-008 high zeros.bin', 'GEN-007 high zeros.bin'])
    // one for the declared sizes, one for what inflating actually produced
    const bombs = f.findings.filter((x: any) => x.ruleId === 'CTR-008').map((x: any) => x.message)
    expect(bombs.some((m: string) => m.startsWith('Member declares 4194304 bytes'))).toBe(true)
    expect(bombs.some((m: string) => m.includes('decompression stopped'))).toBe(true)
    // With the default floor (256 MiB) 4 MiB of zeros is no bomb.
    expect(containerFindings(fixture('zip_bomb_real.zip'))).toEqual([])
  })

  test('the decompression budget is charged for every inflated byte', () => {
    const dir = tempDir()
    const cfg = limitsConfig(dir, { maxDecompressedBytes: 1048576 })
    const f = scanFile(join(CONTAINERS, 'zip_bomb_real.zip'), ['--config', cfg])
    expect(containerFindings(f)).toEqual(['GEN-007 high'])
    expect(f.findings[0].message).toContain('bytes decompressed from one file')
  })

  test('the entry limit fails closed', () => {
    const dir = tempDir()
    const cfg = limitsConfig(dir, { maxEntries: 2 })
    const f = scanFile(join(CONTAINERS, 'zip_unsafe_names.zip'), ['--config', cfg])
    expect(containerFindings(f)).toEqual(['GEN-007 high'])
  })
})

describe('zip compression methods', () => {
  test('an unsupported method is not analysed (CTR-005)', () => {
    expect(containerFindings(fixture('zip_unsupported_method.zip'))).toEqual(['CTR-005 high model.pkl'])
  })

  test("bzip2 and LZMA members (Python's zipfile reads them) are decoded and analysed", () => {
    const f = fixture('zip_bzip2_lzma.zip')
    expect(containerFindings(f)).toEqual([])
    expect(payloadAt(f, 'a.pkl')).toBe(true)
    expect(payloadAt(f, 'b.pkl')).toBe(true)
  })

  test('a deflated member over 64 MiB is decoded to a private temp file, analysed, and deleted', () => {
    const dir = tempDir()
    const tmp = join(dir, 'tmp')
    mkdirSync(tmp)
    const payload = readFileSync(join(CONTAINERS, 'pickle_named.npy'))
    const member = Buffer.concat([payload, Buffer.alloc(80 * 1024 * 1024, 0x20)])
    writeFileSync(join(dir, 'big.zip'), zipOf('big.pkl', member))
    const r = runCli(['scan', '--format', 'json', join(dir, 'big.zip')], { env: { TMPDIR: tmp } })
    const f = JSON.parse(r.stdout).files[0]
    expect(containerFindings(f)).toEqual([])
    expect(payloadAt(f, 'big.pkl')).toBe(true)
    expect(readdirSync(tmp)).toEqual([])
  })
})

/** A one-member zip with a deflated member (local header, data, central directory, end record). */
function zipOf(name: string, data: Buffer): Buffer {
  const comp = deflateRawSync(data)
  const n = Buffer.from(name)
  const crc = crc32(data)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(comp.length, 18)
  local.writeUInt32LE(data.length, 22)
  local.writeUInt16LE(n.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(comp.length, 20)
  central.writeUInt32LE(data.length, 24)
  central.writeUInt16LE(n.length, 28)
  const cdOffset = 30 + n.length + comp.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + n.length, 12)
  end.writeUInt32LE(cdOffset, 16)
  return Buffer.concat([local, n, comp, central, n, end])
}

describe('zip recognition', () => {
  test('an end record with a maximal comment (outside the sniffed tail) is still found', () => {
    const dir = tempDir()
    const payload = readFileSync(join(CONTAINERS, 'pickle_named.npy'))
    const noise = Buffer.alloc(200_000)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
    const z = zipOf('model.pkl', Buffer.concat([payload, noise]))
    z.writeUInt16LE(65530, z.length - 2)
    // Junk in front: only the end record identifies the archive (as for zipfile.is_zipfile).
    const junk = Buffer.alloc(16) // (no pickle opcode: the junk itself is no format)
    writeFileSync(join(dir, 'commented.zip'), Buffer.concat([junk, z, Buffer.alloc(65530, 0x78)]))
    const f = scanFile(join(dir, 'commented.zip'))
    expect(f.format).toBe('zip')
    expect(containerFindings(f)).toEqual(['CTR-002 medium'])
    expect(f.findings.find((x: any) => x.ruleId === 'CTR-002').evidence).toBe('prefix:16')
    expect(payloadAt(f, 'model.pkl')).toBe(true)
  })

  test('random bytes containing an end-record signature are not a zip', () => {
    const dir = tempDir()
    const buf = Buffer.alloc(200_000)
    for (let i = 0; i < buf.length; i++) buf[i] = (i * 2654435761) >>> 24
    Buffer.from('PK\x05\x06', 'latin1').copy(buf, buf.length - 5000)
    writeFileSync(join(dir, 'weights.bin'), buf)
    const f = scanFile(join(dir, 'weights.bin'))
    expect(f.format).toBe('unknown')
    expect(containerFindings(f)).toEqual(['GEN-009 low'])
  })

  test('a truncated zip (no end record) is not analysed, never clean', () => {
    const dir = tempDir()
    const data = readFileSync(join(CONTAINERS, 'torch_state_dict.pt'))
    writeFileSync(join(dir, 'cut.pt'), data.subarray(0, data.length - 100))
    const f = scanFile(join(dir, 'cut.pt'))
    expect(f.format).toBe('zip')
    expect(containerFindings(f)).toEqual(['GEN-003 high'])
  })

  test('deflated members are inflated and analysed like stored ones', () => {
    const f = fixture('torch_deflated.pt')
    expect(containerFindings(f)).toEqual(['PT-018 low'])
    expect(f.imports.sort()).toEqual([
      'collections.OrderedDict',
      'torch.FloatStorage',
      'torch._utils._rebuild_tensor_v2'
    ])
  })
})
