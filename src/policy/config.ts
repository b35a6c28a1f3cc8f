// The repository's .modelgate.yml: per-path import allow lists, reasoned suppressions, limits, fail-on.
import { parse } from 'yaml'
import { minimatch } from 'minimatch'
import { UserError } from '../errors.js'
import { DEFAULT_LIMITS, type Limits } from '../engine/limits.js'
import { SEVERITIES, type FailOn } from '../engine/types.js'
import { RULES } from './catalogue.js'
import { parseIntegritySection, type IntegrityInput } from '../integrity/options.js'

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

const KEYS = new Set(['fail-on', 'allow-imports', 'suppress', 'limits', 'integrity'])

function strList(v: unknown, where: string): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  throw new UserError(`${where} must be a string or a list of strings`)
}

export function parseFailOn(v: unknown, where: string): FailOn {
  if (v === 'none' || (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v))) return v as FailOn
  throw new UserError(`${where} must be one of critical, high, medium, low, info, none (got ${JSON.stringify(v)})`)
}

/** Parses .modelgate.yml text. Every mistake is a UserError naming the key to change. */
export function parseConfig(text: string, source: string): Config {
  let doc: unknown
  try {
    doc = parse(text)
  } catch (e) {
    throw new UserError(`${source}: not valid YAML (${(e as Error).message.split('\n')[0]})`)
  }
  if (doc === null || doc === undefined) return { ...EMPTY_CONFIG, limits: { ...DEFAULT_LIMITS }, source }
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new UserError(`${source}: expected a mapping at the top level`)
  const d = doc as Record<string, unknown>
  for (const k of Object.keys(d))
    if (!KEYS.has(k)) throw new UserError(`${source}: unknown key "${k}" (known: ${[...KEYS].join(', ')})`)
  const cfg: Config = { allowImports: [], suppress: [], limits: { ...DEFAULT_LIMITS }, source }
  if (d['fail-on'] !== undefined) cfg.failOn = parseFailOn(d['fail-on'], `${source}: fail-on`)
  const allow = d['allow-imports'] ?? []
  if (!Array.isArray(allow)) throw new UserError(`${source}: allow-imports must be a list`)
  allow.forEach((e, i) => {
    const where = `${source}: allow-imports[${i}]`
    if (typeof e !== 'object' || e === null) throw new UserError(`${where} must be a mapping with imports (and paths)`)
    const o = e as Record<string, unknown>
    if (o.imports === undefined) throw new UserError(`${where}: imports is required`)
    cfg.allowImports.push({
      imports: strList(o.imports, `${where}.imports`),
      ...(o.paths !== undefined ? { paths: strList(o.paths, `${where}.paths`) } : {})
    })
  })
  const sup = d.suppress ?? []
  if (!Array.isArray(sup)) throw new UserError(`${source}: suppress must be a list`)
  sup.forEach((e, i) => {
    const where = `${source}: suppress[${i}]`
    if (typeof e !== 'object' || e === null)
      throw new UserError(`${where} must be a mapping with rule, reason (and paths)`)
    const o = e as Record<string, unknown>
    if (typeof o.rule !== 'string' || !RULES.has(o.rule))
      throw new UserError(`${where}.rule must be a known rule id (got ${JSON.stringify(o.rule)}; see docs/RULES.md)`)
    if (typeof o.reason !== 'string' || o.reason.trim() === '')
      throw new UserError(`${where}: a suppression needs a written reason (reason: "why this is acceptable")`)
    cfg.suppress.push({
      rule: o.rule,
      reason: o.reason.trim(),
      ...(o.paths !== undefined ? { paths: strList(o.paths, `${where}.paths`) } : {})
    })
  })
  if (d.limits !== undefined) {
    if (typeof d.limits !== 'object' || d.limits === null) throw new UserError(`${source}: limits must be a mapping`)
    for (const [k, v] of Object.entries(d.limits as Record<string, unknown>)) {
      if (!(k in DEFAULT_LIMITS))
        throw new UserError(`${source}: limits.${k} is not a limit (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`)
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
        throw new UserError(`${source}: limits.${k} must be a positive number`)
      ;(cfg.limits as unknown as Record<string, number>)[k] = v
    }
  }
  if (d.integrity !== undefined) cfg.integrity = parseIntegritySection(d.integrity, source)
  return cfg
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
