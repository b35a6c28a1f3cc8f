import type { Rule } from '../rule.js'

// NumPy .npy / .npz (numpy/lib/_format_impl.py, numpy/lib/_npyio_impl.py).
const FORMAT = 'https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html'

export const rules: Rule[] = [
  {
    id: 'NPY-001',
    title: 'Object array: the data is a pickle',
    severity: 'medium',
    why: 'Arrays of dtype object are stored as a pickle that np.load(allow_pickle=True) unpickles; the pickle is analysed with the pickle rules.',
    fix: 'Store numeric arrays only (no dtype=object), or convert the data to safetensors.',
    references: [FORMAT, 'https://nvd.nist.gov/vuln/detail/CVE-2019-6446']
  },
  {
    id: 'NPY-002',
    title: 'Invalid .npy header',
    severity: 'medium',
    why: "The header is not the literal dict numpy writes (keys descr, fortran_order, shape), has an unknown version, or exceeds numpy's 10000-byte limit; numpy refuses it and a hand-built header hides something else.",
    fix: 'Regenerate the file with numpy.save.',
    references: [FORMAT]
  },
  {
    id: 'NPY-003',
    title: 'Array data length does not match the header',
    severity: 'medium',
    why: "Bytes after the array (or after an object array's pickle) are ignored by numpy and can carry another payload; a short array is refused by numpy.",
    fix: 'Regenerate the file with numpy.save.',
    references: [FORMAT]
  },
  {
    id: 'NPY-004',
    title: 'NumPy-named file is a pickle',
    severity: 'high',
    why: 'np.load falls back to pickle.load for any file without the .npy magic when allow_pickle=True, so a pickle named .npy/.npz runs on load while looking like array data.',
    fix: 'Do not load the file; replace it with a real .npy/.npz written by numpy.save.',
    references: ['https://numpy.org/doc/stable/reference/generated/numpy.load.html']
  },
  {
    id: 'NPY-005',
    title: 'npz member that is not .npy data',
    severity: 'low',
    why: 'np.savez writes only .npy members; other members are returned as raw bytes by np.load but may be loaded by other tools. Their content is analysed.',
    fix: 'Rebuild the archive with numpy.savez.',
    references: ['https://numpy.org/doc/stable/reference/generated/numpy.savez.html']
  },
  {
    id: 'NPY-006',
    title: 'Declared array size far beyond the file (memory exhaustion)',
    severity: 'medium',
    why: 'The shape declares far more bytes than the file holds; loaders that allocate from the header exhaust memory.',
    fix: 'Regenerate the file with numpy.save.'
  }
]
