// Pickle imports that legitimate model files use (../shared/docs/format-rules.md §2.5, peers.md §4).
// Names are normalised `module.qualname`, after the Python 2 compat maps. Everything here constructs data;
// entries that load, open, fetch or resolve other objects are deliberately absent (torch.storage._load_from_bytes,
// dill.loads, joblib.numpy_pickle.read_array, builtins.getattr, builtins.type…): those are on the deny list.

const TORCH_DTYPES = [
  'float64',
  'float32',
  'float16',
  'bfloat16',
  'int64',
  'int32',
  'int16',
  'int8',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
  'complex128',
  'complex64',
  'complex32',
  'qint8',
  'quint8',
  'qint32',
  'quint4x2',
  'quint2x4',
  'float8_e5m2',
  'float8_e4m3fn',
  'float8_e5m2fnuz',
  'float8_e4m3fnuz',
  'float8_e8m0fnu',
  'float4_e2m1fn_x2',
  'bits8',
  'bits16',
  'bits1x8',
  'bits2x4',
  'bits4x2',
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((n) => [`uint${n}`, `int${n}`])
]

const TENSOR_TYPES = ['Double', 'Float', 'Half', 'BFloat16', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool']
const STORAGE_TYPES = [
  ...TENSOR_TYPES,
  'ComplexDouble',
  'ComplexFloat',
  'QInt8',
  'QInt32',
  'QUInt8',
  'QUInt4x2',
  'QUInt2x4'
]
const QSCHEMES = [
  'per_tensor_affine',
  'per_tensor_symmetric',
  'per_channel_affine',
  'per_channel_symmetric',
  'per_channel_affine_float_qparams'
]
const REBUILD = [
  '_rebuild_parameter',
  '_rebuild_parameter_with_state',
  '_rebuild_qtensor',
  '_rebuild_tensor',
  '_rebuild_tensor_v2',
  '_rebuild_tensor_v3',
  '_rebuild_sparse_tensor',
  '_rebuild_sparse_csr_tensor',
  '_rebuild_meta_tensor_no_storage',
  '_rebuild_wrapper_subclass',
  '_rebuild_device_tensor_from_numpy',
  '_rebuild_device_tensor_from_cpu_tensor',
  '_rebuild_nested_tensor'
].map((f) => `torch._utils.${f}`)

/**
 * `torch.load(weights_only=True)`: exactly `_get_allowed_globals()` of torch/_weights_only_unpickler.py (§2.5a).
 * Imports outside it make the checkpoint unloadable without weights_only=False (PT-001).
 */
export const TORCH_WEIGHTS_ONLY: ReadonlySet<string> = new Set([
  'collections.OrderedDict',
  'collections.Counter',
  'torch.nn.parameter.Parameter',
  'torch.serialization._get_layout',
  'torch.Size',
  'torch.Tensor',
  'torch.device',
  '_codecs.encode',
  'builtins.bytearray',
  'builtins.set',
  'builtins.complex',
  ...TORCH_DTYPES.map((d) => `torch.${d}`),
  ...TENSOR_TYPES.flatMap((t) => [
    `torch.${t}Tensor`,
    `torch.cuda.${t}Tensor`,
    ...(t === 'Bool' ? [] : [`torch.sparse.${t}Tensor`, `torch.cuda.sparse.${t}Tensor`])
  ]),
  ...STORAGE_TYPES.flatMap((t) => [`torch.${t}Storage`, `torch.cuda.${t}Storage`]),
  'torch.storage.TypedStorage',
  'torch.storage.UntypedStorage',
  ...QSCHEMES.map((q) => `torch.${q}`),
  ...REBUILD,
  'torch._tensor._rebuild_from_type_v2'
])

/** Tensor rebuild helpers whose literal arguments containers check (PT-013). */
export const TORCH_REBUILD_FUNCTIONS: ReadonlySet<string> = new Set([...REBUILD, 'torch._tensor._rebuild_from_type_v2'])

/**
 * TorchScript's restricted unpickler (`torch/csrc/jit/serialization/unpickler.cpp` readGlobal, §6.1); `__torch__.*`
 * types are resolved by compiling the archive's own code/ and are checked by the TorchScript analyzer.
 */
export const TORCHSCRIPT_GLOBALS: ReadonlySet<string> = new Set([
  '__main__.TensorID',
  '__main__.IntList',
  'torch.jit._pickle.build_tensor_from_id',
  'torch.jit._pickle.restore_type_tag',
  'torch.jit._pickle.build_intlist',
  'torch.jit._pickle.build_tensorlist',
  'torch.jit._pickle.build_doublelist',
  'torch.jit._pickle.build_boollist',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_qtensor',
  'builtins.complex',
  'collections.OrderedDict',
  'torch.device',
  ...STORAGE_TYPES.map((t) => `torch.${t}Storage`),
  ...QSCHEMES.map((q) => `torch.${q}`)
])
export const TORCHSCRIPT_PREFIXES: readonly string[] = ['__torch__.']

const NUMPY = [
  // arrays, scalars, dtypes (numpy 1.x `numpy.core`, 2.x `numpy._core`)
  ...['numpy.core', 'numpy._core'].flatMap((c) => [
    `${c}.multiarray._reconstruct`,
    `${c}.multiarray.scalar`,
    `${c}.numeric._frombuffer`
  ]),
  'numpy.ndarray',
  'numpy.dtype',
  'numpy.ma.core._mareconstruct',
  'numpy.ma.core.MaskedArray',
  'numpy.matrixlib.defmatrix.matrix',
  // random generators (§2.5c)
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random._pickle.__generator_ctor',
  'numpy.random._mt19937.MT19937',
  'numpy.random._pcg64.PCG64',
  'numpy.random._pcg64.PCG64DXSM',
  'numpy.random._philox.Philox',
  'numpy.random._sfc64.SFC64',
  'numpy.random.mtrand.RandomState',
  'numpy.random._generator.Generator',
  'numpy.random.bit_generator.SeedSequence',
  'numpy.random.bit_generator.__pyx_unpickle_SeedSequence'
]

/** numpy scalar types (`dtype=np.float64` in estimator parameters pickles the class). */
const NUMPY_SCALARS = [
  'bool_',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'intc',
  'uintc',
  'longlong',
  'ulonglong',
  'float16',
  'float32',
  'float64',
  'longdouble',
  'complex64',
  'complex128',
  'clongdouble',
  'object_',
  'str_',
  'bytes_',
  'void',
  'datetime64',
  'timedelta64'
].map((t) => `numpy.${t}`)

/**
 * numpy ufuncs (pure element-wise math), pickled by name from `numpy.core._multiarray_umath` (numpy 1.x) or
 * `numpy._core._multiarray_umath` (2.x), e.g. `FunctionTransformer(func=np.log1p)`. Other attributes of that
 * extension module (fromfile, …) are not ufuncs and stay unlisted.
 */
const UFUNCS = [
  'absolute',
  'add',
  'arccos',
  'arccosh',
  'arcsin',
  'arcsinh',
  'arctan',
  'arctan2',
  'arctanh',
  'cbrt',
  'ceil',
  'clip',
  'cos',
  'cosh',
  'deg2rad',
  'divide',
  'exp',
  'exp2',
  'expm1',
  'fabs',
  'floor',
  'floor_divide',
  'fmax',
  'fmin',
  'hypot',
  'isfinite',
  'isinf',
  'isnan',
  'log',
  'log10',
  'log1p',
  'log2',
  'logaddexp',
  'logical_and',
  'logical_not',
  'logical_or',
  'maximum',
  'minimum',
  'multiply',
  'negative',
  'power',
  'rad2deg',
  'reciprocal',
  'rint',
  'sign',
  'sin',
  'sinh',
  'sqrt',
  'square',
  'subtract',
  'tan',
  'tanh',
  'true_divide',
  'trunc'
].flatMap((f) => [`numpy.core._multiarray_umath.${f}`, `numpy._core._multiarray_umath.${f}`])

const STDLIB_DATA = [
  'collections.OrderedDict',
  'collections.defaultdict',
  'collections.Counter',
  'collections.deque',
  'collections.UserDict',
  'collections.UserList',
  'collections.UserString',
  ...[
    'set',
    'frozenset',
    'complex',
    'bytearray',
    'bytes',
    'bool',
    'slice',
    'range',
    'int',
    'float',
    'str',
    'list',
    'tuple',
    'dict',
    'object',
    'Ellipsis',
    'NotImplemented'
  ].map((n) => `builtins.${n}`),
  'copyreg._reconstructor',
  '_codecs.encode',
  ...['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo'].map((n) => `datetime.${n}`),
  'decimal.Decimal',
  'fractions.Fraction',
  'uuid.UUID',
  'types.SimpleNamespace',
  'pathlib.Path',
  'pathlib.PosixPath',
  'pathlib.WindowsPath',
  'pathlib.PurePath',
  'pathlib.PurePosixPath',
  'pathlib.PureWindowsPath',
  'argparse.Namespace',
  '_io.BytesIO',
  'io.BytesIO'
]

const SKLEARN_JOBLIB_SCIPY = [
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'joblib.numpy_pickle.NDArrayWrapper',
  'joblib.numpy_pickle.ZNDArrayWrapper',
  'joblib.numpy_pickle_compat.NDArrayWrapper',
  'joblib.numpy_pickle_compat.ZNDArrayWrapper',
  'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper',
  ...['csr', 'csc', 'coo', 'lil', 'dok', 'bsr', 'dia'].flatMap((f) => [
    `scipy.sparse._${f}.${f}_matrix`,
    `scipy.sparse._${f}.${f}_array`,
    `scipy.sparse.${f}.${f}_matrix`
  ])
]

const HF_TRAINING = [
  'transformers.training_args.TrainingArguments',
  'transformers.training_args.OptimizerNames',
  'transformers.training_args_seq2seq.Seq2SeqTrainingArguments',
  'transformers.trainer_utils.IntervalStrategy',
  'transformers.trainer_utils.SchedulerType',
  'transformers.trainer_utils.HubStrategy',
  'transformers.trainer_utils.EvaluationStrategy',
  'transformers.trainer_utils.FSDPOption',
  'transformers.trainer_utils.SaveStrategy',
  'transformers.trainer_utils.ShardedDDPOption',
  'transformers.debug_utils.DebugOption',
  'accelerate.state.PartialState',
  'accelerate.utils.dataclasses.DistributedType',
  'accelerate.utils.dataclasses.DeepSpeedPlugin'
]

/** The generic allow list (plain pickle.load, joblib, numpy object arrays): §2.5 a + c + d + e. */
export const GENERIC_ALLOW: ReadonlySet<string> = new Set([
  ...TORCH_WEIGHTS_ONLY,
  ...NUMPY,
  ...NUMPY_SCALARS,
  ...UFUNCS,
  ...STDLIB_DATA,
  ...SKLEARN_JOBLIB_SCIPY,
  ...HF_TRAINING
])

/**
 * Packages whose CamelCase classes are accepted (§2.5d): estimators and their Cython helpers reconstructed via
 * NEWOBJ/BUILD. Lowercase functions under them are not.
 */
export const CLASS_PACKAGES: readonly string[] = ['sklearn']
/** Modules of those packages that hold no estimators but re-export I/O classes (GzipFile, TemporaryDirectory…). */
export const CLASS_PACKAGE_EXCLUDED_MODULES: readonly string[] = [
  'sklearn.datasets',
  'sklearn.externals',
  'sklearn.utils._testing',
  'sklearn.utils.estimator_checks',
  'sklearn.utils.discovery',
  'sklearn.utils._show_versions',
  'sklearn.conftest'
]
/** Class names that are I/O, process or network primitives whatever module re-exports them. */
export const CLASS_NAMES_EXCLUDED: ReadonlySet<string> = new Set([
  'GzipFile',
  'BZ2File',
  'LZMAFile',
  'ZipFile',
  'TarFile',
  'FileIO',
  'TemporaryDirectory',
  'TemporaryFile',
  'NamedTemporaryFile',
  'SpooledTemporaryFile',
  'Popen',
  'Request',
  'Thread',
  'Process',
  'Pool',
  'ThreadPool',
  'ThreadPoolExecutor',
  'ProcessPoolExecutor',
  'Memory',
  'Parallel'
])
/** Cython's generated `__pyx_unpickle_<Class>` reconstructors under these roots only check a checksum and call __new__. */
export const PYX_UNPICKLE_ROOTS: readonly string[] = ['sklearn', 'numpy', 'scipy']
