// Stage 1: the Action's inputs, validated. Every mistake is a UserError that names the input and the values
// it accepts. Defaults live here as well as in action.yml, so the behaviour is the same whether the runner
// applied the action.yml default or not.
import { UserError } from '../errors.js'
import type { FailOn } from '../engine/types.js'
import { parseFailOn } from '../policy/config.js'
import { parseShard, type Shard } from '../discovery/history.js'
import { actionIntegrityInput } from '../integrity/action.js'
import type { IntegrityInput } from '../integrity/options.js'

export type Mode = 'auto' | 'changed' | 'all' | 'history'
export type CommentMode = 'on-findings' | 'always' | 'never'

/** `mode: history`: which commits the audit walks and how much of it this run takes. */
export interface HistoryInputs {
  /** A revision range (`main..feature`); default: the history of HEAD. */
  range?: string
  /** Only commits after this date. */
  since?: string
  /** Every ref (branches, tags, remote-tracking refs) instead of HEAD. */
  all: boolean
  /** Read at most this many distinct blobs; the rest is one not-analysed finding. */
  maxBlobs?: number
  /** This run audits shard `index` of `count` (a matrix job each). */
  shard?: Shard
}

export interface ActionInputs {
  mode: Mode
  /** Include globs (repo-relative); empty = every file. */
  paths: string[]
  exclude: string[]
  /** Undefined when not given: the config's fail-on applies, else `high`. */
  failOn?: FailOn
  config: string
  /** Whether `config` was given explicitly (then a missing file is an error). */
  configExplicit: boolean
  comment: CommentMode
  annotations: boolean
  sarifFile?: string
  jsonFile?: string
  token: string
  lfs: boolean
  /** Integrity trust and locations (trusted-key, trusted-ca, identity, …); key files are read from the base commit. */
  integrity: IntegrityInput
  /** Pull requests: only findings new relative to the base version set the verdict. */
  failOnNewOnly: boolean
  /** A previous JSON report whose findings are accepted (read from the base commit on pull requests). */
  baseline?: string
  /** Analysis threads (default: one per core). */
  jobs?: number
  history: HistoryInputs
}

export type InputReader = (name: string) => string

export const DEFAULT_CONFIG_PATH = '.modelgate.yml'

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UserError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`)
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off)$/i.test(value)) return false
  throw new UserError(`input ${name} must be true or false (got "${value}")`)
}

/** Newline- or comma-separated list; blank entries and `#` comments dropped. */
export function list(value: string): string[] {
  return value
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value
}

/** Reads and validates every input. `get` returns '' for an input that was not given. */
export function readInputs(get: InputReader): ActionInputs {
  const v = (n: string) => get(n).trim()
  const comment = v('comment')
  const failOn = v('fail-on')
  const mode = oneOf('mode', v('mode'), ['auto', 'changed', 'all', 'history'] as const, 'auto')
  return {
    mode,
    paths: list(get('paths')),
    exclude: list(get('exclude')),
    ...(failOn !== '' ? { failOn: parseFailOn(failOn, 'input fail-on') } : {}),
    config: v('config') || DEFAULT_CONFIG_PATH,
    configExplicit: v('config') !== '' && v('config') !== DEFAULT_CONFIG_PATH,
    comment:
      comment === 'true'
        ? 'always'
        : comment === 'false'
          ? 'never'
          : oneOf('comment', comment, ['on-findings', 'always', 'never'] as const, 'on-findings'),
    annotations: bool('annotations', v('annotations'), true),
    ...(optional(v('sarif-file')) ? { sarifFile: v('sarif-file') } : {}),
    ...(optional(v('json-file')) ? { jsonFile: v('json-file') } : {}),
    token: v('token'),
    lfs: bool('lfs', v('lfs'), true),
    integrity: actionIntegrityInput(get),
    failOnNewOnly: bool('fail-on-new-only', v('fail-on-new-only'), false),
    ...(optional(v('baseline')) ? { baseline: v('baseline') } : {}),
    ...(v('jobs') !== '' ? { jobs: readJobs(v('jobs')) } : {}),
    history: readHistoryInputs(v, mode)
  }
}

function readJobs(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value))
    throw new UserError(`input jobs must be a whole number from 1 to 999 (got "${value}")`)
  return Number(value)
}

const HISTORY_ONLY = ['history-range', 'history-since', 'history-all', 'history-max-blobs', 'shard'] as const

function readHistoryInputs(v: (n: string) => string, mode: Mode): HistoryInputs {
  if (mode !== 'history') {
    const given = HISTORY_ONLY.filter((n) => v(n) !== '' && !(n === 'history-all' && /^(false|no|off)$/i.test(v(n))))
    if (given.length) throw new UserError(`input ${given[0]} applies to mode: history only (mode is ${mode})`)
    return { all: false }
  }
  const shard = v('shard')
  if (shard !== '' && !/^\d{1,6}\/\d{1,6}$/.test(shard))
    throw new UserError(`input shard must be i/n, e.g. 2/4 (got "${shard}")`)
  const maxBlobs = v('history-max-blobs')
  if (maxBlobs !== '' && !/^[1-9]\d{0,9}$/.test(maxBlobs))
    throw new UserError(`input history-max-blobs must be a positive whole number (got "${maxBlobs}")`)
  const range = v('history-range')
  if (range !== '' && (range.startsWith('-') || /\s/.test(range)))
    throw new UserError(`input history-range must be a revision range such as main..feature (got "${range}")`)
  const all = bool('history-all', v('history-all'), false)
  if (all && range !== '') throw new UserError('inputs history-all and history-range cannot be combined')
  let parsed: Shard | undefined
  if (shard !== '') {
    try {
      parsed = parseShard(shard)
    } catch {
      throw new UserError(`input shard must be i/n with 1 <= i <= n (got "${shard}")`)
    }
  }
  return {
    all,
    ...(range !== '' ? { range } : {}),
    ...(optional(v('history-since')) ? { since: v('history-since') } : {}),
    ...(maxBlobs !== '' ? { maxBlobs: Number(maxBlobs) } : {}),
    ...(parsed ? { shard: parsed } : {})
  }
}
