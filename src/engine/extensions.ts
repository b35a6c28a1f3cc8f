// What file names promise. Used for the extension/content mismatch rule (GEN-002) and to decide which
// unrecognised files of a directory walk are still worth a line in the report ("looks like a model").
import { extname, basename } from 'node:path'

/** Extension → formats its content may legitimately be. */
const EXPECTED: Record<string, string[]> = {
  '.pkl': ['pickle', 'joblib', 'compressed', 'pytorch-legacy'],
  '.pickle': ['pickle', 'joblib', 'compressed'],
  '.dill': ['pickle'],
  '.joblib': ['joblib', 'pickle', 'compressed'],
  '.pt': ['pytorch-zip', 'pytorch-legacy', 'pytorch-tar', 'torchscript', 'pickle', 'zip', 'tar'],
  '.pth': ['pytorch-zip', 'pytorch-legacy', 'pytorch-tar', 'torchscript', 'pickle', 'zip', 'tar'],
  '.ckpt': ['pytorch-zip', 'pytorch-legacy', 'pytorch-tar', 'torchscript', 'pickle', 'zip', 'tar'],
  '.npy': ['numpy'],
  '.npz': ['npz', 'zip'],
  '.safetensors': ['safetensors'],
  '.onnx': ['onnx'],
  '.gguf': ['gguf'],
  '.h5': ['keras-h5', 'hdf5'],
  '.hdf5': ['keras-h5', 'hdf5'],
  '.keras': ['keras', 'zip'],
  '.tflite': ['tflite'],
  '.txt': [],
  '.json': ['hf-tokenizer-config', 'model-config'],
  '.md': [],
  '.csv': [],
  '.yaml': [],
  '.yml': [],
  '.png': [],
  '.jpg': []
}

const MODEL_EXTENSIONS = new Set([
  '.pkl',
  '.pickle',
  '.dill',
  '.joblib',
  '.pt',
  '.pth',
  '.ckpt',
  '.bin',
  '.npy',
  '.npz',
  '.safetensors',
  '.onnx',
  '.gguf',
  '.ggml',
  '.h5',
  '.hdf5',
  '.keras',
  '.pb',
  '.tflite',
  '.mar',
  '.model',
  '.pdparams',
  '.msgpack',
  '.mlmodel',
  '.jit',
  '.torchscript',
  '.sav',
  '.lite',
  '.weights',
  '.ptl'
])

export function looksLikeModel(path: string): boolean {
  const name = basename(path).toLowerCase()
  if (MODEL_EXTENSIONS.has(extname(name))) return true
  return /^(pytorch_model|model|tf_model|flax_model|saved_model)([-.]|$)/.test(name)
}

/**
 * Whether `formats` (what the content is) contradicts what `name` promises.
 * Returns the expected list when it does, otherwise undefined. Unknown extensions promise nothing.
 */
export function extensionMismatch(name: string, formats: readonly string[]): string[] | undefined {
  const ext = extname(name).toLowerCase()
  const expected = EXPECTED[ext]
  if (expected === undefined || formats.length === 0 || formats.includes('lfs-pointer')) return undefined
  if (formats.some((f) => expected.includes(f))) return undefined
  return expected
}
