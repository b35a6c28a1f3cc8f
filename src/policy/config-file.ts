// Parses .modelgate.yml (the YAML parser lives here, not in config.ts, so analysis workers do not load it).
import { parse } from 'yaml'
import { UserError } from '../errors.js'
import { DEFAULT_LIMITS } from '../engine/limits.js'
import { RULES } from './catalogue.js'
import { parseIntegritySection } from '../integrity/options.js'
import { EMPTY_CONFIG, parseFailOn, type Config } from './config.js'

const KEYS = new Set(['fail-on', 'allow-imports', 'suppress', 'limits', 'integrity'])

function strList(v: unknown, where: string): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  throw new UserError(`${where} must be a string or a list of strings`)
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
