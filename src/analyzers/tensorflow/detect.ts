// Recognising TensorFlow protobufs by content: SavedModel (saved_model.pb), frozen GraphDef (.pb),
// tf-keras keras_metadata.pb and fingerprint.pb. Each check walks a bounded prefix against the schema
// (field numbers + wire types) and requires the fields that make the message what it is.
import type { SniffView } from '../../engine/registry.js'
import { VARINT, varBig, varNum } from '../protobuf/wire.js'
import { readPrefix, prefixMatches, scanPrefix, startsLike, type WireTable } from '../protobuf/shape.js'
import {
  FINGERPRINT,
  GRAPH_DEF,
  KERAS_META,
  KERAS_OBJECT,
  META_GRAPH,
  META_INFO,
  NODE_DEF,
  SAVED_MODEL
} from './fields.js'

const OP_NAME = /^[A-Za-z_][A-Za-z0-9_>]*$/
const MAX_TOP_FIELDS = 4096

interface TopField {
  no: number
  wt: number
  start: number
  len: number
  value?: bigint
}

/**
 * Walks the top-level fields of the whole source (reading tags through `src` beyond the head).
 * `visit` sees each field; returning false stops the walk. Returns 'mismatch' when a field contradicts the
 * table, 'truncated' when a length runs past the end, else 'ok'.
 */
async function walkTop(
  view: SniffView,
  table: WireTable,
  visit: (f: TopField) => boolean
): Promise<'ok' | 'mismatch' | 'truncated'> {
  const { head, size, src } = view
  let pos = 0
  for (let n = 0; pos < size && n < MAX_TOP_FIELDS; n++) {
    const buf = pos + 24 <= head.length ? head.subarray(pos) : Buffer.from(await src.read(pos, 24))
    const t = varNum(buf, 0, buf.length)
    if (!t) return 'mismatch'
    const no = Math.floor(t[0] / 8)
    const wt = t[0] % 8
    if (table[no] !== wt) return 'mismatch'
    if (wt === VARINT) {
      const v = varBig(buf, t[1], buf.length)
      if (!v) return 'mismatch'
      if (!visit({ no, wt, start: pos + t[1], len: v[1] - t[1], value: v[0] })) return 'ok'
      pos += v[1]
      continue
    }
    const l = varNum(buf, t[1], buf.length)
    if (!l) return 'mismatch'
    const start = pos + l[1]
    if (!visit({ no, wt, start, len: l[0] })) return 'ok'
    if (start + l[0] > size) return 'truncated'
    pos = start + l[0]
  }
  return 'ok'
}

function clip(view: SniffView, f: TopField): number {
  return Math.min(f.start + f.len, view.head.length)
}

export async function looksLikeSavedModel(view: SniffView): Promise<boolean> {
  if (view.size < 4) return false
  let meta = false
  let bad = false
  const res = await walkTop(view, SAVED_MODEL, (f) => {
    if (f.no === 1 && (f.value ?? 0n) > 16n) bad = true
    if (f.no === 2 && !meta) {
      meta = true
      if (f.start < view.head.length) {
        const { fields } = scanPrefix(view.head, f.start, clip(view, f), META_GRAPH)
        if (fields.length === 0 && f.len > 0) bad = true
        const info = fields.find((x) => x.no === 1)
        if (info && info.start < view.head.length && info.len > 0)
          if (!startsLike(view.head, info.start, Math.min(info.start + info.len, view.head.length), META_INFO))
            bad = true
      }
    }
    return !bad
  })
  return !bad && meta && res !== 'mismatch'
}

function printable(b: Buffer): boolean {
  for (const c of b) if (c < 0x20 || c > 0x7e) return false
  return true
}

export async function looksLikeGraphDef(view: SniffView): Promise<boolean> {
  if (view.size < 4) return false
  const { head } = view
  let firstNode: boolean | undefined
  let nodes = 0
  const res = await walkTop(view, GRAPH_DEF, (f) => {
    if (f.no !== 1) return true
    nodes++
    if (firstNode !== undefined || f.start >= head.length) return true
    const fields = readPrefix(head, f.start, clip(view, f), NODE_DEF)
    const name = fields?.find((x) => x.no === 1)
    const op = fields?.find((x) => x.no === 2)
    firstNode =
      !!name &&
      !!op &&
      name.len > 0 &&
      op.len > 0 &&
      op.start + op.len <= head.length &&
      name.start + name.len <= head.length &&
      OP_NAME.test(head.toString('latin1', op.start, op.start + op.len)) &&
      printable(head.subarray(name.start, name.start + name.len))
    return firstNode
  })
  if (res === 'mismatch') return false
  // A GraphDef without nodes (only a library or versions) is too weak a signal to claim the file.
  return nodes > 0 && firstNode === true
}

export async function looksLikeKerasMetadata(view: SniffView): Promise<boolean> {
  const { head } = view
  if (view.size < 8) return false
  let verdict: boolean | undefined
  const res = await walkTop(view, KERAS_META, (f) => {
    if (f.start >= head.length) return false
    const fields = readPrefix(head, f.start, clip(view, f), KERAS_OBJECT)
    const id = fields?.find((x) => x.no === 4)
    verdict =
      !!id &&
      id.start + id.len <= head.length &&
      head.toString('latin1', id.start, id.start + id.len).startsWith('_tf_keras')
    return false
  })
  return res !== 'mismatch' && verdict === true
}

export async function looksLikeFingerprint(view: SniffView): Promise<boolean> {
  if (view.size < 16 || view.size > 512) return false
  let hashes = 0
  let ok = true
  const res = await walkTop(view, FINGERPRINT, (f) => {
    if (f.wt === VARINT && (f.value ?? 0n) >= 1n << 32n) hashes++
    if (f.no === 6 && !prefixMatches(view.head, f.start, clip(view, f), { 1: VARINT, 2: VARINT, 3: VARINT })) ok = false
    return ok
  })
  return ok && res === 'ok' && hashes >= 3
}
