// The repository's policy (.modelgate.yml, parsed by config-file.ts): per-path import allow lists, reasoned
// suppressions, limits, fail-on. Kept free of the YAML parser: analysis workers load this module.
import { minimatch } from 'minimatch'
import { UserError } from '../errors.js'
import { DEFAULT_LIMITS, type Limits } from '../engine/limits.js'
import { SEVERITIES, type FailOn } from '../engine/types.js'
import type { IntegrityInput } from '../integrity/options.js'

export interface ImportAllow {
  /** Path globs the entry applies to (all files when absent). */
  paths?: string[]
  /** Import names (`module.Name`) or module wildcards (`module.*`). */
  imports: string[]
}

export interface Suppression {
  rule: string
  paths?: string[]
  reason: string
}

export interface Config {
  failOn?: FailOn
  allowImports: ImportAllow[]
  suppress: Suppression[]
  limits: Limits
  /**
   * Integrity settings (trusted keys, CA roots, Sigstore identities, signature and manifest locations). This is
   * trust input: the Action reads the configuration from the base branch, so a pull request cannot trust itself.
   */
  integrity?: IntegrityInput
  /** Where the config came from, for messages. */
  source?: string
}

export const EMPTY_CONFIG: Config = { allowImports: [], suppress: [], limits: { ...DEFAULT_LIMITS } }

export function parseFailOn(v: unknown, where: string): FailOn {
  if (v === 'none' || (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v))) return v as FailOn
  throw new UserError(`${where} must be one of critical, high, medium, low, info, none (got ${JSON.stringify(v)})`)
}

export function pathMatches(path: string, globs: string[] | undefined): boolean {
  if (!globs || globs.length === 0) return true
  return globs.some((g) => minimatch(path, g, { dot: true, matchBase: !g.includes('/') }))
}

/** Whether an import name is allowed for `path` by the repository's allow-imports entries. */
export function importAllowed(cfg: Config, path: string, name: string): boolean {
  for (const a of cfg.allowImports) {
    if (!pathMatches(path, a.paths)) continue
    for (const pat of a.imports) {
      if (pat === name) return true
      if (pat.endsWith('.*') && name.startsWith(pat.slice(0, -1))) return true
    }
  }
  return false
}
