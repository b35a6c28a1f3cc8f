// The pickle import policy: default deny. An import is `allowed` only when the shipped allow list names it; the
// deny list sets the severity of known gadgets; everything else is `unknown` and still a finding (PKL-002).
// Names are normalised `module.qualname` (after the Python 2 compat maps of the unpickler).
import { NAME_MAPPING, IMPORT_MAPPING } from './data/compat-pickle.js'
import { STDLIB_MODULES } from './data/stdlib-modules.js'
import {
  GENERIC_ALLOW,
  CLASS_PACKAGES,
  CLASS_PACKAGE_EXCLUDED_MODULES,
  CLASS_NAMES_EXCLUDED,
  PYX_UNPICKLE_ROOTS,
  TORCH_WEIGHTS_ONLY,
  TORCHSCRIPT_GLOBALS,
  TORCHSCRIPT_PREFIXES
} from './data/allow.js'
import { DENY, BARE_NAMES, DANGEROUS_DUNDERS, SCANNER_MODULES, type DenyTier } from './data/deny.js'

export type ImportVerdict =
  | { kind: 'allowed'; reason: 'list' | 'class' | 'cython' | 'torchscript' }
  | {
      kind: 'deny'
      severity: DenyTier
      /** The deny-list key, bare name or dunder that matched. */
      match: string
      /** What the gadget gives an attacker. */
      what: string
      /** A security tool's own module (PKL-021). */
      scanner?: boolean
    }
  | { kind: 'unknown'; severity: 'high' | 'medium'; root: string }

/** Packages of ML platforms: large, full of gadgets, so an unlisted import from them is as risky as stdlib. */
export const ML_PLATFORM_ROOTS: ReadonlySet<string> = new Set([
  'torch',
  'torchvision',
  'torchaudio',
  'torchtext',
  'numpy',
  'scipy',
  'sklearn',
  'pandas',
  'tensorflow',
  'keras',
  'tf_keras',
  'jax',
  'jaxlib',
  'flax',
  'optax',
  'transformers',
  'tokenizers',
  'accelerate',
  'datasets',
  'huggingface_hub',
  'safetensors',
  'diffusers',
  'peft',
  'trl',
  'sentence_transformers',
  'joblib',
  'dill',
  'cloudpickle',
  'xgboost',
  'lightgbm',
  'catboost',
  'onnx',
  'onnxruntime',
  'mlflow',
  'lightning',
  'pytorch_lightning',
  'timm',
  'ultralytics',
  'spacy',
  'gensim',
  'nltk',
  'statsmodels',
  'sympy',
  'numexpr',
  'h5py',
  'PIL',
  'cv2',
  'matplotlib',
  'skops',
  'fastai',
  'paddle',
  'mxnet',
  'triton',
  'deepspeed',
  'vllm',
  'bitsandbytes',
  'einops',
  'omegaconf',
  'hydra'
])

/** Python 2 module names the unpickler still accepts (protocol < 3) count as standard library too. */
const PY2_MODULES = new Set<string>([
  ...IMPORT_MAPPING.keys(),
  ...[...NAME_MAPPING.keys()].map((k) => k.split(' ')[0]!.split('.')[0]!),
  'cPickle',
  'commands',
  '__builtin__'
])

export function isStdlibRoot(root: string): boolean {
  return STDLIB_MODULES.has(root) || PY2_MODULES.has(root) || root === 'builtins'
}

export interface NormalisedImport {
  module: string
  /** Attribute path inside the module (dotted for nested attributes). */
  name: string
  /** `module.name` */
  full: string
  /** The name as written, when the Python 2 compat maps changed it. */
  alias?: string
}

/**
 * What `Unpickler.find_class(module, name)` resolves: with protocol < 3 (and fix_imports, the default) the
 * `_compat_pickle` maps apply first (`__builtin__` → `builtins`, `copy_reg` → `copyreg`, `commands` → `subprocess`).
 */
export function normaliseImport(module: string, name: string, proto: number): NormalisedImport {
  let m = module
  let n = name
  if (proto < 3) {
    const pair = NAME_MAPPING.get(`${module} ${name}`)
    if (pair) [m, n] = pair
    else {
      const mapped = IMPORT_MAPPING.get(module)
      if (mapped !== undefined) m = mapped
    }
  }
  const full = `${m}.${n}`
  return m === module && n === name
    ? { module: m, name: n, full }
    : { module: m, name: n, full, alias: `${module}.${name}` }
}

function worse(a: ImportVerdict | undefined, b: ImportVerdict): ImportVerdict {
  if (!a || a.kind !== 'deny') return b
  if (b.kind !== 'deny') return a
  return b.severity === 'critical' && a.severity !== 'critical' ? b : a
}

/**
 * Classifies a normalised import. `module` marks where the module path ends and the attribute path begins
 * (default: every component but the last is the module). Deny checks run first and win over the allow list.
 */
export function classify(full: string, module?: string): ImportVerdict {
  // pure over static tables: checkpoints repeat a handful of imports thousands of times
  const key = module === undefined ? full : `${full}\0${module}`
  const cached = classified.get(key)
  if (cached) return cached
  const v = classifyUncached(full, module)
  if (classified.size >= 4096) classified.clear()
  classified.set(key, v)
  return v
}

const classified = new Map<string, ImportVerdict>()

function classifyUncached(full: string, module?: string): ImportVerdict {
  const comps = full.split('.')
  const modLen = module === undefined ? Math.max(1, comps.length - 1) : module.split('.').length
  const root = comps[0]!
  if (SCANNER_MODULES.has(root))
    return { kind: 'deny', severity: 'critical', match: root, what: 'tampers with security scanners', scanner: true }

  let hit: ImportVerdict | undefined
  // The import and every dotted prefix: a module key covers its submodules and names.
  let key = ''
  for (let j = 0; j < comps.length; j++) {
    key = j === 0 ? comps[0]! : `${key}.${comps[j]}`
    const e = DENY.get(key)
    if (e) hit = worse(hit, { kind: 'deny', severity: e.tier, match: key, what: e.what })
  }
  // A dotted attribute path walks through whatever the module imported (`torch` + `serialization.os.system`).
  const dotted = comps.length - modLen > 1
  if (dotted) {
    for (let i = modLen; i < comps.length; i++) {
      let k = ''
      for (let j = i; j < comps.length; j++) {
        k = j === i ? comps[i]! : `${k}.${comps[j]}`
        const e = DENY.get(k)
        if (e) hit = worse(hit, { kind: 'deny', severity: e.tier, match: k, what: `${e.what} (via a dotted path)` })
      }
    }
  }
  for (let i = modLen; i < comps.length; i++) {
    const c = comps[i]!
    if (DANGEROUS_DUNDERS.has(c))
      hit = worse(hit, { kind: 'deny', severity: 'critical', match: c, what: 'reaches interpreter internals' })
    if (i === comps.length - 1 || dotted) {
      const b = BARE_NAMES.get(c)
      if (b) hit = worse(hit, { kind: 'deny', severity: b.tier, match: c, what: b.what })
    }
  }
  if (hit) return hit

  if (GENERIC_ALLOW.has(full)) return { kind: 'allowed', reason: 'list' }
  const last = comps[comps.length - 1]!
  if (!dotted) {
    const mod = comps.slice(0, modLen).join('.')
    if (
      CLASS_PACKAGES.includes(root) &&
      /^_*[A-Z]/.test(last) &&
      !CLASS_NAMES_EXCLUDED.has(last) &&
      !CLASS_PACKAGE_EXCLUDED_MODULES.some((m) => mod === m || mod.startsWith(`${m}.`))
    )
      return { kind: 'allowed', reason: 'class' }
    if (PYX_UNPICKLE_ROOTS.includes(root) && last.startsWith('__pyx_unpickle_'))
      return { kind: 'allowed', reason: 'cython' }
  }
  const severe = isStdlibRoot(root) || ML_PLATFORM_ROOTS.has(root)
  return { kind: 'unknown', severity: severe ? 'high' : 'medium', root }
}

/** In `torch.load(weights_only=True)`'s allow list (§2.5a). */
export function weightsOnlyAllowed(full: string): boolean {
  return TORCH_WEIGHTS_ONLY.has(full)
}

/** Accepted by TorchScript's restricted unpickler (§6.1). */
export function torchScriptAllowed(full: string): boolean {
  return TORCHSCRIPT_GLOBALS.has(full) || TORCHSCRIPT_PREFIXES.some((p) => full.startsWith(p))
}
