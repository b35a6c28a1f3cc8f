// Keras versions: which loader generation a saved version belongs to (format-rules.md §8.2, KER-011).
import type { AnalysisContext } from '../../engine/context.js'

/** True when `version` is a Keras version before `major.minor`; unknown versions count as old (fail closed). */
export function kerasBefore(version: string | undefined, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '')
  if (!m) return true
  const a = Number(m[1])
  const b = Number(m[2])
  return a < major || (a === major && b < minor)
}

/** KER-011: inventory of the saving version; low for generations whose loaders run Lambdas or import anything. */
export function reportKerasVersion(ctx: AnalysisContext, version: string | undefined, backend?: string): void {
  if (version === undefined) return
  const v = version.slice(0, 40)
  const old = kerasBefore(version, 2, 13) || (!kerasBefore(version, 3, 0) && kerasBefore(version, 3, 9))
  ctx.report(
    'KER-011',
    `Saved with Keras ${v}${backend ? ` (${backend.slice(0, 20)} backend)` : ''}` +
      (old ? '; loaders of that generation run Lambda bytecode or import any module named in the config' : ''),
    { severity: old ? 'low' : 'info', evidence: v }
  )
}
