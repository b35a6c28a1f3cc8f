// Builds Report objects for renderer tests through the engine's own policy and verdict code.
import { buildReport, sortFindings } from '../../src/engine/scan.js'
import { fileVerdict } from '../../src/policy/verdict.js'
import type { FailOn, FileReport, Finding, Report, SuppressedFinding } from '../../src/engine/types.js'

export function fileReport(
  path: string,
  findings: Finding[],
  extra: Partial<FileReport> & { failOn?: FailOn; suppressed?: SuppressedFinding[] } = {}
): FileReport {
  const { failOn = 'high', ...rest } = extra
  const sorted = sortFindings([...findings])
  return {
    path,
    format: 'pickle',
    size: 1234,
    sha256: 'ab'.repeat(32),
    imports: [],
    ...rest,
    verdict: fileVerdict(sorted, failOn),
    findings: sorted
  }
}

export function report(files: FileReport[], failOn: FailOn = 'high'): Report {
  return buildReport(files, failOn)
}

export const CRITICAL_IMPORT: Finding = {
  ruleId: 'PKL-001',
  severity: 'critical',
  message: 'Import of os.system (runs a shell command)',
  member: 'archive/data.pkl',
  offset: 2,
  evidence: 'os.system'
}

export const UNKNOWN_IMPORT: Finding = {
  ruleId: 'PKL-002',
  severity: 'medium',
  message: 'Import outside the allow list: mylib.layers.Custom',
  member: 'archive/data.pkl',
  offset: 40,
  evidence: 'mylib.layers.Custom'
}

export const NOT_ANALYSED: Finding = { ruleId: 'GEN-003', severity: 'high', message: 'Not analysed: truncated' }
export const UNKNOWN_FORMAT: Finding = {
  ruleId: 'GEN-009',
  severity: 'low',
  message: 'Content matches no model format ModelGate analyses'
}
