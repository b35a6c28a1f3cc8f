// Payload staging in text fields: metadata, doc strings, attribute strings and the like are free text that a
// loader ignores, which makes them a place to stage code for a companion loader (Parzian, DEF CON 33: a base64
// reverse shell in ONNX metadata_props). This sniffer classifies one value; each format maps the hits to its
// own rule id (ONNX-009, ST-006, GGUF-004, TF-004, TFL-005) and severity.
import { inflateSync, gunzipSync } from 'fflate'
import type { Severity } from '../../engine/types.js'

export type PayloadKind =
  | 'executable'
  | 'pickle'
  | 'script'
  | 'encoded-script'
  | 'encoded-executable'
  | 'encoded-pickle'
  | 'encoded-blob'
  | 'url'
  | 'long'

export interface PayloadHit {
  kind: PayloadKind
  severity: Severity
  /** What was seen, for the finding message. */
  detail: string
  /** Short excerpt (at most 80 characters). */
  evidence: string
}

export interface SniffOptions {
  /** URLs are normal in this field (e.g. GGUF general.url): do not report them. */
  allowUrls?: boolean
  /** Values longer than this are reported as `long` (default 1 MiB). */
  longThreshold?: number
  /** Full length of the value when only a prefix is passed in. */
  totalLength?: number
  /** Look for plain-text code (default true); off for vocabularies, where words like "import os" are normal. */
  scripts?: boolean
}

/** Values are examined up to this many characters (the rest is covered by the `long` hit). */
export const SNIFF_MAX = 1 << 20

const SCRIPT_PATTERNS: [RegExp, string][] = [
  [/\/dev\/(?:tcp|udp)\/[\w.-]+\/\d+/, 'reverse shell (/dev/tcp)'],
  [/\b(?:ba|z|da)?sh\s+-[ci]\b/, 'shell invocation'],
  [/\/bin\/(?:ba|z|da)?sh\b/, 'shell path'],
  [/\bn(?:c|cat)\b[^\n]{0,60}\s-[ec]\s/, 'netcat with -e'],
  [/\bmkfifo\b[^\n]{0,80}\b(?:nc|sh)\b/, 'fifo reverse shell'],
  [/\b(?:curl|wget)\b[^\n|;]{0,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b/, 'download piped to a shell'],
  [/\bpowershell(?:\.exe)?\b[^\n]{0,60}\s-(?:e|enc|encodedcommand|c|command|nop|w)\b/i, 'PowerShell command'],
  [/\b(?:Invoke-Expression|IEX\s*\(|DownloadString\s*\()/i, 'PowerShell download/execute'],
  [/\brm\s+-rf\s+[/~]/, 'recursive delete'],
  [/\bchmod\s+(?:\+x|[0-7]*7[0-7]*)\s/, 'chmod executable'],
  [/\b__import__\s*\(/, 'Python __import__'],
  [
    /\bimport\s+(?:os|subprocess|socket|pty|ctypes|marshal|pickle|shutil|sys|base64|importlib|runpy|requests|urllib)\b/,
    'Python import'
  ],
  [/\bfrom\s+(?:os|subprocess|socket|pty|ctypes|marshal|pickle|importlib|runpy)\s+import\b/, 'Python import'],
  [/\bos\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?|fork|remove|unlink)\s*\(/, 'os command call'],
  [/\bsubprocess\.(?:run|call|check_call|check_output|Popen|getoutput)\s*\(/, 'subprocess call'],
  [/(?<![.\w])(?:eval|exec|execfile|compile)\s*\(/, 'eval/exec call'],
  [/\bpty\.spawn\s*\(/, 'pty.spawn'],
  [/\bsocket\.socket\s*\(/, 'socket creation'],
  [/\b(?:marshal|pickle|dill|cloudpickle)\.loads?\s*\(/, 'deserialisation call'],
  [/\brequire\s*\(\s*['"]child_process['"]\s*\)/, 'Node child_process'],
  [/<script\b/i, 'HTML script tag'],
  [/^#!\s*\/\S+/m, 'shebang']
]

const URL_RE = /\b(?:https?|ftp|file|gs|s3|hdfs|grpc|ws|wss):\/\/[^\s'"<>]{2,200}/i

export function findScript(text: string): string | undefined {
  for (const [re, what] of SCRIPT_PATTERNS) if (re.test(text)) return what
  return undefined
}

/** Binary signatures that have no business in model metadata. */
export function binaryKind(b: Uint8Array): { kind: 'executable' | 'pickle' | 'zip'; detail: string } | undefined {
  if (b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46)
    return { kind: 'executable', detail: 'ELF executable' }
  if (b.length >= 64 && b[0] === 0x4d && b[1] === 0x5a) {
    const pe = b[0x3c]! | (b[0x3d]! << 8) | (b[0x3e]! << 16)
    if (pe + 4 <= b.length && b[pe] === 0x50 && b[pe + 1] === 0x45 && b[pe + 2] === 0 && b[pe + 3] === 0)
      return { kind: 'executable', detail: 'PE (Windows) executable' }
  }
  if (b.length >= 2 && b[0] === 0x4d && b[1] === 0x5a && Buffer.from(b.subarray(0, 512)).includes('This program'))
    return { kind: 'executable', detail: 'DOS/PE executable' }
  if (b.length >= 4) {
    const m = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(m) && b.length > 32)
      return { kind: 'executable', detail: 'Mach-O executable' }
  }
  if (b.length >= 3 && b[0] === 0x80 && b[1]! >= 2 && b[1]! <= 5 && b[b.length - 1] === 0x2e)
    return { kind: 'pickle', detail: `pickle (protocol ${b[1]})` }
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4)
    return { kind: 'zip', detail: 'zip archive' }
  return undefined
}

function excerpt(s: string, at = 0): string {
  const t = s.slice(Math.max(0, at), Math.max(0, at) + 80).replace(/[\u0000-\u001f\u007f]/g, ' ')
  return t.length < s.length - at ? `${t}…` : t
}

/** A URL with the password of its user info masked (`https://user:***@host`): a finding must not repeat it. */
function withoutPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s/@]*@/i, '$1:***@')
}

function printableRatio(b: Uint8Array): number {
  if (b.length === 0) return 0
  let ok = 0
  for (const c of b) if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || c >= 0xc2) ok++
  return ok / b.length
}

/** Tries zlib/gzip on decoded bytes (staged payloads are often compressed before encoding). */
function maybeInflate(b: Uint8Array): Uint8Array | undefined {
  try {
    if (b.length > 2 && b[0] === 0x1f && b[1] === 0x8b) return gunzipSync(b)
    if (b.length > 2 && b[0] === 0x78 && (b[0]! * 256 + b[1]!) % 31 === 0) return inflateSync(b)
  } catch {
    return undefined
  }
  return undefined
}

function classifyDecoded(b: Uint8Array, how: string): PayloadHit | undefined {
  const inflated = maybeInflate(b)
  if (inflated && inflated.length <= 8 * SNIFF_MAX) {
    const inner = classifyDecoded(inflated, `${how} + compressed`)
    if (inner) return inner
  }
  const bin = binaryKind(b)
  if (bin?.kind === 'executable')
    return {
      kind: 'encoded-executable',
      severity: 'high',
      detail: `${how} text decodes to a ${bin.detail}`,
      evidence: ''
    }
  if (bin?.kind === 'pickle')
    return { kind: 'encoded-pickle', severity: 'high', detail: `${how} text decodes to a ${bin.detail}`, evidence: '' }
  if (printableRatio(b) > 0.9) {
    const text = Buffer.from(b).toString('utf8')
    const what = findScript(text)
    if (what)
      return {
        kind: 'encoded-script',
        severity: 'high',
        detail: `${how} text decodes to code (${what}): ${excerpt(text)}`,
        evidence: ''
      }
  }
  return undefined
}

const B64_RUN = /[A-Za-z0-9+/_-]{48,}={0,2}/g
const HEX_RUN = /(?:[0-9a-fA-F]{2}){40,}/g

function decodeBase64(s: string): Uint8Array | undefined {
  const norm = s.replace(/-/g, '+').replace(/_/g, '/')
  if (norm.replace(/=+$/, '').length % 4 === 1) return undefined
  return Buffer.from(norm, 'base64')
}

/** Classifies one text value. Returns the hits, most severe first. */
export function sniffText(value: string, opts: SniffOptions = {}): PayloadHit[] {
  const hits: PayloadHit[] = []
  const long = opts.longThreshold ?? SNIFF_MAX
  const total = Math.max(value.length, opts.totalLength ?? 0)
  if (total > long)
    hits.push({
      kind: 'long',
      severity: 'medium',
      detail: `very long value (${total} bytes)`,
      evidence: excerpt(value)
    })
  const text = value.length > SNIFF_MAX ? value.slice(0, SNIFF_MAX) : value
  const raw = Buffer.from(text, 'latin1')
  const bin = binaryKind(raw)
  if (bin && bin.kind !== 'zip')
    hits.push({ kind: bin.kind, severity: 'high', detail: `raw ${bin.detail} bytes`, evidence: excerpt(text) })
  const script = opts.scripts === false ? undefined : findScript(text)
  if (script) hits.push({ kind: 'script', severity: 'medium', detail: `code (${script})`, evidence: excerpt(text) })
  let encodedFound = false
  for (const re of [B64_RUN, HEX_RUN]) {
    re.lastIndex = 0
    let n = 0
    for (let m = re.exec(text); m && n < 64; m = re.exec(text), n++) {
      const run = m[0]
      const decoded = re === HEX_RUN ? Buffer.from(run, 'hex') : decodeBase64(run)
      if (!decoded) continue
      const hit = classifyDecoded(decoded, re === HEX_RUN ? 'hex' : 'base64')
      if (hit) {
        hit.evidence = excerpt(run)
        hits.push(hit)
        encodedFound = true
        break
      }
      if (run.length >= 64 * 1024 && !encodedFound) {
        hits.push({
          kind: 'encoded-blob',
          severity: 'low',
          detail: `opaque ${re === HEX_RUN ? 'hex' : 'base64'} blob of ${run.length} characters`,
          evidence: excerpt(run)
        })
        encodedFound = true
      }
    }
    if (encodedFound) break
  }
  if (!opts.allowUrls) {
    const u = URL_RE.exec(text)
    if (u) {
      const shown = excerpt(withoutPassword(u[0]))
      hits.push({ kind: 'url', severity: 'low', detail: `URL ${shown}`, evidence: shown })
    }
  }
  const rank: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }
  return hits.sort((a, b) => rank[b.severity] - rank[a.severity])
}

/** Binary blob (a metadata buffer, an attribute's bytes): signatures and embedded text. */
export function sniffBytes(b: Uint8Array): PayloadHit[] {
  const bin = binaryKind(b)
  if (bin && bin.kind !== 'zip') return [{ kind: bin.kind, severity: 'high', detail: bin.detail, evidence: '' }]
  if (printableRatio(b.subarray(0, SNIFF_MAX)) > 0.9)
    return sniffText(Buffer.from(b.subarray(0, SNIFF_MAX)).toString('utf8'))
  return []
}
