import { describe, expect, test } from '@jest/globals'
import { BufferSource } from '../src/engine/source.js'
import { AnalysisContext, FileRun } from '../src/engine/context.js'
import { DEFAULT_LIMITS } from '../src/engine/limits.js'
import { examineWeights } from '../src/analyzers/weights/stage.js'
import type { TensorRef } from '../src/analyzers/weights/tensor.js'

// Deterministic N(0, 0.02) float32 weights, like a trained layer's values.
function normalWeights(n: number, seed = 1): Float32Array {
  let s = seed >>> 0 || 1
  const u32 = () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return s >>> 0
  }
  const rand = () => (u32() * 2 ** 21 + (u32() >>> 11) + 0.5) / 2 ** 53
  const out = new Float32Array(n)
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(rand()))
    const t = 2 * Math.PI * rand()
    out[i] = 0.02 * r * Math.cos(t)
    if (i + 1 < n) out[i + 1] = 0.02 * r * Math.sin(t)
  }
  return out
}

function bytesOf(a: Float32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength)
}

/** Writes `payload` into the low `bits` bits of successive float32 values, MSB-first like the extractor reads. */
function embed(weights: Buffer, payload: Buffer, bits: number): Buffer {
  const out = Buffer.from(weights)
  const stream: number[] = []
  for (const byte of payload) for (let b = 7; b >= 0; b--) stream.push((byte >> b) & 1)
  const mask = (1 << bits) - 1
  for (let e = 0, i = 0; i < stream.length; e++) {
    let v = 0
    for (let k = 0; k < bits; k++) v = (v << 1) | (stream[i++] ?? 0)
    out[e * 4] = (out[e * 4]! & ~mask) | v
  }
  return out
}

async function examine(tensors: { name: string; data: Buffer; shape?: number[]; dtype?: 'f32' | 'f64' }[]) {
  const run = new FileRun('t.safetensors', DEFAULT_LIMITS, async () => ({ formats: [] }))
  const ctx = new AnalysisContext(run, undefined, 0, 't.safetensors')
  const refs: TensorRef[] = tensors.map((t) => ({
    name: t.name,
    dtype: t.dtype ?? 'f32',
    shape: t.shape ?? [t.data.length / (t.dtype === 'f64' ? 8 : 4)],
    bytes: new BufferSource(t.data)
  }))
  const summaries = await examineWeights(ctx, refs, DEFAULT_LIMITS.weightBytes)
  return { findings: run.findings, summaries }
}

const N = 262144

describe('weights stage', () => {
  test('clean trained-like weights produce no finding at medium or above', async () => {
    const { findings, summaries } = await examine(
      Array.from({ length: 6 }, (_, i) => ({
        name: `layers.${i}.weight`,
        data: bytesOf(normalWeights(N, i + 1)),
        shape: [512, 512]
      }))
    )
    expect(findings.filter((f) => f.severity !== 'low' && f.severity !== 'info')).toEqual([])
    expect(summaries).toHaveLength(6)
    expect(summaries[0]!.std).toBeCloseTo(0.02, 2)
  })

  test('an ELF header hidden in the lowest bit is decoded (STEG-003 high)', async () => {
    const payload = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(64, 0x41)])
    const { findings } = await examine([{ name: 'fc.weight', data: embed(bytesOf(normalWeights(N)), payload, 1) }])
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'STEG-003',
        severity: 'high',
        evidence: 'fc.weight',
        message: expect.stringMatching(/lowest bit .*ELF executable/)
      })
    ])
  })

  test('code-like text in the low 8 bits is high, plain text is medium', async () => {
    const code = Buffer.from("import os; os.system('echo modelgate-marker') # " + 'x'.repeat(40))
    const r1 = await examine([{ name: 'a', data: embed(bytesOf(normalWeights(N)), code, 8) }])
    expect(r1.findings[0]).toMatchObject({ ruleId: 'STEG-003', severity: 'high' })
    const text = Buffer.from('The quick brown fox jumps over the lazy dog again and again and again.')
    const r2 = await examine([{ name: 'b', data: embed(bytesOf(normalWeights(N)), text, 8) }])
    expect(r2.findings[0]).toMatchObject({ ruleId: 'STEG-003', severity: 'medium' })
  })

  test('UTF-16 text in the low 8 bits (a zero low byte every other value) is carved too', async () => {
    const code = Buffer.from("import os; os.system('echo modelgate-marker') # " + 'x'.repeat(40), 'utf16le')
    const r1 = await examine([{ name: 'a', data: embed(bytesOf(normalWeights(N)), code, 8) }])
    expect(r1.findings).toEqual([
      expect.objectContaining({
        ruleId: 'STEG-003',
        severity: 'high',
        message: expect.stringMatching(/UTF-16 code-like text/)
      })
    ])
    const text = Buffer.from('The quick brown fox jumps over the lazy dog again and again and again.', 'utf16le')
    const r2 = await examine([{ name: 'b', data: embed(bytesOf(normalWeights(N)), text, 8) }])
    expect(r2.findings[0]).toMatchObject({ ruleId: 'STEG-003', severity: 'medium' })
    expect(r2.findings[0]!.message).toMatch(/UTF-16 text/)
  })

  test('float64 weights (scikit-learn and NumPy arrays) are examined too', async () => {
    // values computed in double precision, and a linspace-like grid (consecutive low bits depend on each other)
    const clean = Buffer.from(Float64Array.from({ length: N / 2 }, (_, i) => 0.02 * Math.sin(i * 1.7 + 0.3)).buffer)
    const grid = Buffer.from(Float64Array.from({ length: N / 2 }, (_, i) => -1 + i * (2 / (N / 2 - 1))).buffer)
    const r1 = await examine([
      { name: 'coef', data: clean, dtype: 'f64' },
      { name: 'bin_edges', data: grid, dtype: 'f64' }
    ])
    expect(r1.findings.filter((f) => f.severity !== 'low' && f.severity !== 'info')).toEqual([])
    expect(r1.summaries).toEqual([
      expect.objectContaining({ name: 'coef', dtype: 'f64', examinedElements: N / 2 }),
      expect.objectContaining({ name: 'bin_edges', dtype: 'f64', examinedElements: N / 2 })
    ])
    // code in the low byte of each 8-byte value (the lowest mantissa bits)
    const code = Buffer.from("import os; os.system('echo modelgate-marker') # " + 'x'.repeat(40))
    const bad = Buffer.from(clean)
    for (let i = 0; i < code.length; i++) bad[i * 8] = code[i]!
    const r2 = await examine([{ name: 'coef', data: bad, dtype: 'f64' }])
    expect(r2.findings).toEqual([
      expect.objectContaining({ ruleId: 'STEG-003', severity: 'high', message: expect.stringMatching(/low 8 bits/) })
    ])
  })

  test('a zip archive in the low 2 bits is found', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00', 'latin1'), Buffer.alloc(32, 7)])
    const { findings } = await examine([{ name: 'w', data: embed(bytesOf(normalWeights(N)), zip, 2) }])
    expect(findings[0]).toMatchObject({
      ruleId: 'STEG-003',
      severity: 'high',
      message: expect.stringMatching(/low 2 bits .*zip archive/)
    })
  })

  test('bf16-upcast weights pass; a payload region in them is STEG-002 high', async () => {
    const up = bytesOf(normalWeights(N))
    for (let e = 0; e < N; e++) up.writeUInt16LE(0, e * 4)
    expect((await examine([{ name: 'up', data: up }])).findings).toEqual([])
    const tampered = Buffer.from(up)
    for (let e = 1000; e < 21000; e++) tampered.writeUInt16LE((e * 2654435761) & 0xffff, e * 4)
    const { findings } = await examine([{ name: 'up', data: tampered }])
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'STEG-002', severity: 'high' })])
  })

  test('a biased low byte is STEG-001 medium', async () => {
    const biased = bytesOf(normalWeights(N))
    for (let e = 0; e < N; e++) biased[e * 4] = biased[e * 4]! & 0x7f // bit 7 never set
    const { findings } = await examine([{ name: 'biased', data: biased }])
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'STEG-001', severity: 'medium' })])
  })

  // Payloads the carver misses (no signature, no printable run): the low-bit structure is the evidence.
  test('UTF-16 Cyrillic text in the low byte and a binary table in the low 4 bits are STEG-001 medium', async () => {
    // Cyrillic: every other byte is 0x04, so no printable run (and under half the low bytes are zero).
    const sentence = 'Скрытый текст в младших битах весов модели, маркер modelgate. '
    const utf16 = Buffer.from(sentence.repeat(4000), 'utf16le').subarray(0, N)
    const r1 = await examine([{ name: 'u16', data: embed(bytesOf(normalWeights(N)), utf16, 8) }])
    expect(r1.findings).toEqual([expect.objectContaining({ ruleId: 'STEG-001', severity: 'medium' })])
    expect(r1.findings[0]!.message).toMatch(/payload-like structure: structure across the whole low byte/)
    const table = Buffer.alloc(N / 2)
    for (let i = 0; i < table.length / 4; i++) table.writeUInt32LE((i * 37) & 0xffff, i * 4) // small offsets: two zero bytes in four
    const r2 = await examine([{ name: 'tbl', data: embed(bytesOf(normalWeights(N)), table, 4) }])
    expect(r2.findings).toEqual([expect.objectContaining({ ruleId: 'STEG-001', severity: 'medium' })])
    expect(r2.findings[0]!.message).toMatch(/low bits of consecutive values depend on each other/)
  })

  // What torch's initialisers make: 24-bit uniforms scaled to [-b, b) (nn.Linear: b = 1/sqrt(fan_in), here 1/32,
  // every value a multiple of 2^-28) and float32 normals multiplied by the float32 constant 0.02 (normal_).
  test('values on an initialiser grid are STEG-001 info, not medium', async () => {
    let s = 7
    const u24 = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24
    const linear = new Float32Array(N).map(() => u24() / 16 - 1 / 32)
    const c = Math.fround(0.02)
    const normal = normalWeights(N, 3).map((x) => Math.fround(Math.fround(x / 0.02) * c))
    const { findings } = await examine([
      { name: 'linear', data: bytesOf(linear) },
      { name: 'normal', data: bytesOf(normal) }
    ])
    expect(findings.map((f) => [f.ruleId, f.severity, f.evidence])).toEqual([
      ['STEG-001', 'info', 'linear'],
      ['STEG-001', 'info', 'normal']
    ])
    expect(findings[0]!.message).toMatch(/bit 0 set in 0% .*reduced-precision random initialisation/)
  })

  test('NaN values are reported low; a tensor far from its peers is WPOI-001 low', async () => {
    const t = bytesOf(normalWeights(N))
    t.writeFloatLE(NaN, 400)
    const peers = Array.from({ length: 6 }, (_, i) => ({
      name: `h.${i}.w`,
      data: bytesOf(normalWeights(65536, i + 7)),
      shape: [256, 256]
    }))
    const scaled = bytesOf(normalWeights(65536, 99).map((x) => x * 1e6))
    const { findings } = await examine([
      { name: 'n', data: t },
      ...peers,
      { name: 'h.9.w', data: scaled, shape: [256, 256] }
    ])
    expect(findings.map((f) => [f.ruleId, f.severity, f.evidence])).toEqual([
      ['STEG-004', 'low', 'n'],
      ['WPOI-001', 'low', 'h.9.w']
    ])
  })
})
