// The Keras config walker (KER rules) on configs shaped like the ones Keras and tf-keras write, and the
// static helpers behind it (marshal evidence, TensorFlow symbol classes, path escapes).
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { AnalysisContext, FileRun } from '../src/engine/context.js'
import { DEFAULT_LIMITS, type Limits } from '../src/engine/limits.js'
import { walkKerasConfig } from '../src/analyzers/keras/config.js'
import { evidenceOf, lambdaCodeBytes, marshalEvidence } from '../src/analyzers/keras/marshal.js'
import { classifyTfSymbol } from '../src/analyzers/keras/tfops.js'
import { pathEscape } from '../src/analyzers/keras/config.js'
import { kerasBefore } from '../src/analyzers/keras/version.js'
import { FIXTURES } from './helpers/cli.js'

async function walk(config: unknown, opts: { where?: string; version?: string; limits?: Partial<Limits> } = {}) {
  const run = new FileRun('model.keras', { ...DEFAULT_LIMITS, ...opts.limits }, async () => ({ formats: ['zip'] }))
  const ctx = new AnalysisContext(run, 'config.json', 1, 'config.json')
  await walkKerasConfig(config, ctx, opts.where ?? 'config.json', { kerasVersion: opts.version })
  return run.findings
}

const pick = (fs: { ruleId: string; severity: string }[]) => fs.map((f) => `${f.ruleId}:${f.severity}`).sort()

function fixtureConfig(name: string): unknown {
  const files = unzipSync(readFileSync(join(FIXTURES, 'keras', name)))
  return JSON.parse(Buffer.from(files['config.json']!).toString('utf8'))
}

// marshal.dumps((lambda x: __import__('os').system('echo modelgate-marker') or x).__code__), Python 3.11,
// as Keras python_utils.func_dump encodes it (codecs base64, newline-wrapped): taken from the lambda fixture.
function fixtureLambdaCode(): string {
  const cfg = fixtureConfig('unsafe_deserialization.keras') as any
  return cfg.config.layers[2].config.function.config.code
}

const dense = (name: string, extra: Record<string, unknown> = {}) => ({
  module: 'keras.layers',
  class_name: 'Dense',
  config: { name, units: 2, activation: 'relu', ...extra },
  registered_name: null
})

describe('Keras config walker', () => {
  test('benign fixture configs (Sequential, Functional) give no findings', async () => {
    expect(await walk(fixtureConfig('benign_sequential.keras'), { version: '3.3.3' })).toEqual([])
    expect(await walk(fixtureConfig('benign_functional.keras'), { version: '3.3.3' })).toEqual([])
  })

  test('a Keras 3 __lambda__ is KER-001 critical with the names its bytecode references', async () => {
    const fs = await walk({
      module: 'keras',
      class_name: 'Sequential',
      config: {
        layers: [
          {
            module: 'keras.layers',
            class_name: 'Lambda',
            config: {
              name: 'lam',
              function: {
                class_name: '__lambda__',
                config: { code: fixtureLambdaCode(), defaults: null, closure: null }
              }
            }
          }
        ]
      }
    })
    expect(pick(fs)).toEqual(['KER-001:critical'])
    expect(fs[0]!.evidence).toBe('os, echo modelgate-marker, __import__, system')
    expect(fs[0]!.message).toMatch(/layer "lam".*config\.json at config\.layers\[0\]\.config\.function/)
  })

  test('Lambdas below wrappers and nested models, and output_shape/mask lambdas, are all found (K2)', async () => {
    const code = fixtureLambdaCode()
    const lam = (name: string) => ({
      module: 'keras.layers',
      class_name: 'Lambda',
      config: { name, function: { class_name: '__lambda__', config: { value: [code, null, null] } } }
    })
    const config = {
      class_name: 'Functional',
      config: {
        layers: [
          { module: 'keras.layers', class_name: 'TimeDistributed', config: { name: 'td', layer: lam('in_td') } },
          {
            module: 'keras.layers',
            class_name: 'Bidirectional',
            config: { name: 'bi', layer: { class_name: 'Sequential', config: { layers: [lam('deep')] } } }
          },
          {
            class_name: 'Lambda',
            config: {
              name: 'tfk',
              function: [code, null, null],
              function_type: 'lambda',
              module: '__main__',
              output_shape: [code, null, null],
              output_shape_type: 'lambda',
              output_shape_module: '__main__'
            }
          }
        ]
      },
      compile_config: { loss: { class_name: '__lambda__', config: { value: [code, null, null] } } }
    }
    const fs = await walk(config)
    expect(pick(fs)).toEqual([
      'KER-001:critical',
      'KER-001:critical',
      'KER-001:critical',
      'KER-001:critical',
      'KER-001:critical'
    ])
    expect(fs.map((f) => f.message).join('\n')).toMatch(/output_shape function in layer "tfk"/)
    expect(fs.every((f) => f.evidence!.includes('system'))).toBe(true)
  })

  test('function references: outside Keras KER-002, dangerous builtins KER-002, Keras builtins none', async () => {
    const fs = await walk({
      class_name: 'Sequential',
      config: {
        layers: [
          dense('a', { activation: { module: 'subprocess', class_name: 'function', config: 'check_output' } }),
          dense('b', { activation: { module: 'builtins', class_name: 'function', config: 'exec' } }),
          dense('c', { activation: { module: 'builtins', class_name: 'function', config: 'mean_squared_error' } }),
          dense('d', { activation: { module: 'keras.activations', class_name: 'function', config: 'relu' } }),
          { class_name: 'Lambda', config: { name: 'e', function: 'system', function_type: 'function', module: 'os' } }
        ]
      }
    })
    expect(pick(fs)).toEqual(['KER-002:high', 'KER-002:high', 'KER-002:high'])
    expect(fs.map((f) => f.evidence).sort()).toEqual(['builtins.exec', 'os.system', 'subprocess.check_output'])
  })

  test('objects from outside Keras: KER-003 high before 3.9 or for dangerous modules, medium otherwise', async () => {
    const custom = {
      module: 'my_pkg.layers',
      class_name: 'MyLayer',
      config: { name: 'x' },
      registered_name: 'my_pkg>MyLayer'
    }
    const osObj = { module: 'os', class_name: 'system', config: {} }
    expect(pick(await walk({ class_name: 'Sequential', config: { layers: [custom] } }, { version: '3.8.0' }))).toEqual([
      'KER-003:high'
    ])
    expect(pick(await walk({ class_name: 'Sequential', config: { layers: [custom] } }, { version: '3.10.0' }))).toEqual(
      ['KER-003:medium']
    )
    expect(pick(await walk({ class_name: 'Sequential', config: { layers: [osObj] } }, { version: '3.10.0' }))).toEqual([
      'KER-003:high'
    ])
    // A registered custom object under a Keras module still needs registered code.
    const reg = { module: 'keras.layers', class_name: 'Dense', config: { name: 'r' }, registered_name: 'pkg>Dense' }
    expect(pick(await walk(reg, { version: '3.10.0' }))).toEqual(['KER-003:medium'])
  })

  test('non-modeling Keras APIs: enable_unsafe_deserialization critical, get_file and load_model high', async () => {
    const fs = await walk({
      class_name: 'Sequential',
      config: {
        layers: [
          dense('a', {
            activation: { module: 'keras.config', class_name: 'function', config: 'enable_unsafe_deserialization' }
          }),
          dense('b', { kernel_initializer: { module: 'keras.utils', class_name: 'function', config: 'get_file' } }),
          { module: 'keras.models', class_name: 'load_model', config: { filepath: 'http://x/y.keras' } },
          { module: 'keras.callbacks', class_name: 'RemoteMonitor', config: { root: 'http://x' } }
        ]
      }
    })
    expect(pick(fs)).toEqual(['KER-004:critical', 'KER-004:high', 'KER-004:high', 'KER-004:high'])
  })

  test('TorchModuleWrapper blobs are analysed as files of their own (KER-005)', async () => {
    const run = new FileRun('m.keras', DEFAULT_LIMITS, async (src, child) => {
      // A stand-in dispatcher: reports what it was handed, like a real analyzer would.
      child.report('PKL-001', 'stand-in finding', { severity: 'critical', evidence: 'posix.system' })
      return { formats: [src.size === 5 ? 'zip' : 'unknown'] }
    })
    const ctx = new AnalysisContext(run, 'config.json', 1, 'config.json')
    await walkKerasConfig(
      {
        class_name: 'TorchModuleWrapper',
        config: { name: 'tw', module: Buffer.from('PK\x03\x04x').toString('base64') }
      },
      ctx,
      'config.json'
    )
    const ker = run.findings.find((f) => f.ruleId === 'KER-005')!
    expect(ker.severity).toBe('critical')
    expect(ker.evidence).toBe('posix.system')
    expect(run.findings.find((f) => f.ruleId === 'PKL-001')!.member).toBe('config.json!/tw.module')
  })

  test('TFSMLayer, lookup vocabularies from paths, TFOpLambda symbols', async () => {
    const fs = await walk({
      class_name: 'Functional',
      config: {
        layers: [
          { module: 'keras.layers', class_name: 'TFSMLayer', config: { name: 't', filepath: 'gs://bucket/model' } },
          {
            module: 'keras.layers',
            class_name: 'StringLookup',
            config: { name: 's', vocabulary: 'https://x/vocab.txt' }
          },
          { module: 'keras.layers', class_name: 'IntegerLookup', config: { name: 'i', vocabulary: [1, 2, 3] } },
          { class_name: 'TFOpLambda', config: { name: 'w', function: 'io.gfile.remove' } },
          { class_name: 'TFOpLambda', config: { name: 'r', function: 'io.read_file' } },
          { class_name: 'TFOpLambda', config: { name: 'p', function: 'compat.v1.py_func' } },
          { class_name: 'TFOpLambda', config: { name: 'u', function: 'experimental.unknown_thing' } },
          { class_name: 'TFOpLambda', config: { name: 'm', function: 'math.multiply' } },
          { class_name: 'SlicingOpLambda', config: { name: 'g', function: '__operators__.getitem' } },
          { class_name: 'TFOpLambda', config: { name: 'c', function: 'concat' } }
        ]
      }
    })
    expect(pick(fs)).toEqual([
      'KER-006:high',
      'KER-007:high',
      'KER-008:critical',
      'KER-008:high',
      'KER-008:high',
      'KER-008:medium'
    ])
  })

  test('layer names that escape a folder are KER-009; ordinary names are not', async () => {
    const fs = await walk({
      class_name: 'Sequential',
      config: { layers: [dense('../../x'), dense('C:\\evil'), dense('/abs'), dense('dense_1'), dense('block/conv')] }
    })
    expect(pick(fs)).toEqual(['KER-009:high', 'KER-009:high', 'KER-009:high'])
  })

  test('keras_metadata.pb Lambdas and TFOpLambdas are reported as KER-014', async () => {
    const fs = await walk(
      {
        class_name: 'Sequential',
        config: {
          layers: [
            {
              class_name: 'Lambda',
              config: { name: 'l', function: [fixtureLambdaCode(), null, null], function_type: 'lambda' }
            },
            { class_name: 'TFOpLambda', config: { name: 'w', function: 'io.write_file' } }
          ]
        }
      },
      { where: 'keras_metadata.pb node 3' }
    )
    expect(pick(fs)).toEqual(['KER-014:critical', 'KER-014:critical'])
  })

  test('limits: deep nesting is KER-012 + GEN-007; huge inline literals KER-012', async () => {
    let deep: unknown = { class_name: 'Lambda', config: { name: 'bottom', function: ['AAAA', null, null] } }
    for (let i = 0; i < 40; i++) deep = { class_name: 'Wrapper', config: { name: `w${i}`, layer: deep } }
    const fs = await walk(deep, { limits: { maxNesting: 20 } })
    expect(pick(fs)).toEqual(['GEN-007:high', 'KER-012:medium'])
    const big = { class_name: '__numpy__', config: { value: new Array(1_000_001).fill(0), dtype: 'float32' } }
    expect(pick(await walk({ class_name: 'Dense', config: { name: 'd', kernel: big } }))).toEqual(['KER-012:medium'])
  })

  test('a walk that is not awaited still reports every JSON-level finding synchronously', () => {
    const run = new FileRun('m.keras', DEFAULT_LIMITS, async () => ({ formats: [] }))
    const ctx = new AnalysisContext(run, 'config.json', 1, 'config.json')
    void walkKerasConfig({ class_name: 'TFSMLayer', config: { name: 't', filepath: '/m' } }, ctx, 'config.json')
    expect(pick(run.findings)).toEqual(['KER-006:high'])
  })
})

describe('Keras helpers', () => {
  test('marshal evidence names what a code object references and skips its file name', () => {
    const ev = marshalEvidence(lambdaCodeBytes(fixtureLambdaCode()))
    expect(ev.isCode).toBe(true)
    expect(ev.strings).toEqual(expect.arrayContaining(['os', 'system', '__import__', 'echo modelgate-marker', 'x']))
    expect(evidenceOf(ev)).toBe('os, echo modelgate-marker, __import__, system')
    expect(marshalEvidence(Buffer.from('not marshal')).isCode).toBe(false)
  })

  test('lambda code that is not base64 is taken as raw_unicode_escape bytes, like func_load', () => {
    expect([...lambdaCodeBytes('\u00e3\u0001z\u0002os')]).toEqual([0xe3, 1, 0x7a, 2, 0x6f, 0x73])
    expect(lambdaCodeBytes('aGk=\n').toString()).toBe('hi')
  })

  test('TensorFlow symbols: math/array none, unknown medium, I/O high, writes critical', () => {
    expect(classifyTfSymbol('math.add')).toBeUndefined()
    expect(classifyTfSymbol('tf.reshape')).toBeUndefined()
    expect(classifyTfSymbol('linalg.matmul')).toBeUndefined()
    expect(classifyTfSymbol('foo.bar')?.severity).toBe('medium')
    expect(classifyTfSymbol('io.matching_files')?.severity).toBe('high')
    expect(classifyTfSymbol('raw_ops.ReadFile')?.severity).toBe('high')
    expect(classifyTfSymbol('io.write_file')?.severity).toBe('critical')
    expect(classifyTfSymbol('compat.v1.io.gfile.GFile')?.severity).toBe('critical')
  })

  test('path escapes and version comparisons', () => {
    expect(pathEscape('a/../../b')).toBe('contains ".."')
    expect(pathEscape('/etc/x')).toBe('is absolute')
    expect(pathEscape('a\\b')).toBe('contains a backslash')
    expect(pathEscape('D:x')).toBe('starts with a drive letter')
    expect(pathEscape('dense_1')).toBeUndefined()
    expect(pathEscape('a/b..c')).toBeUndefined()
    expect(kerasBefore('3.8.2', 3, 9)).toBe(true)
    expect(kerasBefore('3.10.0', 3, 9)).toBe(false)
    expect(kerasBefore(undefined, 3, 9)).toBe(true)
  })
})
