// Damaged copies of fixtures, derived at test time: truncated halves and overwritten middles.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/** Writes `<dir>/half_<name>` (first half of the file) and `<dir>/smash_<name>` (16 bytes of 0xff in the middle). */
export function damagedCopies(paths: string[]): {
  dir: string
  half: (p: string) => string
  smash: (p: string) => string
} {
  const dir = mkdtempSync(join(tmpdir(), 'mg-damaged-'))
  for (const p of paths) {
    const b = readFileSync(p)
    writeFileSync(join(dir, `half_${basename(p)}`), b.subarray(0, Math.floor(b.length / 2)))
    const s = Buffer.from(b)
    const mid = Math.floor(s.length / 2)
    s.fill(0xff, mid, Math.min(s.length, mid + 16))
    writeFileSync(join(dir, `smash_${basename(p)}`), s)
  }
  return { dir, half: (p) => `half_${basename(p)}`, smash: (p) => `smash_${basename(p)}` }
}

/** `RULE:severity` of every finding, sorted, for exact comparisons. */
export function summary(file: { findings: { ruleId: string; severity: string }[] }): string[] {
  return file.findings.map((f) => `${f.ruleId}:${f.severity}`).sort()
}

export function worst(file: { findings: { severity: string }[] }): string | undefined {
  const order = ['critical', 'high', 'medium', 'low', 'info']
  return order.find((s) => file.findings.some((f) => f.severity === s))
}
