import type { Severity } from '../engine/types.js'

/** One detection rule: the single source for reports, SARIF rule metadata and docs/RULES.md. */
export interface Rule {
  /** Stable id, `AREA-NNN` (see ../shared/docs/format-rules.md §0.2 for the prefixes). */
  id: string
  title: string
  /** Default severity; a finding may carry another (e.g. a deny-list tier) and says so in its message. */
  severity: Severity
  /** Why it matters, for a person deciding whether to merge. */
  why: string
  /** What to do about it. */
  fix: string
  references?: string[]
}
