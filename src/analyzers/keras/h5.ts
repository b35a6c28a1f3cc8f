// Legacy Keras HDF5 models (.h5/.hdf5, format-rules.md §8.1) and plain HDF5 files. Keras reads the root
// attributes `model_config` (the architecture, deserialized into layers, Lambdas included) and
// `training_config` (losses, metrics, optimizer), so those are walked with the Keras config rules.
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { FormatAnalyzer, SniffView } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import { BufferSource, FileSource, SliceSource, type ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import { HDF5_MAGIC, startsWith } from '../../engine/magic.js'
import { errorMessage } from '../../errors.js'
import { inspectHdf5, type AttrValue, type Hdf5Inspection } from './hdf5.js'
import { carveKerasJson } from './carve.js'
import { walkKerasConfig } from './config.js'
import { reportKerasVersion } from './version.js'
import { declareHdf5Tensors } from './h5-tensors.js'
import { PER_TENSOR_BYTES } from '../weights/stage.js'

/** Members and non-file sources larger than this are not copied to disk for the HDF5 library. */
const MAX_TEMP_COPY = 4 * 1024 ** 3
const ROOT_ATTRS = ['model_config', 'training_config', 'keras_version', 'backend'] as const
/** Chunked datasets whose chunks inflate to more than this are not read through the library. */
const MAX_CHUNK_BYTES = 64 * 1024 ** 2

/**
 * Offset of the HDF5 superblock: 0, or 512, 1024, 2048… when the file starts with a user block (the
 * library searches the same places). -1 when there is none.
 */
export async function superblockOffset(src: ByteSource, head?: Buffer): Promise<number> {
  for (let off = 0; off + HDF5_MAGIC.length <= src.size; off = off === 0 ? 512 : off * 2) {
    const bytes =
      head && off + HDF5_MAGIC.length <= head.length
        ? head.subarray(off, off + HDF5_MAGIC.length)
        : await src.read(off, HDF5_MAGIC.length)
    if (startsWith(bytes, HDF5_MAGIC)) return off
  }
  return -1
}

async function detect(v: SniffView): Promise<boolean> {
  if (startsWith(v.head, HDF5_MAGIC)) return true
  return (await superblockOffset(v.src, v.head)) > 0
}

/** Runs `fn` with a path the HDF5 library can open: the file itself, or a bounded temporary copy. */
async function withPath<T>(src: ByteSource, ctx: AnalysisContext, fn: (path: string) => Promise<T>): Promise<T> {
  if (src instanceof FileSource) return fn(resolve(src.path))
  if (src.size > MAX_TEMP_COPY)
    throw new LimitExceeded('maxTempCopy', `HDF5 member of ${src.size} bytes is larger than ${MAX_TEMP_COPY} bytes`)
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-h5-'))
  try {
    const path = join(dir, 'member.h5')
    const fh = await open(path, 'wx', 0o600)
    try {
      for (let pos = 0; pos < src.size;) {
        ctx.checkDeadline(pos)
        const chunk = await src.read(pos, 1 << 20)
        if (chunk.length === 0) break
        await fh.write(chunk, 0, chunk.length)
        pos += chunk.length
      }
    } finally {
      await fh.close()
    }
    return await fn(path)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function attrText(v: AttrValue | undefined): string | undefined {
  if (v?.kind === 'string') return v.value
  if (v?.kind === 'bytes') return v.value.toString('utf8')
  return undefined
}

/** Parses and walks one JSON config attribute; keeps going (fail closed) when it is not JSON. */
async function walkAttr(
  name: string,
  v: AttrValue | undefined,
  ctx: AnalysisContext,
  kerasVersion: string | undefined
): Promise<void> {
  if (v === undefined) return
  const where = `${name} attribute`
  const text = attrText(v)
  if (text === undefined) {
    ctx.notAnalysed(`the ${where} is ${v.kind === 'other' ? v.description : 'not text'}, not a JSON string`)
    return
  }
  if (text.length > ctx.limits.maxHeaderBytes) {
    ctx.report('GEN-007', `Not analysed: the ${where} is larger than ${ctx.limits.maxHeaderBytes} bytes`)
    return
  }
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (e) {
    ctx.notAnalysed(`the ${where} is not valid JSON (${errorMessage(e)}); objects carved from it are checked`)
    await carveKerasJson(new BufferSource(Buffer.from(text, 'utf8')), ctx, (value) =>
      walkKerasConfig(value, ctx, `${where} (carved)`, { kerasVersion })
    )
    return
  }
  await walkKerasConfig(config, ctx, where, { kerasVersion })
}

async function analyzeInspection(ins: Hdf5Inspection, ctx: AnalysisContext, weightsMember: boolean): Promise<void> {
  const version = attrText(ins.attrs.get('keras_version'))
  const backend = attrText(ins.attrs.get('backend'))
  if (ins.attrs.has('model_config')) {
    ctx.setFormat('keras-h5')
    await walkAttr('model_config', ins.attrs.get('model_config'), ctx, version)
  } else if (!weightsMember) {
    ctx.setFormat('hdf5')
    ctx.report(
      'KER-013',
      `HDF5 file without a model_config attribute (weights or data only; ${ins.objects} objects, root attributes: ${
        ins.rootAttributes.slice(0, 10).join(', ') || 'none'
      })`
    )
  }
  await walkAttr('training_config', ins.attrs.get('training_config'), ctx, version)
  reportKerasVersion(ctx, version, backend)
  for (const l of ins.externalLinks)
    ctx.report(
      'KER-015',
      `HDF5 link ${l.path.slice(0, 120)} points into another file: ${l.file.slice(0, 120)}:${l.target.slice(0, 80)}`,
      {
        evidence: l.file.slice(0, 120)
      }
    )
}

export const analyzer: FormatAnalyzer = {
  id: 'keras-h5',
  detect,
  async analyze(src, ctx, opts) {
    const off = await superblockOffset(src)
    if (off < 0) throw new ParseError('no HDF5 superblock signature')
    if (off > 0) {
      // A user block: bytes HDF5 ignores but other readers see. Keras never writes one; analyse it by content.
      await ctx.analyzeMember('userblock', new SliceSource(src, 0, off), {}, false)
    }
    let inspection: Hdf5Inspection | undefined
    let failure: string | undefined
    let limited = false
    try {
      inspection = await withPath(src, ctx, (path) =>
        inspectHdf5(
          {
            path,
            wanted: ROOT_ATTRS,
            maxAttrBytes: ctx.limits.maxHeaderBytes,
            maxObjects: ctx.limits.maxElements,
            datasets: {
              maxDatasets: ctx.limits.maxEntries,
              prefixBytes: PER_TENSOR_BYTES,
              prefixBudget: ctx.limits.weightBytes,
              maxChunkBytes: MAX_CHUNK_BYTES
            }
          },
          ctx.run.deadline
        )
      )
    } catch (e) {
      if (!(e instanceof ParseError || e instanceof LimitExceeded)) throw e
      failure = e.message
      limited = e instanceof LimitExceeded
    }
    if (inspection) {
      await analyzeInspection(inspection, ctx, opts.profile === 'keras-weights')
      await declareHdf5Tensors(src, ctx, inspection.datasets, inspection.datasetsOver, off)
      return
    }
    // Fallback: carve the configs out of the raw bytes, and say the file was not fully parsed.
    const why = `HDF5 not fully parsed (${failure}); Keras configs carved from the raw bytes were checked`
    if (limited) ctx.report('GEN-007', `Not analysed: ${why}`)
    else ctx.notAnalysed(why)
    const found = await carveKerasJson(src, ctx, (value) => walkKerasConfig(value, ctx, 'HDF5 bytes (carved)', {}))
    if (found > 0) ctx.setFormat('keras-h5')
  }
}
