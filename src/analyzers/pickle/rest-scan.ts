// When the machine cannot follow a stream that the loader still executes (an unresolvable joblib array:
// JBL-003), the remaining bytes are searched for import opcode patterns (GLOBAL lines, SHORT_BINUNICODE pairs
// before STACK_GLOBAL), so a payload hidden behind the array is still named. Only deny-listed hits are reported:
// raw array bytes can look like anything.
import type { PickleMachine } from './machine.js'
import { resolveImport } from './imports.js'

const WINDOW = 1 << 20
const OVERLAP = 600
const MAX_SCAN = 64 * 1024 * 1024
const GLOBAL_RE = /c([A-Za-z_][\w.]{0,127})\n([A-Za-z_][\w.]{0,127})\n/g
const STACK_RE =
  /\x8c([\x01-\x80])([A-Za-z_][\w.]{0,127})(?:\x94|q[\s\S]|r[\s\S]{4})?\x8c([\x01-\x80])([A-Za-z_][\w.]{0,127})(?:\x94|q[\s\S]|r[\s\S]{4})?\x93/g

export async function scanRest(m: PickleMachine, from: number): Promise<void> {
  const end = Math.min(m.src.size, from + MAX_SCAN)
  const seen = new Set<string>()
  const hit = (module: string, name: string, at: number) => {
    const key = `${module} ${name}`
    if (seen.has(key)) return
    seen.add(key)
    const imp = resolveImport(module, name, 2, 'generic', 'GLOBAL')
    if (imp.verdict.kind !== 'deny') return
    const f = imp.findings.find((x) => x.rule === 'PKL-001' || x.rule === 'PKL-021')
    if (f)
      m.report(
        f.rule,
        `${f.message}; found by pattern search in bytes the analysis could not follow (the loader still runs them)`,
        at,
        f.severity,
        f.evidence
      )
  }
  for (let at = from; at < end; at += WINDOW) {
    m.ctx.checkDeadline(m.mapOff(at))
    const buf = await m.src.read(at, Math.min(WINDOW + OVERLAP, end - at))
    const text = buf.toString('latin1')
    for (const x of text.matchAll(GLOBAL_RE)) hit(x[1]!, x[2]!, at + x.index!)
    for (const x of text.matchAll(STACK_RE))
      if (x[1]!.charCodeAt(0) === x[2]!.length && x[3]!.charCodeAt(0) === x[4]!.length) hit(x[2]!, x[4]!, at + x.index!)
  }
}
