// Jinja server-side template injection in chat templates (GGUF tokenizer.chat_template, HF tokenizer_config
// chat_template). Patterns from the published exploits (CVE-2024-34359 llama-cpp-python, CVE-2026-5760 SGLang)
// and modelaudit's JINJA2_SSTI_PATTERNS; `namespace` is left out because stock templates (Llama 3, Qwen)
// use it, while the globals that expose __init__.__globals__ (cycler, joiner, lipsum) have no business there.
import type { Severity } from '../../engine/types.js'

export interface TemplateHit {
  severity: Severity
  what: string
  evidence: string
}

const PATTERNS: [RegExp, Severity, string][] = [
  [
    /__(?:class|mro|subclasses|globals|builtins|import|init|base|bases|getattribute|dict|code|func|self|reduce|reduce_ex|loader|spec)__/,
    'critical',
    'Python dunder attribute access'
  ],
  [/_TemplateReference__context/, 'critical', 'template context escape'],
  [/\|\s*attr\b/, 'critical', 'attr() filter (attribute access by string)'],
  [/(?<![\w.])attr\s*\(/, 'critical', 'attr() call'],
  [/\.\s*(?:popen|system|spawn\w*|exec[lv]\w*|check_output|getoutput)\s*\(/, 'critical', 'process execution call'],
  [/\b(?:os|subprocess|sys|builtins|importlib|socket|shutil|pty|posix)\.[A-Za-z_]/, 'critical', 'Python module access'],
  [/(?<![\w.])(?:eval|exec|compile|__import__|getattr|setattr|open)\s*\(/, 'critical', 'eval/exec/getattr/open call'],
  [/\b(?:request|config|self)\.[A-Za-z_]/, 'critical', 'Flask/Jinja global object access'],
  [/\\x5f|\\u005f|\\137|\\N\{LOW LINE\}/i, 'critical', 'escaped underscore (obfuscated dunder)'],
  [
    /\b(?:cycler|joiner|lipsum|url_for|get_flashed_messages)\b/,
    'high',
    'Jinja global that exposes __init__.__globals__'
  ],
  [/['"]_['"]\s*(?:~|\+|\*)|(?:~|\+)\s*['"]_/, 'high', 'string concatenation building an underscore name'],
  [/\[\s*['"]_/, 'high', 'subscript with an underscore-prefixed name'],
  [/\{%-?\s*(?:import|include|extends|from)\b/, 'medium', 'template loads another template']
]

/** All distinct pattern hits, most severe first. */
export function templateHits(template: string): TemplateHit[] {
  const hits: TemplateHit[] = []
  for (const [re, severity, what] of PATTERNS) {
    const m = re.exec(template)
    if (!m) continue
    const at = Math.max(0, m.index - 20)
    hits.push({ severity, what, evidence: template.slice(at, at + 80).replace(/\s+/g, ' ') })
  }
  const rank: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }
  return hits.sort((a, b) => rank[b.severity] - rank[a.severity])
}
