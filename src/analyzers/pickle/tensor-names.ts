// Which name each rebuilt tensor of a torch pickle lands under (`encoder.layer.0.attention.query.weight`), so that
// the weights stage, findings and weight diffs speak of parameters rather than storage records (`archive/data/3`).
// The machine reports every item written into a dict or list (SETITEM(S), DICT, APPEND(S)); only items that can
// lead to a tensor (calls, dicts, lists, tuples) are kept, as edges parent → (key, child), up to MAX_EDGES. When
// the pickle's STOP gives the root, the edges are walked from it: each path of keys to a rebuild call is a name.
// Nothing is executed; keys that are not literal strings or ints end a path (the tensor keeps its storage name).
import {
  K_CALL,
  K_DICT,
  K_GLOBAL,
  K_LIST,
  K_PERSID,
  K_TUPLE,
  calleeName,
  kindOf,
  literalInt,
  literalInts,
  seqItems,
  type CallVal,
  type ContainerVal,
  type GlobalVal,
  type Obj,
  type PersVal,
  type TupleVal,
  type Value
} from './values.js'

/** Edges kept per analysis: a state dict of an LLM has thousands of tensors, an optimizer state a few times more. */
export const MAX_EDGES = 65_536
/** Tensors named per analysis. */
const MAX_VIEWS = 65_536
/** Names one tensor keeps (tied weights: the embedding and the output head share one tensor). */
const MAX_ALIASES = 4
/** Longest key segment and longest name kept (longer ones are cut with an ellipsis). */
const MAX_SEGMENT = 120
export const MAX_NAME = 240
/** Deepest key path followed. */
const MAX_DEPTH = 32

const REBUILD = new Set([
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3'
])
const PARAMETER = new Set(['torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state'])
const FROM_TYPE = 'torch._tensor._rebuild_from_type_v2'
/** Attributes of a pickled nn.Module (torch.save(model)) that state_dict() leaves out of its keys. */
const MODULE_ATTRS = new Set(['_parameters', '_buffers', '_modules'])

/** One tensor view as the pickle rebuilds it: `_rebuild_tensor_v2(storage, offset, size, stride, …)`. */
export interface TensorView {
  /** Key paths it lands under, first in pickle order; at most MAX_ALIASES. */
  names: string[]
  /** Storage key of the persistent id (`data/<key>` in a zip checkpoint). */
  key: string
  /** Storage class of the persistent id (`torch.FloatStorage`). */
  storage: string
  /** Storage numel the persistent id declares. */
  numel: bigint
  offset: bigint
  size: bigint[]
  stride: bigint[]
}

type Edge = [key: string, child: Obj]

function isEdgeValue(v: Value): v is Obj {
  const k = kindOf(v)
  return k === K_CALL || k === K_DICT || k === K_LIST || k === K_TUPLE
}

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** A key as a name segment: printable (control and bidi characters escaped), bounded. */
export function segment(s: string): string {
  const t = s.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0)
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`
  })
  return t.length > MAX_SEGMENT ? `${t.slice(0, MAX_SEGMENT)}…` : t
}

function keyText(k: Value): string | undefined {
  if (typeof k === 'string') return k
  if (typeof k === 'number' && Number.isInteger(k)) return String(k)
  if (typeof k === 'bigint') return k.toString()
  if (typeof k === 'boolean') return k ? 'True' : 'False'
  return undefined
}

/** The view a tensor-producing call rebuilds, or undefined when it is no tensor or not literal enough. */
function viewOf(c: CallVal, depth = 0): Omit<TensorView, 'names'> | undefined {
  const name = calleeName(c)
  if (name === undefined || kindOf(c.args) !== K_TUPLE || depth > 4) return undefined
  const args = (c.args as TupleVal).items
  if (PARAMETER.has(name)) return kindOf(args[0]!) === K_CALL ? viewOf(args[0] as CallVal, depth + 1) : undefined
  if (name === FROM_TYPE) {
    // _rebuild_from_type_v2(func, new_type, args, state): func(*args) is the tensor
    const [fn, , inner] = args
    if (fn === undefined || kindOf(fn) !== K_GLOBAL || inner === undefined || kindOf(inner) !== K_TUPLE)
      return undefined
    return rebuildArgs((fn as GlobalVal).name, (inner as TupleVal).items)
  }
  return rebuildArgs(name, args)
}

function rebuildArgs(fn: string, args: Value[]): Omit<TensorView, 'names'> | undefined {
  if (!REBUILD.has(fn)) return undefined
  const [storage, offsetV, sizeV, strideV] = args
  if (storage === undefined || kindOf(storage) !== K_PERSID) return undefined
  const pid = seqItems((storage as PersVal).pid)
  // ('storage', StorageType, key, location, numel) and the legacy stream's 6th element (view metadata, None today)
  if (!pid || pid[0] !== 'storage' || (pid.length !== 5 && !(pid.length === 6 && pid[5] === null))) return undefined
  const [, cls, key, , numelV] = pid
  const offset = literalInt(offsetV)
  const numel = literalInt(numelV)
  const size = literalInts(sizeV)
  const stride = literalInts(strideV)
  if (kindOf(cls!) !== K_GLOBAL || typeof key !== 'string' || offset === undefined || numel === undefined)
    return undefined
  if (!size || !stride) return undefined
  return { key, storage: (cls as GlobalVal).name, numel, offset, size, stride }
}

export class TensorNames {
  private readonly edges = new Map<Obj, Edge[]>()
  private count = 0
  /** Edges were dropped (MAX_EDGES): some tensors keep their storage names. */
  overflow = false

  /** An item written into a dict (or list: key = index) that the machine accepted as a container target. */
  add(parent: Value, key: Value, child: Value): void {
    if (!isEdgeValue(child) || typeof parent !== 'object' || parent === null) return
    const k = keyText(key)
    if (k === undefined) return
    if (this.count >= MAX_EDGES) {
      this.overflow = true
      return
    }
    this.count++
    const list = this.edges.get(parent)
    if (list) list.push([k, child])
    else this.edges.set(parent, [[k, child]])
  }

  /** Items appended to a list from index `first`. */
  addItems(parent: Value, first: number, items: Value[]): void {
    for (let i = 0; i < items.length; i++) if (isEdgeValue(items[i]!)) this.add(parent, first + i, items[i]!)
  }

  /**
   * Every tensor reachable from the pickle's root with the key paths to it (segments joined with '.'; the
   * attributes `_parameters`, `_buffers`, `_modules` of pickled modules are left out, as state_dict() does).
   * Each object is walked once, from the first path that reaches it; a tensor reached again gains an alias.
   */
  resolve(root: Value): TensorView[] {
    const views = new Map<CallVal, TensorView>()
    const walked = new Set<Obj>()
    const out: TensorView[] = []
    const visit = (node: Value, path: string[], moduleState: boolean): void => {
      if (typeof node !== 'object' || node === null || path.length > MAX_DEPTH) return
      if (kindOf(node) === K_CALL) {
        const c = node as CallVal
        const known = views.get(c)
        if (known) {
          if (path.length && known.names.length < MAX_ALIASES) known.names.push(join(path))
          return
        }
        const v = viewOf(c)
        if (v) {
          if (out.length >= MAX_VIEWS) return
          const view: TensorView = { names: path.length ? [join(path)] : [], ...v }
          views.set(c, view)
          out.push(view)
          return
        }
      }
      if (walked.has(node)) return
      walked.add(node)
      for (const [k, child] of this.edges.get(node) ?? [])
        visit(child, moduleState && MODULE_ATTRS.has(k) ? path : [...path, segment(k)], false)
      const k = kindOf(node)
      if (k === K_TUPLE) (node as TupleVal).items.forEach((x, i) => visit(x, [...path, String(i)], false))
      else if (k === K_CALL) {
        // BUILD state of an object: a module's __dict__ (or (dict, slots))
        let state = (node as CallVal).state
        if (state !== undefined && kindOf(state) === K_TUPLE) state = (state as TupleVal).items[0]
        if (state !== undefined && kindOf(state) === K_DICT) visit(state, path, true)
      } else if (k === K_DICT && !this.edges.has(node)) {
        // a dict built by DICT keeps its first items; SETITEM(S) dicts are covered by their edges
        const it = (node as ContainerVal).items
        for (let i = 0; i + 1 < it.length; i += 2) {
          const key = keyText(it[i]!)
          if (key !== undefined) visit(it[i + 1]!, [...path, segment(key)], moduleState)
        }
      }
    }
    visit(root, [], false)
    this.edges.clear()
    return out
  }
}

function join(path: string[]): string {
  const s = path.join('.')
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME)}…` : s
}
