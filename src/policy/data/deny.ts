// Pickle import deny list with severity tiers (../shared/docs/format-rules.md §2.6, peers.md §4 merged list and
// §5.1 gadgets). A key matches an import when it equals the import or any dotted prefix of it, so a module key
// (`os`) covers every name and submodule under it (`os.system`, `os.path.join`) and a function key
// (`torch.storage._load_from_bytes`) covers that function. The deny list only sets severity: anything not on the
// allow list is reported anyway (default deny).

export type DenyTier = 'critical' | 'high'

export interface DenyEntry {
  tier: DenyTier
  /** What the gadget gives an attacker, for the finding message. */
  what: string
}

const EXEC = 'code execution'
const IMPORT = 'imports arbitrary objects'
const NESTED = 'deserialises nested data (a second, unchecked payload)'
const PROC = 'runs processes'
const FILES = 'file system access'
const NET = 'network access'
const ENV = 'process/environment control'

const table: [DenyTier, string, string[]][] = [
  // --- CRITICAL: code execution and universal import primitives ---
  [
    'critical',
    EXEC,
    [
      ...[
        'eval',
        'exec',
        'execfile',
        'compile',
        '__import__',
        'open',
        'getattr',
        'setattr',
        'delattr',
        'breakpoint',
        'apply',
        'globals',
        'locals',
        'vars',
        'input',
        'raw_input',
        'reload',
        'file'
      ].flatMap((n) => [`builtins.${n}`, `__builtin__.${n}`]),
      '__builtins__',
      'code',
      'codeop',
      'runpy',
      ...[
        'CodeType',
        'FunctionType',
        'LambdaType',
        'MethodType',
        'BuiltinFunctionType',
        'BuiltinMethodType',
        'ModuleType',
        'CellType',
        'FrameType',
        'TracebackType',
        'GeneratorType',
        'CoroutineType',
        'new_class',
        'prepare_class',
        'resolve_bases',
        'coroutine',
        'DynamicClassAttribute'
      ].map((n) => `types.${n}`),
      'cProfile',
      'profile',
      '_lsprof',
      'timeit',
      'trace',
      'pdb',
      'bdb',
      'doctest',
      'idlelib',
      'lib2to3',
      'operator',
      '_operator',
      'functools',
      'asyncio',
      '_interpreters',
      '_xxsubinterpreters',
      '_xxinterpchannels',
      'site',
      'test.support',
      '_pyrepl',
      'numpy.testing._private.utils.runstring',
      'numpy.f2py',
      'numpy.distutils',
      'numpy.ctypeslib',
      'torch.hub',
      'torch.jit',
      'torch.compile',
      'torch._dynamo',
      'torch._inductor',
      'torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression',
      'torch.utils.collect_env',
      'torch.utils.bottleneck',
      'torch.utils._config_module.ConfigModule',
      'torch.utils.data.datapipes.utils.decoder.basichandlers',
      'torch.utils.cpp_extension',
      'torch.distributed.rpc',
      'torch.distributed.elastic.rendezvous.api.basichandlers',
      'torch.package',
      'torch.classes',
      'torch.multiprocessing',
      'transformers.dynamic_module_utils',
      'mlflow.projects',
      'pandas.eval',
      'pandas.core.computation.eval',
      'sympy.sympify',
      'sympy.core.sympify',
      'sympy.parsing',
      'numexpr.evaluate',
      'keras.layers.Lambda',
      'keras.layers.core.Lambda',
      'keras.src.layers.core.lambda_layer.Lambda',
      'copyreg.add_extension',
      'copyreg.remove_extension',
      'copyreg.clear_extension_cache'
    ]
  ],
  ['critical', IMPORT, ['importlib', '_frozen_importlib', '_frozen_importlib_external', '_imp', 'imp', 'zipimport']],
  ['critical', IMPORT, ['pkgutil', 'pydoc']],
  [
    'critical',
    PROC,
    [
      'os',
      'posix',
      'nt',
      'subprocess',
      '_posixsubprocess',
      'pty',
      'commands',
      'popen2',
      'pexpect',
      'pipes',
      'sh',
      'plumbum',
      '_winapi',
      'multiprocessing',
      '_multiprocessing',
      '_osx_support',
      '_aix_support',
      'uuid._get_command_stdout',
      'uuid._popen',
      'imaplib.IMAP4_stream',
      'venv',
      'ensurepip',
      'pip',
      'distutils',
      'setuptools',
      'ctypes',
      '_ctypes'
    ]
  ],
  ['critical', ENV, ['sys', 'marshal']],
  [
    'critical',
    NESTED,
    [
      'pickle',
      '_pickle',
      'cPickle',
      'dill',
      'cloudpickle',
      'shelve',
      'jsonpickle',
      'joblib.load',
      'joblib.numpy_pickle.load',
      'joblib.numpy_pickle.read_array',
      'joblib.numpy_pickle.NumpyArrayWrapper.read_array',
      'joblib._pickle_load',
      'joblib.numpy_pickle._unpickle',
      'sklearn.externals.joblib.load',
      'numpy.load',
      'numpy.lib.npyio.load',
      'numpy.lib._npyio_impl.load',
      'numpy.lib.format.read_array',
      'numpy.lib._format_impl.read_array',
      'torch.load',
      'torch.serialization.load',
      'torch.serialization._load',
      'torch.serialization._legacy_load',
      'torch.storage._load_from_bytes',
      'torch._weights_only_unpickler',
      'pandas.read_pickle',
      'pandas.io.pickle.read_pickle',
      'keras.models.load_model',
      'keras.saving.load_model',
      'keras.saving.saving_api.load_model',
      'keras.src.saving.saving_api.load_model',
      'keras.src.models.model.saving_api',
      'tensorflow.keras.models.load_model',
      'yaml.load',
      'yaml.load_all',
      'yaml.unsafe_load',
      'yaml.unsafe_load_all',
      'yaml.UnsafeLoader'
    ]
  ],
  // --- HIGH: file, network and environment primitives ---
  [
    'high',
    NET,
    [
      'socket',
      '_socket',
      'ssl',
      '_ssl',
      'http',
      'httplib',
      'urllib',
      'urllib2',
      'urllib3',
      'requests',
      'aiohttp',
      'httpx',
      'webbrowser',
      'smtplib',
      'ftplib',
      'poplib',
      'imaplib',
      'telnetlib',
      'nntplib',
      'socketserver',
      'SocketServer',
      'xmlrpc',
      'xmlrpclib',
      'paramiko',
      'huggingface_hub',
      'keras.utils.get_file',
      'keras.src.utils.file_utils.get_file',
      'tensorflow.keras.utils.get_file',
      'pandas.read_csv',
      'pandas.read_table',
      'pandas.read_html',
      'pandas.read_json',
      'pandas.read_xml',
      'pandas.read_excel',
      'pandas.read_parquet',
      'pandas.read_feather',
      'pandas.read_sql',
      'pandas.read_hdf',
      'pandas.io.parsers.readers.read_csv',
      'pandas.io.parsers.readers.read_table'
    ]
  ],
  [
    'high',
    FILES,
    [
      'shutil',
      'tempfile',
      'io.FileIO',
      '_io.FileIO',
      'io.open',
      '_io.open',
      'io.open_code',
      '_io.open_code',
      'codecs.open',
      'logging',
      'tarfile',
      'zipfile',
      'zipapp',
      'sqlite3',
      '_sqlite3',
      'dbm',
      'mmap',
      'glob',
      'fileinput',
      'linecache',
      'filecmp',
      'compileall',
      'py_compile',
      'fcntl',
      'msvcrt',
      'winreg',
      '_winreg',
      'torch.save',
      'torch.serialization.save',
      'torch.from_file',
      'numpy.fromfile',
      'numpy.memmap',
      'numpy.loadtxt',
      'numpy.genfromtxt',
      'numpy.save',
      'numpy.savez',
      'numpy.savez_compressed',
      'numpy.savetxt',
      'scipy.io'
    ]
  ],
  [
    'high',
    ENV,
    [
      'platform',
      'gc',
      'signal',
      '_signal',
      'threading',
      '_thread',
      'thread',
      'concurrent',
      'atexit',
      'select',
      'selectors',
      'syslog',
      'resource',
      'sched'
    ]
  ]
]

export const DENY: ReadonlyMap<string, DenyEntry> = (() => {
  const m = new Map<string, DenyEntry>()
  for (const [tier, what, keys] of table) for (const k of keys) if (!m.has(k)) m.set(k, { tier, what })
  return m
})()

/**
 * Attribute names that are dangerous under any module (modelaudit's bare-name check): a dotted path such as
 * `pathlib` + `os.system`, or a module re-exporting `eval`, still lands on them.
 */
export const BARE_NAMES: ReadonlyMap<string, DenyEntry> = (() => {
  const m = new Map<string, DenyEntry>()
  for (const n of [
    'eval',
    'exec',
    'execfile',
    '__import__',
    'system',
    'popen',
    'popen2',
    'popen3',
    'popen4',
    'spawnl',
    'spawnle',
    'spawnlp',
    'spawnlpe',
    'spawnv',
    'spawnve',
    'spawnvp',
    'spawnvpe',
    'execl',
    'execle',
    'execlp',
    'execlpe',
    'execv',
    'execve',
    'execvp',
    'execvpe',
    'posix_spawn',
    'posix_spawnp',
    'startfile',
    'check_output',
    'check_call',
    'getoutput',
    'getstatusoutput',
    'Popen',
    'runcode',
    'runsource',
    'run_path',
    'run_module',
    '_run_code',
    'import_module',
    'load_module',
    'exec_module'
  ])
    m.set(n, { tier: 'critical', what: EXEC })
  for (const n of ['open', 'urlopen', 'urlretrieve', 'rmtree', 'unlink', 'remove', 'removedirs', 'rmdir', 'write_file'])
    m.set(n, { tier: 'high', what: FILES })
  return m
})()

/** Attribute names that walk from an allowed object to interpreter internals (`numpy.__builtins__`, `__globals__`). */
export const DANGEROUS_DUNDERS: ReadonlySet<string> = new Set([
  '__globals__',
  '__builtins__',
  '__builtin__',
  '__dict__',
  '__class__',
  '__subclasses__',
  '__init__',
  '__new__',
  '__call__',
  '__code__',
  '__closure__',
  '__func__',
  '__self__',
  '__getattribute__',
  '__getattr__',
  '__setattr__',
  '__delattr__',
  '__getitem__',
  '__setitem__',
  '__import__',
  '__loader__',
  '__spec__',
  '__bases__',
  '__base__',
  '__mro__',
  '__reduce__',
  '__reduce_ex__',
  '__setstate__',
  '__init_subclass__',
  '__class_getitem__',
  '__get__',
  '__set__',
  '__wrapped__',
  '__kwdefaults__',
  '__defaults__'
])

/** Security tools a payload may import to switch off their hooks (fickling ScannerDeactivation → PKL-021). */
export const SCANNER_MODULES: ReadonlySet<string> = new Set([
  'fickling',
  'picklescan',
  'modelscan',
  'modelaudit',
  'model_unpickler',
  'saferpickle',
  'modelgate'
])
