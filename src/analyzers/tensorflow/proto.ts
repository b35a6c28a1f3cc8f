// Streaming walkers for the TensorFlow protobufs a SavedModel / frozen GraphDef holds (field numbers from
// tensorflow/core/framework/{graph,node_def,function,attr_value,tensor}.proto and core/protobuf/
// {saved_model,meta_graph,saved_object_graph}.proto). They keep what the graph analysis needs (op names,
// inputs, called functions, a few string attributes, string constants) and skip tensor contents by offset.
import { LEN, VARINT, ProtoReader, type PbField } from '../protobuf/wire.js'
import { GRAPH_DEF, META_GRAPH, NODE_DEF } from './fields.js'
import { LimitExceeded } from '../../engine/limits.js'
import { SNIFF_MAX } from '../common/sniff.js'

export interface StringValue {
  value: string
  /** Where it came from: `attr value` / `attr debug_urls` … */
  attr: string
  at: number
  /** Full length when only a prefix was read. */
  len: number
}

export interface TfNode {
  name: string
  op: string
  inputs: string[]
  /** Functions named in attributes (f, then_branch, body, list(func)…). */
  funcs: string[]
  /** String attribute values and string tensor values (bounded). */
  strings: StringValue[]
  at: number
}

export interface TfFunction {
  name: string
  nodes: TfNode[]
  at: number
}

export interface TfGraph {
  nodes: TfNode[]
  functions: TfFunction[]
  /** GradientDef: function → gradient function (both are callable). */
  gradients: [string, string][]
}

export interface MetaGraph {
  index: number
  tags: string[]
  graph: TfGraph
  saverRestoreOp?: string
  saverSaveTensor?: string
  /** Node names the loader runs at load (init op signature, main_op / legacy_init_op collections). */
  initTargets: { name: string; via: string }[]
  assets: { filename: string; at: number }[]
  userObjects: { identifier: string; metadata: string; at: number }[]
  at: number
}

export interface WalkHooks {
  /** A field whose wire type contradicts the schema (reported by the caller, once per message field). */
  wrongWire(msg: string, f: PbField, want: number): void
  /** Repeated messages and strings kept per walk (limits.maxElements); unbounded when absent. */
  maxElements?: number
}

const MAX_STRINGS_PER_NODE = 256
const MAX_STRING_READ = 64 * 1024

type Table = Record<number, number>
const T_NODE: Table = NODE_DEF
const T_GRAPH: Table = GRAPH_DEF
const T_META: Table = META_GRAPH

export class TfWalker {
  /** Nodes, functions, inputs, strings… kept so far: an empty NodeDef is 2 bytes on disk, hundreds in memory. */
  private elements = 0

  constructor(readonly hooks: WalkHooks) {}

  /** Counts one kept element; throws LimitExceeded past limits.maxElements. */
  private keep(f: PbField): void {
    const max = this.hooks.maxElements
    if (max !== undefined && ++this.elements > max)
      throw new LimitExceeded('maxElements', `more than ${max} graph nodes, functions, inputs and strings`, f.at)
  }

  private ok(f: PbField, table: Table, msg: string): boolean {
    const want = table[f.no]
    if (want === undefined || want === f.wt) return true
    this.hooks.wrongWire(msg, f, want)
    return false
  }

  async savedModel(r: ProtoReader): Promise<{ schema?: bigint; metaGraphs: MetaGraph[] }> {
    const metaGraphs: MetaGraph[] = []
    let schema: bigint | undefined
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.no === 1 && f.wt === VARINT) schema = f.value
      else if (f.no === 2 && f.wt === LEN) {
        this.keep(f)
        metaGraphs.push(await this.metaGraph(r.sub(f), metaGraphs.length, f.at))
      } else if (f.no === 1 || f.no === 2) this.hooks.wrongWire('SavedModel', f, f.no === 1 ? VARINT : LEN)
    }
    return { ...(schema !== undefined ? { schema } : {}), metaGraphs }
  }

  async metaGraph(r: ProtoReader, index: number, at: number): Promise<MetaGraph> {
    const mg: MetaGraph = {
      index,
      tags: [],
      graph: { nodes: [], functions: [], gradients: [] },
      initTargets: [],
      assets: [],
      userObjects: [],
      at
    }
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.ok(f, T_META, 'MetaGraphDef')) continue
      switch (f.no) {
        case 1: {
          const s = r.sub(f)
          for (let g = await s.next(); g; g = await s.next())
            if (g.no === 4 && g.wt === LEN) {
              this.keep(g)
              mg.tags.push(await s.string(g, 256))
            }
          break
        }
        case 2:
          await this.graphDef(r.sub(f), mg.graph)
          break
        case 3: {
          const s = r.sub(f)
          for (let g = await s.next(); g; g = await s.next()) {
            if (g.wt !== LEN) continue
            if (g.no === 3) mg.saverRestoreOp = await s.string(g, 4096)
            else if (g.no === 2) mg.saverSaveTensor = await s.string(g, 4096)
          }
          break
        }
        case 4:
          await this.collection(r.sub(f), mg)
          break
        case 5:
          await this.signature(r.sub(f), mg)
          break
        case 6: {
          const s = r.sub(f)
          for (let g = await s.next(); g; g = await s.next())
            if (g.no === 2 && g.wt === LEN) {
              this.keep(g)
              mg.assets.push({ filename: await s.string(g, 4096), at: f.at })
            }
          break
        }
        case 7:
          await this.objectGraph(r.sub(f), mg)
          break
      }
    }
    return mg
  }

  /** collection_def map entry: main_op / legacy_init_op / table_initializer node lists run at load. */
  private async collection(r: ProtoReader, mg: MetaGraph): Promise<void> {
    let key = ''
    let value: PbField | undefined
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.no === 1 && f.wt === LEN) key = await r.string(f, 256)
      else if (f.no === 2 && f.wt === LEN) value = f
    }
    const LOAD_KEYS = new Set([
      'saved_model_main_op',
      'legacy_init_op',
      'table_initializer',
      'init_op',
      'local_init_op'
    ])
    if (!value || !LOAD_KEYS.has(key)) return
    const c = r.sub(value)
    for (let f = await c.next(); f; f = await c.next()) {
      if (f.no !== 1 || f.wt !== LEN) continue // node_list
      const nl = c.sub(f)
      for (let g = await nl.next(); g; g = await nl.next())
        if (g.no === 1 && g.wt === LEN) {
          this.keep(g)
          mg.initTargets.push({ name: await nl.string(g, 4096), via: `collection ${key}` })
        }
    }
  }

  /** signature_def map entry; __saved_model_init_op names the init op in its outputs. */
  private async signature(r: ProtoReader, mg: MetaGraph): Promise<void> {
    let key = ''
    let value: PbField | undefined
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.no === 1 && f.wt === LEN) key = await r.string(f, 256)
      else if (f.no === 2 && f.wt === LEN) value = f
    }
    if (!value || key !== '__saved_model_init_op') return
    const s = r.sub(value)
    for (let f = await s.next(); f; f = await s.next()) {
      if (f.no !== 2 || f.wt !== LEN) continue // outputs map entry
      const e = s.sub(f)
      for (let g = await e.next(); g; g = await e.next()) {
        if (g.no !== 2 || g.wt !== LEN) continue // TensorInfo
        const ti = e.sub(g)
        for (let h = await ti.next(); h; h = await ti.next())
          if (h.no === 1 && h.wt === LEN) {
            this.keep(h)
            mg.initTargets.push({ name: await ti.string(h, 4096), via: '__saved_model_init_op' })
          }
      }
    }
  }

  /** SavedObjectGraph: user objects carry Keras metadata JSON in older tf.keras SavedModels. */
  private async objectGraph(r: ProtoReader, mg: MetaGraph): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.no !== 1 || f.wt !== LEN) continue
      const obj = r.sub(f)
      for (let g = await obj.next(); g; g = await obj.next()) {
        if (g.no !== 4 || g.wt !== LEN) continue
        const uo = obj.sub(g)
        let identifier = ''
        let metadata = ''
        for (let h = await uo.next(); h; h = await uo.next()) {
          if (h.wt !== LEN) continue
          if (h.no === 1) identifier = await uo.string(h, 1024)
          else if (h.no === 3) metadata = await uo.string(h, SNIFF_MAX)
        }
        if (metadata) {
          this.keep(g)
          mg.userObjects.push({ identifier, metadata, at: g.at })
        }
      }
    }
  }

  async graphDef(r: ProtoReader, g: TfGraph): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.ok(f, T_GRAPH, 'GraphDef')) continue
      if (f.no === 1) {
        this.keep(f)
        g.nodes.push(await this.node(r.sub(f), f.at))
      } else if (f.no === 2) await this.library(r.sub(f), g)
    }
  }

  private async library(r: ProtoReader, g: TfGraph): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      this.keep(f)
      if (f.no === 1) g.functions.push(await this.functionDef(r.sub(f), f.at))
      else if (f.no === 2) {
        const s = r.sub(f)
        let fn = ''
        let grad = ''
        for (let h = await s.next(); h; h = await s.next()) {
          if (h.wt !== LEN) continue
          if (h.no === 1) fn = await s.string(h, 1024)
          else if (h.no === 2) grad = await s.string(h, 1024)
        }
        g.gradients.push([fn, grad])
      }
    }
  }

  async functionDef(r: ProtoReader, at: number): Promise<TfFunction> {
    const fn: TfFunction = { name: '', nodes: [], at }
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 1) {
        const sig = r.sub(f)
        for (let g = await sig.next(); g; g = await sig.next())
          if (g.no === 1 && g.wt === LEN) fn.name = await sig.string(g, 1024)
      } else if (f.no === 3) {
        this.keep(f)
        fn.nodes.push(await this.node(r.sub(f), f.at))
      }
    }
    return fn
  }

  async node(r: ProtoReader, at: number): Promise<TfNode> {
    const n: TfNode = { name: '', op: '', inputs: [], funcs: [], strings: [], at }
    for (let f = await r.next(); f; f = await r.next()) {
      if (!this.ok(f, T_NODE, 'NodeDef')) continue
      switch (f.no) {
        case 1:
          n.name = await r.string(f, 4096)
          break
        case 2:
          n.op = await r.string(f, 1024)
          break
        case 3:
          this.keep(f)
          if (n.inputs.length < 100_000) n.inputs.push(await r.string(f, 4096))
          break
        case 5: {
          const e = r.sub(f)
          let key = ''
          let value: PbField | undefined
          for (let g = await e.next(); g; g = await e.next()) {
            if (g.no === 1 && g.wt === LEN) key = await e.string(g, 256)
            else if (g.no === 2 && g.wt === LEN) value = g
          }
          if (value) await this.attrValue(e.sub(value), key, n)
          break
        }
      }
    }
    return n
  }

  private async str(r: ProtoReader, f: PbField, attr: string, n: TfNode): Promise<void> {
    if (n.strings.length >= MAX_STRINGS_PER_NODE) return
    this.keep(f)
    n.strings.push({ value: await r.string(f, MAX_STRING_READ), attr, at: f.at, len: f.len })
  }

  /** AttrValue: 1 list, 2 s, 8 tensor, 10 func (NameAttrList). */
  private async attrValue(r: ProtoReader, key: string, n: TfNode): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      switch (f.no) {
        case 2:
          await this.str(r, f, key, n)
          break
        case 8:
          await this.tensor(r.sub(f), key, n)
          break
        case 10:
          await this.nameAttrList(r.sub(f), n)
          break
        case 1: {
          const l = r.sub(f)
          for (let g = await l.next(); g; g = await l.next()) {
            if (g.wt !== LEN) continue
            if (g.no === 2) await this.str(l, g, key, n)
            else if (g.no === 8) await this.tensor(l.sub(g), key, n)
            else if (g.no === 9) await this.nameAttrList(l.sub(g), n)
          }
          break
        }
      }
    }
  }

  private async nameAttrList(r: ProtoReader, n: TfNode): Promise<void> {
    for (let f = await r.next(); f; f = await r.next()) {
      if (f.wt !== LEN) continue
      if (f.no === 1) {
        this.keep(f)
        n.funcs.push(await r.string(f, 1024))
      } else if (f.no === 2) {
        const e = r.sub(f)
        let key = ''
        for (let g = await e.next(); g; g = await e.next()) {
          if (g.no === 1 && g.wt === LEN) key = await e.string(g, 256)
          else if (g.no === 2 && g.wt === LEN) await this.attrValue(e.sub(g), key, n)
        }
      }
    }
  }

  /** TensorProto: only string_val (8) is kept; tensor_content (4) and numeric values are skipped. */
  private async tensor(r: ProtoReader, key: string, n: TfNode): Promise<void> {
    for (let f = await r.next(); f; f = await r.next())
      if (f.no === 8 && f.wt === LEN) await this.str(r, f, `${key} tensor`, n)
  }
}

/** Node name referenced by an input string ("^ctrl", "node:0", "node:output:0" in functions). */
export function inputNode(input: string): string {
  const s = input.startsWith('^') ? input.slice(1) : input
  const i = s.indexOf(':')
  return i < 0 ? s : s.slice(0, i)
}
