// A stable identity for a finding: the content it was found in (file or blob digest), the rule, where inside the
// content (member) and what (evidence). Not the line, offset, message wording or report order, so a baseline and
// SARIF alerts keep matching when a report is regenerated, reordered or sharded.
import { createHash } from 'node:crypto'
import type { FileReport, Finding } from '../engine/types.js'

/** The digest findings of this file are keyed by: its content sha256, else its blob id, else its path. */
export function fileDigest(file: Pick<FileReport, 'sha256' | 'blob' | 'path'>): string {
  if (file.sha256) return `sha256:${file.sha256}`
  if (file.blob) return `blob:${file.blob}`
  return `path:${file.path}`
}

/** 32 hex characters (128 bits of sha256) over digest, rule id, member and evidence. */
export function fingerprint(finding: Pick<Finding, 'ruleId' | 'member' | 'evidence'>, digest: string): string {
  return createHash('sha256')
    .update(JSON.stringify([digest, finding.ruleId, finding.member ?? '', finding.evidence ?? '']))
    .digest('hex')
    .slice(0, 32)
}
