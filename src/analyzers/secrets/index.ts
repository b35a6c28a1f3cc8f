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

interface SecretMatch {
  kind: string
  /** Where the pattern matched (a URL's start for a password in it). */
  index: number
  /** The credential itself: [start, end) in the text. */
  start: number
  end: number
}

/** Every pattern match in `text` that passes its entropy test. */
function matchSecrets(text: string): SecretMatch[] {
  const out: SecretMatch[] = []
  for (const p of SECRET_PATTERNS) {
    p.re.lastIndex = 0
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const token = m[1] ?? m[0]
      if (p.minEntropy !== undefined && entropy(token) < p.minEntropy) continue
      // The password of a URL starts after the first ':' past the scheme (neither user nor password holds one).
      const start = p.kind === 'password in URL' ? m.index + m[0].indexOf(':', m[0].indexOf('://') + 3) + 1 : m.index
      const end = p.kind === 'password in URL' ? start + token.length : m.index + m[0].length
      out.push({ kind: p.kind, index: m.index, start, end })
    }
  }
  return out
}

export function findSecrets(text: string): SecretHit[] {
  if (text.length <= WINDOW && !PREFILTER.test(text)) return []
  const hits: SecretHit[] = []
  for (let start = 0; start < text.length; start += WINDOW - 512) {
    const chunk = text.slice(start, start + WINDOW)
    for (const m of matchSecrets(chunk))
      hits.push({ kind: m.kind, redacted: redact(chunk.slice(m.start, m.end)), index: start + m.index })
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

/**
 * A private key block: its header, the base64 lines after it (line breaks real or escaped as \\n, as printed in
 * code) and its END line when there. The body is the secret; the header alone is not.
 */
const KEY_BLOCK =
  /-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----(?:(?:\\[nr]|\s)+[A-Za-z0-9+/=]+)*(?:(?:\\[nr]|\s)*-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----)?/g

/**
 * `text` with every credential replaced by its redacted form (a private key block by its header and length).
 * The last line of defence for finding messages and evidence, which may quote model strings (a URL, a script
 * excerpt) that hold a credential.
 */
export function redactSecrets(text: string): string {
  if (!PREFILTER.test(text)) return text
  const spans = matchSecrets(text).map((m) => ({ start: m.start, end: m.end }))
  KEY_BLOCK.lastIndex = 0
  for (let m = KEY_BLOCK.exec(text); m; m = KEY_BLOCK.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length })
  if (!spans.length) return text
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const s of spans) {
    if (s.start < at) continue // inside a span already replaced
    const secret = text.slice(s.start, s.end)
    const header = /^-----BEGIN [A-Z ]*-----/.exec(secret)?.[0]
    const shown =
      header === undefined ? redact(secret) : header === secret ? secret : `${header}…(${secret.length} chars)`
    out += text.slice(at, s.start) + shown
    at = s.end
  }
  return out + text.slice(at)
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
