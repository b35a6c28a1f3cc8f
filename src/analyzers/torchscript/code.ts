// Static reading of TorchScript source (code/**/*.py of a torch.jit.save archive, format-rules.md §6.2–6.3).
// torch.jit.load compiles this code again; what it can do is limited to registered operators, so the rules
// look for the side-effecting ones (aten::save, aten::from_file, custom ops and classes), for code that runs
// without a forward call (__setstate__, mapping-protocol methods) and for signs of hand editing.
import type { Severity } from '../../engine/types.js'

export interface CodeHit {
  rule: 'TS-001' | 'TS-002' | 'TS-003' | 'TS-007' | 'TS-010' | 'TS-012'
  severity: Severity
  /** Character offset in the source. */
  index: number
  line: number
  evidence: string
  message: string
}

export interface MethodInfo {
  name: string
  line: number
  /** Character range of the body (after the `def` line) in the source. */
  start: number
  end: number
}

export interface ClassInfo {
  name: string
  /** `__torch__.<module path>.<Class>`, the name data.pkl uses. */
  qualified: string
  methods: MethodInfo[]
}

export interface SourceFacts {
  /** The source with string literals and comments blanked (same length), for call matching. */
  code: string
  strings: { value: string; index: number }[]
  classes: ClassInfo[]
  hits: CodeHit[]
}

/** Custom-operator names that read or write files, run processes or reach the network. */
const IO_OP = /(read|write|save|load|open|file|exec|system|popen|spawn|url|http|socket|download|upload|fetch)/i
/** Operator namespaces that ship with torch and carry no I/O (aten save/from_file are TS-001/002). */
const CORE_NS = new Set(['aten', 'prim', 'quantized'])
/** torch.classes namespaces registered by torch itself. */
const CORE_CLASS_NS = new Set(['quantized', 'xnnpack', 'rnn'])

const SENSITIVE: { re: RegExp; what: string }[] = [
  { re: /^\/etc\//, what: 'a system configuration path' },
  { re: /(^|\/)\.ssh(\/|$)|authorized_keys/, what: 'an SSH path' },
  { re: /\.(bashrc|bash_profile|profile|zshrc|zprofile|bash_login|pythonrc)$/, what: 'a shell start-up file' },
  { re: /crontab|\/cron\.d\/|\/var\/spool\/cron/, what: 'a cron path' },
  { re: /^\/proc\//, what: 'a /proc path' },
  { re: /^[A-Za-z]:[\\/]windows/i, what: 'a Windows system path' },
  { re: /sitecustomize\.py|usercustomize\.py|\.pth$/, what: 'a Python start-up file' },
  { re: /^[a-z][a-z0-9+.-]*:\/\//i, what: 'a URL' }
]

/** Blanks string literals and comments (keeping length and newlines) and collects them. */
export function lex(text: string): { code: string; strings: SourceFacts['strings']; comments: number[] } {
  const out = text.split('')
  const strings: SourceFacts['strings'] = []
  const comments: number[] = []
  const blank = (a: number, b: number): void => {
    for (let k = a; k < b; k++) if (out[k] !== '\n') out[k] = ' '
  }
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '#') {
      const end = text.indexOf('\n', i)
      const e = end < 0 ? text.length : end
      comments.push(i)
      blank(i, e)
      i = e
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i)
      const q = triple ? c.repeat(3) : c
      let j = i + q.length
      let value = ''
      while (j < text.length && !text.startsWith(q, j)) {
        if (text[j] === '\\' && j + 1 < text.length) {
          value += text.slice(j, j + 2)
          j += 2
          continue
        }
        if (!triple && text[j] === '\n') break
        value += text[j]
        j++
      }
      const end = Math.min(text.length, j + (text.startsWith(q, j) ? q.length : 0))
      strings.push({ value, index: i })
      blank(i + 1, end - 1)
      i = end
    } else if (c === '\\' && text[i + 1] === '\n') {
      // Explicit line continuation: the statement goes on.
      out[i] = ' '
      i += 2
    } else i++
  }
  return { code: out.join(''), strings, comments }
}

function lineAt(text: string, index: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Classes and their methods, from indentation (python_print uses two spaces; any indentation is accepted). */
function outline(code: string, modulePath: string): ClassInfo[] {
  const classes: ClassInfo[] = []
  let current: { info: ClassInfo; indent: number } | undefined
  let method: { info: MethodInfo; indent: number } | undefined
  let pos = 0
  let lineNo = 0
  for (const line of code.split('\n')) {
    lineNo++
    const start = pos
    pos += line.length + 1
    if (!line.trim()) continue
    const indent = line.length - line.trimStart().length
    if (method && indent <= method.indent) {
      method.info.end = start
      method = undefined
    }
    if (current && indent <= current.indent) current = undefined
    const cls = /^\s*class\s+([A-Za-z_]\w*)/.exec(line)
    if (cls) {
      const info: ClassInfo = { name: cls[1]!, qualified: `${modulePath}.${cls[1]}`, methods: [] }
      classes.push(info)
      current = { info, indent }
      continue
    }
    const def = /^\s*def\s+([A-Za-z_]\w*)\s*\(/.exec(line)
    if (def && current && indent > current.indent && !method) {
      const info: MethodInfo = { name: def[1]!, line: lineNo, start: pos, end: code.length }
      current.info.methods.push(info)
      method = { info, indent }
    }
  }
  return classes
}

function clip(s: string, n = 100): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s
}

/** Scans one TorchScript source file. `modulePath` is `__torch__.a.b` for `code/__torch__/a/b.py`. */
export function scanSource(text: string, modulePath: string): SourceFacts {
  const { code, strings, comments } = lex(text)
  const hits: CodeHit[] = []
  const hit = (rule: CodeHit['rule'], severity: Severity, index: number, evidence: string, message: string): void => {
    hits.push({ rule, severity, index, line: lineAt(text, index), evidence: clip(evidence), message })
  }
  for (const m of code.matchAll(/\btorch\s*\.\s*save\b|\bops\s*\.\s*aten\s*\.\s*save\b/g))
    hit('TS-001', 'critical', m.index, 'aten::save', 'writes a file with torch.save (aten::save)')
  for (const m of code.matchAll(/\bfrom_file\b/g))
    hit('TS-002', 'high', m.index, 'aten::from_file', 'reads or maps a file with from_file (aten::from_file)')
  for (const m of code.matchAll(/\bops\s*\.\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)/g)) {
    const ns = m[1]!
    const op = m[2]!
    if (CORE_NS.has(ns)) continue
    const io = IO_OP.test(op)
    hit(
      'TS-003',
      io ? 'high' : 'medium',
      m.index,
      `${ns}::${op}`,
      `calls custom operator ops.${ns}.${op}${io ? ' (file, process or network I/O)' : ''}`
    )
  }
  for (const m of code.matchAll(/\btorch\s*\.\s*classes\s*\.\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)/g)) {
    const core = CORE_CLASS_NS.has(m[1]!)
    hit(
      'TS-007',
      core ? 'info' : 'medium',
      m.index,
      `${m[1]}.${m[2]}`,
      `uses custom class torch.classes.${m[1]}.${m[2]}${core ? ' (built into torch)' : ''}`
    )
  }
  for (const s of strings)
    for (const p of SENSITIVE)
      if (p.re.test(s.value)) {
        hit('TS-010', 'low', s.index, s.value, `contains ${p.what} "${clip(s.value, 80)}"`)
        break
      }
  handwritten(text, code, strings, comments, hit)
  return { code, strings, classes: outline(code, modulePath), hits }
}

/** TS-012: features python_print never produces. One finding per file, listing the signals. */
function handwritten(
  text: string,
  code: string,
  strings: SourceFacts['strings'],
  comments: number[],
  hit: (rule: CodeHit['rule'], severity: Severity, index: number, evidence: string, message: string) => void
): void {
  const signals: string[] = []
  let severity: Severity = 'low'
  let first = -1
  const note = (s: string, index: number, sev: Severity = 'low'): void => {
    signals.push(s)
    if (sev === 'medium') severity = 'medium'
    if (first < 0 || index < first) first = index
  }
  if (comments.length) note('comments', comments[0]!)
  const imp = /^[ \t]*(?:import|from)[ \t]+(?!__torch__\b)\S+/m.exec(code)
  if (imp) note('import statements', imp.index)
  const tab = /^\t+\S/m.exec(text)
  if (tab) note('tab indentation', tab.index)
  const py =
    /\b(exec|eval|__import__|compile|subprocess|os\s*\.\s*(?:system|popen)|pickle|marshal|socket|__builtins__)\b/.exec(
      code
    )
  if (py) note(`Python-only name ${py[1]!.replace(/\s+/g, '')}`, py.index, 'medium')
  const long = strings.find((s) => s.value.length > 4096)
  if (long) note(`a ${long.value.length}-character string literal`, long.index, 'medium')
  const b64 = strings.find((s) => /[A-Za-z0-9+/]{200,}={0,2}/.test(s.value))
  if (b64 && b64 !== long) note('a base64-like string literal', b64.index, 'medium')
  if (signals.length)
    hit(
      'TS-012',
      severity,
      first,
      signals.join(', '),
      `does not look generated by torch.jit.save: ${signals.join(', ')}`
    )
}

/** Methods of `cls` called as self.m(...) / (self).m(...) from `body`. */
export function selfCalls(body: string): string[] {
  return [...body.matchAll(/\(?\bself\)?\s*\.\s*([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1]!)
}

/**
 * True when a method body only returns a constant or the container membership test python_print emits for
 * nn.Sequential/ModuleList/ModuleDict (`__len__` → `return 3`, `__contains__` → `torch.__contains__([...], key)`).
 */
export function trivialBody(body: string): boolean {
  const lines = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  // Continuation lines of the signature end with ':' or ',' (python_print splits parameters over lines).
  const stmts = lines.filter((l) => !/^[\w]+\s*:.*[,:]$|^\w+\s*:\s*[^=]*\)\s*(->.*)?:$/.test(l))
  return (
    stmts.length > 0 &&
    stmts.every((l) => /^return\s+(-?\d+|True|False|None|torch\.__contains__\(\s*\[[^\]()]*\]\s*,\s*\w+\s*\))$/.test(l))
  )
}

/**
 * TS-001/002/003 from the operator table of a mobile (lite interpreter) bytecode.pkl: operator names are
 * pickled strings `ns::op` (BINUNICODE 'X' + u32 length, SHORT_BINUNICODE 0x8c + u8 length).
 */
export function scanOperatorNames(buf: Buffer): { hit: Omit<CodeHit, 'line'>; name: string }[] {
  const out: { hit: Omit<CodeHit, 'line'>; name: string }[] = []
  const seen = new Set<string>()
  for (let i = 0; i < buf.length; i++) {
    let len = -1
    let start = 0
    if (buf[i] === 0x58 && i + 5 <= buf.length) {
      len = buf.readUInt32LE(i + 1)
      start = i + 5
    } else if (buf[i] === 0x8c && i + 2 <= buf.length) {
      len = buf[i + 1]!
      start = i + 2
    }
    if (len < 4 || len > 256 || start + len > buf.length) continue
    const s = buf.toString('utf8', start, start + len)
    const m = /^([A-Za-z_]\w*)::([A-Za-z_][\w.]*)$/.exec(s)
    if (!m || seen.has(s)) continue
    seen.add(s)
    const [, ns, op] = m as unknown as [string, string, string]
    const base = op.split('.')[0]!
    if (ns === 'aten' && base === 'save')
      out.push({
        name: s,
        hit: {
          rule: 'TS-001',
          severity: 'critical',
          index: i,
          evidence: s,
          message: `operator table lists ${s} (writes files)`
        }
      })
    else if (ns === 'aten' && base === 'from_file')
      out.push({
        name: s,
        hit: {
          rule: 'TS-002',
          severity: 'high',
          index: i,
          evidence: s,
          message: `operator table lists ${s} (reads files)`
        }
      })
    else if (!CORE_NS.has(ns)) {
      const io = IO_OP.test(op)
      out.push({
        name: s,
        hit: {
          rule: 'TS-003',
          severity: io ? 'high' : 'medium',
          index: i,
          evidence: s,
          message: `operator table lists custom operator ${s}`
        }
      })
    }
  }
  return out
}
