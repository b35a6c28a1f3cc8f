// Stage 1: the Action's inputs, validated. Every mistake is a UserError that names the input and the values
// it accepts. Defaults live here as well as in action.yml, so the behaviour is the same whether the runner
// applied the action.yml default or not.
import { UserError } from '../errors.js'
import type { FailOn } from '../engine/types.js'
import { parseFailOn } from '../policy/config.js'

export type Mode = 'auto' | 'changed' | 'all' | 'history'
export type CommentMode = 'on-findings' | 'always' | 'never'

/** Trust anchors for integrity checks. They come from the workflow (never from the PR's files). */
export interface TrustInputs {
  signature?: string
  trustedKeys: string[]
  trustedCas: string[]
  identity?: string
  issuer?: string
  trustedRoot?: string
  requireSignature: boolean
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
  trust: TrustInputs
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
  return {
    mode: oneOf('mode', v('mode'), ['auto', 'changed', 'all', 'history'] as const, 'auto'),
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
    trust: {
      ...(optional(v('signature')) ? { signature: v('signature') } : {}),
      trustedKeys: list(get('trusted-key')),
      trustedCas: list(get('trusted-ca')),
      ...(optional(v('identity')) ? { identity: v('identity') } : {}),
      ...(optional(v('issuer')) ? { issuer: v('issuer') } : {}),
      ...(optional(v('trusted-root')) ? { trustedRoot: v('trusted-root') } : {}),
      requireSignature: bool('require-signature', v('require-signature'), false)
    }
  }
}

/** Whether any trust input was given (integrity verification was asked for). */
export function trustRequested(t: TrustInputs): boolean {
  return (
    t.requireSignature ||
    t.trustedKeys.length > 0 ||
    t.trustedCas.length > 0 ||
    t.signature !== undefined ||
    t.identity !== undefined ||
    t.issuer !== undefined ||
    t.trustedRoot !== undefined
  )
}
