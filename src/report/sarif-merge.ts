// A minimal SARIF 2.1.0 rendering for `modelgate merge --sarif` (one run, file-level results, no regions: model
// files are binary, so upload-sarif must not hash lines). Each result carries our own stable fingerprint under
// partialFingerprints.primaryLocationLineHash. The Action's full renderer (report/sarif.ts) may replace this.
import type { FileReport, Finding, Report, Severity } from '../engine/types.js'
import { RULES } from '../policy/catalogue.js'
import { fileDigest, fingerprint } from './fingerprint.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
}
/** GitHub's security-severity bands: >9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.1'
}

function where(file: FileReport, f: Finding): string {
  const parts: string[] = []
  if (f.member) parts.push(`in ${f.member}`)
  if (f.offset !== undefined) parts.push(`at offset ${f.offset}`)
  if (file.introducedBy) {
    const c = file.introducedBy
    parts.push(`blob ${file.blob} first in commit ${c.commit} (${c.date}, ${c.author})`)
    if (file.atHead === false) parts.push('deleted since, still in history')
  }
  return parts.length ? ` (${parts.join('; ')})` : ''
}

export function renderSarifMerged(report: Report): string {
  const used = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort()
  const index = new Map(used.map((id, i) => [id, i]))
  const rules = used.map((id) => {
    const r = RULES.get(id)
    const title = r?.title ?? id
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]/g, ''),
      shortDescription: { text: title },
      fullDescription: { text: r?.why ?? title },
      help: { text: r ? `${r.why}\n\nFix: ${r.fix}` : title, markdown: r ? `${r.why}\n\n**Fix:** ${r.fix}` : title },
      defaultConfiguration: { level: LEVEL[r?.severity ?? 'medium'] },
      properties: {
        tags: ['security', 'ml-model'],
        precision: 'high',
        'security-severity': SECURITY_SEVERITY[r?.severity ?? 'medium']
      }
    }
  })
  const results = report.files.flatMap((file) => {
    const digest = fileDigest(file)
    return file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: `${f.message}${where(file, f)}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: file.path.replace(/^\.\//, '') } } }],
      partialFingerprints: { primaryLocationLineHash: `${fingerprint(f, digest)}:1` },
      properties: { 'security-severity': SECURITY_SEVERITY[f.severity], severity: f.severity }
    }))
  })
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ModelGate',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules
          }
        },
        automationDetails: { id: report.history ? 'modelgate/history/' : 'modelgate/scan/' },
        results
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
