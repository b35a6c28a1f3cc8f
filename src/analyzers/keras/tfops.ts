// TensorFlow API symbols named by tf-keras TFOpLambda / SlicingOpLambda layers (`config.function`, resolved by
// get_symbol_from_name against the public tf.* API). Math, array and nn operations are model building blocks;
// I/O, Python calls and process-level APIs are not (format-rules.md §8.3 KER-008).
import type { Severity } from '../../engine/types.js'

/** Namespaces whose members compute on tensors only. */
const SAFE_PREFIXES = [
  'math.',
  'nn.',
  'linalg.',
  'signal.',
  'bitwise.',
  'image.',
  'random.',
  'sparse.',
  'ragged.',
  'strings.',
  'dtypes.',
  'experimental.numpy.',
  '__operators__.'
]

/** Top-level tf.* functions that compute on tensors only (the array and math API). */
const SAFE_TOP = new Set(
  (
    'abs add add_n argmax argmin argsort boolean_mask broadcast_to broadcast_static_shape broadcast_dynamic_shape ' +
    'cast ceil clip_by_norm clip_by_value complex concat cond constant cos cosh cumsum divide einsum equal exp ' +
    'expand_dims eye fill floor floordiv gather gather_nd greater greater_equal identity identity_n imag ' +
    'less less_equal linspace log logical_and logical_not logical_or matmul maximum minimum meshgrid multiply ' +
    'negative norm not_equal one_hot ones ones_like pad pow range rank real reduce_all reduce_any reduce_logsumexp ' +
    'reduce_max reduce_mean reduce_min reduce_prod reduce_std reduce_sum reduce_variance repeat reshape reverse ' +
    'roll round rsqrt scatter_nd searchsorted sequence_mask shape shape_n sigmoid sign sin sinh size slice sort ' +
    'split sqrt square squeeze stack stop_gradient strided_slice subtract tanh tensor_scatter_nd_add ' +
    'tensor_scatter_nd_update tile top_k transpose truediv truncatediv truncatemod unique unstack where zeros ' +
    'zeros_like convert_to_tensor get_static_value tensordot'
  ).split(' ')
)

/** Deny list: the severity and reason for symbols that reach files, processes or Python. */
const DENY: { re: RegExp; severity: Severity; why: string }[] = [
  { re: /(^|\.)write_file$|^raw_ops\.WriteFile$/, severity: 'critical', why: 'it writes files' },
  {
    re: /^io\.gfile\.(GFile|copy|rename|remove|rmtree|makedirs|mkdir)$/,
    severity: 'critical',
    why: 'it writes or deletes files'
  },
  { re: /^io\.|(^|\.)read_file$|^io\.gfile\./, severity: 'high', why: 'it reads files or lists directories' },
  { re: /(^|\.)(py_func|py_function|numpy_function|eager_py_func)$/, severity: 'high', why: 'it calls Python code' },
  { re: /(^|\.)(load_library|load_op_library)$/, severity: 'high', why: 'it loads native code' },
  { re: /^raw_ops\./, severity: 'high', why: 'raw ops reach every TensorFlow kernel, including file and process ones' },
  {
    re: /^(debugging|saved_model|summary|sysconfig|data|distribute|train|keras|autograph|config|lookup|tpu|profiler)\./,
    severity: 'high',
    why: 'it is not a tensor computation'
  },
  { re: /^(print|Print|function|Module|Variable|load)$/, severity: 'high', why: 'it is not a tensor computation' }
]

/** Undefined when the symbol is a plain tensor computation, else the severity and reason to report. */
export function classifyTfSymbol(symbol: string): { severity: Severity; why: string } | undefined {
  const s = symbol.replace(/^tf\./, '').replace(/^compat\.v[12]\./, '')
  for (const d of DENY) if (d.re.test(s)) return { severity: d.severity, why: d.why }
  if (SAFE_TOP.has(s) || SAFE_PREFIXES.some((p) => s.startsWith(p))) return undefined
  return { severity: 'medium', why: 'it is not on the list of math/array operations ModelGate knows to be safe' }
}
