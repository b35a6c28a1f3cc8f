// A small option parser shared by subcommands: `--flag value`, `--flag=value`, boolean flags, `--` ends options.
import { UserError } from '../errors.js'

export interface ArgSpec {
  /** Options that take a value (aliases map to the same key via `alias`). */
  values: string[]
  /** Options without a value. */
  booleans?: string[]
  alias?: Record<string, string>
}

export interface ParsedArgs {
  values: Map<string, string>
  booleans: Set<string>
  positionals: string[]
}

export function parseArgs(argv: string[], spec: ArgSpec, usage: string): ParsedArgs {
  const out: ParsedArgs = { values: new Map(), booleans: new Set(), positionals: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1))
      break
    }
    if (!a.startsWith('-') || a === '-') {
      out.positionals.push(a)
      continue
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1
    const raw = eq > 0 ? a.slice(0, eq) : a
    const flag = spec.alias?.[raw] ?? raw
    if (spec.booleans?.includes(flag)) {
      if (eq > 0) throw new UserError(`${flag} takes no value. ${usage}`)
      out.booleans.add(flag)
    } else if (spec.values.includes(flag)) {
      let v: string | undefined
      if (eq > 0) v = a.slice(eq + 1)
      else v = argv[++i]
      if (v === undefined) throw new UserError(`${flag} needs a value. ${usage}`)
      if (out.values.has(flag)) throw new UserError(`${flag} given twice. ${usage}`)
      out.values.set(flag, v)
    } else throw new UserError(`unknown option ${a}. ${usage}`)
  }
  return out
}

/** A positive integer option value. */
export function positiveInt(v: string, flag: string): number {
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw new UserError(`${flag} must be a positive integer (got "${v}")`)
  return Number(v)
}
