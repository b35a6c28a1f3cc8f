// Walks a Keras model configuration (config.json of .keras, model_config/training_config of .h5, the JSON of
// keras_metadata.pb) and reports the KER rules of format-rules.md §8.3. Every nested dict and list is visited,
// so Lambdas hidden in nested Functional/Sequential models, wrappers (TimeDistributed, Bidirectional) or
// compile configs are found wherever they sit (peers.md §5.4 K2).
import type { AnalysisContext, ReportOptions } from '../../engine/context.js'
import { BufferSource } from '../../engine/source.js'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import { SEVERITY_RANK, type Severity } from '../../engine/types.js'
import { errorMessage } from '../../errors.js'
import { evidenceOf, lambdaCodeBytes, marshalEvidence } from './marshal.js'
import { classifyTfSymbol } from './tfops.js'
import { kerasBefore } from './version.js'
import { reportSecretsInValue } from '../secrets/walk.js'

export interface KerasConfigOptions {
  /** Keras version the file says it was saved with (metadata.json, keras_version attribute). */
  kerasVersion?: string
}

/** Module roots Keras itself resolves (serialization_lib `_retrieve_class_or_fn`, safe-mode package list). */
const KERAS_ROOTS = new Set(['keras', 'tf_keras', 'keras_hub', 'keras_cv', 'keras_nlp', 'keras_core'])

/** Module roots whose objects give process, file, network or code access (peers.md §3, modelaudit list). */
const DANGEROUS_ROOTS = new Set([
  'os',
  'posix',
  'nt',
  'sys',
  'subprocess',
  '__builtin__',
  'importlib',
  'shutil',
  'socket',
  'http',
  'urllib',
  'urllib2',
  'requests',
  'pickle',
  '_pickle',
  'cPickle',
  'dill',
  'joblib',
  'marshal',
  'ctypes',
  'code',
  'codeop',
  'compileall',
  'runpy',
  'webbrowser',
  'tempfile',
  'signal',
  'multiprocessing',
  'threading',
  'pty',
  'commands',
  'pdb',
  'profile',
  'cProfile',
  'trace',
  'pip',
  'setuptools',
  'distutils',
  'types',
  'io',
  '_io',
  'pathlib',
  'glob',
  'ftplib',
  'smtplib',
  'telnetlib',
  'asyncio',
  'torch',
  'numpy'
])

/** builtins Keras would hand out as "functions" (serialization_lib falls back to vars(builtins)). */
const DANGEROUS_BUILTINS = new Set([
  'eval',
  'exec',
  'compile',
  'open',
  '__import__',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'input',
  'breakpoint',
  'help',
  'exit',
  'quit',
  'memoryview',
  'print'
])

/**
 * Keras APIs that are not model building blocks (keras serialization_lib NON_MODELING_APIS and the same class:
 * downloads, file I/O, global configuration, loading other models, callbacks that write files or call out).
 */
const NON_MODELING: Record<string, Severity> = {
  enable_unsafe_deserialization: 'critical',
  get_file: 'high',
  load_model: 'high',
  load_weights: 'high',
  save_model: 'high',
  save_weights: 'high',
  load_img: 'high',
  save_img: 'high',
  deserialize_keras_object: 'high',
  register_keras_serializable: 'high',
  get_registered_object: 'high',
  get_custom_objects: 'high',
  custom_object_scope: 'high',
  CustomObjectScope: 'high',
  image_dataset_from_directory: 'high',
  text_dataset_from_directory: 'high',
  audio_dataset_from_directory: 'high',
  clear_session: 'high',
  plot_model: 'high',
  model_to_dot: 'high',
  set_backend: 'high',
  set_floatx: 'high',
  set_epsilon: 'high',
  set_image_data_format: 'high',
  set_dtype_policy: 'high',
  enable_interactive_logging: 'high',
  disable_interactive_logging: 'high',
  enable_traceback_filtering: 'high',
  disable_traceback_filtering: 'high',
  RemoteMonitor: 'high',
  LambdaCallback: 'high',
  ModelCheckpoint: 'high',
  BackupAndRestore: 'high',
  CSVLogger: 'high',
  TensorBoard: 'high',
  ExportArchive: 'high',
  export_saved_model: 'high'
}

const LOOKUP_LAYERS = new Set(['StringLookup', 'IntegerLookup', 'IndexLookup', 'TextVectorization'])
/** Lookup config keys that the layer reads as a file when given a string. */
const VOCABULARY_KEYS = ['vocabulary', 'vocabulary_file', 'idf_weights']
const TF_OP_LAYERS = new Set(['TFOpLambda', 'SlicingOpLambda'])

/** Nodes visited in one config before giving up (a 100 MiB config has far fewer). */
const MAX_NODES = 20_000_000
/** Elements of one inline __numpy__/__tensor__ literal above which the config is called oversized. */
const MAX_LITERAL_ELEMENTS = 1_000_000
/** Longest Lambda code string decoded for evidence. */
const MAX_LAMBDA_CODE = 16 * 1024 * 1024

type Json = unknown
interface Frame {
  value: Json
  path: string
  depth: number
  /** Name of the nearest enclosing layer/object, for messages. */
  layer?: string
}
interface Embedded {
  path: string
  layer: string
  b64: string
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function short(s: string, n = 120): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s
}

/** Why a string used as a file path escapes its folder, or undefined when it does not. */
export function pathEscape(p: string): string | undefined {
  if (p.includes('\0')) return 'contains a NUL byte'
  if (/^[/\\]/.test(p)) return 'is absolute'
  if (/^[A-Za-z]:/.test(p)) return 'starts with a drive letter'
  if (p.split(/[/\\]/).includes('..')) return 'contains ".."'
  if (p.includes('\\')) return 'contains a backslash'
  return undefined
}

function segment(key: string): string {
  return /^[A-Za-z_][\w]*$/.test(key) ? `.${key}` : `[${JSON.stringify(short(key, 40))}]`
}

class Walker {
  private nodes = 0
  private nestingReported = false
  readonly embedded: Embedded[] = []
  /** keras_metadata.pb of a tf-keras SavedModel: Lambda and TFOpLambda findings use KER-014. */
  private readonly savedModel: boolean

  constructor(
    private readonly ctx: AnalysisContext,
    private readonly where: string,
    private readonly opts: KerasConfigOptions
  ) {
    this.savedModel = /keras_metadata/.test(where)
  }

  private at(path: string): string {
    return path ? `${this.where} at ${path.replace(/^\./, '')}` : this.where
  }

  private report(ruleId: string, message: string, opts: ReportOptions = {}): void {
    this.ctx.report(ruleId, message, opts)
  }

  walk(root: Json): void {
    const stack: Frame[] = [{ value: root, path: '', depth: 0 }]
    while (stack.length) {
      const f = stack.pop()!
      if (++this.nodes > MAX_NODES) {
        this.report('KER-012', `Keras config in ${this.where} has more than ${MAX_NODES} values`)
        this.report('GEN-007', `Not analysed: the rest of the Keras config in ${this.where} (too many values)`)
        return
      }
      if ((this.nodes & 0xffff) === 0) this.ctx.checkDeadline()
      if (f.depth > this.ctx.limits.maxNesting) {
        if (!this.nestingReported) {
          this.nestingReported = true
          this.report(
            'KER-012',
            `Keras config nested deeper than ${this.ctx.limits.maxNesting} levels (${this.at(f.path)})`
          )
          this.report(
            'GEN-007',
            `Not analysed: Keras config below nesting level ${this.ctx.limits.maxNesting} in ${this.where}`
          )
        }
        continue
      }
      const v = f.value
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--)
          stack.push({ value: v[i], path: `${f.path}[${i}]`, depth: f.depth + 1, layer: f.layer })
      } else if (isRecord(v)) {
        const layer = this.visitDict(v, f)
        const keys = Object.keys(v)
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i]!
          stack.push({ value: v[k], path: f.path + segment(k), depth: f.depth + 1, layer })
        }
      }
    }
  }

  /** Checks one dict; returns the layer name its children are reported under. */
  private visitDict(d: Record<string, unknown>, f: Frame): string | undefined {
    const cn = typeof d.class_name === 'string' ? d.class_name : undefined
    const inner = isRecord(d.config) ? d.config : undefined
    let layer = f.layer
    if (cn !== undefined) {
      if (typeof inner?.name === 'string') layer = inner.name
      else if (typeof d.name === 'string') layer = d.name
    }
    if (typeof d.name === 'string') this.checkName(d.name, f.path)
    if (cn === undefined) {
      if (typeof d.fn_module === 'string') this.checkReference(d.fn_module, undefined, 'function', f.path)
      return layer
    }
    const module = typeof d.module === 'string' ? d.module : undefined
    switch (cn) {
      case '__lambda__': {
        const value = inner?.value
        const code = typeof inner?.code === 'string' ? inner.code : Array.isArray(value) ? value[0] : value
        this.reportLambda(code, f.path, f.layer, lastKey(f.path))
        break
      }
      case '__keras_tensor__':
      case '__bytes__':
      case '__ellipsis__':
      case '__slice__':
        break
      case '__numpy__':
      case '__tensor__': {
        const n = countElements(inner?.value, MAX_LITERAL_ELEMENTS + 1)
        if (n > MAX_LITERAL_ELEMENTS)
          this.report(
            'KER-012',
            `Inline ${cn} literal with more than ${MAX_LITERAL_ELEMENTS} elements (${this.at(f.path)})`,
            {
              evidence: cn
            }
          )
        break
      }
      case '__typespec__':
        this.checkReference(module, typeof d.spec_name === 'string' ? d.spec_name : undefined, 'class', f.path)
        break
      case 'function':
        this.checkReference(
          module,
          typeof d.config === 'string'
            ? d.config
            : typeof d.registered_name === 'string'
              ? d.registered_name
              : undefined,
          'function',
          f.path
        )
        break
      default:
        this.checkReference(module, cn, 'class', f.path)
        if (inner) this.checkLayer(cn, inner, f.path, layer)
    }
    const reg = d.registered_name
    if (
      typeof reg === 'string' &&
      reg.includes('>') &&
      (module === undefined || KERAS_ROOTS.has(module.split('.')[0]!))
    )
      this.report('KER-003', `Custom object "${short(reg, 80)}" needs registered code to load (${this.at(f.path)})`, {
        severity: 'medium',
        evidence: short(reg, 80)
      })
    return layer
  }

  private checkLayer(cn: string, c: Record<string, unknown>, path: string, layer: string | undefined): void {
    const name = layer ?? cn
    if (cn === 'Lambda') {
      // tf-keras / Keras 2 encodings: [code, defaults, closure] or a name, with <key>_type and <key>_module.
      for (const key of ['function', 'output_shape', 'mask']) {
        const v = c[key]
        const type = c[`${key}_type`]
        const mod = c[key === 'function' ? 'module' : `${key}_module`]
        if (Array.isArray(v) && typeof v[0] === 'string' && (type === undefined || type === 'lambda'))
          this.reportLambda(v[0], `${path}.config.${key}`, name, key)
        else if (typeof v === 'string' && type === 'lambda') this.reportLambda(v, `${path}.config.${key}`, name, key)
        else if (typeof v === 'string' && (type === 'function' || (key === 'function' && type === undefined)))
          this.checkReference(typeof mod === 'string' ? mod : undefined, v, 'function', `${path}.config.${key}`, true)
      }
    } else if (TF_OP_LAYERS.has(cn)) {
      const sym = c.function
      if (typeof sym === 'string') {
        const verdict = classifyTfSymbol(sym)
        if (verdict)
          this.report(
            this.savedModel ? 'KER-014' : 'KER-008',
            `${cn} layer "${name}" calls tf.${short(sym, 80)}: ${verdict.why} (${this.at(path)})`,
            { severity: verdict.severity, evidence: `tf.${short(sym, 80)}` }
          )
      }
    } else if (LOOKUP_LAYERS.has(cn)) {
      for (const key of VOCABULARY_KEYS) {
        const v = c[key]
        if (typeof v === 'string' && v.length > 0)
          this.report(
            'KER-007',
            `${cn} layer "${name}" reads its ${key} from "${short(v, 100)}" when the model is loaded (${this.at(path)})`,
            { evidence: short(v, 120) }
          )
      }
    } else if (cn === 'TFSMLayer') {
      const fp = typeof c.filepath === 'string' ? c.filepath : ''
      this.report('KER-006', `TFSMLayer "${name}" loads the SavedModel at "${short(fp, 100)}" (${this.at(path)})`, {
        evidence: short(fp, 120) || 'TFSMLayer'
      })
    } else if (cn === 'TorchModuleWrapper') {
      if (typeof c.module === 'string') this.embedded.push({ path, layer: name, b64: c.module })
      else
        this.report('KER-005', `TorchModuleWrapper "${name}" without a base64 module (${this.at(path)})`, {
          evidence: 'TorchModuleWrapper'
        })
    }
  }

  private reportLambda(code: unknown, path: string, layer: string | undefined, what: string | undefined): void {
    const rule = this.savedModel ? 'KER-014' : 'KER-001'
    const role = what === 'output_shape' || what === 'mask' ? `${what} function` : 'function'
    const owner = layer ? ` in layer "${short(layer, 80)}"` : ''
    if (typeof code !== 'string' || code.length > MAX_LAMBDA_CODE) {
      this.report(
        rule,
        `Lambda ${role}${owner} holds Python bytecode that runs when the model is loaded (${this.at(path)})`,
        {
          evidence: 'lambda'
        }
      )
      return
    }
    const ev = marshalEvidence(lambdaCodeBytes(code))
    const refs = evidenceOf(ev)
    const shape = ev.isCode ? '' : ' (not a plain marshalled code object)'
    this.report(
      rule,
      `Lambda ${role}${owner} holds Python bytecode${shape} that runs when the model is loaded${refs ? `; it references ${refs}` : ''} (${this.at(path)})`,
      { evidence: refs || 'lambda' }
    )
  }

  private checkName(name: string, path: string): void {
    const why = pathEscape(name)
    if (why)
      this.report(
        'KER-009',
        `Name "${short(name, 80)}" ${why}; Keras uses names as paths when loading (${this.at(path)})`,
        {
          evidence: short(name, 120)
        }
      )
  }

  /** KER-002/003/004 for a module + symbol reference. `lambdaModule`: a tf-keras Lambda's function module. */
  private checkReference(
    module: string | undefined,
    name: string | undefined,
    kind: 'class' | 'function',
    path: string,
    lambdaModule = false
  ): void {
    const sym = name ?? ''
    const mod = module ?? ''
    const root = mod.split('.')[0]!
    const full = mod && sym ? `${mod}.${sym}` : mod || sym
    const nonModeling = NON_MODELING[sym]
    if (nonModeling && (mod === '' || KERAS_ROOTS.has(root))) {
      this.report(
        'KER-004',
        `Config references ${short(full, 100)}, a Keras API that is not a model component (${this.at(path)})`,
        {
          severity: nonModeling,
          evidence: short(full, 120)
        }
      )
      return
    }
    if (!mod || KERAS_ROOTS.has(root)) return
    if (mod === 'builtins') {
      if (DANGEROUS_BUILTINS.has(sym))
        this.report('KER-002', `Config references the Python builtin ${sym} as a function (${this.at(path)})`, {
          evidence: short(full, 120)
        })
      return
    }
    if (kind === 'function' || lambdaModule) {
      this.report('KER-002', `Config references function ${short(full, 100)} outside Keras (${this.at(path)})`, {
        evidence: short(full, 120)
      })
      return
    }
    const severity: Severity =
      DANGEROUS_ROOTS.has(root) || kerasBefore(this.opts.kerasVersion, 3, 9) ? 'high' : 'medium'
    this.report(
      'KER-003',
      `Config imports ${short(full, 100)} from module ${short(mod, 80)} outside Keras (${this.at(path)})`,
      {
        severity,
        evidence: short(full, 120)
      }
    )
  }

  /** Decodes each TorchModuleWrapper blob and analyses it as a file of its own (torch.load reads it). */
  async analyzeEmbedded(): Promise<void> {
    for (const e of this.embedded) {
      const layer = short(e.layer, 80)
      const maxB64 = Math.ceil((this.ctx.limits.maxHeaderBytes * 4) / 3)
      if (e.b64.length > maxB64) {
        this.report('KER-005', `TorchModuleWrapper "${layer}" embeds a torch.load pickle (${this.at(e.path)})`, {
          evidence: `${e.b64.length} base64 characters`
        })
        this.report(
          'GEN-007',
          `Not analysed: TorchModuleWrapper "${layer}" module larger than ${this.ctx.limits.maxHeaderBytes} bytes`
        )
        continue
      }
      const bytes = Buffer.from(e.b64.replace(/[^A-Za-z0-9+/]/g, ''), 'base64')
      const childName = `${e.layer}.module`
      const childPath = this.ctx.childPath(childName, true)
      const before = this.ctx.run.findings.length
      let formats: string[] = []
      try {
        formats = (await this.ctx.analyzeMember(childName, new BufferSource(bytes))).formats
      } catch (err) {
        if (err instanceof LimitExceeded)
          this.report('GEN-007', `Not analysed: TorchModuleWrapper "${layer}": ${err.message}`)
        else if (err instanceof ParseError)
          this.report('GEN-003', `Not analysed: TorchModuleWrapper "${layer}": ${err.message}`)
        else this.report('GEN-011', `Internal error analysing TorchModuleWrapper "${layer}": ${errorMessage(err)}`)
      }
      const nested = this.ctx.run.findings
        .slice(before)
        .filter((x) => x.member?.startsWith(childPath) && !/^(GEN|CTR)-/.test(x.ruleId))
        .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
      const worst = nested[0]
      const runsCode = worst !== undefined && SEVERITY_RANK[worst.severity] >= SEVERITY_RANK.high
      const content = formats.length ? formats.join('+') : 'unrecognised content'
      this.report(
        'KER-005',
        `TorchModuleWrapper "${layer}" embeds ${bytes.length} bytes (${content}) that Keras passes to torch.load(weights_only=False)` +
          (runsCode ? `; the embedded file has ${worst.severity} findings (${worst.ruleId})` : '') +
          ` (${this.at(e.path)})`,
        { severity: runsCode ? 'critical' : 'high', evidence: runsCode && worst.evidence ? worst.evidence : content }
      )
    }
  }
}

function lastKey(path: string): string | undefined {
  const m = /\.([A-Za-z_]\w*)$/.exec(path)
  return m?.[1]
}

/** Counts leaf values of a nested array literal, stopping at `cap`. */
function countElements(v: unknown, cap: number): number {
  let n = 0
  const stack: unknown[] = [v]
  while (stack.length && n < cap) {
    const x = stack.pop()
    if (Array.isArray(x)) for (const y of x) stack.push(y)
    else n++
  }
  return n
}

/**
 * Walks a Keras model config and reports KER rules through `ctx`. `where` names the source in messages
 * (e.g. `config.json`, `model_config attribute`, `keras_metadata.pb node 3`); when it mentions keras_metadata,
 * Lambda and TFOpLambda findings are reported as KER-014 (tf-keras SavedModel metadata).
 * All JSON-level findings are reported synchronously, before the first await; the returned promise covers
 * embedded TorchModuleWrapper blobs, which are analysed as files of their own (KER-005) — await it.
 */
export async function walkKerasConfig(
  config: unknown,
  ctx: AnalysisContext,
  where: string,
  opts: KerasConfigOptions = {}
): Promise<void> {
  const w = new Walker(ctx, where, opts)
  w.walk(config)
  reportSecretsInValue(ctx, config, where)
  await w.analyzeEmbedded()
}
