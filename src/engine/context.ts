// What an analyzer may do: report findings and imports, recurse into members, and respect limits.
// One FileRun per top-level file collects everything; AnalysisContext is its view at one member depth.
import type { Finding, FormatId, Severity } from './types.js'
import type { ByteSource } from './source.js'
import { LimitExceeded, type Limits } from './limits.js'
import { getRule } from '../policy/catalogue.js'
import type { TensorRef } from '../analyzers/weights/tensor.js'
import type { Neighbours } from './neighbours.js'
import { redactSecrets } from '../analyzers/secrets/index.js'

export interface MemberOptions {
  /** Analyzer-specific hint, e.g. the pickle profile `torch-weights` for a torch `data.pkl`. */
  profile?: string
  /** Formats the caller expects; a different content type is reported as a mismatch (GEN-002) by the caller. */
  expect?: string[]
}

export interface MemberOutcome {
  /** Analyzer ids that recognised the content (empty: unknown). */
  formats: string[]
}

export type MemberDispatcher = (src: ByteSource, ctx: AnalysisContext, opts: MemberOptions) => Promise<MemberOutcome>

/** Per top-level file state shared by every context of that file. */
export class FileRun {
  readonly findings: Finding[] = []
  readonly imports = new Set<string>()
  format: FormatId | undefined
  decompressedBytes = 0
  private readonly seen = new Set<string>()
  readonly deadline: number
  /** Free-form facts analyzers leave for later stages (integrity, diffing). */
  readonly facts: Record<string, unknown> = {}
  /** Tensors the format analyzers found; the weights stage examines their values afterwards. */
  readonly tensors: TensorRef[] = []
  /** Files next to the top-level file on disk (ONNX external data); absent for blobs and archive members. */
  neighbours?: Neighbours

  constructor(
    readonly path: string,
    readonly limits: Limits,
    readonly dispatch: MemberDispatcher
  ) {
    this.deadline = Date.now() + limits.maxFileMillis
  }

  add(f: Finding): void {
    // Messages and evidence quote model strings; no credential in them may reach a report (SEC-001 redacts its
    // own, this catches one quoted by any other finding: a URL with a password, a script excerpt).
    f.message = redactSecrets(f.message)
    if (f.evidence !== undefined) f.evidence = redactSecrets(f.evidence)
    const key = `${f.ruleId}\0${f.severity}\0${f.member ?? ''}\0${f.offset ?? ''}\0${f.message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.findings.push(f)
  }
}

export interface ReportOptions {
  severity?: Severity
  offset?: number
  evidence?: string
  /** Overrides the context's member path (rarely needed). */
  member?: string
}

export class AnalysisContext {
  constructor(
    readonly run: FileRun,
    /** Path of the current member inside the container chain; undefined at the top level. */
    readonly member: string | undefined,
    readonly depth: number,
    /** Name of the current file or member (for extension checks). */
    readonly name: string
  ) {}

  get limits(): Limits {
    return this.run.limits
  }

  /** Records a finding. Severity defaults to the rule's catalogue severity. */
  report(ruleId: string, message: string, opts: ReportOptions = {}): void {
    const rule = getRule(ruleId)
    const f: Finding = { ruleId, severity: opts.severity ?? rule.severity, message }
    const member = opts.member ?? this.member
    if (member !== undefined) f.member = member
    if (opts.offset !== undefined) f.offset = opts.offset
    if (opts.evidence !== undefined) f.evidence = opts.evidence
    this.run.add(f)
  }

  /** Fail closed: part of the content was not analysed. */
  notAnalysed(message: string, offset?: number): void {
    this.report('GEN-003', `Not analysed: ${message}`, { offset })
  }

  addImport(name: string): void {
    this.run.imports.add(name)
  }

  /** Sets the file's reported format; only the top level decides it. */
  setFormat(format: FormatId): void {
    if (this.member === undefined) this.run.format = format
  }

  /** The member path a child named `name` gets. Nested containers are separated by `!/`. */
  childPath(name: string, nested = false): string {
    if (this.member === undefined) return name
    return nested ? `${this.member}!/${name}` : `${this.member}/${name}`
  }

  /**
   * A context for a member of the current container. `nested` = the member lives in a new container
   * layer (a zip inside a zip, bytes inside a pickle), as opposed to a sibling path in the same archive.
   */
  child(name: string, nested = true): AnalysisContext {
    return new AnalysisContext(this.run, this.childPath(name, nested), this.depth + 1, name)
  }

  /** Sniffs and analyses a member exactly as a top-level file (every member is recognised by content). */
  async analyzeMember(name: string, src: ByteSource, opts: MemberOptions = {}, nested = true): Promise<MemberOutcome> {
    const child = this.child(name, nested)
    if (child.depth > this.limits.maxDepth) {
      child.report('GEN-007', `Not analysed: nesting deeper than ${this.limits.maxDepth} levels`)
      return { formats: [] }
    }
    return this.run.dispatch(src, child, opts)
  }

  /** Throws LimitExceeded when the per-file time budget is spent. Call it in long loops. */
  checkDeadline(offset?: number): void {
    if (Date.now() > this.run.deadline)
      throw new LimitExceeded('maxFileMillis', `time limit of ${this.limits.maxFileMillis} ms reached`, offset)
  }

  /** Milliseconds left of the per-file time budget (for work that must be cut off from outside, e.g. a worker). */
  remainingMillis(): number {
    return Math.max(0, this.run.deadline - Date.now())
  }

  /** Accounts decompressed output against the per-file budget. */
  chargeDecompressed(bytes: number): void {
    this.run.decompressedBytes += bytes
    if (this.run.decompressedBytes > this.limits.maxDecompressedBytes)
      throw new LimitExceeded(
        'maxDecompressedBytes',
        `more than ${this.limits.maxDecompressedBytes} bytes decompressed from one file`
      )
  }
}
