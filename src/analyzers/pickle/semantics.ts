// What calls and object-building opcodes do, judged: REDUCE/INST/OBJ/NEWOBJ (PKL-010, nested loaders, rebuild
// calls, import trampolines resolved), BUILD (PKL-012, joblib wrappers), APPEND/SETITEM targets (PKL-013, PT-014)
// and discarded call results (PKL-014).
import { TORCH_REBUILD_FUNCTIONS } from '../../policy/data/allow.js'
import type { PickleMachine } from './machine.js'
import { opName } from './opcodes.js'
import { resolveImport } from './imports.js'
import { NESTED_LOADERS } from './nested.js'
import { JOBLIB_WRAPPERS } from './joblib.js'
import { checkRebuild } from './torch.js'
import {
  CallVal,
  ContainerVal,
  F_DUP,
  F_MEMO,
  K_BYTES,
  K_CALL,
  K_DICT,
  K_FROZENSET,
  K_GLOBAL,
  K_LIST,
  K_OPAQUE,
  K_PERSID,
  K_SET,
  K_STRREF,
  K_TUPLE,
  calleeName,
  classOf,
  kindOf,
  renderArgs,
  seqItems,
  type GlobalVal,
  type TupleVal,
  type Value
} from './values.js'

const DICT_LIKE = new Set([
  'collections.OrderedDict',
  'collections.defaultdict',
  'collections.Counter',
  'collections.UserDict',
  'builtins.dict'
])
const LIST_LIKE = new Set(['collections.UserList', 'collections.deque', 'builtins.list'])
const TENSOR_LIKE = new Set(['torch.Tensor', 'torch.nn.parameter.Parameter', 'torch._utils._rebuild_parameter'])

function isStr(v: Value | undefined): v is string {
  return typeof v === 'string'
}

export function call(m: PickleMachine, op: string, fn: Value, args: Value, at: number, kwargs?: Value): Value {
  const c = new CallVal(op, fn, args, m.mapOff(at), kwargs)
  if (kindOf(fn) !== K_GLOBAL) return c
  const g = fn as GlobalVal
  const v = g.verdict
  // rendered only for a finding: checkpoints make millions of calls that report nothing
  let text: string | undefined
  const rendered = () => (text ??= `${g.name}${renderArgs(args)}`)
  if (v.kind === 'deny')
    m.report('PKL-010', `Calls ${rendered()} while loading (${op}; ${v.what})`, at, v.severity, rendered())
  const hasText = literalText(args)
  if (v.kind === 'unknown' && hasText) {
    if (g.module === '__main__' || g.module.startsWith('__main__.'))
      m.report('PKL-020', `Calls ${rendered()}, defined by the loading script (__main__)`, at, 'high', g.name)
    else if (v.severity === 'medium')
      m.report(
        'PKL-002',
        `Calls ${rendered()} with string arguments; ${g.name} is not on the allow list`,
        at,
        'high',
        g.name
      )
  }
  if (v.kind === 'allowed' && v.reason === 'class' && op === 'REDUCE' && hasText)
    m.report(
      'PKL-002',
      `Calls ${rendered()} with string arguments (estimator classes are rebuilt without arguments)`,
      at,
      'medium',
      g.name
    )
  if (NESTED_LOADERS.has(g.name) || nestedLoaderPrefix(g.name)) m.pending.push(c)
  if (TORCH_REBUILD_FUNCTIONS.has(g.name)) checkRebuild(m, g.name, args, at)
  if (g.name === 'builtins.getattr') return getattrCall(m, c, args, at)
  if (TRAMPOLINES.has(g.name)) return trampoline(m, g.name, args, at) ?? c
  if (g.name === 'copyreg.add_extension') {
    const a = kindOf(args) === K_TUPLE ? (args as TupleVal).items : []
    if (isStr(a[0]) && isStr(a[1]) && typeof a[2] === 'number') m.shared.ext.set(a[2], [a[0], a[1]])
  }
  return c
}

/** `getattr(obj, 'name')` with literals resolves like an import of obj.name. */
export function getattrCall(m: PickleMachine, c: CallVal, args: Value, at: number): Value {
  if (kindOf(args) !== K_TUPLE) return c
  const [obj, attr] = (args as TupleVal).items
  if (kindOf(obj) !== K_GLOBAL || !isStr(attr)) return c
  const base = obj as GlobalVal
  const qual = base.name === base.module ? attr : `${base.name.slice(base.module.length + 1)}.${attr}`
  const imp = resolveImport(base.module, qual, 4, m.profile, 'getattr')
  return m.recordImport({ ...imp, findings: imp.findings.filter((f) => f.rule !== 'PKL-005') }, at)
}

/**
 * Import trampolines called with a literal name (`pkgutil.resolve_name('os:system')`, `pydoc.locate`,
 * `importlib.import_module('os')`, `__import__`): what they return is resolved like an import.
 */
export function trampoline(m: PickleMachine, name: string, args: Value, at: number): GlobalVal | undefined {
  const first = kindOf(args) === K_TUPLE ? (args as TupleVal).items[0] : undefined
  if (!isStr(first) || !/^[A-Za-z_][\w.:]*$/.test(first)) return undefined
  let module: string
  let qual: string
  if (name === 'pkgutil.resolve_name' && first.includes(':')) {
    ;[module, qual] = first.split(':', 2) as [string, string]
  } else if (name.endsWith('._ufunc_reconstruct')) {
    const second = kindOf(args) === K_TUPLE ? (args as TupleVal).items[1] : undefined
    if (!isStr(second)) return undefined
    module = first
    qual = second
  } else if (name === 'pkgutil.resolve_name' || name === 'pydoc.locate') {
    const dot = first.indexOf('.')
    module = dot < 0 ? first : first.slice(0, dot)
    qual = dot < 0 ? '' : first.slice(dot + 1)
  } else {
    module = first
    qual = ''
  }
  const imp = resolveImport(module, qual, 4, m.profile, name)
  return m.recordImport(imp, at)
}

/** BUILD semantics; returns the joblib wrapper class name when the stream carries array bytes next. */
export function build(m: PickleMachine, inst: Value, state: Value, at: number): string | undefined {
  const k = kindOf(inst)
  if (k === K_GLOBAL) {
    const g = inst as GlobalVal
    m.report(
      'PKL-012',
      `BUILD sets attributes on ${g.name} itself (monkey-patching the loading process)`,
      at,
      undefined,
      g.name
    )
    return undefined
  }
  if (k !== K_CALL) return undefined
  const c = inst as CallVal
  c.state = state
  const cls = classOf(c)
  if (cls && cls.verdict.kind === 'deny' && c.op !== 'REDUCE')
    m.report('PKL-010', `BUILD calls ${cls.name}.__setstate__ while loading`, at, cls.verdict.severity, cls.name)
  // slot state (dict, slotstate): setattr of dunders replaces behaviour
  if (kindOf(state) === K_TUPLE && (state as TupleVal).n === 2) {
    const slot = (state as TupleVal).items[1]!
    if (kindOf(slot) === K_DICT) {
      const it = (slot as ContainerVal).items
      for (let i = 0; i < it.length; i += 2) {
        const key = it[i]
        if (isStr(key) && /^__\w+__$/.test(key)) {
          m.report('PKL-012', `BUILD slot state sets ${key} on ${cls?.name ?? 'an object'}`, at, undefined, key)
          break
        }
      }
    }
  }
  if (cls && JOBLIB_WRAPPERS.has(cls.name)) return cls.name
  return undefined
}

/** Where APPEND/SETITEM/ADDITEMS items go; reports targets that are not containers (PKL-013, PT-014). */
export function addTarget(m: PickleMachine, t: Value, want: number, at: number, op: number): ContainerVal | undefined {
  const k = kindOf(t)
  if (k === want || (want === K_SET && k === K_SET)) return t as ContainerVal
  const what = opName(op)
  if (k === K_CALL) {
    const c = t as CallVal
    const callee = calleeName(c)
    const cls = classOf(c)?.name
    const tensor =
      (callee !== undefined && (TORCH_REBUILD_FUNCTIONS.has(callee) || TENSOR_LIKE.has(callee))) ||
      (cls !== undefined && TENSOR_LIKE.has(cls))
    if (tensor) {
      m.report(
        'PKL-013',
        `${what} on a tensor rebuilt by ${callee ?? cls} (item writes into tensor memory)`,
        at,
        m.torch ? 'high' : 'medium',
        what
      )
      if (m.torch)
        m.report('PT-014', `${what} targets a rebuilt tensor (CVE-2026-24747 write primitive)`, at, undefined, what)
      return undefined
    }
    const name = cls ?? callee
    if (name !== undefined && ((want === K_DICT && DICT_LIKE.has(name)) || (want === K_LIST && LIST_LIKE.has(name)))) {
      if (!c.items) c.items = new ContainerVal(want)
      return c.items
    }
    return undefined // instances of other classes: list/dict subclasses do this legitimately
  }
  if (k === K_PERSID) {
    m.report('PKL-013', `${what} on a persistent-loaded object (a storage)`, at, m.torch ? 'high' : 'medium', what)
    if (m.torch) m.report('PT-014', `${what} targets a storage loaded by persistent id`, at, undefined, what)
    return undefined
  }
  if (k === K_OPAQUE) return undefined
  const desc = k === K_GLOBAL ? (t as GlobalVal).name : typeName(t)
  m.report(
    'PKL-013',
    `${what} on ${desc}, not a ${want === K_DICT ? 'dict' : want === K_SET ? 'set' : 'list'}`,
    at,
    m.torch ? 'high' : 'medium',
    what
  )
  return undefined
}

/** POP / POP_MARK of a value: a call result nobody keeps ran only for its side effect (PKL-014). */
export function discard(m: PickleMachine, v: Value, at: number): void {
  if (kindOf(v) !== K_CALL) return
  const c = v as CallVal
  if (c.flags & (F_DUP | F_MEMO)) return
  const name = calleeName(c) ?? 'a computed callable'
  m.report(
    'PKL-014',
    `The result of ${name}${renderArgs(c.args, 120)} is discarded (called only for its side effect)`,
    at,
    undefined,
    name
  )
}

const TRAMPOLINES = new Set([
  'pkgutil.resolve_name',
  'pydoc.locate',
  'importlib.import_module',
  'builtins.__import__',
  'numpy.core._ufunc_reconstruct',
  'numpy._core._ufunc_reconstruct'
])

/** Evaluates pure string expressions built from literals (`''.join(['o', 's'])`, `str('os')`), else undefined. */
export function foldStr(v: Value, depth = 0): string | undefined {
  if (isStr(v)) return v
  if (depth > 8 || kindOf(v) !== K_CALL) return undefined
  const c = v as CallVal
  const name = calleeName(c)
  const args = kindOf(c.args) === K_TUPLE ? (c.args as TupleVal).items : undefined
  if (!args) return undefined
  if (name === 'builtins.str' && args.length === 1) return foldStr(args[0]!, depth + 1)
  if (name === 'builtins.str.join' && args.length === 2) {
    const sep = foldStr(args[0]!, depth + 1)
    const seq = args[1]!
    const items = seqItems(seq)
    const whole = kindOf(seq) === K_LIST ? (seq as ContainerVal).n : kindOf(seq) === K_TUPLE ? (seq as TupleVal).n : -1
    if (sep === undefined || !items || whole !== items.length) return undefined
    const parts = items.map((x) => foldStr(x, depth + 1))
    return parts.every((x) => x !== undefined) ? parts.join(sep) : undefined
  }
  if ((name === 'operator.add' || name === 'operator.concat' || name === 'builtins.str.__add__') && args.length === 2) {
    const a = foldStr(args[0]!, depth + 1)
    const b = foldStr(args[1]!, depth + 1)
    return a !== undefined && b !== undefined ? a + b : undefined
  }
  return undefined
}

function nestedLoaderPrefix(name: string): boolean {
  return name.startsWith('dill.') && /\.loads?$/.test(name)
}

/** Whether a call's arguments contain literal text (str or bytes), at the top level of the tuple. */
function literalText(args: Value): boolean {
  if (kindOf(args) !== K_TUPLE) return false
  return (args as TupleVal).items.some((x) => isStr(x) || kindOf(x) === K_BYTES || kindOf(x) === K_STRREF)
}

function typeName(v: Value): string {
  if (v === null) return 'None'
  if (typeof v === 'boolean') return 'a bool'
  if (typeof v === 'number' || typeof v === 'bigint') return 'an int'
  if (typeof v === 'string') return 'a str'
  switch (v.k) {
    case K_BYTES:
      return 'bytes'
    case K_TUPLE:
      return 'a tuple'
    case K_LIST:
      return 'a list'
    case K_DICT:
      return 'a dict'
    case K_SET:
    case K_FROZENSET:
      return 'a set'
    default:
      return 'a value'
  }
}

/**
 * An instance nothing can exploit through the memo: made by NEWOBJ/REDUCE of an allowed or user class that is not a
 * tensor, a dict/list subclass target, or a joblib wrapper (those are kept exactly: later item writes or BUILDs on
 * them are what the tensor and joblib rules look at).
 */
export function plainInstance(c: CallVal): boolean {
  if (kindOf(c.callee) !== K_GLOBAL) return false
  const g = c.callee as GlobalVal
  if (g.verdict.kind === 'deny') return false
  const cls = classOf(c)?.name ?? g.name
  return !(
    TORCH_REBUILD_FUNCTIONS.has(g.name) ||
    TENSOR_LIKE.has(cls) ||
    DICT_LIKE.has(cls) ||
    LIST_LIKE.has(cls) ||
    JOBLIB_WRAPPERS.has(cls) ||
    g.name === 'builtins.getattr'
  )
}
