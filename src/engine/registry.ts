// The contract between the engine and the per-format analyzers.
import type { ByteSource } from './source.js'
import type { AnalysisContext, MemberOptions } from './context.js'
import type { FormatId } from './types.js'

/** What recognition may look at: the first and last bytes of the content (at most SNIFF_BYTES each). */
export interface SniffView {
  head: Buffer
  tail: Buffer
  size: number
  name: string
  src: ByteSource
}

export const SNIFF_BYTES = 64 * 1024

export interface FormatAnalyzer {
  /** The format this analyzer reports when it recognises the content (it may refine it with ctx.setFormat). */
  id: FormatId
  /** Recognition by content. Cheap, bounded to the view, and never throws. */
  detect(view: SniffView): boolean | Promise<boolean>
  /** Bytes in, findings out (through ctx). May throw ParseError / LimitExceeded: the engine reports them. */
  analyze(src: ByteSource, ctx: AnalysisContext, opts: MemberOptions): Promise<void>
}
