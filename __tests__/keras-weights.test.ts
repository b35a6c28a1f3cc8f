// Tensors of Keras HDF5 files (legacy .h5, model.weights.h5 inside .keras, chunked/gzip datasets) examined by
// the weights stage, through the built CLI. Fixtures: fixtures/keras/generate.py (weights_*), the trained MLP of
// fixtures/weights with "modelgate-marker: print('hello')" text in the low bits of the first Dense kernel.
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, fileOf, scanJson } from './helpers/cli.js'

const K = (name: string) => join(FIXTURES, 'keras', name)
const RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }
const KERNEL = '/model_weights/dense/dense/kernel:0'
const KERNEL_1 = '/model_weights/dense_1/dense_1/kernel:0'

function steg(f: any): any[] {
  return f.findings.filter((x: any) => x.ruleId === 'STEG-003')
}

function tensorsOf(f: any): string[] {
  return (f.tensors ?? []).map((t: any) => `${t.name} ${t.dtype} ${t.shape.join('x')} ${t.examinedElements}`)
}

describe('Keras HDF5 weights', () => {
  const { report } = scanJson(
    [
      'weights_clean.h5',
      'weights_lsb8_text.h5',
      'weights_lsb2_text.h5',
      'weights_gzip_lsb8_text.h5',
      'weights_lsb8_text.keras'
    ].map(K)
  )

  test('the clean trained model: tensors listed, no weights finding at medium or above', () => {
    const f = fileOf(report, 'weights_clean.h5')
    expect(f.format).toBe('keras-h5')
    // Biases (256 and 64 values) are below the stage's minimum size; both kernels are examined whole.
    expect(tensorsOf(f)).toEqual([`${KERNEL} f32 256x256 65536`, `${KERNEL_1} f32 256x64 16384`])
    expect(f.findings.filter((x: any) => /^(STEG|WPOI)-/.test(x.ruleId) && RANK[x.severity]! >= RANK.medium!)).toEqual(
      []
    )
    expect(f.verdict).toBe('pass')
  })

  test.each([
    ['weights_lsb8_text.h5', 'low 8 bits'],
    ['weights_lsb2_text.h5', 'low 2 bits']
  ])('%s: the text in the %s of the kernel is found (STEG-003)', (file, bits) => {
    const f = fileOf(report, file)
    const hits = steg(f)
    expect(hits).toHaveLength(1)
    expect(hits[0].severity).toBe('medium')
    expect(hits[0].evidence).toBe(KERNEL)
    expect(hits[0].message).toContain(`Tensor ${KERNEL}: the ${bits} of its values decode to text at byte 0`)
    expect(hits[0].message).toContain("modelgate-marker: print('hello')")
    // The other kernel is byte-identical to the clean twin's.
    const clean = fileOf(report, 'weights_clean.h5').tensors
    expect(f.tensors.find((t: any) => t.name === KERNEL_1).crc32).toBe(clean[1].crc32)
    expect(f.tensors.find((t: any) => t.name === KERNEL).crc32).not.toBe(clean[0].crc32)
  })

  test('a chunked, gzip-compressed kernel is read through the HDF5 library and gives the same bytes', () => {
    const f = fileOf(report, 'weights_gzip_lsb8_text.h5')
    expect(steg(f).map((x) => x.evidence)).toEqual([KERNEL])
    expect(tensorsOf(f)).toEqual([`${KERNEL} f32 256x256 65536`, `${KERNEL_1} f32 256x64 16384`])
    const contiguous = fileOf(report, 'weights_lsb8_text.h5').tensors
    expect(f.tensors.map((t: any) => t.crc32)).toEqual(contiguous.map((t: any) => t.crc32))
  })

  test('a chunked, gzip-compressed float64 dataset is read through the library and searched for payloads', () => {
    // fixtures/keras/generate_f64.py: the same values, the twin with marker code in the low byte of its first values
    const { report } = scanJson([K('f64_gzip_clean.h5'), K('f64_gzip_lsb8_code.h5')])
    const clean = fileOf(report, 'f64_gzip_clean.h5')
    expect(clean.tensors.map((t: any) => `${t.name}:${t.dtype}:${t.shape}`)).toEqual(['/dense/kernel:f64:128,64'])
    expect(clean.findings.filter((x: any) => /^(STEG|WPOI)-/.test(x.ruleId))).toEqual([])
    const bad = fileOf(report, 'f64_gzip_lsb8_code.h5')
    expect(
      bad.findings.filter((x: any) => x.ruleId === 'STEG-003').map((x: any) => `${x.severity}:${x.evidence}`)
    ).toEqual(['high:/dense/kernel'])
  })

  test('a .keras zip whose model.weights.h5 carries the payload (Keras 3 layers/<name>/vars/<i>)', () => {
    const f = fileOf(report, 'weights_lsb8_text.keras')
    expect(f.format).toBe('keras')
    const hits = steg(f)
    expect(hits).toHaveLength(1)
    expect(hits[0].member).toBe('model.weights.h5')
    expect(hits[0].evidence).toBe('/layers/dense/vars/0')
    expect(hits[0].message).toContain('low 8 bits')
    expect(tensorsOf(f)).toEqual(['/layers/dense/vars/0 f32 256x256 65536', '/layers/dense_1/vars/0 f32 256x64 16384'])
  })
})

describe('Keras HDF5 datasets whose layout does not add up', () => {
  // The kernel's layout message (version 3, contiguous): 03 01, address (8 bytes), size (8 bytes) = 256*256*4.
  const clean = readFileSync(K('weights_clean.h5'))
  const size = Buffer.alloc(8)
  size.writeBigUInt64LE(262144n)
  const at = (() => {
    for (let i = clean.indexOf(size); i >= 0; i = clean.indexOf(size, i + 1))
      if (clean[i - 10] === 3 && clean[i - 9] === 1) return i
    throw new Error('layout message not found')
  })()
  const dir = mkdtempSync(join(tmpdir(), 'mg-h5w-'))
  const sizeFile = join(dir, 'size.h5')
  const addrFile = join(dir, 'addr.h5')
  const bad = Buffer.from(clean)
  bad.writeBigUInt64LE(262148n, at)
  writeFileSync(sizeFile, bad)
  const far = Buffer.from(clean)
  far.writeBigUInt64LE(BigInt(clean.length), at - 8)
  writeFileSync(addrFile, far)
  const { report } = scanJson([sizeFile, addrFile])

  test('a stored size that disagrees with type x shape: not declared, not analysed (GEN-003)', () => {
    const f = fileOf(report, 'size.h5')
    const g = f.findings.filter((x: any) => x.ruleId === 'GEN-003')
    expect(g).toHaveLength(1)
    expect(g[0].message).toBe(
      `Not analysed: HDF5 dataset ${KERNEL} stores 262148 bytes but its type and shape (256x256 x 4) need 262144`
    )
    expect(tensorsOf(f)).toEqual([`${KERNEL_1} f32 256x64 16384`])
  })

  test('data past the end of the file: the library refuses the dataset, not analysed (GEN-003), no crash', () => {
    const f = fileOf(report, 'addr.h5')
    const g = f.findings.filter((x: any) => x.ruleId === 'GEN-003')
    expect(g).toHaveLength(1)
    expect(g[0].message).toContain(`HDF5 dataset ${KERNEL}`)
    expect(tensorsOf(f)).toEqual([`${KERNEL_1} f32 256x64 16384`])
  })
})
