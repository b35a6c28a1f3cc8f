// TensorFlow SavedModel (saved_model.pb), plus the protobufs that live beside it: tf-keras
// keras_metadata.pb (each layer's JSON goes to the Keras config walker) and fingerprint.pb (hashes only).
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import type { ByteSource } from '../../engine/source.js'
import { ProtoReader, LEN, wireName, type PbField } from '../protobuf/wire.js'
import { CappedReporter } from '../common/capped.js'
import { escapeProblem, normaliseRelative } from '../common/paths.js'
import { parseJson, toPlain, JsonError } from '../common/json.js'
import { walkKerasConfig } from '../keras/config.js'
import { looksLikeFingerprint, looksLikeKerasMetadata, looksLikeSavedModel } from './detect.js'
import { TfWalker } from './proto.js'
import { analyzeTfGraph } from './graph.js'

/** A single protobuf cannot exceed 2 GiB. */
export const MAX_PROTOBUF = 2147483647

export function tfReporter(ctx: AnalysisContext): { out: CappedReporter; walker: TfWalker } {
  const out = new CappedReporter(ctx)
  const seen = new Set<string>()
  const walker = new TfWalker({
    maxElements: ctx.limits.maxElements,
    wrongWire(msg: string, f: PbField, want: number) {
      const key = `${msg}.${f.no}`
      if (seen.has(key)) return
      seen.add(key)
      out.report(
        'TF-008',
        `${msg} field ${f.no} has wire type ${wireName(f.wt)} instead of ${wireName(want)}; TensorFlow skips it as unknown`,
        { offset: f.at }
      )
    }
  })
  return { out, walker }
}

export function readerFor(src: ByteSource, ctx: AnalysisContext): ProtoReader {
  let ticks = 0
  return ProtoReader.root(src, {
    maxDepth: ctx.limits.maxNesting,
    tick: (off) => {
      if ((++ticks & 0xffff) === 0) ctx.checkDeadline(off)
    }
  })
}

async function kerasJson(ctx: AnalysisContext, text: string, where: string, offset: number): Promise<void> {
  let parsed
  try {
    parsed = parseJson(text, { maxDepth: ctx.limits.maxNesting })
  } catch (e) {
    const msg = e instanceof JsonError ? e.message : String(e)
    ctx.notAnalysed(`Keras metadata in ${where} is not valid JSON (${msg})`, offset)
    return
  }
  await walkKerasConfig(toPlain(parsed.value), ctx, where)
}

async function analyzeSavedModel(src: ByteSource, ctx: AnalysisContext): Promise<void> {
  const { out, walker } = tfReporter(ctx)
  try {
    if (src.size > MAX_PROTOBUF)
      out.report('TF-008', `saved_model.pb is ${src.size} bytes, over the 2 GiB protobuf limit`)
    const sm = await walker.savedModel(readerFor(src, ctx))
    const signatures: string[] = []
    for (const mg of sm.metaGraphs) {
      const label = sm.metaGraphs.length > 1 ? `meta_graph[${mg.index}]` : 'graph'
      signatures.push(
        analyzeTfGraph(ctx, out, mg.graph, {
          label,
          loadRoots: mg.initTargets,
          saverRoots: [mg.saverRestoreOp, mg.saverSaveTensor].filter((x): x is string => !!x),
          savedModel: true
        })
      )
      for (const a of mg.assets) {
        const problem = escapeProblem(a.filename)
        if (problem) {
          out.report('TF-005', `asset_file_def filename ${JSON.stringify(a.filename.slice(0, 200))}: ${problem}`, {
            offset: a.at,
            evidence: a.filename.slice(0, 120)
          })
          continue
        }
        const nb = ctx.run.neighbours
        if (nb && ctx.member === undefined) {
          const st = await nb.stat(`assets/${normaliseRelative(a.filename)}`)
          if (st.isSymlink || (st.exists && !st.insideRoot))
            out.report(
              'TF-005',
              `asset ${JSON.stringify(a.filename)} is a link or resolves outside the SavedModel folder`,
              {
                offset: a.at,
                evidence: a.filename
              }
            )
          else if (!st.exists)
            out.report('TF-005', `asset ${JSON.stringify(a.filename)} is not in assets/ next to saved_model.pb`, {
              severity: 'low',
              offset: a.at,
              evidence: a.filename
            })
        }
      }
      for (const uo of mg.userObjects)
        if (uo.identifier.startsWith('_tf_keras'))
          await kerasJson(ctx, uo.metadata, `SavedModel object ${uo.identifier}`, uo.at)
    }
    if (new Set(signatures).size > 1) {
      const tags = sm.metaGraphs.map((m) => `[${m.tags.join(',')}]`).join(' vs ')
      out.report('TF-007', `the SavedModel's MetaGraphs use different ops per tag set (${tags})`)
    }
  } finally {
    out.flush()
  }
}

/** keras_metadata.pb: SavedMetadata { repeated SavedObject nodes = 1 } with SavedObject.metadata (5) JSON. */
async function analyzeKerasMetadata(src: ByteSource, ctx: AnalysisContext): Promise<void> {
  const r = readerFor(src, ctx)
  let i = 0
  for (let f = await r.next(); f; f = await r.next()) {
    if (f.no !== 1 || f.wt !== LEN) continue
    const o = r.sub(f)
    let path = ''
    let id = ''
    let meta: PbField | undefined
    for (let g = await o.next(); g; g = await o.next()) {
      if (g.wt !== LEN) continue
      if (g.no === 3) path = await o.string(g, 1024)
      else if (g.no === 4) id = await o.string(g, 1024)
      else if (g.no === 5) meta = g
    }
    i++
    if (!meta || !id.startsWith('_tf_keras')) continue
    if (meta.len > ctx.limits.maxHeaderBytes) {
      ctx.report('GEN-007', `Not analysed: Keras metadata of ${path || id} is ${meta.len} bytes`, { offset: meta.at })
      continue
    }
    await kerasJson(
      ctx,
      (await o.bytes(meta)).toString('utf8'),
      `keras_metadata.pb ${path || `node ${i - 1}`}`,
      meta.at
    )
  }
}

type Kind = 'savedmodel' | 'keras-metadata' | 'fingerprint'
const kinds = new WeakMap<ByteSource, Kind>()

export const analyzer: FormatAnalyzer = {
  id: 'savedmodel',
  async detect(view) {
    const kind: Kind | undefined = (await looksLikeSavedModel(view))
      ? 'savedmodel'
      : (await looksLikeKerasMetadata(view))
        ? 'keras-metadata'
        : (await looksLikeFingerprint(view))
          ? 'fingerprint'
          : undefined
    if (kind) kinds.set(view.src, kind)
    return kind !== undefined
  },
  async analyze(src, ctx) {
    ctx.setFormat('savedmodel')
    const kind = kinds.get(src) ?? 'savedmodel'
    if (kind === 'keras-metadata') return analyzeKerasMetadata(src, ctx)
    if (kind === 'fingerprint') return // hashes of the other files: nothing that runs
    return analyzeSavedModel(src, ctx)
  }
}
