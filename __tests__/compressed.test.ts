import { afterAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, deflateSync } from 'node:zlib'
import { decode } from '../src/analyzers/compressed/codecs.js'
import { BufferSource } from '../src/engine/source.js'
import { AnalysisContext, FileRun } from '../src/engine/context.js'
import { DEFAULT_LIMITS } from '../src/engine/limits.js'
import {
  CONTAINERS,
  containerFindings,
  fixture,
  limitsConfig,
  payloadAt,
  removeTempDirs,
  scanFile,
  tempDir
} from './helpers/containers.js'

afterAll(removeTempDirs)

/** The parts of an analysis context the decoders use: limits, budget charging, deadline. */
function fakeContext(): AnalysisContext {
  const run = new FileRun('test', DEFAULT_LIMITS, async () => ({ formats: [] }))
  return new AnalysisContext(run, undefined, 0, 'test')
}

const JOBLIB_IMPORTS = ['joblib.numpy_pickle.NumpyArrayWrapper', 'numpy.dtype', 'numpy.ndarray']

describe('compression wrappers', () => {
  test.each([
    ['payload.pkl.bz2', 'bzip2'],
    ['payload.pkl.xz', 'xz'],
    ['payload.pkl.lzma', 'LZMA'],
    ['payload.pkl.lz4', 'LZ4']
  ])('%s is unpacked (%s) and the pickle inside analysed; wrapping it is CTR-007', (name, label) => {
    const f = fixture(name)
    expect(f.format).toBe('compressed')
    expect(containerFindings(f)).toEqual(['CTR-007 medium'])
    expect(f.findings.find((x: any) => x.ruleId === 'CTR-007').message).toContain(label)
    expect(payloadAt(f, 'payload.pkl')).toBe(true)
  })

  test.each(['lz4', 'bz2', 'lzma', 'xz'])(
    'a payload after 260 KB of data survives every block of %s (linked LZ4 blocks, several bzip2 blocks)',
    (ext) => {
      const f = fixture(`long_payload.pkl.${ext}`)
      expect(containerFindings(f)).toEqual(['CTR-007 medium'])
      expect(payloadAt(f, 'long_payload.pkl')).toBe(true)
    }
  )

  test('the decoders agree byte for byte on the same content', async () => {
    const outputs = await Promise.all(
      (['lz4', 'bzip2', 'lzma-alone', 'xz'] as const).map(async (codec) => {
        const ext = { lz4: 'lz4', bzip2: 'bz2', 'lzma-alone': 'lzma', xz: 'xz' }[codec]
        const src = new BufferSource(readFileSync(join(CONTAINERS, `long_payload.pkl.${ext}`)))
        const res = await decode(codec, src, fakeContext(), { cap: 1 << 30 })
        expect(res).toMatchObject({ complete: true, capped: false })
        const out = Buffer.from(await res.out.src.read(0, res.out.src.size))
        await res.out.dispose()
        return out
      })
    )
    expect(outputs[0]!.length).toBeGreaterThan(256 * 1024) // five 64 KiB LZ4 blocks, three bzip2 blocks
    for (const o of outputs) expect(o.equals(outputs[0]!)).toBe(true)
    // the pickle ends with STOP: nothing was cut
    expect(outputs[0]![outputs[0]!.length - 1]).toBe(0x2e)
  })

  test('gzip around a torch checkpoint: the archive inside is a nested layer', () => {
    const f = fixture('torch_payload.pt.gz')
    expect(containerFindings(f)).toEqual(['CTR-007 medium'])
    expect(payloadAt(f, 'torch_payload.pt!/archive/data.pkl')).toBe(true)
  })

  test('tar.gz: both layers are unpacked', () => {
    const f = fixture('wrapped_payload.tar.gz')
    expect(containerFindings(f)).toEqual(['CTR-007 medium', 'CTR-007 medium wrapped_payload.tar'])
    expect(payloadAt(f, 'wrapped_payload.tar!/model/payload.pkl')).toBe(true)
  })

  test('nullifAI: a 7z-wrapped torch file named .pt is a wrapper that cannot be opened (fail closed)', () => {
    const dir = tempDir()
    copyFileSync(join(CONTAINERS, 'torch_payload.7z'), join(dir, 'model.pt'))
    const f = scanFile(join(dir, 'model.pt'))
    expect(f.format).toBe('compressed')
    expect(containerFindings(f)).toEqual(['CTR-007 medium', 'GEN-002 medium', 'GEN-003 high'])
    expect(f.verdict).toBe('fail')
  })

  test.each(['zlib', 'gzip', 'bz2', 'xz', 'lzma', 'lz4', 'plain'])(
    'joblib compress=%s is joblib, not a suspicious wrapper',
    (c) => {
      const f = fixture(`joblib_${c}.joblib`)
      expect(f.format).toBe('joblib')
      expect(containerFindings(f)).toEqual([])
      expect(f.imports.sort()).toEqual(JOBLIB_IMPORTS)
      expect(f.verdict).toBe('pass')
    }
  )

  test("joblib's legacy ZF format is unpacked (and is joblib's own, so no CTR-007)", () => {
    const f = fixture('joblib_zf_payload.pkl')
    expect(containerFindings(f)).toEqual([])
    expect(payloadAt(f, 'joblib_zf_payload.pkl')).toBe(true)
  })

  test('a gzip of plain text is a wrapper around nothing: no finding', () => {
    const f = fixture('text.gz')
    expect(f.format).toBe('compressed')
    expect(f.findings).toEqual([])
  })

  test('a decompression bomb stops at the ratio limit (CTR-008) and says what was not analysed', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'model.pkl.gz'), gzipSync(Buffer.alloc(8 << 20)))
    const cfg = limitsConfig(dir, { ratioFloorBytes: 1048576 })
    const f = scanFile(join(dir, 'model.pkl.gz'), ['--config', cfg])
    expect(containerFindings(f)).toEqual(['CTR-008 high', 'GEN-007 high'])
  })

  test('a truncated stream: what came before the break is still analysed', () => {
    const dir = tempDir()
    const payload = readFileSync(join(CONTAINERS, 'pickle_named.npy'))
    const padded = Buffer.concat([payload, Buffer.alloc(100_000, 0x20)])
    const gz = gzipSync(padded)
    writeFileSync(join(dir, 'model.pkl.gz'), gz.subarray(0, gz.length - 40))
    const f = scanFile(join(dir, 'model.pkl.gz'))
    expect(containerFindings(f)).toEqual(['CTR-007 medium', 'GEN-003 high'])
    expect(payloadAt(f, 'model.pkl')).toBe(true)
  })

  test('zlib is recognised by a valid header and a decodable start, not by one byte', () => {
    const dir = tempDir()
    const noise = Buffer.alloc(4096)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
    noise[0] = 0x78
    noise[1] = 0x9c
    writeFileSync(join(dir, 'weights.bin'), noise)
    expect(scanFile(join(dir, 'weights.bin')).format).toBe('unknown')
    const payload = readFileSync(join(CONTAINERS, 'pickle_named.npy'))
    writeFileSync(join(dir, 'model.bin'), deflateSync(payload))
    const f = scanFile(join(dir, 'model.bin'))
    expect(f.format).toBe('compressed')
    expect(payloadAt(f, 'model.bin')).toBe(true)
  })
})
