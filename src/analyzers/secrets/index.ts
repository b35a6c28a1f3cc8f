// Embedded credentials: every string the analyzers extract (pickle strings, metadata, configs, code) passes
// through findSecrets. Findings carry only a redacted prefix, never the secret.
import type { AnalysisContext } from '../../engine/context.js'
import { SECRET_PATTERNS } from './patterns.js'

export interface SecretHit {
  kind: string
  /** Redacted form: a short prefix, an ellipsis and the length. */
  redacted: string
  /** Character index in the scanned text. */
  index: number
}

/** Longest string examined per call; longer values are scanned in overlapping windows by the caller's loop. */
const WINDOW = 1 << 20

export function entropy(s: string): number {
  const counts = new Map<string, number>()
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let h = 0
  for (const n of counts.values()) {
    const p = n / s.length
    h -= p * Math.log2(p)
  }
  return h
}

export function redact(secret: string): string {
  const keep = secret.startsWith('-----BEGIN') ? secret.length : Math.min(6, Math.max(2, Math.floor(secret.length / 6)))
  return secret.length <= keep ? secret : `${secret.slice(0, keep)}…(${secret.length} chars)`
}

/** One cheap test that every pattern needs to pass, so ordinary strings skip the pattern list. */
const PREFILTER =
  /AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|gh[pousr]_|github_pat_|glpat-|hf_|sk-|xox|hooks\.slack|AIza|_live_|-----BEGIN|aws|:\/\/[^\s@/]*:[^\s@/]*@/i

export function mayHoldSecret(text: string): boolean {
  return PREFILTER.test(text)
}

export function findSecrets(text: string): SecretHit[] {
  if (text.length <= WINDOW && !PREFILTER.test(text)) return []
  const hits: SecretHit[] = []
  for (let start = 0; start < text.length; start += WINDOW - 512) {
    const chunk = text.slice(start, start + WINDOW)
    for (const p of SECRET_PATTERNS) {
      p.re.lastIndex = 0
      for (let m = p.re.exec(chunk); m; m = p.re.exec(chunk)) {
        const token = m[1] ?? m[0]
        if (p.minEntropy !== undefined && entropy(token) < p.minEntropy) continue
        const secret = p.kind === 'password in URL' ? token : m[0]
        hits.push({ kind: p.kind, redacted: redact(secret), index: start + m.index })
      }
    }
    if (start + WINDOW >= text.length) break
  }
  const seen = new Set<string>()
  return hits.filter((h) => {
    const k = `${h.kind}\0${h.index}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Reports every credential found in `text` (a string value taken from `where` in the model). */
export function reportSecrets(
  ctx: AnalysisContext,
  text: string,
  where: string,
  offset?: number,
  member?: string
): void {
  if (text.length < 16) return
  for (const h of findSecrets(text))
    ctx.report('SEC-001', `${h.kind} embedded in ${where}: ${h.redacted}`, {
      offset,
      evidence: `${h.kind}: ${h.redacted}`,
      ...(member !== undefined ? { member } : {})
    })
}
