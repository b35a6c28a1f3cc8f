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
  /** Pull requests: the file's version on the base branch already had this finding (see FileReport.changes). */
  preExisting?: boolean
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
  | 'model-config'
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
  /** Pull requests: how this file differs from its version on the base branch (report/compare.ts). */
  changes?: FileChanges
}

export interface SetDelta {
  added: string[]
  removed: string[]
}

/** A pull request's file compared with its base-branch version (JSON `changes`). */
export interface FileChanges {
  /** The base-branch version; absent when the pull request adds the file. */
  base?: { path: string; sha256: string; format: FormatId; blob?: string }
  /** Findings new in the pull request / already on the base branch (marked `preExisting`) / gone in the PR. */
  newFindings: number
  preExisting: number
  resolved: number
  newImports: string[]
  removedImports: string[]
  operators: SetDelta
  lambdaLayers: SetDelta
  externalData: SetDelta
  /** Signature state on each side, when known on both. */
  signature?: { base: string; head: string }
  /** Per-tensor comparison, when both versions have tensor summaries. */
  weights?: WeightChanges
}

/** Summary statistics of one tensor on one side of a comparison. */
export interface TensorStats {
  mean: number
  std: number
  maxAbs: number
}

/** A tensor whose bytes differ between the base and head versions (crc32 of the examined values). */
export interface TensorChange {
  name: string
  dtype: string
  shape: number[]
  base: TensorStats
  head: TensorStats
  /** |head mean − base mean| in units of the base standard deviation. */
  meanShift: number
  /** Relative change of the standard deviation ((head − base) / base). */
  stdChange: number
  /** Relative change of the largest magnitude ((head − base) / base). */
  maxAbsChange: number
  /** The largest of |meanShift|, |stdChange|, |maxAbsChange|: how much the tensor moved. */
  magnitude: number
}

/**
 * How the weights moved between the base and head versions. `pattern`: `fine-tune` = many tensors changed a little;
 * `few-large` = few tensors changed a lot while the rest are identical (backdoor-like); `broad-large` = most tensors
 * changed a lot (a retrained or different model); `few-small` = a few tensors changed a little; `structure` = tensors
 * added, removed or reshaped; `identical` = no compared tensor changed.
 */
export interface WeightChanges {
  /** Tensors present with the same dtype and shape on both sides. */
  compared: number
  identical: number
  /** Changed tensors, largest change first. */
  changed: TensorChange[]
  added: string[]
  removed: string[]
  /** Same name, different dtype or shape. */
  reshaped: string[]
  pattern: 'identical' | 'fine-tune' | 'few-large' | 'broad-large' | 'few-small' | 'structure'
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
  /** The format's tensor name; PyTorch: the key path in the checkpoint (`model.fc1.weight`). */
  name: string
  /** Where the bytes come from: the PyTorch storage record (`archive/data/3`) or the ONNX external data file and offset. */
  storage?: string
  /** Other names of the same tensor (tied weights). */
  aliases?: string[]
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
