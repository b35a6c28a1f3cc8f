// External-data checks (ONNX-001…005, ONNX-010 for lengths): the location string of every TensorProto, the
// integer fields beside it, and — for a model on disk — the referenced file next to it (through Neighbours:
// lstat/realpath only, never opened, never outside the model's folder).
import type { NeighbourStat } from '../../engine/neighbours.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import type { CappedReporter } from '../common/capped.js'
import type { AnalysisContext } from '../../engine/context.js'
import { escapeProblem, normaliseRelative } from '../common/paths.js'

export const ALLOWED_KEYS = new Set(['location', 'offset', 'length', 'checksum', 'basepath'])

export interface ExternalEntry {
  key: string
  value: string
}

export interface TensorDataInfo {
  where: string
  offset: number
  /** data_location field (0 DEFAULT, 1 EXTERNAL). */
  dataLocation: number
  /** raw_data or typed data present in the message. */
  embedded: boolean
  /** Bytes the shape and type require, when computable. */
  expectedBytes?: bigint
}

/** A validated external-data range: `length` bytes at `start` of the file `rel` next to the model. */
export interface ExternalBytes {
  rel: string
  start: number
  length: number
}

/** Gaps up to this size may be alignment padding (onnx aligns tensors to at most 64 KiB) when they are zeros. */
const PADDING_MAX = 64 * 1024

export class ExternalDataChecker {
  private readonly stats = new Map<string, Promise<NeighbourStat>>()
  private readonly reportedFiles = new Set<string>()
  /** Validated ranges per data file, and the file's size: bytes no tensor covers are reported by finish(). */
  private readonly ranges = new Map<string, { size: number; spans: [number, number][] }>()
  private readonly uncertain = new Set<string>()

  constructor(
    readonly ctx: AnalysisContext,
    readonly out: CappedReporter
  ) {}

  /**
   * Checks a tensor's external data. Returns where its bytes are when they are a readable range of a regular file
   * next to the model (one location, offset and length valid): the caller hands them to the weights stage.
   */
  async check(entries: ExternalEntry[], info: TensorDataInfo): Promise<ExternalBytes | undefined> {
    const { where, offset } = info
    const counts = new Map<string, number>()
    for (const e of entries) counts.set(e.key, (counts.get(e.key) ?? 0) + 1)
    for (const [k, n] of counts) {
      if (n > 1)
        this.out.report(
          'ONNX-003',
          `${where}: external_data key "${k}" appears ${n} times (loaders disagree on which wins)`,
          {
            offset,
            evidence: k
          }
        )
      if (!ALLOWED_KEYS.has(k))
        this.out.report('ONNX-003', `${where}: unknown external_data key "${k.slice(0, 80)}"`, {
          offset,
          evidence: k.slice(0, 80)
        })
    }
    const locs = entries.filter((e) => e.key === 'location').map((e) => e.value)
    if (info.dataLocation === 1 && locs.length === 0)
      this.out.report('ONNX-005', `${where}: data_location is EXTERNAL but no location is given`, { offset })
    if (entries.length > 0 && info.dataLocation !== 1)
      this.out.report(
        'ONNX-005',
        `${where}: external_data present but data_location is not EXTERNAL (loaders disagree whether it is used)`,
        {
          offset
        }
      )
    if (entries.length > 0 && info.embedded)
      this.out.report('ONNX-005', `${where}: tensor has both embedded data and external_data`, { offset })

    const ints = new Map<string, bigint>()
    let malformed = false
    for (const e of entries) {
      if (e.key !== 'offset' && e.key !== 'length') continue
      if (!/^\d{1,19}$/.test(e.value)) {
        malformed = true
        this.out.report(
          'ONNX-003',
          `${where}: external_data ${e.key} "${e.value.slice(0, 40)}" is not a non-negative integer`,
          {
            offset,
            evidence: `${e.key}=${e.value.slice(0, 40)}`
          }
        )
        continue
      }
      ints.set(e.key, BigInt(e.value))
    }
    const len = ints.get('length')
    if (len !== undefined && info.expectedBytes !== undefined && len !== info.expectedBytes)
      this.out.report(
        'ONNX-010',
        `${where}: external length ${len} but the shape and type need ${info.expectedBytes} bytes`,
        { offset }
      )

    for (const loc of locs) {
      const shown = JSON.stringify(loc.slice(0, 200))
      if (loc.includes('_ORT_MEM_ADDR_')) {
        this.out.report(
          'ONNX-002',
          `${where}: external_data location ${shown} uses ONNX Runtime's in-memory address tag`,
          {
            offset,
            evidence: loc.slice(0, 120)
          }
        )
        continue
      }
      const problem = escapeProblem(loc)
      if (problem) {
        this.out.report('ONNX-001', `${where}: external_data location ${shown}: ${problem}`, {
          offset,
          evidence: loc.slice(0, 120)
        })
        continue
      }
      const rel = normaliseRelative(loc)
      // a range read from duplicate or malformed keys is a guess: bytes around it cannot be called unreferenced
      if (malformed || [...counts.values()].some((n) => n > 1)) this.uncertain.add(rel)
      const found = await this.checkFile(rel, ints.get('offset'), len, info)
      if (found && locs.length === 1) return found
    }
    return undefined
  }

  /** The bytes of a checked range, through the model's neighbours (the file is opened once per model). */
  async open(at: ExternalBytes): Promise<ByteSource | undefined> {
    const src = await this.ctx.run.neighbours?.open(at.rel)
    return src && at.start + at.length <= src.size ? new SliceSource(src, at.start, at.length) : undefined
  }

  /** The referenced file, when the model is a file on disk (not an archive member or a git blob). */
  private async checkFile(
    rel: string,
    off: bigint | undefined,
    len: bigint | undefined,
    info: TensorDataInfo
  ): Promise<ExternalBytes | undefined> {
    const neighbours = this.ctx.run.neighbours
    if (!neighbours || this.ctx.member !== undefined) return
    let p = this.stats.get(rel)
    if (!p) {
      p = neighbours.stat(rel)
      this.stats.set(rel, p)
    }
    const st = await p
    const { where, offset } = info
    const first = !this.reportedFiles.has(rel)
    this.reportedFiles.add(rel)
    if (st.isSymlink || !st.insideRoot || (st.hardLinks ?? 1) > 1) {
      if (first) {
        const why = st.isSymlink
          ? 'is a symbolic link'
          : !st.insideRoot
            ? 'resolves outside the model folder (a parent folder is a link)'
            : `is a hard link (${st.hardLinks} links)`
        this.out.report('ONNX-004', `${where}: external data file ${JSON.stringify(rel)} ${why}`, {
          offset,
          evidence: rel
        })
      }
      return
    }
    if (!st.exists) {
      if (first)
        this.out.report(
          'ONNX-003',
          `${where}: external data file ${JSON.stringify(rel)} is not next to the model (not analysed)`,
          {
            offset,
            severity: 'low',
            evidence: rel
          }
        )
      return
    }
    if (st.isFile === false) {
      if (first)
        this.out.report('ONNX-003', `${where}: external data ${JSON.stringify(rel)} is not a regular file`, {
          offset,
          evidence: rel
        })
      return
    }
    const size = BigInt(st.size ?? 0)
    const o = off ?? 0n
    if (o > size || (len !== undefined && o + len > size)) {
      this.out.report(
        'ONNX-003',
        `${where}: external range offset ${o}${len !== undefined ? ` + length ${len}` : ''} lies beyond ${JSON.stringify(rel)} (${size} bytes)`,
        { offset, evidence: rel }
      )
      return
    }
    if (len === undefined && info.expectedBytes !== undefined && size - o !== info.expectedBytes)
      this.out.report(
        'ONNX-010',
        `${where}: ${size - o} bytes from offset ${o} of ${JSON.stringify(rel)}, but the shape and type need ${info.expectedBytes}`,
        { offset }
      )
    const length = len ?? size - o
    const file = this.ranges.get(rel) ?? { size: Number(size), spans: [] }
    if (file.spans.length < this.ctx.limits.maxEntries) file.spans.push([Number(o), Number(o + length)])
    this.ranges.set(rel, file)
    if (info.expectedBytes === undefined || length !== info.expectedBytes) return undefined
    return { rel, start: Number(o), length: Number(length) }
  }

  /**
   * ONNX-014, once every tensor was seen: bytes of a data file that no tensor references. The loader never reads
   * them, so they are a place to carry a payload for a companion loader; zeros in gaps up to 64 KiB are the
   * alignment padding onnx.save_model writes and are not reported.
   */
  async finish(): Promise<void> {
    for (const [rel, file] of this.ranges) {
      if (this.uncertain.has(rel)) continue
      const spans = [...file.spans].sort((a, b) => a[0] - b[0])
      const gaps: [number, number][] = []
      let at = 0
      for (const [b, e] of spans) {
        if (b > at) gaps.push([at, b])
        at = Math.max(at, e)
      }
      if (file.size > at) gaps.push([at, file.size])
      let bytes = 0
      let first = -1
      let count = 0
      for (const [b, e] of gaps) {
        this.ctx.checkDeadline()
        if (e - b <= PADDING_MAX && (await this.zeros(rel, b, e - b))) continue
        bytes += e - b
        count++
        if (first < 0) first = b
      }
      if (count > 0)
        this.out.report(
          'ONNX-014',
          `${bytes} bytes of external data file ${JSON.stringify(rel)} in ${count} range(s) are referenced by no tensor (first at offset ${first})`,
          { evidence: `${rel}@${first}` }
        )
    }
  }

  private async zeros(rel: string, start: number, length: number): Promise<boolean> {
    const src = await this.ctx.run.neighbours?.open(rel)
    if (!src) return false
    const b = await src.read(start, length)
    for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false
    return true
  }
}
