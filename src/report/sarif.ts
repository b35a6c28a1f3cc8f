// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Pure: Report in, JSON text out.
//
// Model files are binary, so results carry no `region`: upload-sarif then leaves the file alone instead of
// hashing a multi-GiB checkpoint line by line (it only hashes results that have region.startLine), and the
// alert is shown at file level. The fingerprint is ModelGate's own: a hash of rule id, path, member and
// evidence, stable across runs and across unrelated changes of the file's bytes.
import { createHash } from 'node:crypto'
import type { Finding, Report, Severity } from '../engine/types.js'
import { RULES, type Rule } from '../policy/catalogue.js'
import { oneLine } from './sanitize.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

type Level = 'error' | 'warning' | 'note'

export function sarifLevel(s: Severity): Level {
  if (s === 'critical' || s === 'high') return 'error'
  if (s === 'medium') return 'warning'
  return 'note'
}

/** GitHub's security-severity bands: >9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.1'
}

/** The stable fingerprint of a finding: rule id + path + member + evidence (not the message, which may word-change). */
export function fingerprint(path: string, f: Finding): string {
  const key = [f.ruleId, path, f.member ?? '', f.evidence ?? f.message].join('\0')
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:1`
}

/** A repo-relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/')
}

/** A rule id the catalogue does not know (a newer analyzer): still a valid descriptor, never a crash. */
function unknownRule(id: string): Rule {
  return {
    id,
    title: id,
    severity: 'high',
    why: 'This rule is not in the catalogue of this ModelGate build.',
    fix: 'Update ModelGate, or see its rule catalogue (docs/RULES.md).'
  }
}

function ruleDescriptor(rule: Rule) {
  const help = `${rule.why}\n\nFix: ${rule.fix}${rule.references?.length ? `\n\nReferences:\n${rule.references.map((r) => `- ${r}`).join('\n')}` : ''}`
  const markdown = `**${rule.title}**\n\n${rule.why}\n\n**Fix:** ${rule.fix}${rule.references?.length ? `\n\n**References**\n\n${rule.references.map((r) => `- <${r}>`).join('\n')}` : ''}`
  return {
    id: rule.id,
    name: rule.id.replace(/-/g, ''),
    shortDescription: { text: rule.title.slice(0, 1024) },
    fullDescription: { text: rule.why.slice(0, 1024) },
    help: { text: help, markdown },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: ['security', 'supply-chain', 'ml-model'],
      precision: 'high',
      'problem.severity': sarifLevel(rule.severity) === 'note' ? 'recommendation' : sarifLevel(rule.severity),
      'security-severity': SECURITY_SEVERITY[rule.severity]
    }
  }
}

function messageOf(f: Finding): string {
  const where = [f.member ? `in ${f.member}` : '', f.offset !== undefined ? `at byte ${f.offset}` : '']
    .filter(Boolean)
    .join(' ')
  // The first sentence is the alert title in code scanning.
  // Control characters and line breaks from model content never reach the code-scanning UI raw.
  return oneLine(`${f.message}${where ? ` (${where})` : ''}.`.replace(/\.\.$/, '.'))
}

export interface SarifOptions {
  /** automationDetails.id category, so several ModelGate runs in one repo do not close each other's alerts. */
  category?: string
}

/** Renders the report as a SARIF 2.1.0 log (one run). */
export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const ids = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort()
  const index = new Map(ids.map((id, i) => [id, i]))
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: sarifLevel(f.severity),
      message: { text: messageOf(f) },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(file.path) } } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint(file.path, f) },
      // Pull requests compared with their base: whether the base branch already had the finding.
      ...(file.changes ? { baselineState: f.preExisting ? 'unchanged' : 'new' } : {}),
      properties: {
        severity: f.severity,
        ...(f.member !== undefined ? { member: oneLine(f.member) } : {}),
        ...(f.offset !== undefined ? { offset: f.offset } : {}),
        ...(f.evidence !== undefined ? { evidence: oneLine(f.evidence) } : {}),
        sha256: file.sha256,
        format: file.format
      }
    }))
  )
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ModelGate',
            semanticVersion: report.tool.version,
            rules: ids.map((id) => ruleDescriptor(RULES.get(id) ?? unknownRule(id)))
          }
        },
        automationDetails: { id: `${opts.category ?? 'modelgate'}/` },
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
