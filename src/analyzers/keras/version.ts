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
  const why = kerasBefore(version, 2, 13)
    ? 'loaders of that generation have no safe_mode and run Lambda bytecode (CVE-2024-3660)'
    : !kerasBefore(version, 3, 0) && kerasBefore(version, 3, 9)
      ? 'loaders of that generation import any module named in the config, even in safe mode (CVE-2025-1550)'
      : undefined
  ctx.report(
    'KER-011',
    `Saved with Keras ${v}${backend ? ` (${backend.slice(0, 20)} backend)` : ''}${why ? `; ${why}` : ''}`,
    {
      severity: why ? 'low' : 'info',
      evidence: v
    }
  )
}
