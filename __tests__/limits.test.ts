import { afterAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { DEFAULT_LIMITS, type Limits } from '../src/engine/limits.js'
import { readZipStructure } from '../src/analyzers/zip/structure.js'
import { BufferSource } from '../src/engine/source.js'
import { FIXTURES, scanJson } from './helpers/cli.js'
import { limitsConfig, removeTempDirs, tempDir } from './helpers/containers.js'

afterAll(removeTempDirs)

/** Scans `paths` with the built CLI and a .modelgate.yml that sets `limits`; returns the report's files. */
function scanLimited(limits: Partial<Limits>, paths: string[]): any[] {
  const args = Object.keys(limits).length ? ['--config', limitsConfig(tempDir(), limits as Record<string, number>)] : []
  const { report, stderr } = scanJson(paths, args)
  expect(stderr).not.toMatch(/Internal error|TypeError|RangeError/)
  return report.files
}

const fx = (p: string) => join(FIXTURES, p)

/** The GEN-007 messages of a file; a hit limit must never leave a file clean or crash the analyzer. */
function limitHits(file: any): string[] {
  expect(file.findings.map((f: any) => f.ruleId)).not.toContain('GEN-011')
  expect(file.verdict).not.toBe('pass')
  return file.findings.filter((f: any) => f.ruleId === 'GEN-007').map((f: any) => f.message)
}

// Every limit, lowered in .modelgate.yml, must turn into a GEN-007 finding (never a crash, never "clean").
describe('every limit is enforced and reported through the CLI', () => {
  const cases: [keyof Limits, number, string[], RegExp][] = [
    ['maxDepth', 1, ['containers/nested.zip'], /nesting deeper than 1 levels/],
    [
      'maxEntries',
      1,
      ['containers/arrays.npz', 'containers/unsafe.tar', 'gguf/benign.gguf', 'safetensors/benign.safetensors'],
      /entr(y|ies)/
    ],
    [
      'maxDecompressedBytes',
      100,
      ['containers/long_payload.pkl.xz', 'containers/torch_deflated.pt', 'containers/joblib_zlib.joblib'],
      /more than 100 bytes decompressed/
    ],
    ['maxOpcodes', 5, ['pickle/benign_protocol2.pkl'], /more than 5 pickle opcodes/],
    ['maxStack', 1, ['pickle/benign_protocol2.pkl'], /pickle stack deeper than 1/],
    ['maxMemo', 1, ['pickle/benign_protocol2.pkl', 'evasions/memo_dup_binput.pkl'], /more than 1 pickle memo/],
    [
      'maxHeaderBytes',
      10,
      ['safetensors/benign.safetensors', 'numpy/float32.npy', 'keras/benign_sequential.h5'],
      /header|larger than 10 bytes/
    ],
    [
      'maxNesting',
      1,
      [
        'safetensors/metadata_nested.safetensors',
        'onnx/benign.onnx',
        'keras/benign_sequential.keras',
        'gguf/nested_array.gguf',
        'tensorflow/frozen_benign.pb'
      ],
      /nest/
    ],
    [
      'maxElements',
      1,
      [
        'onnx/function.onnx',
        'onnx/custom_domain.onnx',
        'tensorflow/frozen_benign.pb',
        'tensorflow/saved_model_benign.pb',
        'keras/benign_sequential.h5'
      ],
      /more than 1 |exceed limits\.maxElements/
    ]
  ]
  test.each(cases)('%s: %d', (limit, value, files, message) => {
    const out = scanLimited({ [limit]: value }, files.map(fx))
    expect(out).toHaveLength(files.length)
    for (const f of out) {
      const hits = limitHits(f)
      expect({ path: f.path, hits }).toEqual({
        path: f.path,
        hits: expect.arrayContaining([expect.stringMatching(message)])
      })
    }
  })

  test('maxRatio and ratioFloorBytes: a member expanding past the ratio is a bomb (CTR-008) and not analysed', () => {
    const [f] = scanLimited({ maxRatio: 1, ratioFloorBytes: 10 }, [fx('containers/joblib_zlib.joblib')])
    expect(f.findings.map((x: any) => x.ruleId)).toContain('CTR-008')
    expect(limitHits(f)).toEqual([expect.stringMatching(/past the first \d+ decompressed bytes/)])
  })

  test('maxFileMillis: a file that needs longer than the budget is reported, never passed', () => {
    // Two million opcodes take far longer than 1 ms on any machine.
    const dir = tempDir()
    const long = join(dir, 'long.pkl')
    writeFileSync(long, Buffer.concat([Buffer.from([0x80, 2]), Buffer.alloc(4_000_000, 'N0'), Buffer.from('N.')]))
    const out = scanLimited({ maxFileMillis: 1 }, [long, fx('weights/clean/mlp.pt')])
    for (const f of out) expect(limitHits(f)).toEqual([expect.stringMatching(/time limit of 1 ms reached/)])
  })

  test('weightBytes: tensors past the budget are counted as not examined (STEG-010)', () => {
    const [f] = scanLimited({ weightBytes: 100 }, [fx('weights/clean/mlp.safetensors')])
    expect(f.findings.find((x: any) => x.ruleId === 'STEG-010').message).toMatch(/budget of 100 bytes/)
  })

  test('maxFindings: findings past the cap are folded per rule and severity; the verdict still sees them', () => {
    const [f] = scanLimited({ maxFindings: 1 }, [fx('pickle/gadget_os_system_protocol2.pkl')])
    expect(f.verdict).toBe('fail')
    expect(f.findings.map((x: any) => `${x.ruleId} ${x.severity}`)).toEqual(['PKL-001 critical', 'PKL-010 critical'])
    expect(f.findings[1].message).toMatch(
      /… and 1 more PKL-010 findings \(not listed: more than limits\.maxFindings = 1/
    )
  })

  test('the defaults document what the README lists', () => {
    expect(Object.keys(DEFAULT_LIMITS).sort()).toEqual(
      [
        'maxDecompressedBytes',
        'maxDepth',
        'maxElements',
        'maxEntries',
        'maxFileMillis',
        'maxFindings',
        'maxHeaderBytes',
        'maxMemo',
        'maxNesting',
        'maxOpcodes',
        'maxRatio',
        'maxStack',
        'ratioFloorBytes',
        'weightBytes'
      ].sort()
    )
  })
})

function varint(n: number): Buffer {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return Buffer.from(out)
}
const field = (no: number, body: Buffer) => Buffer.concat([varint(no * 8 + 2), varint(body.length), body])

// Crafted inputs for the fixes made while auditing: each cost memory or time out of proportion to its size.
describe('hostile shapes found in the audit stay bounded', () => {
  test('a GraphDef of empty nodes (2 bytes each on disk) stops at maxElements instead of exhausting memory', () => {
    const dir = tempDir()
    const node = field(1, Buffer.concat([field(1, Buffer.from('a')), field(2, Buffer.from('Const'))]))
    const empty = Buffer.alloc(2 * 50_000)
    for (let i = 0; i < empty.length; i += 2) empty[i] = 0x0a
    writeFileSync(join(dir, 'graph.pb'), Buffer.concat([node, empty]))
    const [f] = scanLimited({ maxElements: 10_000 }, [join(dir, 'graph.pb')])
    expect(f.format).toBe('tf-graphdef')
    expect(limitHits(f)).toEqual([expect.stringMatching(/more than 10000 graph nodes/)])
  })

  test('an ONNX graph of distinct custom operators stops at maxElements', () => {
    const dir = tempDir()
    const nodes: Buffer[] = []
    for (let i = 0; i < 3000; i++)
      nodes.push(field(1, Buffer.concat([field(4, Buffer.from(`op${i}`)), field(7, Buffer.from('x.y'))])))
    const opset = field(8, Buffer.concat([field(1, Buffer.alloc(0)), Buffer.from([0x10, 17])]))
    const model = Buffer.concat([
      Buffer.from([0x08, 0x08]),
      field(2, Buffer.from('pytorch')),
      opset,
      field(7, Buffer.concat(nodes))
    ])
    writeFileSync(join(dir, 'ops.onnx'), model)
    const [f] = scanLimited({ maxElements: 1000 }, [join(dir, 'ops.onnx')])
    expect(f.format).toBe('onnx')
    expect(limitHits(f)).toEqual([expect.stringMatching(/more than 1000 distinct operators/)])
  })

  test('HDF5 bytes full of unclosed Keras objects: carving stops on its scan budget (was quadratic)', () => {
    const dir = tempDir()
    const magic = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
    writeFileSync(
      join(dir, 'carve.h5'),
      Buffer.concat([magic, Buffer.alloc(100), Buffer.from('{"class_name"'.repeat(200_000))])
    )
    const [f] = scanLimited({}, [join(dir, 'carve.h5')])
    expect(limitHits(f)).toEqual([expect.stringMatching(/carving Keras configs stopped/)])
  })

  test('an archive of 1500 scripts lists 1000 findings and folds the rest (default maxFindings)', () => {
    const dir = tempDir()
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 1500; i++) files[`s${i}.sh`] = Buffer.from('echo hi\n')
    writeFileSync(join(dir, 'scripts.zip'), zipSync(files, { level: 0 }))
    const [f] = scanLimited({}, [join(dir, 'scripts.zip')])
    expect(f.findings).toHaveLength(1001)
    expect(f.findings.filter((x: any) => x.ruleId === 'CTR-009')).toHaveLength(1001)
    expect(f.findings[1000].message).toMatch(/… and 500 more CTR-009 findings/)
  })

  test('a pickle with 3000 distinct imports keeps a bounded list of findings and every import', () => {
    const dir = tempDir()
    const parts = [Buffer.from([0x80, 2])]
    for (let i = 0; i < 3000; i++) parts.push(Buffer.from(`cmod${i}\nf${i}\n0`, 'latin1'))
    parts.push(Buffer.from('N.'))
    writeFileSync(join(dir, 'imports.pkl'), Buffer.concat(parts))
    const [f] = scanLimited({}, [join(dir, 'imports.pkl')])
    // Bounded twice: the pickle machine caps repeats per rule, the engine caps findings per file (maxFindings).
    expect(f.findings.length).toBeLessThanOrEqual(1001)
    expect(f.findings.length).toBeGreaterThan(100)
    expect(f.imports).toHaveLength(3000)
  })

  test('a zip directory with more entries than a spread call can take is read without a stack overflow', async () => {
    // One local header; 150 000 central entries naming it (no Math.min(...entries) over the list).
    const n = 150_000
    const local = Buffer.alloc(30 + 1)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(1, 26)
    local.write('a', 30)
    const central: Buffer[] = []
    for (let i = 0; i < n; i++) {
      const name = Buffer.from(`m${i}`)
      const c = Buffer.alloc(46)
      c.writeUInt32LE(0x02014b50, 0)
      c.writeUInt16LE(name.length, 28)
      central.push(c, name)
    }
    const cd = Buffer.concat(central)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(0xffff, 8)
    end.writeUInt16LE(0xffff, 10)
    end.writeUInt32LE(cd.length, 12)
    end.writeUInt32LE(local.length, 16)
    // More than 65535 entries: a ZIP64 end record and locator carry the count.
    const z64 = Buffer.alloc(56)
    z64.writeUInt32LE(0x06064b50, 0)
    z64.writeBigUInt64LE(44n, 4)
    z64.writeBigUInt64LE(BigInt(n), 24)
    z64.writeBigUInt64LE(BigInt(n), 32)
    z64.writeBigUInt64LE(BigInt(cd.length), 40)
    z64.writeBigUInt64LE(BigInt(local.length), 48)
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(0x07064b50, 0)
    loc.writeBigUInt64LE(BigInt(local.length + cd.length), 8)
    loc.writeUInt32LE(1, 16)
    const zip = Buffer.concat([local, cd, z64, loc, end])
    const s = await readZipStructure(new BufferSource(zip), { ...DEFAULT_LIMITS, maxEntries: 200_000 })
    expect(s.entries).toHaveLength(n)
    expect(s.anomalies.filter((a) => a.rule === 'CTR-002' && /entries/.test(a.message))).toEqual([])
  })
})
