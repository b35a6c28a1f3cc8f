// Applies the repository's policy to a file's raw findings: import allow lists and reasoned suppressions.
import type { Finding, SuppressedFinding } from '../engine/types.js'
import { importAllowed, pathMatches, type Config } from './config.js'

/** Rule ids whose finding is "this import is not on the shipped allow list" (evidence = the import). */
export const UNKNOWN_IMPORT_RULES = new Set(['PKL-002'])

export function applyPolicy(
  path: string,
  findings: Finding[],
  cfg: Config
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = []
  const suppressed: SuppressedFinding[] = []
  for (const f of findings) {
    if (UNKNOWN_IMPORT_RULES.has(f.ruleId) && f.evidence && importAllowed(cfg, path, f.evidence)) {
      suppressed.push({ ...f, suppressedBy: `allow-imports in ${cfg.source ?? 'config'}` })
      continue
    }
    const s = cfg.suppress.find((s) => s.rule === f.ruleId && pathMatches(path, s.paths))
    if (s) {
      suppressed.push({ ...f, suppressedBy: s.reason })
      continue
    }
    kept.push(f)
  }
  return { kept, suppressed }
}
