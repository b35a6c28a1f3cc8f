// The import policy as data: allow list, deny tiers, dotted prefixes, bare names, dunders, unknown severity.
import { describe, expect, test } from '@jest/globals'
import {
  classify,
  normaliseImport,
  isStdlibRoot,
  weightsOnlyAllowed,
  torchScriptAllowed
} from '../src/policy/imports.js'
import { STDLIB_MODULES } from '../src/policy/data/stdlib-modules.js'
import { GENERIC_ALLOW, TORCH_WEIGHTS_ONLY } from '../src/policy/data/allow.js'
import { DENY } from '../src/policy/data/deny.js'
import { RULES } from '../src/policy/catalogue.js'
import { PB, rules, scanBytes } from './helpers/pickle.js'

const verdict = (name: string, module?: string) => {
  const v = classify(name, module)
  return v.kind === 'allowed' ? 'allowed' : `${v.kind}:${v.severity}`
}

describe('deny tiers (one gadget per tier)', () => {
  test.each([
    ['builtins.eval', 'deny:critical'],
    ['os.system', 'deny:critical'],
    ['posix.system', 'deny:critical'],
    ['subprocess.Popen', 'deny:critical'],
    ['runpy._run_code', 'deny:critical'],
    ['pkgutil.resolve_name', 'deny:critical'],
    ['importlib.import_module', 'deny:critical'],
    ['_operator.attrgetter', 'deny:critical'],
    ['functools.partial', 'deny:critical'],
    ['types.FunctionType', 'deny:critical'],
    ['marshal.loads', 'deny:critical'],
    ['pickle.loads', 'deny:critical'],
    ['_pickle.loads', 'deny:critical'],
    ['torch.load', 'deny:critical'],
    ['torch.storage._load_from_bytes', 'deny:critical'],
    ['torch.utils.collect_env.run_and_read_all', 'deny:critical'],
    ['torch._dynamo.guards.GuardBuilder.get', 'deny:critical'],
    ['numpy.testing._private.utils.runstring', 'deny:critical'],
    ['numpy.core._ufunc_reconstruct', 'deny:critical'],
    ['numpy.core._multiarray_umath.fromfile', 'unknown:high'],
    ['pip.main', 'deny:critical'],
    ['timeit.timeit', 'deny:critical'],
    ['idlelib.pyshell.ModifiedInterpreter.runcode', 'deny:critical'],
    ['transformers.dynamic_module_utils.get_class_from_dynamic_module', 'deny:critical'],
    ['fickling.analysis', 'deny:critical'],
    ['socket.create_connection', 'deny:high'],
    ['ssl.get_server_certificate', 'deny:high'],
    ['urllib.request.urlopen', 'deny:high'],
    ['shutil.rmtree', 'deny:high'],
    ['logging.FileHandler', 'deny:high'],
    ['_io.FileIO', 'deny:high'],
    ['webbrowser.open', 'deny:high'],
    ['pandas.read_csv', 'deny:high']
  ])('%s → %s', (name, expected) => {
    expect(verdict(name)).toBe(expected)
  })

  test('P8: a submodule of a listed module is covered (asyncio.unix_events…)', () => {
    expect(verdict('asyncio.unix_events._UnixSubprocessTransport._start', 'asyncio.unix_events')).toBe('deny:critical')
    expect(verdict('multiprocessing.util.spawnv_passfds', 'multiprocessing.util')).toBe('deny:critical')
  })

  test('dotted attribute paths are checked from every component', () => {
    expect(verdict('torch.serialization.os.system', 'torch')).toBe('deny:critical')
    expect(verdict('pathlib.os.system', 'pathlib')).toBe('deny:critical')
    // a module path (not an attribute path) is not split
    expect(verdict('mypkg.code.models.Net', 'mypkg.code.models')).toBe('unknown:medium')
  })

  test('bare dangerous names and dunders under any module', () => {
    expect(verdict('somepkg.utils.eval', 'somepkg.utils')).toBe('deny:critical')
    expect(verdict('gzip.open', 'gzip')).toBe('deny:high')
    expect(verdict('numpy.__builtins__', 'numpy')).toBe('deny:critical')
    expect(verdict('collections.OrderedDict.__init__', 'collections')).toBe('deny:critical')
  })

  test('the scanner tier is flagged as such', () => {
    expect(classify('picklescan.scanner.scan_file_path', 'picklescan.scanner')).toMatchObject({
      kind: 'deny',
      scanner: true
    })
  })
})

describe('allow list', () => {
  test.each([
    'collections.OrderedDict',
    'collections.defaultdict',
    'torch._utils._rebuild_tensor_v2',
    'torch.FloatStorage',
    'torch.bfloat16',
    'torch.nn.parameter.Parameter',
    'numpy.core.multiarray._reconstruct',
    'numpy._core.multiarray._reconstruct',
    'numpy.dtype',
    'numpy.random._pickle.__randomstate_ctor',
    '_codecs.encode',
    'copyreg._reconstructor',
    'builtins.set',
    'builtins.slice',
    'datetime.datetime',
    'decimal.Decimal',
    'fractions.Fraction',
    'joblib.numpy_pickle.NumpyArrayWrapper',
    'sklearn.linear_model._logistic.LogisticRegression',
    'sklearn.tree._tree.Tree',
    'sklearn._loss.loss.__pyx_unpickle_CyHalfSquaredError',
    'scipy.sparse._csr.csr_matrix',
    'transformers.training_args.TrainingArguments',
    'numpy.float64',
    'numpy.core._multiarray_umath.log1p',
    'numpy._core._multiarray_umath.sqrt'
  ])('%s is allowed', (name) => {
    expect(verdict(name)).toBe('allowed')
  })

  test('risky names peers allow-list are not allowed here', () => {
    for (const name of [
      'torch.storage._load_from_bytes',
      'dill.loads',
      'joblib.numpy_pickle.read_array',
      'builtins.getattr',
      'builtins.type'
    ])
      expect([name, classify(name).kind]).not.toEqual([name, 'allowed'])
    for (const name of GENERIC_ALLOW) expect([name, classify(name).kind]).toEqual([name, 'allowed'])
  })

  test('sklearn functions (lowercase) are not allowed, classes are', () => {
    expect(verdict('sklearn.utils.validation.check_array')).toBe('unknown:high')
    // I/O classes that sklearn modules merely import are not estimators
    expect(verdict('sklearn.datasets._covtype.GzipFile')).toBe('unknown:high')
    expect(verdict('sklearn.utils.something.TemporaryDirectory')).toBe('unknown:high')
    expect(verdict('sklearn.preprocessing._label.LabelEncoder')).toBe('allowed')
  })

  test('module attributes that are not listed data types stay unknown (datetime.sys is the sys module)', () => {
    expect(verdict('datetime.timedelta')).toBe('allowed')
    expect(verdict('datetime.sys', 'datetime')).toBe('unknown:high')
  })

  test('weights-only and TorchScript sets', () => {
    expect(TORCH_WEIGHTS_ONLY.size).toBeGreaterThan(100)
    expect(weightsOnlyAllowed('torch._utils._rebuild_tensor_v2')).toBe(true)
    expect(weightsOnlyAllowed('numpy.core.multiarray._reconstruct')).toBe(false)
    expect(torchScriptAllowed('__torch__.foo.Bar')).toBe(true)
    expect(torchScriptAllowed('builtins.set')).toBe(false)
  })
})

describe('unknown imports', () => {
  test('standard library and ML platform roots are high, other modules medium', () => {
    expect(verdict('inspect.getsource')).toBe('unknown:high')
    expect(verdict('torch.nn.modules.linear.Linear')).toBe('unknown:high')
    expect(verdict('pandas.core.frame.DataFrame')).toBe('unknown:high')
    expect(verdict('mymodel.layers.Block')).toBe('unknown:medium')
    expect(verdict('__main__.Net')).toBe('unknown:medium')
  })

  test('PKL-002 evidence is the normalised import (what allow-imports matches)', async () => {
    const o = await scanBytes(new PB().proto(2).global('mymodel.layers', 'Block').stop().bytes())
    expect(o.findings).toEqual([
      expect.objectContaining({ ruleId: 'PKL-002', severity: 'medium', evidence: 'mymodel.layers.Block' })
    ])
  })

  test('a medium unknown import called with text arguments is high', async () => {
    const o = await scanBytes(new PB().proto(2).callGlobal('mymodel.hooks', 'run', 'payload').stop().bytes())
    expect(rules(o.findings)).toEqual(['PKL-002:high', 'PKL-002:medium'])
  })
})

describe('normalisation and data', () => {
  test('Python 2 compat maps apply below protocol 3 only', () => {
    expect(normaliseImport('__builtin__', 'set', 2)).toEqual({
      module: 'builtins',
      name: 'set',
      full: 'builtins.set',
      alias: '__builtin__.set'
    })
    expect(normaliseImport('__builtin__', 'reduce', 0).full).toBe('functools.reduce')
    expect(normaliseImport('__builtin__', 'intern', 1).full).toBe('sys.intern')
    expect(normaliseImport('copy_reg', '_reconstructor', 2).full).toBe('copyreg._reconstructor')
    expect(normaliseImport('urllib2', 'urlopen', 2).full).toBe('urllib.request.urlopen')
    expect(normaliseImport('__builtin__', 'set', 3)).toEqual({
      module: '__builtin__',
      name: 'set',
      full: '__builtin__.set'
    })
  })

  test('the stdlib list is generated from the interpreter (plus Python 2 names)', () => {
    expect(STDLIB_MODULES.size).toBeGreaterThan(250)
    for (const m of ['os', 'subprocess', 'collections', 'asyncio', '_pickle', 'builtins'])
      expect(STDLIB_MODULES.has(m)).toBe(true)
    expect(isStdlibRoot('__builtin__')).toBe(true)
    expect(isStdlibRoot('copy_reg')).toBe(true)
    expect(isStdlibRoot('torch')).toBe(false)
  })

  test('every rule the pickle analyzer emits is in the catalogue with why and fix', () => {
    for (const id of [
      'PKL-001',
      'PKL-002',
      'PKL-003',
      'PKL-004',
      'PKL-005',
      'PKL-006',
      'PKL-010',
      'PKL-011',
      'PKL-012',
      'PKL-013',
      'PKL-014',
      'PKL-020',
      'PKL-021',
      'PKL-030',
      'PKL-031',
      'PKL-032',
      'PKL-040',
      'PKL-050',
      'PKL-051',
      'PKL-052',
      'PKL-053',
      'PKL-060',
      'PKL-070',
      'PT-001',
      'PT-002',
      'PT-013',
      'PT-014',
      'TS-008',
      'JBL-001',
      'JBL-003',
      'JBL-004',
      'JBL-005'
    ]) {
      const r = RULES.get(id)
      expect([id, !!r?.why && !!r?.fix && !!r?.title]).toEqual([id, true])
    }
  })

  test('deny keys are dotted names without spaces', () => {
    for (const k of DENY.keys()) expect(k).toMatch(/^[A-Za-z_][\w.]*$/)
  })
})
