import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_LIMITS, LimitExceeded, ParseError, type Limits } from '../src/engine/limits.js'
import { BufferSource } from '../src/engine/source.js'
import { AnalysisContext, FileRun } from '../src/engine/context.js'
import { dispatch, makeView } from '../src/engine/dispatch.js'
import { analyzeSource } from '../src/engine/scan.js'
import { ANALYZERS } from '../src/analyzers/index.js'
import { analyzePickle } from '../src/analyzers/pickle/index.js'
import { walkPickle } from '../src/analyzers/pickle/sniff.js'
import { escapeDecode, rawUnicodeEscapeDecode } from '../src/analyzers/pickle/text.js'
import { readNpyHeader } from '../src/analyzers/numpy/header.js'
import { LiteralError, parsePyLiteral } from '../src/analyzers/numpy/literal.js'
import { DTypeError, parseDescr } from '../src/analyzers/numpy/dtype.js'
import { JsonError, parseJson } from '../src/analyzers/common/json.js'
import { ProtoReader, LEN } from '../src/analyzers/protobuf/wire.js'
import { readZipStructure } from '../src/analyzers/zip/structure.js'
import { readTar } from '../src/analyzers/tar/reader.js'
import { marshalEvidence } from '../src/analyzers/keras/marshal.js'
import { parseLfsPointer } from '../src/analyzers/lfs/pointer.js'
import { decodeBlock } from '../src/analyzers/compressed/lz4.js'
import { parseGzipHeader } from '../src/analyzers/compressed/codecs.js'
import { parseAloneHeader } from '../src/analyzers/compressed/lzma.js'
import { sniffText } from '../src/analyzers/common/sniff.js'
import { templateHits } from '../src/analyzers/gguf/chat-template.js'
import { parseChecksums } from '../src/integrity/checksums.js'
import { InvalidSignature, UnsupportedSignature, parseBundle } from '../src/integrity/signing/bundle.js'
import { parseStatement, UnsafeManifestName } from '../src/integrity/signing/payload.js'
import { PgpFormatError, dearmor, parsePgpSignature, parsePgpKeys } from '../src/integrity/signing/openpgp.js'
import { FIXTURES } from './helpers/cli.js'

// Properties over the parsers that can be called directly: on arbitrary bytes and on mutated fixtures, each throws
// nothing but its own documented error (ParseError / LimitExceeded for analyzers, which the engine turns into
// GEN-003 / GEN-007) and returns. Seeds are fixed so a failure replays; scripts/fuzz.mjs covers the whole engine.

const SEED = 20261122
const RUNS = 300
const limits: Limits = { ...DEFAULT_LIMITS, maxFileMillis: 60_000 }

/** Fixture files under `dirs` (relative to fixtures/), at most 256 KiB each. */
function fixtureBytes(...dirs: string[]): Uint8Array[] {
  const out: Uint8Array[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (!/\.(py|md|mjs)$/.test(e.name) && statSync(p).size <= 256 * 1024) out.push(readFileSync(p))
    }
  }
  for (const d of dirs) walk(join(FIXTURES, d))
  return out
}

/** Random bytes, or a fixture with overwritten bytes, inserted length-like values, and a cut. */
function inputs(seeds: Uint8Array[]): fc.Arbitrary<Buffer> {
  const mutated = fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff)), { maxLength: 2 }),
      fc.option(fc.nat())
    )
    .map(([seed, bytes, words, cut]) => {
      const b = Buffer.from(seed)
      if (b.length === 0) return b
      for (const [at, v] of bytes) b[at % b.length] = v
      for (const [at, v] of words) if (b.length >= 4) b.writeUInt32LE(v, at % (b.length - 3))
      return cut === null ? b : b.subarray(0, cut % (b.length + 1))
    })
  const random = fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a))
  return seeds.length ? fc.oneof({ arbitrary: mutated, weight: 3 }, { arbitrary: random, weight: 1 }) : random
}

type ErrorClass = abstract new (...args: never[]) => Error

/** Runs `fn`; anything thrown must be an instance of one of `allowed`. */
async function only(allowed: ErrorClass[], fn: () => unknown): Promise<void> {
  try {
    await fn()
  } catch (e) {
    if (!allowed.some((c) => e instanceof c)) throw e
  }
}

const ENGINE_ERRORS: ErrorClass[] = [ParseError, LimitExceeded]

function context(name = 'input'): AnalysisContext {
  return new AnalysisContext(new FileRun(name, limits, dispatch), undefined, 0, name)
}

async function property(arb: fc.Arbitrary<Buffer>, check: (b: Buffer) => Promise<void> | void, runs = RUNS) {
  await fc.assert(
    fc.asyncProperty(arb, async (b) => {
      await check(b)
    }),
    { seed: SEED, numRuns: runs }
  )
}

describe('pure parsers throw only their own errors', () => {
  test('pickle machine on arbitrary and mutated pickles', async () => {
    const seeds = fixtureBytes('pickle', 'pickle-crafted', 'evasions')
    await property(inputs(seeds), (b) => only(ENGINE_ERRORS, () => analyzePickle(new BufferSource(b), context())))
  })

  test('pickle sniffer and string decoders never throw', async () => {
    await property(inputs(fixtureBytes('pickle')), (b) => {
      walkPickle(b, true)
      walkPickle(b, false, 64)
      escapeDecode(b)
      rawUnicodeEscapeDecode(b)
    })
  })

  test('npy header, Python literal and dtype parsers', async () => {
    await property(inputs(fixtureBytes('numpy')), async (b) => {
      await only(ENGINE_ERRORS, () => readNpyHeader(new BufferSource(b), limits))
      const text = b.toString('latin1')
      await only([LiteralError], () => parsePyLiteral(text))
      await only([LiteralError, DTypeError], () => parseDescr(parsePyLiteral(text.slice(text.indexOf('{')))))
    })
  })

  test('strict JSON parser (safetensors headers, tokenizer configs, manifests)', async () => {
    const seeds = [
      ...fixtureBytes('gguf/hf_ssti', 'gguf/hf_benign', 'secrets/hf_repo_clean'),
      Buffer.from('{"a":[1,2,{"b":"\\u00e9\\ud83d\\ude00"}],"a":-0.5e10}'),
      Buffer.from('['.repeat(300) + ']'.repeat(300))
    ]
    await property(inputs(seeds), (b) => only([JsonError], () => parseJson(b.toString('utf8'), { maxDepth: 64 })))
  })

  test('protobuf wire walker (ONNX, TensorFlow) visits every field of arbitrary bytes', async () => {
    const walk = async (r: ProtoReader, depth: number): Promise<void> => {
      for (let f = await r.next(); f; f = await r.next())
        if (f.wt === LEN && depth < 4) await only(ENGINE_ERRORS, () => walk(r.sub(f), depth + 1))
    }
    await property(inputs(fixtureBytes('onnx', 'tensorflow')), (b) =>
      only(ENGINE_ERRORS, () => walk(ProtoReader.root(new BufferSource(b), { maxDepth: 8 }), 0))
    )
  })

  test('zip directory and tar readers', async () => {
    await property(inputs(fixtureBytes('containers', 'keras', 'torchscript')), async (b) => {
      await only(ENGINE_ERRORS, () => readZipStructure(new BufferSource(b), limits))
      await only(ENGINE_ERRORS, () => readTar(new BufferSource(b), limits, () => undefined))
    })
  })

  test('decompression headers and the LZ4 block decoder', async () => {
    // Short gzip headers with every flag (fuzz regression: FEXTRA with its length cut off).
    const gzipHeads = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 12 }))
      .map(([flags, rest]) => Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 0xff]), rest]))
    await property(gzipHeads, (b) => only([ParseError], () => parseGzipHeader(b)))
    await property(inputs(fixtureBytes('containers')), async (b) => {
      await only([ParseError], () => parseGzipHeader(b))
      await only([ParseError], () => parseAloneHeader(b))
      await only([ParseError], () => decodeBlock(b, new Uint8Array(4096), 0))
    })
  })

  test('marshal string extractor, text sniffers, chat templates and LFS pointers never throw', async () => {
    await property(inputs(fixtureBytes('keras', 'gguf')), (b) => {
      marshalEvidence(b)
      const s = b.toString('utf8')
      sniffText(s)
      templateHits(s)
      parseLfsPointer(b)
    })
  })

  test('integrity parsers: checksum manifests, signature bundles, statements, OpenPGP', async () => {
    await property(inputs(fixtureBytes('integrity')), async (b) => {
      parseChecksums(b.toString('utf8'))
      await only([UnsupportedSignature, InvalidSignature], () => parseBundle(b))
      await only([UnsupportedSignature, InvalidSignature, UnsafeManifestName], () => parseStatement(b))
      await only([PgpFormatError], () => parsePgpSignature(dearmor(b)))
      await only([PgpFormatError], () => parsePgpKeys(b, 'input'))
    })
  })
})

describe('every analyzer throws only ParseError / LimitExceeded and the engine always reports', () => {
  // keras-h5 runs the HDF5 library in this thread here (no worker bundle): it is fuzzed through the watched worker
  // by scripts/fuzz.mjs instead, since a hang in that library cannot be interrupted in-process.
  const seedsFor: Record<string, string[]> = {
    'lfs-pointer': ['integrity'],
    zip: ['containers', 'keras'],
    tar: ['containers'],
    compressed: ['containers', 'joblib'],
    numpy: ['numpy', 'containers'],
    'pytorch-legacy': ['pytorch', 'containers'],
    safetensors: ['safetensors'],
    gguf: ['gguf'],
    'hf-tokenizer-config': ['gguf/hf_ssti', 'gguf/hf_benign'],
    'model-config': ['secrets/hf_repo_with_token', 'secrets/hf_repo_clean'],
    tflite: ['tensorflow'],
    onnx: ['onnx'],
    savedmodel: ['tensorflow'],
    'tf-graphdef': ['tensorflow'],
    pickle: ['pickle', 'evasions']
  }
  const analyzers = ANALYZERS.filter((a) => a.id !== 'keras-h5')

  test('every analyzer is covered here or by the fuzzer', () => {
    expect(analyzers.map((a) => a.id).sort()).toEqual(Object.keys(seedsFor).sort())
  })

  test.each(analyzers.map((a) => [a.id, a] as const))('%s', async (_id, a) => {
    await property(
      inputs(fixtureBytes(...seedsFor[a.id]!)),
      async (b) => {
        const src = new BufferSource(b)
        await only([], async () => (await a.detect(await makeView(src, 'input'))) as unknown)
        await only(ENGINE_ERRORS, () => a.analyze(src, context(), {}))
      },
      150
    )
  })

  test('the engine turns every input into a report with a format', async () => {
    const seeds = fixtureBytes('pickle', 'safetensors', 'gguf', 'onnx', 'numpy', 'tensorflow', 'containers')
    await property(
      inputs(seeds),
      async (b) => {
        const { run } = await analyzeSource(new BufferSource(b), 'input', 'input.bin', limits)
        expect(run.format).toEqual(expect.any(String))
        expect(run.findings.filter((f) => f.ruleId === 'GEN-011')).toEqual([])
      },
      200
    )
  })
})
