// Recognising an ONNX ModelProto by content. Protobuf has no magic, so this is a bounded wire-format check:
// every top-level field must be a ModelProto field with its declared wire type, ir_version must be present and
// plausible, and a graph (or opset import) must be there with a GraphProto-shaped start. Text, pickles, JSON,
// random bytes and the other protobufs ModelGate knows (SavedModel, GraphDef) fail it within a few bytes.
import type { SniffView } from '../../engine/registry.js'
import { VARINT, varBig, varNum } from '../protobuf/wire.js'
import { startsLike } from '../protobuf/shape.js'
import { GRAPH_FIELDS, MODEL_FIELDS, OPSET_FIELDS } from './fields.js'

const MAX_TOP_FIELDS = 4096

export async function looksLikeOnnx(view: SniffView): Promise<boolean> {
  const { head, size, src } = view
  if (size < 8) return false
  let pos = 0
  let ir = false
  let graph = false
  let opset = false
  for (let n = 0; pos < size && n < MAX_TOP_FIELDS; n++) {
    const buf = pos + 24 <= head.length ? head.subarray(pos) : Buffer.from(await src.read(pos, 24))
    const t = varNum(buf, 0, buf.length)
    if (!t) return false
    const no = Math.floor(t[0] / 8)
    const wt = t[0] % 8
    // A valid prefix with a model graph followed by garbage is still ONNX (the analyzer reports the damage).
    if (MODEL_FIELDS[no] !== wt) return ir && graph
    if (wt === VARINT) {
      const v = varBig(buf, t[1], buf.length)
      if (!v) return false
      if (no === 1) {
        if (v[0] < 1n || v[0] > 64n) return false
        ir = true
      }
      pos += v[1]
      continue
    }
    const l = varNum(buf, t[1], buf.length)
    if (!l) return false
    const start = pos + l[1]
    const len = l[0]
    if (no === 7 || no === 8) {
      const table = no === 7 ? GRAPH_FIELDS : OPSET_FIELDS
      const end = Math.min(start + len, head.length)
      if (start < head.length && len > 0 && !startsLike(head, start, end, table)) return false
      if (no === 7) graph = true
      else opset = true
    }
    if (start + len > size) return ir && (graph || opset) // truncated: the analyzer reports it
    pos = start + len
  }
  return ir && (graph || opset)
}
