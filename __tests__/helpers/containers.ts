// Shared by the container tests (zip, tar, compressed, numpy, pytorch): one CLI scan of the container fixtures,
// and compact views of findings so tests can assert exact rule ids, severities and members.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES, fileOf, scanJson } from './cli.js'

export const CONTAINERS = join(FIXTURES, 'containers')

let cached: any
/** The JSON report of `modelgate scan fixtures/containers` (scanned once per test file). */
export function containerReport(): any {
  if (!cached) cached = scanJson([CONTAINERS]).report
  return cached
}

export function fixture(name: string): any {
  return fileOf(containerReport(), `/containers/${name}`)
}

/** PT rules that describe what data.pkl imports and does: the pickle analyzer's, asserted by its tests. */
const PICKLE_PT_RULES = new Set(['PT-001', 'PT-002', 'PT-013', 'PT-014'])

/** `RULE severity member` for every finding whose rule id matches `rules`, sorted. */
export function findings(file: any, rules: RegExp = /^(CTR|PT|NPY|GEN)-/): string[] {
  return file.findings
    .filter((f: any) => rules.test(f.ruleId) && !PICKLE_PT_RULES.has(f.ruleId))
    .map((f: any) => `${f.ruleId} ${f.severity}${f.member !== undefined ? ' ' + f.member : ''}`)
    .sort()
}

/** The container-layer findings: general, archive, PyTorch and NumPy rules (pickle rules are the pickle tests'). */
export const containerFindings = (file: any): string[] => findings(file)

/** Whether the marker payload (posix.system) was found as a critical pickle finding at `member`. */
export function payloadAt(file: any, member: string | undefined): boolean {
  return file.findings.some(
    (f: any) =>
      f.ruleId === 'PKL-001' && f.severity === 'critical' && f.member === member && f.evidence === 'posix.system'
  )
}

const temps: string[] = []

/** A fresh temp folder, removed by removeTempDirs (call it in afterAll). */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'mg-containers-'))
  temps.push(d)
  return d
}

export function removeTempDirs(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** Writes a .modelgate.yml with the given limits and returns its path. */
export function limitsConfig(dir: string, limits: Record<string, number>): string {
  const path = join(dir, 'limits.yml')
  writeFileSync(
    path,
    'limits:\n' +
      Object.entries(limits)
        .map(([k, v]) => `  ${k}: ${v}\n`)
        .join('')
  )
  return path
}

/** Scans one file (with optional CLI arguments) and returns its file report. */
export function scanFile(path: string, extra: string[] = []): any {
  const { report } = scanJson([path], extra)
  return report.files[0]
}
