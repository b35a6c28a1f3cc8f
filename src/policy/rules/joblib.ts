import type { Rule } from '../rule.js'

// joblib rules (../shared/docs/format-rules.md §4.2). The pickle machine parses through joblib's inline array
// payloads (NumpyArrayWrapper) so every pickle rule applies to what follows them.
const JOBLIB = 'https://joblib.readthedocs.io/en/stable/persistence.html'

export const rules: Rule[] = [
  {
    id: 'JBL-001',
    title: 'joblib pickle with inline array payloads',
    severity: 'info',
    why: 'joblib.dump writes numpy arrays as raw bytes inside the pickle stream, right after each NumpyArrayWrapper. Scanners that disassemble the stream naively stop at the first array; ModelGate skips the arrays and analyses everything after them.',
    fix: 'Nothing to do; this is inventory. A joblib file is still a pickle: loading it runs its imports.',
    references: [JOBLIB]
  },
  {
    id: 'JBL-003',
    title: 'joblib array wrapper cannot be resolved',
    severity: 'high',
    why: 'The NumpyArrayWrapper state (shape, dtype, alignment) is not literal, so the length of the raw array bytes that follow is unknown. Everything after this point was not analysed, and joblib.load would still execute it.',
    fix: 'Regenerate the file with joblib.dump from trusted code, or convert the model to a data-only format (skops, ONNX, safetensors).',
    references: [JOBLIB]
  },
  {
    id: 'JBL-004',
    title: 'joblib object array (a nested pickle)',
    severity: 'medium',
    why: 'An array with dtype=object is stored as a complete nested pickle that joblib.load unpickles (CVE-2024-34997 class). It is analysed in place; object arrays hide arbitrary Python objects.',
    fix: 'Store numeric arrays only, or convert the model to a data-only format.',
    references: ['https://nvd.nist.gov/vuln/detail/CVE-2024-34997']
  },
  {
    id: 'JBL-005',
    title: 'Legacy joblib array wrapper loads a side file',
    severity: 'high',
    why: "joblib's legacy NDArrayWrapper/ZNDArrayWrapper open `os.path.join(<folder of the pickle>, filename)` and NDArrayWrapper loads it with numpy.load(allow_pickle=True): an absolute path or `..` loads (and unpickles) any file on the machine, and side files next to the model are pickle sinks of their own. High for escaping paths, medium for plain side files.",
    fix: 'Re-save the model with a current joblib (arrays inline) and do not ship side files.',
    references: ['https://github.com/joblib/joblib/blob/master/joblib/numpy_pickle_compat.py']
  }
]
