// Content decides the format: every file and every archive member goes through here. All analyzers whose
// detect() matches run (a pickle with a zip appended is both); their failures become findings, never crashes.
import type { ByteSource } from './source.js'
import type { AnalysisContext, MemberOptions, MemberOutcome } from './context.js'
import { SNIFF_BYTES, type FormatAnalyzer, type SniffView } from './registry.js'
import { LimitExceeded, ParseError } from './limits.js'
import { extensionMismatch } from './extensions.js'
import { ANALYZERS } from '../analyzers/index.js'

/**
 * Formats that legitimately match together, so no polyglot finding: one is a view of the other, or the format
 * defines the combination (TF Lite metadata packs associated files as a zip appended to the flatbuffer).
 * numpy+pickle: a .npy/.npz-named pickle, which np.load unpickles (the numpy analyzer reports NPY-004).
 */
const COMPATIBLE = new Set([
  'pytorch-legacy+pickle',
  'pickle+pytorch-legacy',
  'zip+tflite',
  'tflite+zip',
  'numpy+pickle'
])

export async function makeView(src: ByteSource, name: string): Promise<SniffView> {
  const head = Buffer.from(await src.read(0, SNIFF_BYTES))
  const tailStart = Math.max(head.length, src.size - SNIFF_BYTES)
  const tail = src.size > head.length ? Buffer.from(await src.read(tailStart, src.size - tailStart)) : head
  return { head, tail, size: src.size, name, src }
}

async function detects(a: FormatAnalyzer, view: SniffView): Promise<boolean> {
  try {
    return await a.detect(view)
  } catch {
    return false
  }
}

export async function recognise(src: ByteSource, name: string): Promise<FormatAnalyzer[]> {
  const view = await makeView(src, name)
  const matched: FormatAnalyzer[] = []
  for (const a of ANALYZERS) if (await detects(a, view)) matched.push(a)
  return matched
}

/** Runs one analysis step, converting every failure into a finding (fail closed, keep earlier findings). */
export async function runStage(ctx: AnalysisContext, name: string, step: () => Promise<void>): Promise<void> {
  try {
    await step()
  } catch (e) {
    if (e instanceof LimitExceeded) {
      ctx.report('GEN-007', `Not analysed past this point: ${e.message} (${name})`, { offset: e.offset })
    } else if (e instanceof ParseError) {
      ctx.report('GEN-003', `Not analysed past this point: ${e.message} (${name})`, { offset: e.offset })
    } else {
      const msg = e instanceof Error ? e.message : String(e)
      ctx.report('GEN-011', `Internal error in the ${name} analyzer: ${msg}`)
    }
  }
}

export function runAnalyzer(
  a: FormatAnalyzer,
  src: ByteSource,
  ctx: AnalysisContext,
  opts: MemberOptions
): Promise<void> {
  return runStage(ctx, a.id, () => a.analyze(src, ctx, opts))
}

export async function dispatch(src: ByteSource, ctx: AnalysisContext, opts: MemberOptions): Promise<MemberOutcome> {
  // Members inside a container let LimitExceeded reach the container's stage; the top level reports it here.
  if (ctx.member === undefined && Date.now() > ctx.run.deadline) {
    ctx.report('GEN-007', `Not analysed: time limit of ${ctx.limits.maxFileMillis} ms reached`)
    return { formats: [] }
  }
  ctx.checkDeadline()
  const matched = await recognise(src, ctx.name)
  const formats = matched.map((a) => a.id)
  if (matched.length === 0) return { formats }
  if (ctx.member === undefined && ctx.run.format === undefined) ctx.run.format = matched[0]!.id
  if (matched.length > 1 && !COMPATIBLE.has(formats.join('+'))) {
    ctx.report('CTR-001', `Content is valid as ${formats.join(' and ')}; every view is analysed`, {
      evidence: formats.join('+')
    })
  }
  const expected = extensionMismatch(ctx.name, formats)
  if (expected)
    ctx.report(
      'GEN-002',
      `Named like ${expected.length ? expected.join('/') : 'a non-model file'} but the content is ${formats.join(' + ')}`,
      { evidence: formats.join('+') }
    )
  for (const a of matched) await runAnalyzer(a, src, ctx, opts)
  return { formats }
}
