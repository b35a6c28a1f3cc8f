// Per-rule caps on repeated findings: a model with 10 000 tensors that share one problem should produce a few
// precise findings and one line saying how many more there were, not 10 000 lines.
import type { AnalysisContext, ReportOptions } from '../../engine/context.js'

export class CappedReporter {
  private readonly counts = new Map<string, number>()

  constructor(
    readonly ctx: AnalysisContext,
    readonly cap = 20
  ) {}

  report(ruleId: string, message: string, opts: ReportOptions = {}): void {
    const key = `${ruleId}\0${opts.severity ?? ''}`
    const n = (this.counts.get(key) ?? 0) + 1
    this.counts.set(key, n)
    if (n <= this.cap) this.ctx.report(ruleId, message, opts)
  }

  /** Adds one summary finding per rule whose findings were capped. Call once at the end. */
  flush(): void {
    for (const [key, n] of this.counts) {
      if (n <= this.cap) continue
      const [ruleId, severity] = key.split('\0') as [string, string]
      this.ctx.report(ruleId, `… and ${n - this.cap} more findings of this kind (not listed)`, {
        ...(severity ? { severity: severity as ReportOptions['severity'] } : {})
      })
    }
  }
}
