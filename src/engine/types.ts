// The data every layer shares: severities, findings, per-file and whole-run reports (JSON schemaVersion 1).

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Higher is worse. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

export function worstSeverity(list: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined
  for (const f of list) if (worst === undefined || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity
  return worst
}

export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  /** Path inside the container chain, e.g. `archive/data.pkl` or `inner.zip!/archive/data.pkl`. */
  member?: string
  /** Byte offset inside the member (or the file when there is no member). */
  offset?: number
  /** Short machine-readable evidence: the import, op, string that triggered the rule (already redacted). */
  evidence?: string
}

export interface SuppressedFinding extends Finding {
  suppressedBy: string
}

export type Verdict = 'pass' | 'warn' | 'fail'

export type FormatId =
  | 'pickle'
  | 'pytorch-zip'
  | 'pytorch-legacy'
  | 'pytorch-tar'
  | 'torchscript'
  | 'numpy'
  | 'npz'
  | 'joblib'
  | 'zip'
  | 'tar'
  | 'compressed'
  | 'onnx'
  | 'keras'
  | 'keras-h5'
  | 'hdf5'
  | 'savedmodel'
  | 'tf-graphdef'
  | 'tflite'
  | 'safetensors'
  | 'gguf'
  | 'hf-tokenizer-config'
  | 'lfs-pointer'
  | 'model-signature'
  | 'checksum-manifest'
  | 'symlink'
  | 'unknown'

export interface FileReport {
  path: string
  format: FormatId
  size: number
  sha256: string
  verdict: Verdict
  findings: Finding[]
  imports: string[]
  /** Findings removed by a `.modelgate.yml` suppression, kept for the record. */
  suppressed?: SuppressedFinding[]
  integrity?: IntegrityResult
  /** Per-tensor summaries from the weights stage (for review and for comparing with a base version). */
  tensors?: TensorSummary[]
  /** Inventory kept for comparisons (PR vs base); filled from FileRun.facts (see INVENTORY_KEYS). */
  inventory?: Inventory
  /** History audits: the git blob id of this content. */
  blob?: string
  /** History audits: every path the blob had in the commits walked (sorted). */
  paths?: string[]
  /** History audits: the first commit walked that had the blob. */
  introducedBy?: CommitRef
  /** History audits: whether HEAD still contains the blob. */
  atHead?: boolean
  /** History audits: the blob is a Git LFS pointer; `present` = the object was in the local LFS store. */
  lfs?: { oid: string; size: number; present: boolean }
}

/** Names analyzers may record in FileRun.facts (string arrays or sets) for the report's inventory. */
export const INVENTORY_KEYS = ['operators', 'lambdaLayers', 'externalData'] as const
export type Inventory = Partial<Record<(typeof INVENTORY_KEYS)[number], string[]>>

export interface CommitRef {
  commit: string
  /** Author date, ISO 8601. */
  date: string
  /** `Name <email>`. */
  author: string
  /** The blob was already in the parent of the first commit walked (the walk did not start at the root). */
  beforeScope?: boolean
}

/** What a history audit walked (JSON `history`), so shard reports can be checked before merging. */
export interface HistoryInfo {
  /** HEAD's commit id when the audit ran (absent in an empty repository). */
  head?: string
  all?: boolean
  range?: string
  since?: string
  maxBlobs?: number
  /** Set on a shard report; a merged report has none. */
  shard?: { index: number; count: number }
}

export interface TensorSummary {
  name: string
  dtype: string
  shape: number[]
  elements: number
  examinedElements: number
  mean: number
  std: number
  maxAbs: number
  nonFinite: number
  crc32: string
}

export interface IntegrityResult {
  sha256: string
  checksum: 'verified' | 'mismatch' | 'missing' | 'none'
  signature: 'verified' | 'invalid' | 'unsigned' | 'unsupported'
  signer?: string
}

export interface ReportSummary {
  files: number
  pass: number
  warn: number
  fail: number
  [extra: string]: number
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'modelgate'; version: string }
  failOn: FailOn
  verdict: Verdict
  files: FileReport[]
  summary: ReportSummary
  /** Set by `modelgate history`. */
  history?: HistoryInfo
}

export type FailOn = Severity | 'none'
